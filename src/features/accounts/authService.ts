/**
 * Signing in and out, sessions, API-token authentication, password change and reset. Every write is
 * audited in its own transaction; secrets are stored hashed.
 */
import type { Queryable } from '../../platform/db/database';
import { type Bilingual, type FieldError, HttpProblem, problem } from '../../platform/http/problem';
import { recordAudit } from '../audit/recordAudit';
import { enqueueEmail } from '../outbox/service';
import { ANONYMOUS, SCOPES, type Scope, type UserActor } from './actor';
import { checkPassword } from './passwordPolicy';
import { hashPassword, passwordHashIsOutdated, verifyAgainstDummy, verifyPassword } from './passwords';
import {
  clearAccountThrottle,
  consumeResets,
  countAttempt,
  countRecentResets,
  findResetForUpdate,
  findSession,
  findTokenByHash,
  findUserByEmail,
  findUserById,
  insertReset,
  insertSession,
  markSignedIn,
  refundIpAttempt,
  replacePasswordHash,
  revokeSession,
  revokeUserSessions,
  setPassword,
  touchSession,
  touchToken,
  type UserRow,
} from './repository';
import { csrfTokenFor, hashSecret, newSecret } from './secrets';
import { type AccountsDeps, now } from './settings';

/** What the services need of the HTTP request (a FastifyRequest fits). */
export interface RequestInfo {
  ip: string;
  id: string;
  headers?: { 'user-agent'?: string | undefined };
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function actorFromUser(
  user: UserRow,
  via: 'session' | 'token',
  credentialId: number,
  scopes: readonly Scope[],
): UserActor {
  return {
    kind: 'user',
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    organisationId: user.organisationId,
    organisationKind: user.organisationKind,
    role: user.role,
    isPlatformAdmin: user.isPlatformAdmin,
    via,
    credentialId,
    scopes,
    mustChangePassword: user.mustChangePassword,
  };
}

/** Beijing time (UTC+8, no daylight saving), minutes precision, for messages people read. */
export function beijingTime(d: Date): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function lockedProblem(scope: 'account' | 'ip', lockedUntil: Date, at: Date): HttpProblem {
  const retryAfterSeconds = Math.max(1, Math.ceil((lockedUntil.getTime() - at.getTime()) / 1000));
  const bj = beijingTime(lockedUntil);
  return new HttpProblem({
    status: 429,
    type: 'urn:zhuanhua:problem:sign-in-locked',
    title: { zh: '登录已被暂时锁定', en: 'Sign-in temporarily locked' },
    detail:
      scope === 'account'
        ? {
            zh: `该账户连续登录失败次数过多，已锁定至 ${bj}（北京时间），届时可再次尝试，或通过“忘记密码”重置密码。`,
            en: `Too many failed sign-ins for this account: it is locked until ${lockedUntil.toISOString()} (${bj} Beijing time). Try again then, or reset your password.`,
          }
        : {
            zh: `来自您网络地址的登录失败次数过多，已锁定至 ${bj}（北京时间）。`,
            en: `Too many failed sign-ins from your network address: locked until ${lockedUntil.toISOString()} (${bj} Beijing time).`,
          },
    extensions: {
      code: scope === 'account' ? 'ACCOUNT_LOCKED' : 'IP_LOCKED',
      lockedUntil: lockedUntil.toISOString(),
      retryAfterSeconds,
    },
  });
}

function invalidCredentials(attemptsLeft: number, lockMinutes: number): HttpProblem {
  return new HttpProblem({
    status: 401,
    type: 'urn:zhuanhua:problem:invalid-credentials',
    title: { zh: '登录失败', en: 'Sign-in failed' },
    detail: {
      zh: `电子邮箱或密码不正确。再失败 ${attemptsLeft} 次，账户将被锁定 ${lockMinutes} 分钟。`,
      en: `E-mail or password incorrect. ${attemptsLeft} more failure(s) will lock the account for ${lockMinutes} minutes.`,
    },
    extensions: { code: 'INVALID_CREDENTIALS', attemptsLeft },
  });
}

interface Reservation {
  email: string;
  ip: string;
  accountFailures: number;
  accountLockedUntil: Date | null;
  ipFailures: number;
  ipLockedUntil: Date | null;
}

/**
 * Counts the attempt against the client IP and the account before the password is checked, in its own
 * committed transaction, so parallel guesses from several processes all see each other.
 */
async function reserveAttempt(deps: AccountsDeps, email: string, ip: string, at: Date): Promise<Reservation> {
  const s = deps.settings;
  const base = { now: at, windowMs: s.failureWindowMs, lockMs: s.lockMs };
  const outcome = await deps.db.transaction(async (tx) => {
    const byIp = await countAttempt(tx, 'ip', ip, { ...base, max: s.ipMaxFailures });
    if (byIp.failures > s.ipMaxFailures) return { refused: 'ip' as const, lockedUntil: byIp.lockedUntil };
    const byAccount = await countAttempt(tx, 'account', email, { ...base, max: s.accountMaxFailures });
    if (byAccount.failures > s.accountMaxFailures)
      return { refused: 'account' as const, lockedUntil: byAccount.lockedUntil };
    return { refused: null, byAccount, byIp };
  });
  if (outcome.refused)
    throw lockedProblem(outcome.refused, outcome.lockedUntil ?? new Date(at.getTime() + s.lockMs), at);
  return {
    email,
    ip,
    accountFailures: outcome.byAccount.failures,
    accountLockedUntil: outcome.byAccount.lockedUntil,
    ipFailures: outcome.byIp.failures,
    ipLockedUntil: outcome.byIp.lockedUntil,
  };
}

/** The attempt succeeded: the account starts afresh and the IP gets its attempt back. */
async function settleSuccess(tx: Queryable, deps: AccountsDeps, r: Reservation): Promise<void> {
  await clearAccountThrottle(tx, r.email);
  await refundIpAttempt(tx, r.ip, deps.settings.ipMaxFailures);
}

/** Records a failed attempt and returns the problem to answer with (429 once the lock is reached). */
async function settleFailure(
  deps: AccountsDeps,
  r: Reservation,
  audit: {
    request: RequestInfo;
    action: string;
    objectType: string;
    objectId: string | number;
    reason: string;
  },
  at: Date,
): Promise<HttpProblem> {
  const s = deps.settings;
  // This failure is the last one allowed: the lock its reservation set now stands.
  const lock =
    r.accountFailures >= s.accountMaxFailures
      ? { scope: 'account' as const, until: r.accountLockedUntil }
      : r.ipFailures >= s.ipMaxFailures
        ? { scope: 'ip' as const, until: r.ipLockedUntil }
        : null;
  await deps.db.transaction((tx) =>
    recordAudit(tx, {
      actor: ANONYMOUS,
      request: audit.request,
      action: lock ? 'auth.lockout' : audit.action,
      objectType: audit.objectType,
      objectId: audit.objectId,
      after: {
        email: r.email,
        reason: audit.reason,
        failures: r.accountFailures,
        ...(lock ? { lockScope: lock.scope, lockedUntil: lock.until } : {}),
      },
      at,
    }),
  );
  if (lock) return lockedProblem(lock.scope, lock.until ?? new Date(at.getTime() + s.lockMs), at);
  return invalidCredentials(s.accountMaxFailures - r.accountFailures, Math.round(s.lockMs / 60_000));
}

export interface SignInResult {
  actor: UserActor;
  user: UserRow;
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function signIn(
  deps: AccountsDeps,
  input: { email: string; password: string },
  request: RequestInfo,
): Promise<SignInResult> {
  const at = now(deps);
  const email = normaliseEmail(input.email);
  const reservation = await reserveAttempt(deps, email, request.ip, at);
  const user = await findUserByEmail(deps.db, email);
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDummy(input.password);
  if (!user || !valid) {
    throw await settleFailure(
      deps,
      reservation,
      {
        request,
        action: 'auth.signInFailed',
        objectType: user ? 'user' : 'email',
        objectId: user ? user.id : email,
        reason: !user ? 'UNKNOWN_EMAIL' : user.passwordHash ? 'WRONG_PASSWORD' : 'NO_PASSWORD_SET',
      },
      at,
    );
  }
  if (user.disabledAt) {
    await deps.db.transaction(async (tx) => {
      await settleSuccess(tx, deps, reservation);
      await recordAudit(tx, {
        actor: ANONYMOUS,
        request,
        action: 'auth.signInFailed',
        objectType: 'user',
        objectId: user.id,
        after: { email, reason: 'ACCOUNT_DISABLED' },
        at,
      });
    });
    throw new HttpProblem({
      status: 403,
      title: { zh: '账户已停用', en: 'Account disabled' },
      detail: { zh: '该账户已被管理员停用。', en: 'This account has been disabled by an administrator.' },
      extensions: { code: 'ACCOUNT_DISABLED' },
    });
  }
  const sessionToken = newSecret();
  const expiresAt = new Date(at.getTime() + deps.settings.sessionAbsoluteMs);
  const rehash = passwordHashIsOutdated(user.passwordHash!) ? await hashPassword(input.password) : null;
  const actor = await deps.db.transaction(async (tx) => {
    await settleSuccess(tx, deps, reservation);
    if (rehash) await replacePasswordHash(tx, user.id, rehash);
    const sessionId = await insertSession(tx, {
      tokenHash: hashSecret(sessionToken),
      userId: user.id,
      now: at,
      expiresAt,
      ip: request.ip,
      userAgent: request.headers?.['user-agent'] ?? null,
    });
    await markSignedIn(tx, user.id, at);
    const signedIn = actorFromUser(user, 'session', sessionId, SCOPES);
    await recordAudit(tx, {
      actor: signedIn,
      request,
      action: 'auth.signIn',
      objectType: 'user',
      objectId: user.id,
      after: { sessionId, expiresAt, mustChangePassword: user.mustChangePassword },
      at,
    });
    return signedIn;
  });
  return { actor, user, sessionToken, csrfToken: csrfTokenFor(sessionToken), expiresAt };
}

/** The actor of a session cookie, or null when unknown, revoked, idle too long, past its end or disabled. */
export async function resolveSession(deps: AccountsDeps, sessionToken: string): Promise<UserActor | null> {
  const found = await findSession(deps.db, hashSecret(sessionToken));
  if (!found) return null;
  const { session, user } = found;
  const at = now(deps);
  const idle = at.getTime() - session.lastSeenAt.getTime();
  if (session.revokedAt || at >= session.expiresAt || idle >= deps.settings.sessionIdleMs || user.disabledAt)
    return null;
  if (idle >= deps.settings.sessionTouchMs) await touchSession(deps.db, session.sessionId, at);
  return actorFromUser(user, 'session', session.sessionId, SCOPES);
}

/** The actor of a bearer token, or null when unknown, revoked, expired or its user disabled. */
export async function resolveApiToken(deps: AccountsDeps, token: string): Promise<UserActor | null> {
  const found = await findTokenByHash(deps.db, hashSecret(token));
  if (!found) return null;
  const at = now(deps);
  if (found.revokedAt || (found.expiresAt && at >= found.expiresAt) || found.user.disabledAt) return null;
  if (!found.lastUsedAt || at.getTime() - found.lastUsedAt.getTime() >= deps.settings.sessionTouchMs)
    await touchToken(deps.db, found.id, at);
  return actorFromUser(found.user, 'token', found.id, found.scopes);
}

export async function signOut(deps: AccountsDeps, actor: UserActor, request: RequestInfo): Promise<void> {
  if (actor.via !== 'session') return;
  const at = now(deps);
  await deps.db.transaction(async (tx) => {
    await revokeSession(tx, actor.credentialId, at);
    await recordAudit(tx, {
      actor,
      request,
      action: 'auth.signOut',
      objectType: 'user',
      objectId: actor.userId,
      after: { sessionId: actor.credentialId },
      at,
    });
  });
}

/** 422 with one field error per broken rule of the password policy. */
export function assertPasswordAcceptable(
  password: string,
  context: { email: string; currentPassword?: string },
  path: string,
): void {
  const problems = checkPassword(password, context);
  if (problems.length === 0) return;
  const errors: FieldError[] = problems.map((p) => ({ path, message: p.message }));
  throw problem.unprocessable(
    {
      zh: `密码不符合要求：${problems.map((p) => p.message.zh).join('；')}`,
      en: `The password is not acceptable: ${problems.map((p) => p.message.en).join('; ')}`,
    },
    errors,
    { code: 'PASSWORD_POLICY' },
  );
}

/**
 * Changes the signed-in user's password after checking the current one (throttled like a sign-in) and
 * ends their other sessions; the current session stays.
 */
export async function changePassword(
  deps: AccountsDeps,
  actor: UserActor,
  input: { currentPassword: string; newPassword: string },
  request: RequestInfo,
): Promise<void> {
  const at = now(deps);
  const user = await findUserById(deps.db, actor.userId);
  if (!user) throw problem.unauthorized({ zh: '请先登录', en: 'Please sign in first' });
  assertPasswordAcceptable(
    input.newPassword,
    { email: user.email, currentPassword: input.currentPassword },
    'body.newPassword',
  );
  const reservation = await reserveAttempt(deps, user.email, request.ip, at);
  const valid = user.passwordHash ? await verifyPassword(user.passwordHash, input.currentPassword) : false;
  if (!valid) {
    const refusal = await settleFailure(
      deps,
      reservation,
      {
        request,
        action: 'auth.passwordChangeFailed',
        objectType: 'user',
        objectId: user.id,
        reason: 'WRONG_PASSWORD',
      },
      at,
    );
    if (refusal.status === 429) throw refusal;
    throw problem.unprocessable(
      { zh: '当前密码不正确', en: 'The current password is incorrect' },
      [{ path: 'body.currentPassword', message: { zh: '当前密码不正确', en: 'Incorrect current password' } }],
      { code: 'WRONG_CURRENT_PASSWORD' },
    );
  }
  const hash = await hashPassword(input.newPassword);
  await deps.db.transaction(async (tx) => {
    await settleSuccess(tx, deps, reservation);
    await setPassword(tx, user.id, hash, false, at);
    const ended = await revokeUserSessions(
      tx,
      user.id,
      at,
      actor.via === 'session' ? actor.credentialId : null,
    );
    await recordAudit(tx, {
      actor,
      request,
      action: 'auth.passwordChange',
      objectType: 'user',
      objectId: user.id,
      before: { mustChangePassword: user.mustChangePassword },
      after: { mustChangePassword: false, otherSessionsEnded: ended },
      at,
    });
  });
}

function passwordLink(deps: AccountsDeps, token: string, purpose: 'reset' | 'invite'): string {
  // The token travels in the fragment: it never reaches server logs or Referer headers.
  return `${deps.settings.publicUrl}/reset-password#token=${token}${purpose === 'invite' ? '&invite=1' : ''}`;
}

function passwordEmail(user: UserRow, link: string, purpose: 'reset' | 'invite', ttlMs: number) {
  const hours = ttlMs / 3_600_000;
  const within =
    hours >= 1
      ? { zh: `${hours} 小时`, en: `${hours} hour${hours === 1 ? '' : 's'}` }
      : { zh: `${ttlMs / 60_000} 分钟`, en: `${ttlMs / 60_000} minutes` };
  if (purpose === 'invite')
    return {
      subject: '【转化平台】账户邀请 | You are invited to Zhuanhua',
      text: [
        `${user.displayName}，您好：`,
        '',
        `管理员为您在专利转化运用服务平台开通了账户（${user.email}）。请在 ${within.zh}内打开以下链接设置密码：`,
        link,
        '',
        `Hello ${user.displayName},`,
        '',
        `An administrator created an account for you (${user.email}) on the Zhuanhua patent transformation platform. Open this link within ${within.en} to set your password:`,
        link,
      ].join('\n'),
    };
  return {
    subject: '【转化平台】重置密码 | Reset your password',
    text: [
      `${user.displayName}，您好：`,
      '',
      `我们收到了重置您的账户（${user.email}）密码的请求。请在 ${within.zh}内打开以下链接设置新密码：`,
      link,
      '如果这不是您本人的操作，请忽略此邮件，您的密码不会改变。',
      '',
      `Hello ${user.displayName},`,
      '',
      `We received a request to reset the password of your account (${user.email}). Open this link within ${within.en} to choose a new password:`,
      link,
      'If you did not ask for this, ignore this e-mail: your password stays unchanged.',
    ].join('\n'),
  };
}

/** Creates a single-use link and queues the e-mail carrying it, in the caller's transaction. */
export async function issuePasswordLink(
  tx: Queryable,
  deps: AccountsDeps,
  user: UserRow,
  purpose: 'reset' | 'invite',
  ip: string | null,
  at: Date,
): Promise<number> {
  const token = newSecret();
  const ttl = purpose === 'invite' ? deps.settings.inviteTtlMs : deps.settings.resetTtlMs;
  const resetId = await insertReset(tx, {
    userId: user.id,
    purpose,
    tokenHash: hashSecret(token),
    now: at,
    expiresAt: new Date(at.getTime() + ttl),
    ip,
  });
  const mail = passwordEmail(user, passwordLink(deps, token, purpose), purpose, ttl);
  await enqueueEmail(tx, { to: user.email, subject: mail.subject, text: mail.text, sensitive: true });
  return resetId;
}

/**
 * Always answers the same, whether the address is known or not (no account enumeration). Known,
 * enabled accounts get a link, at most `resetsPerHour` per hour.
 */
export async function requestPasswordReset(
  deps: AccountsDeps,
  emailInput: string,
  request: RequestInfo,
): Promise<void> {
  const at = now(deps);
  const email = normaliseEmail(emailInput);
  const user = await findUserByEmail(deps.db, email);
  await deps.db.transaction(async (tx) => {
    let outcome: string;
    if (!user) outcome = 'UNKNOWN_EMAIL';
    else if (user.disabledAt) outcome = 'ACCOUNT_DISABLED';
    else if (
      (await countRecentResets(tx, user.id, new Date(at.getTime() - 3_600_000))) >=
      deps.settings.resetsPerHour
    )
      outcome = 'THROTTLED';
    else {
      await issuePasswordLink(tx, deps, user, 'reset', request.ip, at);
      outcome = 'SENT';
    }
    await recordAudit(tx, {
      actor: ANONYMOUS,
      request,
      action: 'auth.passwordResetRequest',
      objectType: user ? 'user' : 'email',
      objectId: user ? user.id : email,
      after: { email, outcome },
      at,
    });
  });
}

const INVALID_LINK: Bilingual = {
  zh: '重置链接无效、已使用或已过期，请重新申请。',
  en: 'The reset link is invalid, already used or expired; request a new one.',
};

/** Sets a new password from a reset or invitation link, ends every session and lifts a lock-out. */
export async function confirmPasswordReset(
  deps: AccountsDeps,
  input: { token: string; newPassword: string },
  request: RequestInfo,
): Promise<{ email: string }> {
  const at = now(deps);
  const tokenHash = hashSecret(input.token);
  // Check the link before spending time on hashing; re-checked under a row lock below.
  const peek = await deps.db.query<{ userId: number }>(
    `SELECT user_id AS "userId" FROM password_resets WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2`,
    [tokenHash, at],
  );
  const user = peek.rows[0] ? await findUserById(deps.db, peek.rows[0].userId) : null;
  if (!user || user.disabledAt)
    throw problem.unprocessable(INVALID_LINK, [{ path: 'body.token', message: INVALID_LINK }], {
      code: 'RESET_LINK_INVALID',
    });
  assertPasswordAcceptable(input.newPassword, { email: user.email }, 'body.newPassword');
  const hash = await hashPassword(input.newPassword);
  await deps.db.transaction(async (tx) => {
    const reset = await findResetForUpdate(tx, tokenHash);
    if (!reset || reset.usedAt || at >= reset.expiresAt || reset.userId !== user.id)
      throw problem.unprocessable(INVALID_LINK, [{ path: 'body.token', message: INVALID_LINK }], {
        code: 'RESET_LINK_INVALID',
      });
    await setPassword(tx, user.id, hash, false, at);
    await consumeResets(tx, user.id, at);
    const ended = await revokeUserSessions(tx, user.id, at);
    await clearAccountThrottle(tx, user.email);
    await recordAudit(tx, {
      actor: ANONYMOUS,
      request,
      action: reset.purpose === 'invite' ? 'auth.invitationAccepted' : 'auth.passwordReset',
      objectType: 'user',
      objectId: user.id,
      after: { resetId: reset.id, sessionsEnded: ended },
      at,
    });
  });
  return { email: user.email };
}
