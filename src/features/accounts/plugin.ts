import fastifyCookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { HttpServer } from '../../platform/http/httpServer';
import { HttpProblem } from '../../platform/http/problem';
import { ANONYMOUS } from './actor';
import { resolveApiToken, resolveSession } from './authService';
import { csrfTokenFor, sameSecret } from './secrets';
import type { AccountsDeps } from './settings';

export const SESSION_COOKIE = 'zh_session';
export const CSRF_COOKIE = 'zh_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function cookieOptions(request: FastifyRequest, httpOnly: boolean, maxAgeSeconds?: number) {
  return {
    path: '/',
    httpOnly,
    sameSite: 'lax' as const,
    // Fastify's request.protocol honours X-Forwarded-Proto when the server trusts its proxy.
    secure: request.protocol === 'https',
    ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}),
  };
}

/** Sets the HttpOnly session cookie and the script-readable CSRF cookie of a new session. */
export function setSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  session: { sessionToken: string; csrfToken: string; expiresAt: Date },
  now: Date,
): void {
  const maxAge = Math.max(1, Math.floor((session.expiresAt.getTime() - now.getTime()) / 1000));
  reply.setCookie(SESSION_COOKIE, session.sessionToken, cookieOptions(request, true, maxAge));
  reply.setCookie(CSRF_COOKIE, session.csrfToken, cookieOptions(request, false, maxAge));
}

export function clearSessionCookies(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(request, true));
  reply.clearCookie(CSRF_COOKIE, cookieOptions(request, false));
}

function unauthorized(detail: { zh: string; en: string }, code: string): HttpProblem {
  return new HttpProblem({
    status: 401,
    title: { zh: '需要登录', en: 'Authentication required' },
    detail,
    extensions: { code },
  });
}

/**
 * Populates `request.actor` on every request:
 * - `Authorization: Bearer <token>`: the token's user, narrowed to its scopes; an unknown, revoked or
 *   expired token is a 401 (never silently anonymous). Token requests need no CSRF token.
 * - else the `zh_session` cookie: the session's user. For unsafe methods the `x-csrf-token` header must
 *   equal the `zh_csrf` cookie and the token derived from this session (double submit bound to the
 *   session), unless the route sets `config: { csrfExempt: true }`.
 * - else anonymous.
 * Register it on the root instance (`await registerAuth(app, deps)`) before the routes. With
 * `options.pathPrefix` (e.g. `/api/`), other requests (static files of the web app) stay anonymous without
 * a database look-up.
 */
export async function registerAuth(
  app: HttpServer,
  deps: AccountsDeps,
  options: { pathPrefix?: string } = {},
): Promise<void> {
  if (!app.hasRequestDecorator('cookies')) await app.register(fastifyCookie);
  app.decorateRequest('actor', null, []);
  app.addHook('onRequest', async (request, reply) => {
    request.actor = ANONYMOUS;
    if (options.pathPrefix && !request.url.startsWith(options.pathPrefix)) return;
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const bearer = /^Bearer[ ]+([A-Za-z0-9_\-.~+/]+=*)[ ]*$/i.exec(authorization);
      const actor = bearer ? await resolveApiToken(deps, bearer[1]!) : null;
      if (!actor) {
        reply.header('www-authenticate', 'Bearer error="invalid_token"');
        throw unauthorized(
          {
            zh: 'API 令牌无效、已撤销或已过期',
            en: 'The API token is invalid, revoked or expired',
          },
          'INVALID_TOKEN',
        );
      }
      request.actor = actor;
      return;
    }
    const sessionToken = request.cookies[SESSION_COOKIE];
    if (!sessionToken) return;
    const actor = await resolveSession(deps, sessionToken);
    if (!actor) {
      clearSessionCookies(request, reply);
      return;
    }
    request.actor = actor;
    if (SAFE_METHODS.has(request.method) || request.routeOptions.config?.csrfExempt) return;
    const header = request.headers[CSRF_HEADER];
    const cookie = request.cookies[CSRF_COOKIE];
    if (
      typeof header !== 'string' ||
      !cookie ||
      !sameSecret(header, cookie) ||
      !sameSecret(header, csrfTokenFor(sessionToken))
    )
      throw new HttpProblem({
        status: 403,
        type: 'urn:zhuanhua:problem:csrf',
        title: { zh: '请求来源校验失败', en: 'Cross-site request check failed' },
        detail: {
          zh: `请求缺少有效的 ${CSRF_HEADER} 请求头（须与 ${CSRF_COOKIE} Cookie 一致）。请刷新页面后重试。`,
          en: `The request lacks a valid ${CSRF_HEADER} header (it must equal the ${CSRF_COOKIE} cookie). Reload the page and retry.`,
        },
        extensions: { code: 'CSRF_TOKEN_INVALID' },
      });
  });
}

// Like fastify-plugin: when registered with app.register(), the hooks still apply to the whole app.
Object.assign(registerAuth, { [Symbol.for('skip-override')]: true });
