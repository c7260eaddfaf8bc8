import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  type AuthApp,
  buildAuthApp,
  createUser,
  type Session,
  signIn,
  type TestUser,
} from '../../../test/support/auth';
import { describeEachEngine } from '../../../test/support/databases';
import { registerAuth } from './plugin';

/**
 * Every write endpoint of the accounts feature appends exactly one audit entry, naming the action, the
 * actor, the client IP and the request id of the write.
 */
describeEachEngine('audit coverage of the accounts writes', (db) => {
  let h: AuthApp;
  let admin: TestUser;
  let s: Session;
  const state: { orgId?: number; userId?: number; tokenId?: number } = {};
  beforeAll(async () => {
    h = await buildAuthApp(db());
    admin = await createUser(db(), { isPlatformAdmin: true });
    s = await signIn(h.app, admin, { remoteAddress: '10.20.0.1' });
  });
  afterAll(() => h.app.close());

  const steps: Array<{
    action: string;
    objectType: string;
    request: () => InjectOptions;
    status: number;
    after?: (body: Record<string, unknown>) => void;
    anonymous?: boolean;
  }> = [
    {
      action: 'organisation.create',
      objectType: 'organisation',
      request: () => ({
        method: 'POST',
        url: '/organisations',
        payload: { name: '河南省知识产权运营中心', kind: 'service_organisation' },
      }),
      status: 201,
      after: (b) => {
        state.orgId = b.id as number;
      },
    },
    {
      action: 'organisation.update',
      objectType: 'organisation',
      request: () => ({
        method: 'PATCH',
        url: `/organisations/${state.orgId}`,
        payload: { regionCode: '41' },
      }),
      status: 200,
    },
    {
      action: 'user.create',
      objectType: 'user',
      request: () => ({
        method: 'POST',
        url: '/users',
        payload: { email: 'operator@hn.example.test', displayName: '运营专员', organisationId: state.orgId },
      }),
      status: 201,
      after: (b) => {
        state.userId = (b.user as { id: number }).id;
      },
    },
    {
      action: 'user.update',
      objectType: 'user',
      request: () => ({ method: 'PATCH', url: `/users/${state.userId}`, payload: { role: 'admin' } }),
      status: 200,
    },
    {
      action: 'user.passwordLinkSent',
      objectType: 'user',
      request: () => ({ method: 'POST', url: `/users/${state.userId}/password-link` }),
      status: 202,
    },
    {
      action: 'user.unlock',
      objectType: 'user',
      request: () => ({ method: 'POST', url: `/users/${state.userId}/unlock` }),
      status: 204,
    },
    {
      action: 'user.disable',
      objectType: 'user',
      request: () => ({ method: 'DELETE', url: `/users/${state.userId}` }),
      status: 204,
    },
    {
      action: 'token.create',
      objectType: 'apiToken',
      request: () => ({ method: 'POST', url: '/tokens', payload: { name: 'ci', scopes: ['admin'] } }),
      status: 201,
      after: (b) => {
        state.tokenId = b.id as number;
      },
    },
    {
      action: 'token.revoke',
      objectType: 'apiToken',
      request: () => ({ method: 'DELETE', url: `/tokens/${state.tokenId}` }),
      status: 204,
    },
    {
      action: 'auth.passwordChange',
      objectType: 'user',
      request: () => ({
        method: 'POST',
        url: '/auth/password',
        payload: { currentPassword: admin.password, newPassword: 'Rotated-passphrase-77' },
      }),
      status: 204,
    },
    {
      action: 'auth.passwordResetRequest',
      objectType: 'user',
      request: () => ({ method: 'POST', url: '/auth/password-reset', payload: { email: admin.email } }),
      status: 202,
    },
    {
      action: 'auth.signOut',
      objectType: 'user',
      request: () => ({ method: 'POST', url: '/auth/logout' }),
      status: 204,
    },
  ];

  it.each(steps)('$action', async ({ action, objectType, request, status, after }) => {
    const top = async () =>
      (await db().query<{ n: number }>('SELECT coalesce(max(seq), 0)::int8 AS n FROM audit_log')).rows[0]!.n;
    const before = await top();
    const req = request();
    const res = await h.app.inject({ ...req, headers: s.headers, remoteAddress: '10.20.0.1' });
    expect(res.statusCode, res.body).toBe(status);
    if (after && res.body) after(res.json());
    const rows = await db().query<{
      action: string;
      object_type: string;
      actor_user_id: number;
      ip: string;
      request_id: string;
      via: string;
    }>(
      'SELECT action, object_type, actor_user_id, ip, request_id, via FROM audit_log WHERE seq > $1 ORDER BY seq',
      [before],
    );
    expect(rows.rows).toEqual([
      {
        action,
        object_type: objectType,
        actor_user_id: action === 'auth.passwordResetRequest' ? null : admin.userId,
        ip: '10.20.0.1',
        request_id: res.headers['x-request-id'],
        via: action === 'auth.passwordResetRequest' ? null : 'session',
      },
    ]);
    expect(await top()).toBe(before + 1);
  });

  it('also audits deleting an organisation', async () => {
    const fresh = await signIn(h.app, await createUser(db(), { isPlatformAdmin: true }));
    const org = (
      await h.app.inject({
        method: 'POST',
        url: '/organisations',
        headers: fresh.headers,
        payload: { name: '临时机构', kind: 'other' },
      })
    ).json();
    const del = await h.app.inject({
      method: 'DELETE',
      url: `/organisations/${org.id}`,
      headers: fresh.headers,
    });
    expect(del.statusCode).toBe(204);
    const rows = await db().query<{ action: string }>(
      `SELECT action FROM audit_log WHERE object_type = 'organisation' AND object_id = $1 ORDER BY seq`,
      [String(org.id)],
    );
    expect(rows.rows.map((r) => r.action)).toEqual(['organisation.create', 'organisation.delete']);
  });

  it('leaves requests outside pathPrefix anonymous without looking at the cookie', async () => {
    const { createHttpServer } = await import('../../platform/http/httpServer');
    const app = await createHttpServer({ logger: false, version: 'test' });
    await registerAuth(app, h.deps, { pathPrefix: '/api/' });
    app.get('/assets/app.js', async (request) => ({ kind: request.actor.kind }));
    app.get('/api/who', async (request) => ({ kind: request.actor.kind }));
    const fresh = await signIn(h.app, await createUser(db()));
    const asset = await app.inject({ method: 'GET', url: '/assets/app.js', headers: fresh.headers });
    const api = await app.inject({ method: 'GET', url: '/api/who', headers: fresh.headers });
    expect([asset.json().kind, api.json().kind]).toEqual(['anonymous', 'user']);
    await app.close();
  });
});
