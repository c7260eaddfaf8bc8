import type { Database } from '../../platform/db/database';
import * as repo from './repository';
import { afterAttempt, MAX_WEBHOOK_ATTEMPTS } from './retry';
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signatureHeader } from './signature';
import { type WebhookPost, webhookPost } from './webhookClient';

export interface WebhookDeliveryOptions {
  /** Judge due-ness by this time instead of the database clock (tests move time by hand). */
  now?: Date;
  /** Claim lease (default 2 min): a crashed sender's deliveries are taken up again after it. */
  leaseMs?: number;
  /** Per-request time-out (default 10 s). */
  timeoutMs?: number;
  batchSize?: number;
  maxAttempts?: number;
  /**
   * ZHUANHUA_WEBHOOK_ALLOW_PRIVATE=1: deliveries may reach loopback and private addresses. Otherwise (the
   * default) every address dialled is checked when the socket connects (webhookClient.ts), so a name that
   * resolves to the platform's own network at delivery time is refused, whatever it resolved to when saved.
   */
  allowPrivateNetwork?: boolean;
  /** The HTTP client (default: webhookClient.ts with the address check above). */
  fetch?: WebhookPost;
  /** Clock for the signature timestamp (default now). */
  clock?: () => Date;
}

export interface WebhookReport {
  delivered: number;
  retrying: number;
  failed: number;
}

/**
 * Sends due webhook deliveries: each body signed (signature.ts), POSTed with a time-out; 2xx is delivered,
 * 5xx / network errors / time-outs are retried with back-off (retry.ts), a refusing 4xx or the last attempt
 * fails the delivery. Nothing here reads or writes anything but the delivery rows.
 */
export async function deliverDueWebhooks(
  db: Database,
  options: WebhookDeliveryOptions = {},
): Promise<WebhookReport> {
  const now = options.now ?? null;
  const claimed = await repo.claimDueDeliveries(db, {
    now,
    leaseMs: options.leaseMs ?? 120_000,
    limit: options.batchSize ?? 20,
  });
  const report: WebhookReport = { delivered: 0, retrying: 0, failed: 0 };
  const send = options.fetch ?? webhookPost({ allowPrivateNetwork: options.allowPrivateNetwork ?? false });
  for (const d of claimed) {
    const timestamp = Math.floor((options.clock?.() ?? new Date()).getTime() / 1000);
    let status: number | null = null;
    let error = '';
    try {
      const res = await send(d.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'Zhuanhua-Webhooks/1',
          [EVENT_HEADER]: d.event,
          [DELIVERY_HEADER]: String(d.id),
          [SIGNATURE_HEADER]: signatureHeader(d.secret, timestamp, d.body),
        },
        body: d.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      status = res.status;
      // Only the status matters; the body is read (bounded) so the connection is released.
      error = res.ok ? '' : `HTTP ${res.status}: ${(await res.text().catch(() => '')).slice(0, 300)}`;
    } catch (err) {
      error = String((err as Error).message ?? err).slice(0, 500);
    }
    const outcome = afterAttempt(d.attempts, status, options.maxAttempts ?? MAX_WEBHOOK_ATTEMPTS);
    if (outcome.kind === 'delivered') {
      await repo.recordDelivered(db, d.id, status!, now);
      report.delivered++;
    } else if (outcome.kind === 'retry') {
      await repo.recordRetry(db, d.id, { status, error, delayMs: outcome.delayMs, now });
      report.retrying++;
    } else {
      await repo.recordFailed(db, d.id, {
        status,
        error: outcome.why === 'attempts' ? `gave up after ${d.attempts} attempts: ${error}` : error,
      });
      report.failed++;
    }
  }
  return report;
}
