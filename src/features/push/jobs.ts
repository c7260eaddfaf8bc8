import { deliverDueWebhooks, type WebhookDeliveryOptions, type WebhookReport } from './delivery';
import { type DigestReport, runDailyDigest } from './digest';
import { type PushDeps, type PushReport, runPushRound } from './pushRound';

export interface PushJobsOptions {
  /** Push round interval (default 60 s). */
  pushMs?: number;
  /** Webhook delivery interval (default 10 s). */
  webhookMs?: number;
  /** How often the digest looks whether today's is due (default 10 min). */
  digestMs?: number;
  webhooks?: WebhookDeliveryOptions;
  clock?: () => Date;
  log: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
}

export interface PushJobs {
  /** One of each now (tests; also what the timers run). */
  runOnce(): Promise<{ push: PushReport; webhooks: WebhookReport; digest: DigestReport }>;
  stop(): Promise<void>;
}

/**
 * The push jobs of a server: the push round, webhook delivery and the daily digest, each on its own timer,
 * never two runs of one job at a time. `stop()` clears the timers and waits for runs in progress.
 */
export function startPushJobs(deps: PushDeps, options: PushJobsOptions): PushJobs {
  const clock = options.clock ?? (() => new Date());
  let stopped = false;
  const timers: NodeJS.Timeout[] = [];
  const running = new Map<string, Promise<unknown>>();

  function job<T>(name: string, fn: () => Promise<T>): () => Promise<T> {
    return () => {
      const current = running.get(name) as Promise<T> | undefined;
      if (current) return current;
      const run = fn().finally(() => running.delete(name));
      running.set(name, run);
      return run;
    };
  }
  const push = job('push', () => runPushRound(deps));
  const webhooks = job('webhooks', () => deliverDueWebhooks(deps.db, options.webhooks));
  const digest = job('digest', () => runDailyDigest(deps.db, { now: clock(), publicUrl: deps.publicUrl }));

  const every = (ms: number, name: string, run: () => Promise<unknown>, quiet: (r: never) => boolean) => {
    const tick = async () => {
      try {
        const r = await run();
        if (!quiet(r as never)) options.log.info({ job: name, ...(r as object) }, `push job ${name}`);
      } catch (err) {
        options.log.warn({ err, job: name }, `push job ${name} failed`);
      }
    };
    const t = setInterval(() => {
      if (!stopped) void tick();
    }, ms);
    t.unref();
    timers.push(t);
  };
  every(options.pushMs ?? 60_000, 'push', push, (r: PushReport) => r.notifications === 0);
  every(
    options.webhookMs ?? 10_000,
    'webhooks',
    webhooks,
    (r: WebhookReport) => !r.delivered && !r.retrying && !r.failed,
  );
  every(options.digestMs ?? 10 * 60_000, 'digest', digest, (r: DigestReport) => !r.ran);

  return {
    async runOnce() {
      const p = await push();
      const w = await webhooks();
      const d = await digest();
      return { push: p, webhooks: w, digest: d };
    },
    async stop() {
      stopped = true;
      for (const t of timers) clearInterval(t);
      await Promise.allSettled([...running.values()]);
    },
  };
}
