/** Organisations, users and API tokens: administration within the permission rules, every write audited. */
import { type FieldError, problem } from '../../platform/http/problem';
import { recordAudit } from '../audit/recordAudit';
import type { Actor, OrganisationKind, OrganisationRole, Scope, UserActor } from './actor';
import { assertPasswordAcceptable, issuePasswordLink, normaliseEmail, type RequestInfo } from './authService';
import { assertAllowed } from './guards';
import { isRegionCode, isUnifiedSocialCreditCode } from './organisation';
import { hashPassword } from './passwords';
import { grantableScopes } from './permissions';
import * as repo from './repository';
import { hashSecret, newApiToken } from './secrets';
import { type AccountsDeps, now } from './settings';
import {
  type OrganisationView,
  organisationAuditState,
  organisationView,
  type TokenView,
  tokenView,
  type UserView,
  userAuditState,
  userView,
} from './views';

function pgCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

// --- organisations ---------------------------------------------------------------------------------

export interface OrganisationInput {
  name: string;
  kind: OrganisationKind;
  creditCode?: string | null;
  regionCode?: string | null;
}

function validateOrganisation(input: Partial<OrganisationInput>): void {
  const errors: FieldError[] = [];
  if (input.creditCode && !isUnifiedSocialCreditCode(input.creditCode))
    errors.push({
      path: 'body.creditCode',
      message: {
        zh: '统一社会信用代码无效（GB 32100-2015：18 位，末位校验码）',
        en: 'Invalid unified social credit code (GB 32100-2015: 18 characters with a check character)',
      },
    });
  if (input.regionCode && !isRegionCode(input.regionCode))
    errors.push({
      path: 'body.regionCode',
      message: {
        zh: '行政区划代码应为 2、4 或 6 位数字（GB/T 2260）',
        en: 'A region code has 2, 4 or 6 digits (GB/T 2260)',
      },
    });
  if (errors.length)
    throw problem.unprocessable({ zh: '机构信息有误', en: 'Invalid organisation details' }, errors);
}

function duplicateOrganisation(name: string) {
  return problem.conflict(
    {
      zh: `已存在名为“${name}”或统一社会信用代码相同的机构`,
      en: `An organisation named "${name}" or with the same credit code exists`,
    },
    { code: 'ORGANISATION_EXISTS' },
  );
}

export async function createOrganisation(
  deps: AccountsDeps,
  actor: Actor,
  input: OrganisationInput,
  request: RequestInfo,
): Promise<OrganisationView> {
  assertAllowed(actor, 'organisation.manage', {});
  validateOrganisation(input);
  const at = now(deps);
  try {
    return await deps.db.transaction(async (tx) => {
      const id = await repo.insertOrganisation(tx, {
        name: input.name,
        kind: input.kind,
        creditCode: input.creditCode ?? null,
        regionCode: input.regionCode ?? null,
        now: at,
      });
      const row = (await repo.findOrganisation(tx, id))!;
      await recordAudit(tx, {
        actor,
        request,
        action: 'organisation.create',
        objectType: 'organisation',
        objectId: id,
        after: organisationAuditState(row),
        at,
      });
      return organisationView(row);
    });
  } catch (err) {
    if (pgCode(err) === '23505') throw duplicateOrganisation(input.name);
    throw err;
  }
}

function organisationNotFound(id: number) {
  return problem.notFound({ zh: `没有编号为 ${id} 的机构`, en: `No organisation with id ${id}` });
}

export async function updateOrganisation(
  deps: AccountsDeps,
  actor: Actor,
  id: number,
  patch: Partial<OrganisationInput>,
  request: RequestInfo,
): Promise<OrganisationView> {
  assertAllowed(actor, 'organisation.manage', {});
  validateOrganisation(patch);
  const at = now(deps);
  try {
    return await deps.db.transaction(async (tx) => {
      const before = await repo.findOrganisation(tx, id, true);
      if (!before) throw organisationNotFound(id);
      await repo.updateOrganisation(tx, id, patch, at);
      const after = (await repo.findOrganisation(tx, id))!;
      await recordAudit(tx, {
        actor,
        request,
        action: 'organisation.update',
        objectType: 'organisation',
        objectId: id,
        before: organisationAuditState(before),
        after: organisationAuditState(after),
        at,
      });
      return organisationView(after);
    });
  } catch (err) {
    if (pgCode(err) === '23505') throw duplicateOrganisation(patch.name ?? '');
    throw err;
  }
}

