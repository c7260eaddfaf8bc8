/**
 * Webhook retry schedule, pure: 30 s, 2 min, 8 min, 32 min, ~2 h (×4 each time, capped at 6 h), then give up
 * after MAX_WEBHOOK_ATTEMPTS. A 2xx is delivered. 4xx answers are the receiver refusing for good (bad URL,
 * gone, unauthorised) and are not retried, except 408 Request Timeout and 429 Too Many Requests; 5xx, network
 * errors and time-outs are retried.
 */
export const MAX_WEBHOOK_ATTEMPTS = 6;
const BASE_MS = 30_000;
const CAP_MS = 6 * 60 * 60_000;

export function webhookRetryDelayMs(attempts: number): number {
  return Math.min(BASE_MS * 4 ** Math.max(0, attempts - 1), CAP_MS);
}

export type WebhookOutcome =
  | { kind: 'delivered' }
  | { kind: 'retry'; delayMs: number }
  | { kind: 'give-up'; why: 'refused' | 'attempts' };

/** After attempt number `attempts` (1-based) answered `status` (null: no HTTP answer — network error, time-out). */
export function afterAttempt(
  attempts: number,
  status: number | null,
  maxAttempts = MAX_WEBHOOK_ATTEMPTS,
): WebhookOutcome {
  if (status !== null && status >= 200 && status < 300) return { kind: 'delivered' };
  if (status !== null && status >= 400 && status < 500 && status !== 408 && status !== 429)
    return { kind: 'give-up', why: 'refused' };
  if (attempts >= maxAttempts) return { kind: 'give-up', why: 'attempts' };
  return { kind: 'retry', delayMs: webhookRetryDelayMs(attempts) };
}
