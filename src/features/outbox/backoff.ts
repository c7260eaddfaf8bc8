/** Retry schedule of the e-mail outbox, pure. */

export const MAX_ATTEMPTS = 8;
const BASE_MS = 30_000;
const CAP_MS = 6 * 60 * 60_000;

/** Delay before the next attempt after `attempts` failed ones: 30 s, 1 min, 2 min, … capped at 6 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(BASE_MS * 2 ** Math.max(0, attempts - 1), CAP_MS);
}

export type FailureOutcome = { kind: 'retry'; delayMs: number } | { kind: 'give-up' };

/**
 * SMTP 5xx replies are permanent (RFC 5321 §4.2.1): retrying cannot help. Everything else (4xx,
 * connection and time-out errors) is retried until MAX_ATTEMPTS.
 */
export function afterFailure(attempts: number, smtpResponseCode: number | undefined): FailureOutcome {
  if (smtpResponseCode !== undefined && smtpResponseCode >= 500 && smtpResponseCode < 600)
    return { kind: 'give-up' };
  if (attempts >= MAX_ATTEMPTS) return { kind: 'give-up' };
  return { kind: 'retry', delayMs: retryDelayMs(attempts) };
}