/** Only an organisation nothing refers to (no users, patents, demands…) can be deleted. */
export async function deleteOrganisation(
  deps: AccountsDeps,
  actor: Actor,
  id: number,
  request: RequestInfo,
): Promise<void> {
  assertAllowed(actor, 'organisation.manage', {});
  const at = now(deps);
  try {
    await deps.db.transaction(async (tx) => {
      const before = await repo.findOrganisation(tx, id, true);
      if (!before) throw organisationNotFound(id);
      if (before.userCount > 0)
        throw problem.conflict(
          {
            zh: `该机构还有 ${before.userCount} 个用户，不能删除`,
            en: `The organisation still has ${before.userCount} user(s)`,
          },
          { code: 'ORGANISATION_HAS_USERS' },
        );
      await repo.deleteOrganisation(tx, id);
      await recordAudit(tx, {
        actor,
        request,
        action: 'organisation.delete',
        objectType: 'organisation',
        objectId: id,
        before: organisationAuditState(before),
        at,
      });
    });
  } catch (err) {
    if (pgCode(err) === '23503')
      throw problem.conflict(
        {
          zh: '该机构仍被专利、需求等数据引用，不能删除',
          en: 'The organisation is still referred to (patents, demands, …)',
        },
        { code: 'ORGANISATION_IN_USE' },
      );
    throw err;
  }
}

export async function getOrganisation(deps: AccountsDeps, id: number): Promise<OrganisationView> {
  const row = await repo.findOrganisation(deps.db, id);
  if (!row) throw organisationNotFound(id);
  return organisationView(row);
}

// --- users -----------------------------------------------------------------------------------------

export interface UserInput {
  email: string;
  displayName: string;
  organisationId: number | null;
  role: OrganisationRole;
  isPlatformAdmin: boolean;
  /** Without a password the user gets an invitation e-mail to choose one. */
  password?: string;
}

function userNotFound(id: number) {
  return problem.notFound({ zh: `没有编号为 ${id} 的用户`, en: `No user with id ${id}` });
}

async function assertOrganisationShape(
  deps: AccountsDeps,
  state: { organisationId: number | null; isPlatformAdmin: boolean },
): Promise<void> {
  if (state.organisationId === null) {
    if (!state.isPlatformAdmin)
      throw problem.unprocessable(
        { zh: '用户必须属于一个机构', en: 'A user must belong to an organisation' },
        [
          {
            path: 'body.organisationId',
            message: {
              zh: '除平台管理员外必须指定机构',
              en: 'Required unless the user is a platform administrator',
            },
          },
        ],
      );
    return;
  }
  if (!(await repo.findOrganisation(deps.db, state.organisationId)))
    throw problem.unprocessable({ zh: '机构不存在', en: 'No such organisation' }, [
      {
        path: 'body.organisationId',
        message: {
          zh: `没有编号为 ${state.organisationId} 的机构`,
          en: `No organisation with id ${state.organisationId}`,
        },
      },
    ]);
}

export async function createUser(
  deps: AccountsDeps,
  actor: Actor,
  input: UserInput,
  request: RequestInfo,
): Promise<{ user: UserView; invitationSent: boolean }> {
  const email = normaliseEmail(input.email);
  assertAllowed(actor, 'user.manage', {
    organisationId: input.organisationId,
    isPlatformAdmin: input.isPlatformAdmin,
  });
  await assertOrganisationShape(deps, input);
  if (input.password !== undefined) assertPasswordAcceptable(input.password, { email }, 'body.password');
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : null;
  const at = now(deps);
  const duplicate = problem.conflict(
    { zh: `电子邮箱 ${email} 已被使用`, en: `The e-mail address ${email} is already in use` },
    { code: 'EMAIL_IN_USE' },
  );
  if (await repo.findUserByEmail(deps.db, email)) throw duplicate;
  try {
    return await deps.db.transaction(async (tx) => {
      const id = await repo.insertUser(tx, {
        email,
        displayName: input.displayName,
        organisationId: input.organisationId,
        role: input.role,
        isPlatformAdmin: input.isPlatformAdmin,
        passwordHash,
        // A password chosen by an administrator is known to two people: the user replaces it.
        mustChangePassword: passwordHash !== null,
        now: at,
      });
      const row = (await repo.findUserById(tx, id))!;
      if (!passwordHash) await issuePasswordLink(tx, deps, row, 'invite', request.ip, at);
      await recordAudit(tx, {
        actor,
        request,
        action: 'user.create',
        objectType: 'user',
        objectId: id,
        after: { ...userAuditState(row), invited: !passwordHash },
        at,
      });
      return { user: userView(row), invitationSent: !passwordHash };
    });
  } catch (err) {
    if (pgCode(err) === '23505') throw duplicate;
    throw err;
  }
}

export interface UserPatch {
  displayName?: string;
  organisationId?: number | null;
  role?: OrganisationRole;
  isPlatformAdmin?: boolean;
  disabled?: boolean;
}

/**
 * Checked against the user's state before and after the change, so an organisation administrator can
 * neither reach into another organisation nor move a user out of theirs nor create a platform administrator.
 */
