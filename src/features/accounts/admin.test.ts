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
import { organisationEmails } from './repository';

describeEachEngine('organisations and users administration', (db) => {
  let h: AuthApp;
  let platformAdmin: TestUser;
  let pa: Session;
  beforeAll(async () => {
    h = await buildAuthApp(db());
    platformAdmin = await createUser(db(), { isPlatformAdmin: true });
    pa = await signIn(h.app, platformAdmin);
  });
  afterAll(() => h.app.close());

  const auditOf = async (objectType: string, objectId: number | string) =>
    (
      await db().query<{
        action: string;
        actor_user_id: number;
        before: unknown;
        after: unknown;
        request_id: string;
      }>(
        'SELECT action, actor_user_id, before, after, request_id FROM audit_log WHERE object_type = $1 AND object_id = $2 ORDER BY seq',
        [objectType, String(objectId)],
      )
    ).rows;

  it('lets a platform administrator create, change and delete an organisation, each write audited', async () => {
    const created = await h.app.inject({
      method: 'POST',
      url: '/organisations',
      headers: pa.headers,
      payload: { name: '郑州大学', kind: 'university', creditCode: '12410000415800519x', regionCode: '4101' },
    });
    expect(created.statusCode).toBe(422);
    expect(created.json().errors[0].path).toBe('body.creditCode');

    const ok = await h.app.inject({
      method: 'POST',
      url: '/organisations',
      headers: pa.headers,
      payload: { name: '郑州大学', kind: 'university', creditCode: '91110000802100433B', regionCode: '4101' },
    });
    expect(ok.statusCode).toBe(201);
    const org = ok.json();
    expect(org).toMatchObject({ name: '郑州大学', kind: 'university', userCount: 0 });

    const dup = await h.app.inject({
      method: 'POST',
      url: '/organisations',
      headers: pa.headers,
      payload: { name: '郑州大学', kind: 'institute' },
    });
    expect(dup.statusCode).toBe(409);

    const patched = await h.app.inject({
      method: 'PATCH',
      url: `/organisations/${org.id}`,
      headers: pa.headers,
      payload: { kind: 'institute', regionCode: '410105' },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ kind: 'institute', regionCode: '410105' });

    expect(
      (await h.app.inject({ method: 'DELETE', url: `/organisations/${org.id}`, headers: pa.headers }))
        .statusCode,
    ).toBe(204);
    expect(
      (await h.app.inject({ method: 'GET', url: `/organisations/${org.id}`, headers: pa.headers }))
        .statusCode,
    ).toBe(404);

    const audit = await auditOf('organisation', org.id);
    expect(audit.map((a) => a.action)).toEqual([
      'organisation.create',
      'organisation.update',
      'organisation.delete',
    ]);
    expect(audit.every((a) => a.actor_user_id === platformAdmin.userId && a.request_id)).toBe(true);
    expect(audit[1]).toMatchObject({
      before: { kind: 'university' },
      after: { kind: 'institute', regionCode: '410105' },
    });
  });

  it('lets signed-in users read organisations and only platform administrators write them', async () => {
    const u = await createUser(db(), { kind: 'enterprise', role: 'admin' });
    const s = await signIn(h.app, u);
    expect(
      (await h.app.inject({ method: 'GET', url: '/organisations?kind=enterprise', headers: s.headers }))
        .statusCode,
    ).toBe(200);
    expect((await h.app.inject({ method: 'GET', url: '/organisations' })).statusCode).toBe(401);
    const refused = await h.app.inject({
      method: 'POST',
      url: '/organisations',
      headers: s.headers,
      payload: { name: 'Not allowed', kind: 'other' },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'ROLE_NOT_PERMITTED' });
  });

  it('refuses to delete an organisation that still has users', async () => {
    const u = await createUser(db(), { kind: 'bank' });
    const res = await h.app.inject({
      method: 'DELETE',
      url: `/organisations/${u.organisationId}`,
      headers: pa.headers,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('ORGANISATION_HAS_USERS');
  });

  it('creates a user with an invitation e-mail, who then sets a password and signs in', async () => {
    const orgAdmin = await createUser(db(), { kind: 'enterprise', role: 'admin' });
    const s = await signIn(h.app, orgAdmin);
    const res = await h.app.inject({
      method: 'POST',
      url: '/users',
      headers: s.headers,
      payload: {
        email: 'New.Colleague@Example.test',
        displayName: '王芳',
        organisationId: orgAdmin.organisationId,
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      invitationSent: true,
      user: {
        email: 'new.colleague@example.test',
        role: 'member',
        hasPassword: false,
        organisationKind: 'enterprise',
      },
    });
    const mail = (
      await db().query<{ text_body: string }>('SELECT text_body FROM email_outbox WHERE to_address = $1', [
        'new.colleague@example.test',
      ])
    ).rows[0]!;
    expect(mail.text_body).toContain('&invite=1');
    const token = /#token=([A-Za-z0-9_-]+)/.exec(mail.text_body)![1];
    const confirm = await h.app.inject({
      method: 'POST',
      url: '/auth/password-reset/confirm',
      payload: { token, newPassword: 'Invited-passphrase-5' },
    });
    expect(confirm.statusCode).toBe(200);
    await signIn(h.app, { email: 'new.colleague@example.test', password: 'Invited-passphrase-5' });
    const audit = await auditOf('user', res.json().user.id);
    expect(audit.map((a) => a.action)).toEqual(['user.create', 'auth.invitationAccepted', 'auth.signIn']);
  });

  it('creates a user with a set password that must be changed at first sign-in', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/users',
      headers: pa.headers,
      payload: {
        email: 'officer@amr.example.test',
        displayName: '市场监管局',
        organisationId: (await createUser(db(), { kind: 'government' })).organisationId,
        role: 'admin',
        password: 'Temporary-passphrase-1',
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().user).toMatchObject({ mustChangePassword: true, hasPassword: true });
    const dup = await h.app.inject({
      method: 'POST',
      url: '/users',
      headers: pa.headers,
      payload: {
        email: 'OFFICER@amr.example.test',
        displayName: 'x',
        organisationId: res.json().user.organisationId,
      },
    });
    expect(dup.statusCode).toBe(409);
  });

  it('keeps organisation administrators inside their organisation', async () => {
    const orgAdmin = await createUser(db(), { kind: 'university', role: 'admin' });
    const colleague = await createUser(db(), { organisationId: orgAdmin.organisationId! });
    const stranger = await createUser(db(), { kind: 'university' });
    const s = await signIn(h.app, orgAdmin);
    const patch = (id: number, payload: object) =>
      h.app.inject({ method: 'PATCH', url: `/users/${id}`, headers: s.headers, payload });

    expect((await patch(colleague.userId, { role: 'admin', displayName: '张老师' })).statusCode).toBe(200);
    expect((await patch(stranger.userId, { displayName: 'x' })).json().code).toBe('NOT_OWN_ORGANISATION');
    expect((await patch(colleague.userId, { organisationId: stranger.organisationId })).statusCode).toBe(403);
    expect((await patch(colleague.userId, { isPlatformAdmin: true })).statusCode).toBe(403);
    const create = await h.app.inject({
      method: 'POST',
      url: '/users',
      headers: s.headers,
      payload: { email: 'x@elsewhere.test', displayName: 'x', organisationId: stranger.organisationId },
    });
    expect(create.statusCode).toBe(403);

    const list = await h.app.inject({ method: 'GET', url: '/users', headers: s.headers });
    expect(list.statusCode).toBe(200);
    expect(
      list
        .json()
        .items.every((u: { organisationId: number }) => u.organisationId === orgAdmin.organisationId),
    ).toBe(true);
    expect(list.json().total).toBe(2);

    const member = await signIn(h.app, stranger);
    expect((await h.app.inject({ method: 'GET', url: '/users', headers: member.headers })).statusCode).toBe(
      403,
    );
    expect(
      (await h.app.inject({ method: 'GET', url: `/users/${stranger.userId}`, headers: member.headers }))
        .statusCode,
    ).toBe(200);

    const audit = await auditOf('user', colleague.userId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'user.update',
      before: { role: 'member' },
      after: { role: 'admin', displayName: '张老师' },
    });
  });

  it('disabling a user ends their sessions; the last platform administrator cannot be removed', async () => {
    const victim = await createUser(db(), { kind: 'institute' });
    const vs = await signIn(h.app, victim);
    const del = await h.app.inject({ method: 'DELETE', url: `/users/${victim.userId}`, headers: pa.headers });
    expect(del.statusCode).toBe(204);
    expect((await h.app.inject({ method: 'GET', url: '/auth/me', headers: vs.headers })).statusCode).toBe(
      401,
    );
    const again = await h.app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { email: victim.email, password: victim.password },
    });
    expect(again.statusCode).toBe(403);
    expect(again.json().code).toBe('ACCOUNT_DISABLED');
    expect((await auditOf('user', victim.userId)).map((a) => a.action)).toContain('user.disable');

    // Disable every other platform administrator so this one is the last.
    await db().query('UPDATE users SET disabled_at = now() WHERE is_platform_admin AND id <> $1', [
      platformAdmin.userId,
    ]);
    const self = await h.app.inject({
      method: 'PATCH',
      url: `/users/${platformAdmin.userId}`,
      headers: pa.headers,
      payload: { disabled: true },
    });
    expect(self.statusCode).toBe(409);
    expect(self.json().code).toBe('LAST_PLATFORM_ADMIN');
  });

  it('shows the e-mail outbox to platform administrators only, and re-queues failed messages', async () => {
    const list = await h.app.inject({
      method: 'GET',
      url: '/admin/outbox?status=pending',
      headers: pa.headers,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBeGreaterThan(0);
    const other = await signIn(h.app, await createUser(db(), { kind: 'government', role: 'admin' }));
    expect(
      (await h.app.inject({ method: 'GET', url: '/admin/outbox', headers: other.headers })).statusCode,
    ).toBe(403);

    const failed = await db().query<{ id: number }>(
      `INSERT INTO email_outbox (to_address, subject, text_body, status, attempts, last_error)
       VALUES ('x@example.test', 's', 't', 'failed', 8, '550 no such user') RETURNING id`,
    );
    const id = failed.rows[0]!.id;
    const retry = await h.app.inject({
      method: 'POST',
      url: `/admin/outbox/${id}/retry`,
      headers: pa.headers,
    });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ status: 'pending', attempts: 0, lastError: null });
    expect(
      (await h.app.inject({ method: 'POST', url: `/admin/outbox/${id}/retry`, headers: pa.headers }))
        .statusCode,
    ).toBe(404);
    expect((await auditOf('email', id)).map((a) => a.action)).toEqual(['outbox.retry']);
  });

  it('lists the e-mail addresses of an organisation’s enabled users, administrators first', async () => {
    const member = await createUser(db(), { kind: 'institute' });
    const orgAdmin = await createUser(db(), { organisationId: member.organisationId!, role: 'admin' });
    const gone = await createUser(db(), { organisationId: member.organisationId! });
    await db().query('UPDATE users SET disabled_at = now() WHERE id = $1', [gone.userId]);
    expect(await organisationEmails(db(), [member.organisationId!])).toEqual([orgAdmin.email, member.email]);
    expect(await organisationEmails(db(), [])).toEqual([]);
  });
});
