import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { accountsRoutes, ensureBootstrapAdmin, loadAuthSettings, registerAuth } from './features/accounts';
import { auditRoutes } from './features/audit';
import { catalogueRoutes } from './features/catalogue/routes';
import { dashboardRoutes } from './features/dashboard';
import { demandsRoutes } from './features/demands';
import { matchingRoutes } from './features/matching';
import { openLicenceRoutes, reverifyDeclarations, startOpenLicenceJobs } from './features/openLicence';
import { startOutboxSender } from './features/outbox';
import { ImportJobs } from './features/patents/import/importJobs';
import { importRoutes } from './features/patents/import/routes';
import { patentsRoutes } from './features/patents/routes';
import { pushRoutes, startPushJobs } from './features/push';
import { referenceRoutes } from './features/reference';
import type { PlatformConfig } from './platform/config';
import { createHttpServer, type HttpServer } from './platform/http/httpServer';
import { registerWebApp } from './platform/http/staticWeb';
import { createLogger } from './platform/log';
import { openRuntime, type Runtime } from './runtime';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;

export interface RunningServer {
  url: string;
  app: HttpServer;
  runtime: Runtime;
  close(): Promise<void>;
}

export interface ServerOptions {
  config: PlatformConfig;
  env?: NodeJS.ProcessEnv;
  /** Do not listen (tests use app.inject). */
  listen?: boolean;
}

/** Builds the HTTP application on an open runtime: every feature's routes under /api/v1, the web app at /. */
export async function buildApp(runtime: Runtime, env: NodeJS.ProcessEnv = process.env) {
  const { config, db, reference, catalogue, matching, log } = runtime;
  const app = await createHttpServer({
    logger: { level: config.logLevel, name: 'zhuanhua-http' },
    version: VERSION,
    trustProxy: env.ZHUANHUA_TRUST_PROXY === '1',
  });
  const settings = loadAuthSettings(env, config.publicUrl);
  const accountsDeps = { db, settings };
  await registerAuth(app, accountsDeps);

  const openLicenceDeps = { db, publicUrl: config.publicUrl };
  const afterWrite = async () => {
    await catalogue.catchUp();
    await matching.catchUp();
  };
  const afterDemandWrite = () => matching.demands.catchUp();
  // After an import: the index catches up, and published open licences on changed patents are re-checked
  // at once (a lapsed, pledged or invalidated patent suspends its declaration, Regs Art. 86).
  const jobs = new ImportJobs(
    db,
    reference,
    async (report) => {
      await catalogue.catchUp();
      await matching.catchUp();
      if (report.changedPatentIds.length)
        await reverifyDeclarations(openLicenceDeps, report.changedPatentIds);
    },
    app.log,
  );

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get(
    '/readyz',
    {
      schema: {
        hide: true,
        response: {
          200: z.object({ status: z.string(), documents: z.number() }),
          503: z.object({ status: z.string(), documents: z.number() }),
        },
      },
    },
    async (_request, reply) => {
      try {
        await db.query('SELECT 1');
      } catch {
        return reply.code(503).send({ status: 'database unavailable', documents: catalogue.size });
      }
      return { status: 'ready', documents: catalogue.size };
    },
  );

  await app.register(
    async (api) => {
      const scoped = api as unknown as HttpServer;
      await referenceRoutes(scoped, { db, catalog: reference });
      await catalogueRoutes(scoped, { db, index: catalogue, reference });
      await patentsRoutes(scoped, { db, reference, afterWrite });
      await importRoutes(scoped, {
        db,
        jobs,
        uploadDir: path.join(config.dataDir, 'uploads'),
        maxUploadBytes: Number(env.ZHUANHUA_MAX_UPLOAD_MB || 200) * 1024 * 1024,
      });
      await accountsRoutes(scoped, accountsDeps);
      await auditRoutes(scoped, { db });
      await dashboardRoutes(scoped, { db });
      await openLicenceRoutes(scoped, openLicenceDeps);
      await demandsRoutes(scoped, { db, reference, afterWrite: afterDemandWrite });
      await matchingRoutes(scoped, { db, matching, afterWrite: afterDemandWrite });
      await pushRoutes(scoped, { db, allowPrivateWebhooks: env.ZHUANHUA_WEBHOOK_ALLOW_PRIVATE === '1' });
    },
    { prefix: '/api/v1' },
  );
  await registerWebApp(app, { distDir: path.join(ROOT, 'web', 'dist') });
  log.debug('routes registered');
  return { app, jobs };
}