export async function updateUser(
  deps: AccountsDeps,
  actor: Actor,
  id: number,
  patch: UserPatch,
  request: RequestInfo,
  action = 'user.update',
): Promise<UserView> {
  const at = now(deps);
  const current = await repo.findUserById(deps.db, id);
  if (!current) throw userNotFound(id);
  const afterState = {
    organisationId: patch.organisationId !== undefined ? patch.organisationId : current.organisationId,
    isPlatformAdmin: patch.isPlatformAdmin ?? current.isPlatformAdmin,
  };
  assertAllowed(actor, 'user.manage', {
    organisationId: current.organisationId,
    isPlatformAdmin: current.isPlatformAdmin,
  });
  assertAllowed(actor, 'user.manage', afterState);
  await assertOrganisationShape(deps, afterState);
  return deps.db.transaction(async (tx) => {
    const before = (await repo.findUserById(tx, id, true))!;
    const disabling = patch.disabled === true && before.disabledAt === null;
    const stillAdmin = afterState.isPlatformAdmin && !(patch.disabled ?? before.disabledAt !== null);
    if (before.isPlatformAdmin && before.disabledAt === null && !stillAdmin) {
      // Serialise with other administrators' changes so two cannot demote each other at once.
      await tx.query('SELECT id FROM users WHERE is_platform_admin AND disabled_at IS NULL FOR UPDATE');
      if ((await repo.countActivePlatformAdmins(tx)) <= 1)
        throw problem.conflict(
          {
            zh: '这是最后一位平台管理员，不能停用或撤销其管理员身份',
            en: 'This is the last platform administrator: it cannot be disabled or demoted',
          },
          { code: 'LAST_PLATFORM_ADMIN' },
        );
    }
    await repo.updateUser(
      tx,
      id,
      {
        displayName: patch.displayName,
        organisationId: patch.organisationId,
        role: patch.role,
        isPlatformAdmin: patch.isPlatformAdmin,
        disabledAt:
          patch.disabled === undefined ? undefined : patch.disabled ? (before.disabledAt ?? at) : null,
      },
      at,
    );
    let ended = { sessions: 0, tokens: 0 };
    if (disabling)
      ended = {
        sessions: await repo.revokeUserSessions(tx, id, at),
        tokens: await repo.revokeUserTokens(tx, id, at),
      };
    const after = (await repo.findUserById(tx, id))!;
    await recordAudit(tx, {
      actor,
      request,
      action,
      objectType: 'user',
      objectId: id,
      before: userAuditState(before),
      after: disabling ? { ...userAuditState(after), ended } : userAuditState(after),
      at,
    });
    return userView(after);
  });
}

/** Accounts are never erased (the audit log keeps referring to them): deleting disables. */
export function disableUser(
  deps: AccountsDeps,
  actor: Actor,
  id: number,
  request: RequestInfo,
): Promise<UserView> {
  return updateUser(deps, actor, id, { disabled: true }, request, 'user.disable');
}

async function managedUser(deps: AccountsDeps, actor: Actor, id: number): Promise<repo.UserRow> {
  const user = await repo.findUserById(deps.db, id);
  if (!user) throw userNotFound(id);
  assertAllowed(actor, 'user.manage', {
    organisationId: user.organisationId,
    isPlatformAdmin: user.isPlatformAdmin,
  });
  return user;
}

/** Lifts a sign-in lock-out of the account before it runs out. */
export async function unlockUser(
  deps: AccountsDeps,
  actor: Actor,
  id: number,
  request: RequestInfo,
): Promise<void> {
  const user = await managedUser(deps, actor, id);
  const at = now(deps);
  await deps.db.transaction(async (tx) => {
    const lockedUntil = await repo.accountLockedUntil(tx, user.email, at);
    await repo.clearAccountThrottle(tx, user.email);
    await recordAudit(tx, {
      actor,
      request,
      action: 'user.unlock',
      objectType: 'user',
      objectId: id,
      before: { lockedUntil },
      after: { lockedUntil: null },
      at,
    });
  });
}

/** Sends the user a reset link (or a new invitation if they never set a password). */
export async function sendPasswordLink(
  deps: AccountsDeps,
  actor: Actor,
  id: number,
  request: RequestInfo,
): Promise<void> {
  const user = await managedUser(deps, actor, id);
  if (user.disabledAt)
    throw problem.conflict({ zh: '账户已停用', en: 'The account is disabled' }, { code: 'ACCOUNT_DISABLED' });
  const at = now(deps);
  const purpose = user.passwordHash ? 'reset' : 'invite';
  await deps.db.transaction(async (tx) => {
    const resetId = await issuePasswordLink(tx, deps, user, purpose, request.ip, at);
    await recordAudit(tx, {
      actor,
      request,
      action: 'user.passwordLinkSent',
      objectType: 'user',
      objectId: id,
      after: { purpose, resetId },
      at,
    });
  });
}

