import type { Queryable } from '../../platform/db/database';

export interface PurgeReport {
  sessions: number;
  passwordResets: number;
  throttles: number;
}

const DAY = 86_400_000;

/**
 * Deletes credentials that can no longer be used: sessions and reset links ended more than
 * `keepDays` ago (kept a while for investigations; the audit log keeps the events for good), and
 * sign-in counters whose window and lock have both run out. Run daily by the job scheduler.
 */
export async function purgeExpiredCredentials(
  db: Queryable,
  now: Date,
  options: { keepDays?: number; failureWindowMs?: number } = {},
): Promise<PurgeReport> {
  const cutoff = new Date(now.getTime() - (options.keepDays ?? 30) * DAY);
  const windowStart = new Date(now.getTime() - (options.failureWindowMs ?? 15 * 60_000));
  const sessions = await db.query(
    'DELETE FROM sessions WHERE least(expires_at, coalesce(revoked_at, expires_at)) < $1',
    [cutoff],
  );
  const resets = await db.query(
    'DELETE FROM password_resets WHERE least(expires_at, coalesce(used_at, expires_at)) < $1',
    [cutoff],
  );
  const throttles = await db.query(
    `DELETE FROM sign_in_throttles
     WHERE window_started_at < $2 AND (locked_until IS NULL OR locked_until < $1)`,
    [now, windowStart],
  );
  return { sessions: sessions.rowCount, passwordResets: resets.rowCount, throttles: throttles.rowCount };
}
