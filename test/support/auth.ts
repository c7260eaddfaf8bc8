/**
 * Test helpers for anything behind sign-in: an app with the auth plugin and the accounts and audit
 * routes, users of any role, and signed-in request headers. Real sessions, real argon2, real database.
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { OrganisationKind, OrganisationRole, Scope } from '../../src/features/accounts/actor';
import { hashPassword } from '../../src/features/accounts/passwords';
import { registerAuth } from '../../src/features/accounts/plugin';
import { insertOrganisation, insertUser } from '../../src/features/accounts/repository';
import { accountsRoutes } from '../../src/features/accounts/routes';
import { type AccountsDeps, type AuthSettings, loadAuthSettings } from '../../src/features/accounts/settings';
import { auditRoutes } from '../../src/features/audit/routes';
import type { Database } from '../../src/platform/db/database';
import { createHttpServer, type HttpServer } from '../../src/platform/http/httpServer';

export const TEST_PASSWORD = 'Correct-Horse-Battery-9';

/** A clock the test moves by hand. */
export class TestClock {
  constructor(public current = new Date('2025-06-01T02:00:00.000Z')) {}
  now = (): Date => new Date(this.current.getTime());
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface AuthApp {
  app: HttpServer;
  deps: AccountsDeps;
  clock: TestClock;
}

/** A server with `registerAuth`, the accounts and audit routes, and whatever `extra` registers. */
export async function buildAuthApp(
  db: Database,
  options: {
    clock?: TestClock;
    settings?: Partial<AuthSettings>;
    trustProxy?: boolean;
    extra?: (app: HttpServer, deps: AccountsDeps) => Promise<void>;
  } = {},
): Promise<AuthApp> {
  const clock = options.clock ?? new TestClock();
  const deps: AccountsDeps = {
    db,
    settings: { ...loadAuthSettings({}, 'http://zhuanhua.test'), ...options.settings },
    clock: clock.now,
  };
  const app = await createHttpServer({ logger: false, version: 'test', trustProxy: options.trustProxy });
  await registerAuth(app, deps);
  await accountsRoutes(app, deps);
  await auditRoutes(app, { db });
  if (options.extra) await options.extra(app, deps);
  await app.ready();
  return { app, deps, clock };
}

let counter = 0;
const unique = () => `${process.pid}-${Date.now().toString(36)}-${++counter}`;

export async function createOrganisation(
  db: Database,
  kind: OrganisationKind,
  name?: string,
): Promise<number> {
  return insertOrganisation(db, {
    name: name ?? `${kind} ${unique()}`,
    kind,
    creditCode: null,
    regionCode: null,
    now: new Date(),
  });
}

export interface TestUser {
  userId: number;
  organisationId: number | null;
  email: string;
  password: string;
}

/** A user straight in the database (no audit entry), in a new organisation of `kind` unless one is given. */
export async function createUser(
  db: Database,
  options: {
    kind?: OrganisationKind;
    organisationId?: number;
    role?: OrganisationRole;
    isPlatformAdmin?: boolean;
    email?: string;
    password?: string;
    mustChangePassword?: boolean;
  } = {},
): Promise<TestUser> {
  const password = options.password ?? TEST_PASSWORD;
  const organisationId = options.isPlatformAdmin
    ? (options.organisationId ?? null)
    : (options.organisationId ?? (await createOrganisation(db, options.kind ?? 'university')));
  const email = options.email ?? `user-${unique()}@example.test`;
  const userId = await insertUser(db, {
    email,
    displayName: email.split('@')[0]!,
    organisationId,
    role: options.role ?? 'member',
    isPlatformAdmin: options.isPlatformAdmin ?? false,
    passwordHash: await hashPassword(password),
    mustChangePassword: options.mustChangePassword ?? false,
    now: new Date(),
  });
  return { userId, organisationId, email, password };
}

/** Headers of a signed-in browser: session cookie, CSRF cookie and the matching x-csrf-token header. */
export interface Session {
  headers: Record<string, string>;
  sessionToken: string;
  csrfToken: string;
}

export function cookieValue(res: LightMyRequestResponse, name: string): string | undefined {
  return res.cookies.find((c) => c.name === name)?.value;
}

export async function signIn(
  app: HttpServer,
  user: { email: string; password: string },
  options: { headers?: Record<string, string>; remoteAddress?: string } = {},
): Promise<Session> {
  const res = await app.inject({
    method: 'POST',
    url: '/auth/login',
    payload: { email: user.email, password: user.password },
    headers: options.headers ?? {},
    remoteAddress: options.remoteAddress,
  });
  if (res.statusCode !== 200)
    throw new Error(`sign-in of ${user.email} failed: ${res.statusCode} ${res.body}`);
  const sessionToken = cookieValue(res, 'zh_session')!;
  const csrfToken = cookieValue(res, 'zh_csrf')!;
  return {
    sessionToken,
    csrfToken,
    headers: { cookie: `zh_session=${sessionToken}; zh_csrf=${csrfToken}`, 'x-csrf-token': csrfToken },
  };
}

/** Creates an API token through the API, signed in as `session`. */
export async function createToken(
  app: HttpServer,
  session: Session,
  scopes: Scope[],
  name = 'test',
): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/tokens',
    headers: session.headers,
    payload: { name, scopes },
  });
  if (res.statusCode !== 201) throw new Error(`token creation failed: ${res.statusCode} ${res.body}`);
  return (res.json() as { token: string }).token;
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

export type Inject = (options: InjectOptions) => Promise<LightMyRequestResponse>;
