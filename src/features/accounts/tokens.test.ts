import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  type AuthApp,
  bearer,
  buildAuthApp,
  createToken,
  createUser,
  type Session,
  signIn,
  type TestUser,
} from '../../../test/support/auth';
import { describeEachEngine } from '../../../test/support/databases';
import { assertAllowed } from './guards';

describeEachEngine('API tokens', (db) => {
  let h: AuthApp;
  let member: TestUser;
  let memberSession: Session;
  beforeAll(async () => {
    h = await buildAuthApp(db(), {
      extra: async (app) => {
        // A write endpoint of another feature, guarded the way every feature guards its writes.
        app.post('/probe/patents/:org', async (request) => {
          assertAllowed(request.actor, 'patent.update', {
            ownerOrganisationIds: [Number((request.params as { org: string }).org)],
          });
          return { ok: true };
        });
      },
    });
    member = await createUser(db(), { kind: 'university' });
    memberSession = await signIn(h.app, member);
  });
  afterAll(() => h.app.close());

  it('shows a new token once, stores only its hash and lists it without the secret', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/tokens',
      headers: memberSession.headers,
      payload: { name: 'nightly sync', scopes: ['catalogue:write', 'catalogue:write'], expiresInDays: 30 },
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created.token).toMatch(/^zh_[A-Za-z0-9_-]{43}$/);
    expect(created.scopes).toEqual(['catalogue:write']);
    expect(created.prefix).toBe(created.token.slice(0, 10));
    expect(new Date(created.expiresAt).getTime() - h.clock.current.getTime()).toBe(30 * 86_400_000);
    const stored = await db().query<{ token_hash: string }>(
      'SELECT token_hash FROM api_tokens WHERE id = $1',
      [created.id],
    );
    expect(stored.rows[0]!.token_hash).not.toContain(created.token);
    const list = await h.app.inject({ method: 'GET', url: '/tokens', headers: memberSession.headers });
    expect(list.body).not.toContain(created.token);
    expect(list.json().items.map((t: { id: number }) => t.id)).toContain(created.id);
  });

  it('authenticates with Authorization: Bearer and records the last use', async () => {
    const token = await createToken(h.app, memberSession, ['catalogue:read']);
    const me = await h.app.inject({ method: 'GET', url: '/auth/me', headers: bearer(token) });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ via: 'token', scopes: ['catalogue:read'], csrfToken: null });
    const used = await db().query<{ last_used_at: Date }>(
      'SELECT last_used_at FROM api_tokens WHERE token_prefix = $1',
      [token.slice(0, 10)],
    );
    expect(used.rows[0]!.last_used_at.toISOString()).toBe(h.clock.current.toISOString());
  });

  it('limits a token to its scopes and never beyond its user', async () => {
    const readOnly = await createToken(h.app, memberSession, ['catalogue:read']);
    const writer = await createToken(h.app, memberSession, ['catalogue:write']);
    const own = member.organisationId!;
    const probe = (token: string, org: number) =>
      h.app.inject({ method: 'POST', url: `/probe/patents/${org}`, headers: bearer(token) });
    const refused = await probe(readOnly, own);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'TOKEN_SCOPE_MISSING', action: 'patent.update' });
    expect((await probe(writer, own)).statusCode).toBe(200);
    // The right scope on someone else's patent: the user's own rights still apply.
    expect((await probe(writer, own + 100_000)).json().code).toBe('NOT_OWN_ORGANISATION');
  });

  it('refuses scopes the user cannot use', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/tokens',
      headers: memberSession.headers,
      payload: { name: 'x', scopes: ['audit:read'] },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'SCOPE_NOT_GRANTABLE', errors: [{ path: 'body.scopes' }] });
  });

  it('answers 401 for an unknown, malformed, revoked or expired token', async () => {
    const unknown = await h.app.inject({
      method: 'GET',
      url: '/auth/me',
      headers: bearer('zh_not-a-real-token'),
    });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
    expect(
      (await h.app.inject({ method: 'GET', url: '/auth/me', headers: { authorization: 'Basic abc' } }))
        .statusCode,
    ).toBe(401);

    const token = await createToken(h.app, memberSession, ['catalogue:read']);
    const id = (await h.app.inject({ method: 'GET', url: '/auth/me', headers: bearer(token) })).json().user
      .id;
    expect(id).toBe(member.userId);
    const list = (
      await h.app.inject({ method: 'GET', url: '/tokens', headers: memberSession.headers })
    ).json();
    const tokenId = list.items.find((t: { prefix: string }) => t.prefix === token.slice(0, 10)).id;
    const revoke = await h.app.inject({
      method: 'DELETE',
      url: `/tokens/${tokenId}`,
      headers: memberSession.headers,
    });
    expect(revoke.statusCode).toBe(204);
    expect((await h.app.inject({ method: 'GET', url: '/auth/me', headers: bearer(token) })).statusCode).toBe(
      401,
    );

    const shortLived = (
      await h.app.inject({
        method: 'POST',
        url: '/tokens',
        headers: memberSession.headers,
        payload: { name: 'short', scopes: ['catalogue:read'], expiresInDays: 1 },
      })
    ).json().token as string;
    expect(
      (await h.app.inject({ method: 'GET', url: '/auth/me', headers: bearer(shortLived) })).statusCode,
    ).toBe(200);
    h.clock.advance(86_400_000);
    expect(
      (await h.app.inject({ method: 'GET', url: '/auth/me', headers: bearer(shortLived) })).statusCode,
    ).toBe(401);
    memberSession = await signIn(h.app, member);
  });

  it('stops working when its user is disabled', async () => {
    const admin = await createUser(db(), { isPlatformAdmin: true });
    const victim = await createUser(db(), { kind: 'enterprise' });
    const token = await createToken(h.app, await signIn(h.app, victim), ['demands:write']);
    const s = await signIn(h.app, admin);
    expect(
      (await h.app.inject({ method: 'DELETE', url: `/users/${victim.userId}`, headers: s.headers }))
        .statusCode,
    ).toBe(204);
    expect((await h.app.inject({ method: 'GET', url: '/auth/me', headers: bearer(token) })).statusCode).toBe(
      401,
    );
  });

  it("lets an organisation administrator revoke a colleague's token, not a member", async () => {
    const orgAdmin = await createUser(db(), { organisationId: member.organisationId!, role: 'admin' });
    const colleague = await createUser(db(), { organisationId: member.organisationId! });
    const outsider = await createUser(db(), { kind: 'university', role: 'admin' });
    const token = await createToken(h.app, await signIn(h.app, colleague), ['catalogue:read']);
    const tokenId = (
      await db().query<{ id: number }>('SELECT id FROM api_tokens WHERE token_prefix = $1', [
        token.slice(0, 10),
      ])
    ).rows[0]!.id;
    const revokeAs = async (u: TestUser) =>
      (
        await h.app.inject({
          method: 'DELETE',
          url: `/tokens/${tokenId}`,
          headers: (await signIn(h.app, u)).headers,
        })
      ).statusCode;
    expect(await revokeAs(member)).toBe(403);
    expect(await revokeAs(outsider)).toBe(403);
    expect(await revokeAs(orgAdmin)).toBe(204);
  });

  it('audits token creation and revocation without the secret', async () => {
    const token = await createToken(h.app, memberSession, ['catalogue:read'], 'audited');
    const rows = await db().query<{ action: string; after: Record<string, unknown> }>(
      `SELECT action, after FROM audit_log WHERE object_type = 'apiToken' AND after->>'name' = 'audited'`,
    );
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0]!.after).toMatchObject({ userId: member.userId, scopes: ['catalogue:read'] });
    expect(JSON.stringify(rows.rows)).not.toContain(token);
    const all = await db().query<{ n: number }>(
      `SELECT count(*)::int8 AS n FROM audit_log WHERE action = 'token.revoke'`,
    );
    expect(all.rows[0]!.n).toBeGreaterThanOrEqual(2);
  });
});
