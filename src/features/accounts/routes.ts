import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { HttpServer } from '../../platform/http/httpServer';
import { HttpProblem, problem } from '../../platform/http/problem';
import { outboxRoutes } from '../outbox/routes';
import { ORGANISATION_KINDS, ORGANISATION_ROLES, SCOPES, type UserActor } from './actor';
import * as admin from './adminService';
import { changePassword, confirmPasswordReset, requestPasswordReset, signIn, signOut } from './authService';
import { requireActor } from './guards';
import { grantableScopes } from './permissions';
import { CSRF_COOKIE, clearSessionCookies, SESSION_COOKIE, setSessionCookies } from './plugin';
import { findUserById, listOrganisations } from './repository';
import { csrfTokenFor } from './secrets';
import { type AccountsDeps, now } from './settings';
import { organisationView, userView } from './views';

/** OpenAPI: a session cookie or a bearer token. */
const security: Array<Record<string, string[]>> = [{ session: [] }, { bearer: [] }];
const id = z.object({ id: z.coerce.number().int().positive() });
const noContent = { 204: z.null().describe('No content') };

const email = z.email().max(254);
const password = z.string().min(1).max(1024);
const newPassword = z.string().min(1).max(1024).describe('At least 10 characters; see the password policy.');
const page = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
};
const booleanQuery = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

const organisationKind = z.enum(ORGANISATION_KINDS);
const userSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  displayName: z.string(),
  organisationId: z.number().int().nullable(),
  organisationName: z.string().nullable(),
  organisationKind: organisationKind.nullable(),
  role: z.enum(ORGANISATION_ROLES),
  isPlatformAdmin: z.boolean(),
  mustChangePassword: z.boolean(),
  hasPassword: z.boolean(),
  disabled: z.boolean(),
  lastSignInAt: z.string().nullable(),
  createdAt: z.string(),
});
const organisationSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: organisationKind,
  creditCode: z.string().nullable(),
  regionCode: z.string().nullable(),
  userCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const tokenSchema = z.object({
  id: z.number().int(),
  userId: z.number().int(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.enum(SCOPES)),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revoked: z.boolean(),
});
const listOf = <T extends z.ZodType>(item: T) =>
  z.object({
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    items: z.array(item),
  });

const organisationBody = z.object({
  name: z.string().trim().min(1).max(200),
  kind: organisationKind,
  creditCode: z
    .string()
    .trim()
    .toUpperCase()
    .max(18)
    .nullable()
    .optional()
    .describe('统一社会信用代码 (GB 32100)'),
  regionCode: z.string().trim().max(6).nullable().optional().describe('GB/T 2260 region code'),
});

/**
 * Sign-in and password routes, organisations, users and API tokens, and the e-mail outbox for
 * administrators. Needs `registerAuth` on the same app.
 */