export async function getUser(deps: AccountsDeps, actor: UserActor, id: number): Promise<UserView> {
  if (id === actor.userId) {
    const self = await repo.findUserById(deps.db, id);
    if (self) return userView(self);
  }
  return userView(await managedUser(deps, actor, id));
}

export async function listUsers(
  deps: AccountsDeps,
  actor: UserActor,
  query: { organisationId?: number; q?: string; includeDisabled: boolean; page: number; pageSize: number },
): Promise<{ total: number; items: UserView[] }> {
  // Platform administrators see everyone; organisation administrators their own organisation.
  const organisationId = actor.isPlatformAdmin
    ? query.organisationId
    : (query.organisationId ?? actor.organisationId ?? -1);
  assertAllowed(actor, 'user.manage', { organisationId: organisationId ?? null, isPlatformAdmin: false });
  const r = await repo.listUsers(
    deps.db,
    { organisationId, q: query.q, includeDisabled: query.includeDisabled },
    { page: query.page, pageSize: query.pageSize },
  );
  return { total: r.total, items: r.items.map(userView) };
}

// --- API tokens ------------------------------------------------------------------------------------

/** Creates a token for the signed-in user; the token text is returned here once and never again. */
export async function createToken(
  deps: AccountsDeps,
  actor: UserActor,
  input: { name: string; scopes: Scope[]; expiresInDays?: number | null },
  request: RequestInfo,
): Promise<{ token: string; view: TokenView }> {
  assertAllowed(actor, 'token.manage', {
    ownerUserId: actor.userId,
    ownerOrganisationId: actor.organisationId,
  });
  const grantable = grantableScopes(actor);
  const refused = input.scopes.filter((s) => !grantable.includes(s));
  if (refused.length)
    throw problem.unprocessable(
      {
        zh: `您的角色不能使用以下权限范围：${refused.join('、')}`,
        en: `Your role cannot use these scopes: ${refused.join(', ')}`,
      },
      [
        {
          path: 'body.scopes',
          message: { zh: `可选：${grantable.join('、')}`, en: `Available: ${grantable.join(', ')}` },
        },
      ],
      { code: 'SCOPE_NOT_GRANTABLE' },
    );
  const at = now(deps);
  const token = newApiToken();
  const scopes = [...new Set(input.scopes)];
  const expiresAt = input.expiresInDays ? new Date(at.getTime() + input.expiresInDays * 86_400_000) : null;
  return deps.db.transaction(async (tx) => {
    const id = await repo.insertToken(tx, {
      userId: actor.userId,
      name: input.name,
      tokenPrefix: token.slice(0, 10),
      tokenHash: hashSecret(token),
      scopes,
      now: at,
      expiresAt,
    });
    const row = (await repo.findTokenById(tx, id))!;
    await recordAudit(tx, {
      actor,
      request,
      action: 'token.create',
      objectType: 'apiToken',
      objectId: id,
      after: { userId: actor.userId, name: row.name, prefix: row.tokenPrefix, scopes, expiresAt },
      at,
    });
    return { token, view: tokenView(row) };
  });
}

export async function listTokens(
  deps: AccountsDeps,
  actor: UserActor,
  userId?: number,
): Promise<TokenView[]> {
  const owner = userId ?? actor.userId;
  if (owner !== actor.userId) {
    const user = await repo.findUserById(deps.db, owner);
    if (!user) throw userNotFound(owner);
    assertAllowed(actor, 'token.manage', { ownerUserId: owner, ownerOrganisationId: user.organisationId });
  } else {
    assertAllowed(actor, 'token.manage', { ownerUserId: owner, ownerOrganisationId: actor.organisationId });
  }
  return (await repo.listTokens(deps.db, { userId: owner })).map(tokenView);
}

export async function revokeToken(
  deps: AccountsDeps,
  actor: UserActor,
  id: number,
  request: RequestInfo,
): Promise<void> {
  const token = await repo.findTokenById(deps.db, id);
  if (!token)
    throw problem.notFound({ zh: `没有编号为 ${id} 的 API 令牌`, en: `No API token with id ${id}` });
  assertAllowed(actor, 'token.manage', {
    ownerUserId: token.userId,
    ownerOrganisationId: token.ownerOrganisationId,
  });
  if (token.revokedAt) return;
  const at = now(deps);
  await deps.db.transaction(async (tx) => {
    await repo.revokeToken(tx, id, at);
    await recordAudit(tx, {
      actor,
      request,
      action: 'token.revoke',
      objectType: 'apiToken',
      objectId: id,
      before: { userId: token.userId, name: token.name, prefix: token.tokenPrefix, revoked: false },
      after: { revoked: true },
      at,
    });
  });
}
