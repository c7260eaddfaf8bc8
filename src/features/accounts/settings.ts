import type { Database } from '../../platform/db/database';

/** Sign-in, session and token settings, read once from the environment. */
export interface AuthSettings {
  /** A session ends after this long without a request (`ZHUANHUA_SESSION_IDLE_MINUTES`, default 120). */
  sessionIdleMs: number;
  /** A session ends this long after sign-in whatever happens (`ZHUANHUA_SESSION_MAX_HOURS`, default 12). */
  sessionAbsoluteMs: number;
  /** `last_seen_at` is written at most this often per session. */
  sessionTouchMs: number;
  /** Failures within `failureWindowMs` that lock an account (5) or a client IP (20). */
  accountMaxFailures: number;
  ipMaxFailures: number;
  failureWindowMs: number;
  /** How long a lock lasts (15 minutes). */
  lockMs: number;
  /** Validity of a password-reset link (1 hour) and of an invitation link (72 hours). */
  resetTtlMs: number;
  inviteTtlMs: number;
  /** At most this many reset e-mails per account per hour (the rest are silently dropped). */
  resetsPerHour: number;
  /** Base URL for links in e-mails, e.g. `https://zhuanhua.example.cn`. */
  publicUrl: string;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return n;
}

const MINUTE = 60_000;

export function loadAuthSettings(env: NodeJS.ProcessEnv, publicUrl: string): AuthSettings {
  return {
    sessionIdleMs: positive(env, 'ZHUANHUA_SESSION_IDLE_MINUTES', 120) * MINUTE,
    sessionAbsoluteMs: positive(env, 'ZHUANHUA_SESSION_MAX_HOURS', 12) * 60 * MINUTE,
    sessionTouchMs: MINUTE,
    accountMaxFailures: 5,
    ipMaxFailures: 20,
    failureWindowMs: 15 * MINUTE,
    lockMs: 15 * MINUTE,
    resetTtlMs: 60 * MINUTE,
    inviteTtlMs: 72 * 60 * MINUTE,
    resetsPerHour: 3,
    publicUrl: publicUrl.replace(/\/+$/, ''),
  };
}

/** What the accounts services, routes and plugin need. */
export interface AccountsDeps {
  db: Database;
  settings: AuthSettings;
  /** Injected in tests to move time; defaults to the system clock. */
  clock?: () => Date;
}

export function now(deps: Pick<AccountsDeps, 'clock'>): Date {
  return deps.clock?.() ?? new Date();
}