/**
 * Starts the platform: opens the runtime (first start: migrate, seed reference data and the real sample
 * catalogue, build the search index), creates the first administrator, and listens.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const env = options.env ?? process.env;
  const { config } = options;
  const log = createLogger(config.logLevel);
  const runtime = await openRuntime(config, { command: 'serve', log, seedSamples: true });
  try {
    // A generated one-time password must reach the operator readably even when logs are filtered or JSON: the
    // banner goes to stderr as plain text; the log records only that it was printed (never the password).
    await ensureBootstrapAdmin(runtime.db, env, {
      info: (msg) => log.info(msg),
      warn: (msg) => {
        process.stderr.write(`${msg}\n`);
        log.warn('platform administrator created with a one-time password (printed on stderr, not logged)');
      },
    });
    const { app, jobs } = await buildApp(runtime, env);
    const outbox = startOutboxSender({
      db: runtime.db,
      smtpUrl: env.SMTP_URL,
      from: env.SMTP_FROM || '"专利转化运用服务平台" <no-reply@localhost>',
      log: app.log,
    });
    runtime.catalogue.startPolling(5_000, (err) => app.log.warn({ err }, 'search index catch-up failed'));
    // Matching catches up with patents, demands and the open-licence pool, and embeds what waits, in the background.
    runtime.matching.startBackground(
      5_000,
      (err) => app.log.warn({ err }, 'matching index catch-up failed'),
      (round) => app.log.info(round, 'catalogue embedding round'),
    );
    void runtime.matching
      .status()
      .then((s) =>
        s.mode === 'lexical'
          ? app.log.warn({ reason: s.reason }, 'matching runs lexical-only (BM25): no embedding model')
          : app.log.info({ model: s.model, pending: s.pending }, 'hybrid matching'),
      );
    // Push: new or changed patents and demands against subscriptions; signed webhooks; the daily digest.
    const pushJobs = startPushJobs(
      {
        db: runtime.db,
        matching: runtime.matching,
        catalogue: runtime.catalogue,
        publicUrl: config.publicUrl,
      },
      { log: app.log, webhooks: { allowPrivateNetwork: env.ZHUANHUA_WEBHOOK_ALLOW_PRIVATE === '1' } },
    );
    const openLicenceJobs = startOpenLicenceJobs(
      { db: runtime.db, publicUrl: config.publicUrl },
      { log: (msg, err) => app.log.warn({ err }, msg) },
    );
    let url = `http://${config.host}:${config.port}`;
    if (options.listen !== false) {
      const address = await app.listen({ host: config.host, port: config.port });
      url = address.replace('[::1]', 'localhost');
      runtime.lock.update({ url });
      log.info({ url }, `专利转化运用服务平台 listening on ${url}`);
    } else {
      await app.ready();
    }
    let closed: Promise<void> | null = null;
    return {
      url,
      app,
      runtime,
      close() {
        closed ??= (async () => {
          runtime.catalogue.stopPolling();
          runtime.matching.stopBackground();
          await app.close(); // stops accepting, finishes in-flight requests
          await openLicenceJobs.stop();
          await pushJobs.stop();
          await jobs.drain();
          await outbox?.stop();
          await runtime.close();
        })();
        return closed;
      },
    };
  } catch (err) {
    await runtime.close();
    throw err;
  }
}
