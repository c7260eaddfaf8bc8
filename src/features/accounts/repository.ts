/** SQL of the accounts feature. Every function takes the database or a transaction first. */
import type { Queryable } from '../../platform/db/database';
import type { OrganisationKind, OrganisationRole, Scope } from './actor';

export interface UserRow {
  id: number;
  email: string;
  displayName: string;
  organisationId: number | null;
  organisationKind: OrganisationKind | null;
  organisationName: string | null;
  role: OrganisationRole;
  isPlatformAdmin: boolean;
  passwordHash: string | null;
  mustChangePassword: boolean;
  passwordChangedAt: Date | null;
  lastSignInAt: Date | null;
  disabledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const USER_COLUMNS = `u.id, u.email, u.display_name AS "displayName", u.organisation_id AS "organisationId",
  o.kind AS "organisationKind", o.name AS "organisationName", u.role, u.is_platform_admin AS "isPlatformAdmin",
  u.password_hash AS "passwordHash", u.must_change_password AS "mustChangePassword",
  u.password_changed_at AS "passwordChangedAt", u.last_sign_in_at AS "lastSignInAt", u.disabled_at AS "disabledAt",
  u.created_at AS "createdAt", u.updated_at AS "updatedAt"`;
const USER_FROM = 'users u LEFT JOIN organisations o ON o.id = u.organisation_id';

export async function findUserByEmail(q: Queryable, email: string): Promise<UserRow | null> {
  const r = await q.query<UserRow>(`SELECT ${USER_COLUMNS} FROM ${USER_FROM} WHERE u.email = $1`, [email]);
  return r.rows[0] ?? null;
}

export async function findUserById(q: Queryable, id: number, forUpdate = false): Promise<UserRow | null> {
  const r = await q.query<UserRow>(
    `SELECT ${USER_COLUMNS} FROM ${USER_FROM} WHERE u.id = $1${forUpdate ? ' FOR UPDATE OF u' : ''}`,
    [id],
  );
  return r.rows[0] ?? null;
}

export async function listUsers(
  q: Queryable,
  filter: { organisationId?: number; q?: string; includeDisabled: boolean },
  page: { page: number; pageSize: number },
): Promise<{ total: number; items: UserRow[] }> {
  const params: unknown[] = [];
  const clauses: string[] = [];
  if (filter.organisationId !== undefined) {
    params.push(filter.organisationId);
    clauses.push(`u.organisation_id = $${params.length}`);
  }
  if (filter.q) {
    params.push(`%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    clauses.push(`(u.email ILIKE $${params.length} OR u.display_name ILIKE $${params.length})`);
  }
  if (!filter.includeDisabled) clauses.push('u.disabled_at IS NULL');
  const w = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  const total = await q.query<{ n: number }>(`SELECT count(*)::int8 AS n FROM ${USER_FROM} ${w}`, params);
  const items = await q.query<UserRow>(
    `SELECT ${USER_COLUMNS} FROM ${USER_FROM} ${w} ORDER BY u.id LIMIT ${page.pageSize} OFFSET ${(page.page - 1) * page.pageSize}`,
    params,
  );
  return { total: total.rows[0]?.n ?? 0, items: items.rows };
}

export async function insertUser(
  q: Queryable,
  u: {
    email: string;
    displayName: string;
    organisationId: number | null;
    role: OrganisationRole;
    isPlatformAdmin: boolean;
    passwordHash: string | null;
    mustChangePassword: boolean;
    now: Date;
  },
): Promise<number> {
  const r = await q.query<{ id: number }>(
    `INSERT INTO users (email, display_name, organisation_id, role, is_platform_admin, password_hash,
       must_change_password, password_changed_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $6::text IS NULL THEN NULL ELSE $8::timestamptz END, $8, $8)
     RETURNING id`,
    [
      u.email,
      u.displayName,
      u.organisationId,
      u.role,
      u.isPlatformAdmin,
      u.passwordHash,
      u.mustChangePassword,
      u.now,
    ],
  );
  return r.rows[0]!.id;
}

export async function updateUser(
  q: Queryable,
  id: number,
  patch: {
    displayName?: string;
    organisationId?: number | null;
    role?: OrganisationRole;
    isPlatformAdmin?: boolean;
    disabledAt?: Date | null;
  },
  now: Date,
): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [id, now];
  const set = (column: string, value: unknown) => {
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  };
  if (patch.displayName !== undefined) set('display_name', patch.displayName);
  if (patch.organisationId !== undefined) set('organisation_id', patch.organisationId);
  if (patch.role !== undefined) set('role', patch.role);
  if (patch.isPlatformAdmin !== undefined) set('is_platform_admin', patch.isPlatformAdmin);
  if (patch.disabledAt !== undefined) set('disabled_at', patch.disabledAt);
  await q.query(`UPDATE users SET ${[...sets, 'updated_at = $2'].join(', ')} WHERE id = $1`, params);
}

export async function setPassword(
  q: Queryable,
  id: number,
  passwordHash: string,
  mustChangePassword: boolean,
  now: Date,
): Promise<void> {
  await q.query(
    `UPDATE users SET password_hash = $2, must_change_password = $3, password_changed_at = $4, updated_at = $4
     WHERE id = $1`,
    [id, passwordHash, mustChangePassword, now],
  );
}

/** Upgrades the stored hash's parameters without touching anything else. */
export async function replacePasswordHash(q: Queryable, id: number, passwordHash: string): Promise<void> {
  await q.query('UPDATE users SET password_hash = $2 WHERE id = $1', [id, passwordHash]);
}

export async function markSignedIn(q: Queryable, id: number, now: Date): Promise<void> {
  await q.query('UPDATE users SET last_sign_in_at = $2 WHERE id = $1', [id, now]);
}

export async function countActivePlatformAdmins(q: Queryable): Promise<number> {
  const r = await q.query<{ n: number }>(
    'SELECT count(*)::int8 AS n FROM users WHERE is_platform_admin AND disabled_at IS NULL',
  );
  return r.rows[0]?.n ?? 0;
}

// --- sessions --------------------------------------------------------------------------------------

export interface SessionRow {
  sessionId: number;
  userId: number;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

export async function insertSession(
  q: Queryable,
  s: {
    tokenHash: string;
    userId: number;
    now: Date;
    expiresAt: Date;
    ip: string | null;
    userAgent: string | null;
  },
): Promise<number> {
  const r = await q.query<{ id: number }>(
    `INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at, ip, user_agent)
     VALUES ($1, $2, $3, $3, $4, $5, $6) RETURNING id`,
    [s.tokenHash, s.userId, s.now, s.expiresAt, s.ip, s.userAgent?.slice(0, 500) ?? null],
  );
  return r.rows[0]!.id;
}

export async function findSession(
  q: Queryable,
  tokenHash: string,
): Promise<{ session: SessionRow; user: UserRow } | null> {
  const r = await q.query<
    UserRow & {
      sessionId: number;
      sessionCreatedAt: Date;
      lastSeenAt: Date;
      expiresAt: Date;
      revokedAt: Date | null;
    }
  >(
    `SELECT s.id AS "sessionId", s.created_at AS "sessionCreatedAt", s.last_seen_at AS "lastSeenAt",
       s.expires_at AS "expiresAt", s.revoked_at AS "revokedAt", ${USER_COLUMNS}
     FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN organisations o ON o.id = u.organisation_id
     WHERE s.token_hash = $1`,
    [tokenHash],
  );
  const row = r.rows[0];
  if (!row) return null;
  const { sessionId, sessionCreatedAt, lastSeenAt, expiresAt, revokedAt, ...user } = row;
  return {
    session: { sessionId, userId: user.id, createdAt: sessionCreatedAt, lastSeenAt, expiresAt, revokedAt },
    user,
  };
}

export async function touchSession(q: Queryable, sessionId: number, now: Date): Promise<void> {
  await q.query('UPDATE sessions SET last_seen_at = $2 WHERE id = $1 AND last_seen_at < $2', [
    sessionId,
    now,
  ]);
}

export async function revokeSession(q: Queryable, sessionId: number, now: Date): Promise<void> {
  await q.query('UPDATE sessions SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL', [sessionId, now]);
}

/** Revokes every open session of a user, except `keepSessionId`. Returns how many were revoked. */
export async function revokeUserSessions(
  q: Queryable,
  userId: number,
  now: Date,
  keepSessionId: number | null = null,
): Promise<number> {
  const r = await q.query(
    `UPDATE sessions SET revoked_at = $2
     WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > $2 AND ($3::int8 IS NULL OR id <> $3)`,
    [userId, now, keepSessionId],
  );
  return r.rowCount;
}

// --- API tokens ------------------------------------------------------------------------------------

export interface TokenRow {
  id: number;
  userId: number;
  name: string;
  tokenPrefix: string;
  scopes: Scope[];
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  ownerOrganisationId: number | null;
  ownerEmail: string;
}

const TOKEN_COLUMNS = `t.id, t.user_id AS "userId", t.name, t.token_prefix AS "tokenPrefix", t.scopes,
  t.created_at AS "createdAt", t.expires_at AS "expiresAt", t.last_used_at AS "lastUsedAt",
  t.revoked_at AS "revokedAt", u.organisation_id AS "ownerOrganisationId", u.email AS "ownerEmail"`;

export async function insertToken(
  q: Queryable,
  t: {
    userId: number;
    name: string;
    tokenPrefix: string;
    tokenHash: string;
    scopes: readonly Scope[];
    now: Date;
    expiresAt: Date | null;
  },
): Promise<number> {
  const r = await q.query<{ id: number }>(
    `INSERT INTO api_tokens (user_id, name, token_prefix, token_hash, scopes, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [t.userId, t.name, t.tokenPrefix, t.tokenHash, [...t.scopes], t.now, t.expiresAt],
  );
  return r.rows[0]!.id;
}

export async function findTokenById(q: Queryable, id: number): Promise<TokenRow | null> {
  const r = await q.query<TokenRow>(
    `SELECT ${TOKEN_COLUMNS} FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.id = $1`,
    [id],
  );
  return r.rows[0] ?? null;
}

export async function findTokenByHash(
  q: Queryable,
  tokenHash: string,
): Promise<(TokenRow & { user: UserRow }) | null> {
  const r = await q.query<{ id: number; userId: number }>(
    'SELECT id, user_id AS "userId" FROM api_tokens WHERE token_hash = $1',
    [tokenHash],
  );
  const hit = r.rows[0];
  if (!hit) return null;
  const [token, user] = await Promise.all([findTokenById(q, hit.id), findUserById(q, hit.userId)]);
  return token && user ? { ...token, user } : null;
}

export async function touchToken(q: Queryable, id: number, now: Date): Promise<void> {
  await q.query('UPDATE api_tokens SET last_used_at = $2 WHERE id = $1', [id, now]);
}

export async function listTokens(
  q: Queryable,
  filter: { userId?: number; organisationId?: number },
): Promise<TokenRow[]> {
  const params: unknown[] = [];
  const clauses: string[] = [];
  if (filter.userId !== undefined) {
    params.push(filter.userId);
    clauses.push(`t.user_id = $${params.length}`);
  }
  if (filter.organisationId !== undefined) {
    params.push(filter.organisationId);
    clauses.push(`u.organisation_id = $${params.length}`);
  }
  const r = await q.query<TokenRow>(
    `SELECT ${TOKEN_COLUMNS} FROM api_tokens t JOIN users u ON u.id = t.user_id
     ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''} ORDER BY t.id`,
    params,
  );
  return r.rows;
}

export async function revokeToken(q: Queryable, id: number, now: Date): Promise<void> {
  await q.query('UPDATE api_tokens SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL', [id, now]);
}

export async function revokeUserTokens(q: Queryable, userId: number, now: Date): Promise<number> {
  const r = await q.query('UPDATE api_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL', [
    userId,
    now,
  ]);
  return r.rowCount;
}

// --- sign-in throttling ----------------------------------------------------------------------------

export interface ThrottleState {
  failures: number;
  lockedUntil: Date | null;
}

/**
 * Counts one sign-in attempt against (scope, key) **before** the password is checked, atomically, so
 * parallel guesses cannot slip past the limit. The attempt is admitted when `failures <= max`; the
 * admitted attempt that reaches `max` sets the lock at once (a success then lifts it). A counter starts
 * again after the window passes without a lock, or after a lock ends.
 */
export async function countAttempt(
  q: Queryable,
  scope: 'account' | 'ip',
  key: string,
  opts: { now: Date; windowMs: number; lockMs: number; max: number },
): Promise<ThrottleState> {
  const windowStart = new Date(opts.now.getTime() - opts.windowMs);
  const lockUntil = new Date(opts.now.getTime() + opts.lockMs);
  const fresh = `((t.locked_until IS NOT NULL AND t.locked_until <= $3) OR (t.locked_until IS NULL AND t.window_started_at <= $4))`;
  const r = await q.query<ThrottleState>(
    `INSERT INTO sign_in_throttles AS t (scope, key, failures, window_started_at, locked_until)
     VALUES ($1, $2, 1, $3, CASE WHEN $6::int <= 1 THEN $5::timestamptz END)
     ON CONFLICT (scope, key) DO UPDATE SET
       failures = CASE WHEN ${fresh} THEN 1 ELSE t.failures + 1 END,
       window_started_at = CASE WHEN ${fresh} THEN $3 ELSE t.window_started_at END,
       locked_until = CASE
         WHEN ${fresh} THEN CASE WHEN $6::int <= 1 THEN $5::timestamptz END
         WHEN t.locked_until IS NOT NULL THEN t.locked_until
         WHEN t.failures + 1 >= $6::int THEN $5::timestamptz
         END
     RETURNING failures, locked_until AS "lockedUntil"`,
    [scope, key, opts.now, windowStart, lockUntil, opts.max],
  );
  return r.rows[0]!;
}

/** After a successful sign-in: the account starts afresh. */
export async function clearAccountThrottle(q: Queryable, email: string): Promise<void> {
  await q.query("DELETE FROM sign_in_throttles WHERE scope = 'account' AND key = $1", [email]);
}

/** After a successful sign-in: the attempt counted in advance against the IP is taken back. */
export async function refundIpAttempt(q: Queryable, ip: string, max: number): Promise<void> {
  await q.query(
    `UPDATE sign_in_throttles SET failures = greatest(failures - 1, 0),
       locked_until = CASE WHEN failures - 1 < $2 THEN NULL ELSE locked_until END
     WHERE scope = 'ip' AND key = $1 AND failures > 0`,
    [ip, max],
  );
}

export async function accountLockedUntil(q: Queryable, email: string, now: Date): Promise<Date | null> {
  const r = await q.query<{ lockedUntil: Date }>(
    `SELECT locked_until AS "lockedUntil" FROM sign_in_throttles
     WHERE scope = 'account' AND key = $1 AND locked_until > $2`,
    [email, now],
  );
  return r.rows[0]?.lockedUntil ?? null;
}

// --- password resets -------------------------------------------------------------------------------

export async function countRecentResets(q: Queryable, userId: number, since: Date): Promise<number> {
  const r = await q.query<{ n: number }>(
    'SELECT count(*)::int8 AS n FROM password_resets WHERE user_id = $1 AND created_at > $2',
    [userId, since],
  );
  return r.rows[0]?.n ?? 0;
}

export async function insertReset(
  q: Queryable,
  r: {
    userId: number;
    purpose: 'reset' | 'invite';
    tokenHash: string;
    now: Date;
    expiresAt: Date;
    ip: string | null;
  },
): Promise<number> {
  const res = await q.query<{ id: number }>(
    `INSERT INTO password_resets (user_id, purpose, token_hash, created_at, expires_at, ip)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [r.userId, r.purpose, r.tokenHash, r.now, r.expiresAt, r.ip],
  );
  return res.rows[0]!.id;
}

export interface ResetRow {
  id: number;
  userId: number;
  purpose: 'reset' | 'invite';
  expiresAt: Date;
  usedAt: Date | null;
}

/** Locks the row, so two confirmations of one link cannot both succeed. */
export async function findResetForUpdate(q: Queryable, tokenHash: string): Promise<ResetRow | null> {
  const r = await q.query<ResetRow>(
    `SELECT id, user_id AS "userId", purpose, expires_at AS "expiresAt", used_at AS "usedAt"
     FROM password_resets WHERE token_hash = $1 FOR UPDATE`,
    [tokenHash],
  );
  return r.rows[0] ?? null;
}

/** Uses one link and voids every other open link of the user. */
export async function consumeResets(q: Queryable, userId: number, now: Date): Promise<void> {
  await q.query('UPDATE password_resets SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL', [
    userId,
    now,
  ]);
}

// --- organisations ---------------------------------------------------------------------------------

export interface OrganisationRow {
  id: number;
  name: string;
  kind: OrganisationKind;
  creditCode: string | null;
  regionCode: string | null;
  createdAt: Date;
  updatedAt: Date;
  userCount: number;
}

const ORG_COLUMNS = `o.id, o.name, o.kind, o.credit_code AS "creditCode", o.region_code AS "regionCode",
  o.created_at AS "createdAt", o.updated_at AS "updatedAt",
  (SELECT count(*) FROM users u WHERE u.organisation_id = o.id)::int8 AS "userCount"`;

export async function findOrganisation(
  q: Queryable,
  id: number,
  forUpdate = false,
): Promise<OrganisationRow | null> {
  const r = await q.query<OrganisationRow>(
    `SELECT ${ORG_COLUMNS} FROM organisations o WHERE o.id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return r.rows[0] ?? null;
}

export async function listOrganisations(
  q: Queryable,
  filter: { kind?: OrganisationKind; q?: string },
  page: { page: number; pageSize: number },
): Promise<{ total: number; items: OrganisationRow[] }> {
  const params: unknown[] = [];
  const clauses: string[] = [];
  if (filter.kind) {
    params.push(filter.kind);
    clauses.push(`o.kind = $${params.length}`);
  }
  if (filter.q) {
    params.push(`%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    clauses.push(`(o.name ILIKE $${params.length} OR o.credit_code ILIKE $${params.length})`);
  }
  const w = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  const total = await q.query<{ n: number }>(`SELECT count(*)::int8 AS n FROM organisations o ${w}`, params);
  const items = await q.query<OrganisationRow>(
    `SELECT ${ORG_COLUMNS} FROM organisations o ${w} ORDER BY o.name LIMIT ${page.pageSize} OFFSET ${(page.page - 1) * page.pageSize}`,
    params,
  );
  return { total: total.rows[0]?.n ?? 0, items: items.rows };
}

export async function insertOrganisation(
  q: Queryable,
  o: {
    name: string;
    kind: OrganisationKind;
    creditCode: string | null;
    regionCode: string | null;
    now: Date;
  },
): Promise<number> {
  const r = await q.query<{ id: number }>(
    `INSERT INTO organisations (name, kind, credit_code, region_code, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
    [o.name, o.kind, o.creditCode, o.regionCode, o.now],
  );
  return r.rows[0]!.id;
}

export async function updateOrganisation(
  q: Queryable,
  id: number,
  patch: { name?: string; kind?: OrganisationKind; creditCode?: string | null; regionCode?: string | null },
  now: Date,
): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [id, now];
  const set = (column: string, value: unknown) => {
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  };
  if (patch.name !== undefined) set('name', patch.name);
  if (patch.kind !== undefined) set('kind', patch.kind);
  if (patch.creditCode !== undefined) set('credit_code', patch.creditCode);
  if (patch.regionCode !== undefined) set('region_code', patch.regionCode);
  await q.query(`UPDATE organisations SET ${[...sets, 'updated_at = $2'].join(', ')} WHERE id = $1`, params);
}

export async function deleteOrganisation(q: Queryable, id: number): Promise<void> {
  await q.query('DELETE FROM organisations WHERE id = $1', [id]);
}

/**
 * E-mail addresses of the enabled users of these organisations (administrators first), for features
 * that notify an organisation through the outbox.
 */
export async function organisationEmails(
  q: Queryable,
  organisationIds: readonly number[],
): Promise<string[]> {
  if (organisationIds.length === 0) return [];
  const r = await q.query<{ email: string }>(
    `SELECT email FROM users WHERE organisation_id = ANY($1::int8[]) AND disabled_at IS NULL
     ORDER BY (role = 'admin') DESC, id`,
    [[...organisationIds]],
  );
  return r.rows.map((row) => row.email);
}
