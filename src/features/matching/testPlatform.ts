import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { loadConfig } from '../../platform/config';
import type { Database } from '../../platform/db/database';
import type { HttpServer } from '../../platform/http/httpServer';
import { openRuntime, type Runtime } from '../../runtime';
import { buildApp } from '../../server';
import { importPatentFile } from '../patents/import/importer';
import { loadReferenceCatalog } from '../reference';
import type { Embedder } from './embedder';

/**
 * Test support for matching and push (not used by the product): the whole platform on a given database with
 * a small real catalogue — the 61-column export and the CNKI university sample (owners, regions, legal status,
 * abstracts) and the battery-related titles of cn-titles-ipc.csv plus its first 300 rows (IPC as assigned).
 */
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SAMPLES = path.join(REPO, 'data', 'samples');
export const MODEL_DIR = path.join(REPO, 'models');

/** Battery titles and the first rows of the title sample, written as a CSV of the same layout. */
export function writeTitleSubset(dir: string, firstRows = 300): string {
  const lines = fs.readFileSync(path.join(SAMPLES, 'cn-titles-ipc.csv'), 'utf8').split(/\r?\n/);
  const [header, ...rows] = lines;
  const picked = rows.filter((l, i) => l && (i < firstRows || /电池|锂|正极|负极|储能|电解/.test(l)));
  const file = path.join(dir, 'titles-subset.csv');
  fs.writeFileSync(file, `${[header, ...picked].join('\n')}\n`);
  return file;
}

export async function seedSmallCatalogue(db: Database, dir: string): Promise<void> {
  const reference = await loadReferenceCatalog(db);
  for (const file of [
    path.join(SAMPLES, 'export-61col-sample.csv'),
    path.join(SAMPLES, 'cnki-university-sample.csv'),
    writeTitleSubset(dir),
  ]) {
    const r = await importPatentFile(db, file, { reference, source: `test:${path.basename(file)}` });
    if (r.accepted === 0) throw new Error(`nothing imported from ${file}`);
  }
}

export interface MatchingPlatform {
  app: HttpServer;
  runtime: Runtime;
  dataDir: string;
  /** Signs a user in through /api/v1/auth/login and returns cookie + CSRF headers. */
  login(user: { email: string; password: string }): Promise<Record<string, string>>;
  /** Closes the app and runtime; the data directory stays unless `remove`. */
  close(remove?: boolean): Promise<void>;
}

export async function openMatchingPlatform(
  db: Database,
  options: {
    dataDir?: string;
    modelDir?: string;
    embedder?: Embedder | null;
    seed?: boolean;
    env?: NodeJS.ProcessEnv;
  } = {},
): Promise<MatchingPlatform> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'zh-matching-'));
  if (options.seed ?? true) await seedSmallCatalogue(db, dataDir);
  const config = loadConfig({
    ZHUANHUA_DATA_DIR: dataDir,
    ZHUANHUA_MODEL_DIR: options.modelDir ?? MODEL_DIR,
    ZHUANHUA_SEED: 'none',
    LOG_LEVEL: 'silent',
    PORT: '0',
  });
  const runtime = await openRuntime(config, {
    command: 'test',
    log: pino({ level: 'silent' }),
    db,
    ...(options.embedder !== undefined ? { embedder: options.embedder } : {}),
  });
  const { app, jobs } = await buildApp(runtime, options.env ?? {});
  await app.ready();
  return {
    app,
    runtime,
    dataDir,
    async login(user) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: user });
      if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
      const get = (n: string) => res.cookies.find((c) => c.name === n)!.value;
      return {
        cookie: `zh_session=${get('zh_session')}; zh_csrf=${get('zh_csrf')}`,
        'x-csrf-token': get('zh_csrf'),
      };
    },
    async close(remove = true) {
      await app.close();
      await jobs.drain();
      await runtime.close();
      if (remove) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Wraps a real embedder and counts the texts it embeds (to prove a restart embeds nothing). */
export function countingEmbedder(inner: Embedder): { embedder: Embedder; count(): number } {
  let n = 0;
  return {
    embedder: {
      model: inner.model,
      dimensions: inner.dimensions,
      async embed(texts) {
        n += texts.length;
        return inner.embed(texts);
      },
      close: () => inner.close(),
    },
    count: () => n,
  };
}