export async function accountsRoutes(app: HttpServer, deps: AccountsDeps): Promise<void> {
  // --- auth ----------------------------------------------------------------------------------------
  app.post(
    '/auth/login',
    {
      config: { csrfExempt: true },
      schema: {
        tags: ['accounts'],
        summary: 'Sign in with e-mail and password; sets the zh_session and zh_csrf cookies',
        description:
          '5 failures within 15 minutes lock the account for 15 minutes (20 per client IP); a locked sign-in ' +
          'answers 429 with `lockedUntil` and a Retry-After header.',
        body: z.object({ email: z.string().trim().min(1).max(254), password }),
        response: {
          200: z.object({
            user: userSchema,
            csrfToken: z
              .string()
              .describe(`Send it back in the x-csrf-token header (also in the ${CSRF_COOKIE} cookie)`),
            expiresAt: z.string(),
            mustChangePassword: z.boolean(),
          }),
        },
      },
    },
    async (request, reply) => {
      try {
        const r = await signIn(deps, request.body, request);
        setSessionCookies(request, reply, r, now(deps));
        return {
          user: userView(r.user),
          csrfToken: r.csrfToken,
          expiresAt: r.expiresAt.toISOString(),
          mustChangePassword: r.user.mustChangePassword,
        };
      } catch (err) {
        const retry = err instanceof HttpProblem ? err.extensions.retryAfterSeconds : undefined;
        if (typeof retry === 'number') reply.header('retry-after', String(retry));
        throw err;
      }
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Sign out: ends the session and clears its cookies',
        security,
        response: noContent,
      },
    },
    async (request, reply) => {
      if (request.actor.kind === 'user') await signOut(deps, request.actor, request);
      clearSessionCookies(request, reply);
      return reply.code(204).send(null);
    },
  );

  const meSchema = z.object({
    user: userSchema,
    via: z.enum(['session', 'token']),
    scopes: z.array(z.enum(SCOPES)),
    grantableScopes: z.array(z.enum(SCOPES)),
    csrfToken: z.string().nullable(),
  });

  /** The signed-in caller as `/auth/me` and `/auth/session` describe it (restores a lost CSRF cookie). */
  async function describe(request: FastifyRequest, reply: FastifyReply, actor: UserActor) {
    const user = await findUserById(deps.db, actor.userId);
    if (!user) throw problem.unauthorized({ zh: '请先登录', en: 'Please sign in first' });
    let csrfToken: string | null = null;
    const sessionToken = request.cookies[SESSION_COOKIE];
    if (actor.via === 'session' && sessionToken) {
      csrfToken = csrfTokenFor(sessionToken);
      // Restore the CSRF cookie if the browser lost it.
      if (request.cookies[CSRF_COOKIE] !== csrfToken)
        reply.setCookie(CSRF_COOKIE, csrfToken, {
          path: '/',
          httpOnly: false,
          sameSite: 'lax',
          secure: request.protocol === 'https',
        });
    }
    return {
      user: userView(user),
      via: actor.via,
      scopes: [...actor.scopes],
      grantableScopes: grantableScopes(actor),
      csrfToken,
    };
  }

  app.get(
    '/auth/me',
    {
      schema: {
        tags: ['accounts'],
        summary: 'The signed-in user, how they are authenticated, and what their token may do',
        security,
        response: { 200: meSchema },
      },
    },
    async (request, reply) => describe(request, reply, requireActor(request, { allowPasswordChange: true })),
  );

  app.get(
    '/auth/session',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Who is signed in, or `me: null` for the public (the web app asks on every load)',
        description:
          'Like `/auth/me`, but answers 200 for an anonymous caller too, so a page that merely wants to know ' +
          'whether someone is signed in does not provoke a 401.',
        security,
        response: { 200: z.object({ me: meSchema.nullable() }) },
      },
    },
    async (request, reply) => ({
      me: request.actor.kind === 'user' ? await describe(request, reply, request.actor) : null,
    }),
  );

  app.post(
    '/auth/password',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Change your password (ends your other sessions)',
        security,
        body: z.object({ currentPassword: password, newPassword }),
        response: noContent,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request, { allowPasswordChange: true });
      if (actor.via !== 'session')
        throw problem.forbidden({
          zh: '只能在登录会话中修改密码',
          en: 'Passwords are changed in a signed-in session, not with an API token',
        });
      await changePassword(deps, actor, request.body, request);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/password-reset',
    {
      config: { csrfExempt: true },
      schema: {
        tags: ['accounts'],
        summary: 'Request a password-reset e-mail (same answer whether the address is known or not)',
        body: z.object({ email: z.string().trim().min(1).max(254) }),
        response: { 202: z.object({ message: z.string() }) },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(deps, request.body.email, request);
      const en = request.headers['accept-language']?.toLowerCase().startsWith('en');
      return reply.code(202).send({
        message: en
          ? 'If the address belongs to an account, a reset link valid for 1 hour is on its way.'
          : '如果该邮箱已注册，重置链接（1 小时内有效）已发送。',
      });
    },
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      config: { csrfExempt: true },
      schema: {
        tags: ['accounts'],
        summary: 'Set a new password with the token from a reset or invitation e-mail (ends every session)',
        body: z.object({ token: z.string().min(10).max(200), newPassword }),
        response: { 200: z.object({ email: z.string() }) },
      },
    },
    async (request) => confirmPasswordReset(deps, request.body, request),
  );

  // --- organisations -------------------------------------------------------------------------------
  app.get(
    '/organisations',
    {
      schema: {
        tags: ['accounts'],
        summary: 'List organisations (signed-in users)',
        security,
        querystring: z.object({
          kind: organisationKind.optional(),
          q: z.string().max(100).optional(),
          ...page,
        }),
        response: { 200: listOf(organisationSchema) },
      },
    },
    async (request) => {
      requireActor(request);
      const { kind, q, page: p, pageSize } = request.query;
      const r = await listOrganisations(deps.db, { kind, q }, { page: p, pageSize });
      return { total: r.total, page: p, pageSize, items: r.items.map(organisationView) };
    },
  );

  app.get(
    '/organisations/:id',
    {
      schema: {
        tags: ['accounts'],
        summary: 'One organisation (signed-in users)',
        security,
        params: id,
        response: { 200: organisationSchema },
      },
    },
    async (request) => {
      requireActor(request);
      return admin.getOrganisation(deps, request.params.id);
    },
  );

  app.post(
    '/organisations',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Create an organisation (platform administrators)',
        security,
        body: organisationBody,
        response: { 201: organisationSchema },
      },
    },
    async (request, reply) => {
      const created = await admin.createOrganisation(deps, request.actor, request.body, request);
      return reply.code(201).send(created);
    },
  );

  app.patch(
    '/organisations/:id',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Change an organisation (platform administrators)',
        security,
        params: id,
        body: organisationBody.partial(),
        response: { 200: organisationSchema },
      },
    },
    async (request) =>
      admin.updateOrganisation(deps, request.actor, request.params.id, request.body, request),
  );

  app.delete(
    '/organisations/:id',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Delete an organisation nothing refers to (platform administrators)',
        security,
        params: id,
        response: noContent,
      },
    },
    async (request, reply) => {
      await admin.deleteOrganisation(deps, request.actor, request.params.id, request);
      return reply.code(204).send(null);
    },
  );

  // --- users ---------------------------------------------------------------------------------------
  app.get(
    '/users',
    {
      schema: {
        tags: ['accounts'],
        summary: 'List users (platform administrators: all; organisation administrators: their organisation)',
        security,
        querystring: z.object({
          organisationId: z.coerce.number().int().positive().optional(),
          q: z.string().max(100).optional(),
          includeDisabled: booleanQuery,
          ...page,
        }),
        response: { 200: listOf(userSchema) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const q = request.query;
      const r = await admin.listUsers(deps, actor, {
        organisationId: q.organisationId,
        q: q.q,
        includeDisabled: q.includeDisabled ?? false,
        page: q.page,
        pageSize: q.pageSize,
      });
      return { total: r.total, page: q.page, pageSize: q.pageSize, items: r.items };
    },
  );

  app.get(
    '/users/:id',
    {
      schema: {
        tags: ['accounts'],
        summary: 'One user',
        security,
        params: id,
        response: { 200: userSchema },
      },
    },
    async (request) => admin.getUser(deps, requireActor(request), request.params.id),
  );

  app.post(
    '/users',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Create a user; without a password an invitation e-mail lets them choose one',
        security,
        body: z.object({
          email,
          displayName: z.string().trim().min(1).max(100),
          organisationId: z.number().int().positive().nullable(),
          role: z.enum(ORGANISATION_ROLES).default('member'),
          isPlatformAdmin: z.boolean().default(false),
          password: z.string().min(1).max(1024).optional().describe('Must be changed at first sign-in'),
        }),
        response: { 201: z.object({ user: userSchema, invitationSent: z.boolean() }) },
      },
    },
    async (request, reply) => {
      const created = await admin.createUser(deps, request.actor, request.body, request);
      return reply.code(201).send(created);
    },
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Change a user (name, organisation, role, platform administrator, disabled)',
        security,
        params: id,
        body: z.object({
          displayName: z.string().trim().min(1).max(100).optional(),
          organisationId: z.number().int().positive().nullable().optional(),
          role: z.enum(ORGANISATION_ROLES).optional(),
          isPlatformAdmin: z.boolean().optional(),
          disabled: z
            .boolean()
            .optional()
            .describe('Disabling ends the user’s sessions and revokes their tokens'),
        }),
        response: { 200: userSchema },
      },
    },
    async (request) => admin.updateUser(deps, request.actor, request.params.id, request.body, request),
  );

  app.delete(
    '/users/:id',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Disable a user (accounts are kept for the audit log)',
        security,
        params: id,
        response: noContent,
      },
    },
    async (request, reply) => {
      await admin.disableUser(deps, request.actor, request.params.id, request);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/users/:id/unlock',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Lift a sign-in lock-out',
        security,
        params: id,
        response: noContent,
      },
    },
    async (request, reply) => {
      await admin.unlockUser(deps, request.actor, request.params.id, request);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/users/:id/password-link',
    {
      schema: {
        tags: ['accounts'],
        summary: 'E-mail the user a password-reset link (or a new invitation)',
        security,
        params: id,
        response: { 202: z.object({ queued: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      await admin.sendPasswordLink(deps, request.actor, request.params.id, request);
      return reply.code(202).send({ queued: true });
    },
  );

  // --- API tokens ----------------------------------------------------------------------------------
  app.get(
    '/tokens',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Your API tokens (administrators: another user’s with userId)',
        security,
        querystring: z.object({ userId: z.coerce.number().int().positive().optional() }),
        response: { 200: z.object({ items: z.array(tokenSchema) }) },
      },
    },
    async (request) => ({ items: await admin.listTokens(deps, requireActor(request), request.query.userId) }),
  );

  app.post(
    '/tokens',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Create an API token for yourself; the token is shown only in this response',
        security,
        body: z.object({
          name: z.string().trim().min(1).max(100),
          scopes: z.array(z.enum(SCOPES)).min(1),
          expiresInDays: z.number().int().min(1).max(3650).nullable().optional(),
        }),
        response: { 201: tokenSchema.extend({ token: z.string() }) },
      },
    },
    async (request, reply) => {
      const r = await admin.createToken(deps, requireActor(request), request.body, request);
      return reply.code(201).send({ ...r.view, token: r.token });
    },
  );

  app.delete(
    '/tokens/:id',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Revoke an API token',
        security,
        params: id,
        response: noContent,
      },
    },
    async (request, reply) => {
      await admin.revokeToken(deps, requireActor(request), request.params.id, request);
      return reply.code(204).send(null);
    },
  );

  await outboxRoutes(app, deps);
}
