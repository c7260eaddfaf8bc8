import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  type AuthApp,
  buildAuthApp,
  cookieValue,
  createUser,
  signIn,
  TEST_PASSWORD,
  type TestUser,
} from '../../../test/support/auth';
import { describeEachEngine } from '../../../test/support/databases';

const MINUTE = 60_000;

describeEachEngine('sign-in, sessions and CSRF', (db) => {
  let h: AuthApp;
  let alice: TestUser;
  beforeAll(async () => {
    h = await buildAuthApp(db());
    alice = await createUser(db(), { kind: 'university' });
  });
  afterAll(() => h.app.close());

  it('signs in with e-mail and password and sets the session and CSRF cookies', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { email: `  ${alice.email.toUpperCase()} `, password: alice.password },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user.email).toBe(alice.email);
    expect(body.user).not.toHaveProperty('passwordHash');
    const session = res.cookies.find((c) => c.name === 'zh_session')!;
    const csrf = res.cookies.find((c) => c.name === 'zh_csrf')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(session.secure).toBeFalsy();
    expect(csrf.httpOnly).toBeFalsy();
    expect(csrf.value).toBe(body.csrfToken);
    // Only the hash is stored.
    const stored = await db().query<{ token_hash: string }>('SELECT token_hash FROM sessions');
    expect(stored.rows.map((r) => r.token_hash)).not.toContain(session.value);
  });

  it('marks the cookies Secure behind a trusted TLS proxy', async () => {
    const proxied = await buildAuthApp(db(), { trustProxy: true });
    try {
      const res = await proxied.app.inject({
        method: 'POST',
        url: '/auth/login',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { email: alice.email, password: alice.password },
      });
      expect(res.statusCode).toBe(200);
      expect(res.cookies.every((c) => c.secure === true)).toBe(true);
    } finally {
      await proxied.app.close();
    }
  });

  it('GET /auth/me answers for a session and 401 without one', async () => {
    const s = await signIn(h.app, alice);
    const me = await h.app.inject({ method: 'GET', url: '/auth/me', headers: { cookie: s.headers.cookie! } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ via: 'session', csrfToken: s.csrfToken, user: { id: alice.userId } });
    const anon = await h.app.inject({ method: 'GET', url: '/auth/me' });
    expect(anon.statusCode).toBe(401);
    expect(anon.headers['content-type']).toContain('application/problem+json');
  });

  it('GET /auth/session answers 200 for everyone: the user when signed in, null for the public', async () => {
    const s = await signIn(h.app, alice);
    const signedIn = await h.app.inject({
      method: 'GET',
      url: '/auth/session',
      headers: { cookie: s.headers.cookie! },
    });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().me).toMatchObject({
      via: 'session',
      csrfToken: s.csrfToken,
      user: { id: alice.userId },
    });
    const anon = await h.app.inject({ method: 'GET', url: '/auth/session' });
    expect(anon.statusCode).toBe(200);
    expect(anon.json()).toEqual({ me: null });
    // A forged or expired cookie is the public too (the plugin clears it), not an error.
    const stale = await h.app.inject({
      method: 'GET',
      url: '/auth/session',
      headers: { cookie: 'zh_session=forged' },
    });
    expect(stale.json()).toEqual({ me: null });
  });

  it('signs out: the session is revoked and the cookies cleared', async () => {
    const s = await signIn(h.app, alice);
    const out = await h.app.inject({ method: 'POST', url: '/auth/logout', headers: s.headers });
    expect(out.statusCode).toBe(204);
    expect(cookieValue(out, 'zh_session')).toBe('');
    const me = await h.app.inject({ method: 'GET', url: '/auth/me', headers: s.headers });
    expect(me.statusCode).toBe(401);
  });

  it('ends a session after the idle time, and activity keeps it alive', async () => {
    const s = await signIn(h.app, alice);
    const me = () => h.app.inject({ method: 'GET', url: '/auth/me', headers: s.headers });
    h.clock.advance(100 * MINUTE);
    expect((await me()).statusCode).toBe(200);
    h.clock.advance(100 * MINUTE); // 200 minutes after sign-in, 100 after the last request
    expect((await me()).statusCode).toBe(200);
    h.clock.advance(121 * MINUTE);
    const expired = await me();
    expect(expired.statusCode).toBe(401);
    expect(cookieValue(expired, 'zh_session')).toBe('');
  });

  it('ends a session at its absolute end even when active', async () => {
    const s = await signIn(h.app, alice);
    for (let i = 0; i < 7; i++) {
      h.clock.advance(100 * MINUTE);
      expect((await h.app.inject({ method: 'GET', url: '/auth/me', headers: s.headers })).statusCode).toBe(
        200,
      );
    }
    h.clock.advance(100 * MINUTE); // 800 minutes > 12 hours
    expect((await h.app.inject({ method: 'GET', url: '/auth/me', headers: s.headers })).statusCode).toBe(401);
  });

  it('refuses a cookie-authenticated unsafe request without the CSRF header', async () => {
    const s = await signIn(h.app, alice);
    const res = await h.app.inject({
      method: 'POST',
      url: '/tokens',
      headers: { cookie: s.headers.cookie! },
      payload: { name: 'x', scopes: ['catalogue:read'] },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_TOKEN_INVALID');
  });

  it('refuses a CSRF header that differs from the cookie', async () => {
    const s = await signIn(h.app, alice);
    const res = await h.app.inject({
      method: 'POST',
      url: '/tokens',
      headers: { ...s.headers, 'x-csrf-token': `${s.csrfToken.slice(0, -2)}xx` },
      payload: { name: 'x', scopes: ['catalogue:read'] },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_TOKEN_INVALID');
  });

  it("refuses another session's CSRF token even when cookie and header agree", async () => {
    const mine = await signIn(h.app, alice);
    const other = await signIn(h.app, alice);
    const res = await h.app.inject({
      method: 'POST',
      url: '/tokens',
      headers: {
        cookie: `zh_session=${mine.sessionToken}; zh_csrf=${other.csrfToken}`,
        'x-csrf-token': other.csrfToken,
      },
      payload: { name: 'x', scopes: ['catalogue:read'] },
    });
    expect(res.statusCode).toBe(403);
  });

  it('accepts the matching CSRF token; a signed-in form may sign in again without one', async () => {
    const s = await signIn(h.app, alice);
    const ok = await h.app.inject({
      method: 'POST',
      url: '/tokens',
      headers: s.headers,
      payload: { name: 'csrf ok', scopes: ['catalogue:read'] },
    });
    expect(ok.statusCode).toBe(201);
    const again = await h.app.inject({
      method: 'POST',
      url: '/auth/login',
      headers: { cookie: s.headers.cookie! },
      payload: { email: alice.email, password: alice.password },
    });
    expect(again.statusCode).toBe(200);
  });

  it('exempts bearer-token requests from CSRF', async () => {
    const s = await signIn(h.app, alice);
    const token = (
      await h.app.inject({
        method: 'POST',
        url: '/tokens',
        headers: s.headers,
        payload: { name: 't', scopes: ['admin'] },
      })
    ).json().token as string;
    const res = await h.app.inject({
      method: 'POST',
      url: '/tokens',
      headers: { authorization: `Bearer ${token}` },
      payload: { name: 'made by token', scopes: ['catalogue:read'] },
    });
    expect(res.statusCode).toBe(201);
  });

  it('records sign-in, failed sign-in and sign-out in the audit log', async () => {
    const s = await signIn(h.app, alice, { remoteAddress: '10.9.9.9' });
    await h.app.inject({
      method: 'POST',
      url: '/auth/logout',
      headers: s.headers,
      remoteAddress: '10.9.9.9',
    });
    await h.app.inject({
      method: 'POST',
      url: '/auth/login',
      remoteAddress: '10.9.9.9',
      payload: { email: 'nobody@example.test', password: 'wrong-password-1' },
    });
    const rows = await db().query<{
      action: string;
      actor_user_id: number | null;
      ip: string;
      via: string | null;
    }>(`SELECT action, actor_user_id, ip, via FROM audit_log WHERE ip = '10.9.9.9' ORDER BY seq`);
    expect(rows.rows).toEqual([
      { action: 'auth.signIn', actor_user_id: alice.userId, ip: '10.9.9.9', via: 'session' },
      { action: 'auth.signOut', actor_user_id: alice.userId, ip: '10.9.9.9', via: 'session' },
      { action: 'auth.signInFailed', actor_user_id: null, ip: '10.9.9.9', via: null },
    ]);
  });
});

describeEachEngine('sign-in rate limiting and lock-out', (db) => {
  let h: AuthApp;
  beforeAll(async () => {
    h = await buildAuthApp(db());
  });
  afterAll(() => h.app.close());

  const attempt = (email: string, password: string, ip: string) =>
    h.app.inject({ method: 'POST', url: '/auth/login', remoteAddress: ip, payload: { email, password } });

  it('locks an account for 15 minutes after 5 failures, with the unlock time, then lets it in', async () => {
    const bob = await createUser(db());
    for (let i = 1; i <= 4; i++) {
      const res = await attempt(bob.email, 'not-the-password', '10.1.0.1');
      expect(res.statusCode).toBe(401);
      expect(res.json().attemptsLeft).toBe(5 - i);
    }
    const fifth = await attempt(bob.email, 'not-the-password', '10.1.0.1');
    expect(fifth.statusCode).toBe(429);
    const unlock = new Date(h.clock.current.getTime() + 15 * MINUTE);
    expect(fifth.json()).toMatchObject({ code: 'ACCOUNT_LOCKED', lockedUntil: unlock.toISOString() });
    expect(fifth.headers['retry-after']).toBe('900');
    expect(fifth.json().detail).toContain('北京时间');

    // The right password does not help while locked, from anywhere.
    const locked = await attempt(bob.email, bob.password, '10.1.0.2');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().lockedUntil).toBe(unlock.toISOString());

    h.clock.advance(14 * MINUTE);
    expect((await attempt(bob.email, bob.password, '10.1.0.2')).statusCode).toBe(429);
    h.clock.advance(1 * MINUTE);
    expect((await attempt(bob.email, bob.password, '10.1.0.2')).statusCode).toBe(200);
    // A success starts the count afresh.
    expect((await attempt(bob.email, 'wrong-again-1', '10.1.0.2')).json().attemptsLeft).toBe(4);

    const audit = await db().query<{ action: string }>(
      `SELECT action FROM audit_log WHERE after->>'email' = $1 AND action IN ('auth.lockout', 'auth.signInFailed') ORDER BY seq`,
      [bob.email],
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'auth.signInFailed',
      'auth.signInFailed',
      'auth.signInFailed',
      'auth.signInFailed',
      'auth.lockout',
      'auth.signInFailed',
    ]);
  });

  it('forgets failures older than the 15-minute window', async () => {
    const carol = await createUser(db());
    for (let i = 0; i < 4; i++) await attempt(carol.email, 'nope-nope-1', '10.2.0.1');
    h.clock.advance(16 * MINUTE);
    const res = await attempt(carol.email, 'nope-nope-1', '10.2.0.1');
    expect(res.json().attemptsLeft).toBe(4);
  });

  it('treats an unknown address exactly like a known one (no enumeration)', async () => {
    const ghost = `ghost-${Date.now()}@example.test`;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await attempt(ghost, 'whatever-123', '10.3.0.1')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
  });

  it('keeps the lock across a restart (it lives in the database)', async () => {
    const dave = await createUser(db());
    for (let i = 0; i < 5; i++) await attempt(dave.email, 'bad-password-x', '10.4.0.1');
    const restarted = await buildAuthApp(db(), { clock: h.clock });
    try {
      const res = await restarted.app.inject({
        method: 'POST',
        url: '/auth/login',
        remoteAddress: '10.4.0.9',
        payload: { email: dave.email, password: dave.password },
      });
      expect(res.statusCode).toBe(429);
    } finally {
      await restarted.app.close();
    }
  });

  it('admits no more than the limit of parallel guesses', async () => {
    const erin = await createUser(db());
    const results = await Promise.all(
      Array.from({ length: 9 }, () => attempt(erin.email, 'parallel-guess', '10.5.0.1')),
    );
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 401)).toHaveLength(4);
    expect(codes.filter((c) => c === 429)).toHaveLength(5);
  });

  it('locks a client IP after 20 failures across accounts', async () => {
    const ip = '10.6.0.1';
    for (let i = 0; i < 20; i++) {
      const res = await attempt(`spray-${i}@example.test`, 'Summer2025!!', ip);
      expect(res.statusCode, `attempt ${i + 1}`).toBe(i < 19 ? 401 : 429);
    }
    const frank = await createUser(db());
    const blocked = await attempt(frank.email, frank.password, ip);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe('IP_LOCKED');
    // Another address is unaffected.
    expect((await attempt(frank.email, frank.password, '10.6.0.2')).statusCode).toBe(200);
  });

  it('lets an administrator unlock an account before the lock ends', async () => {
    const admin = await createUser(db(), { isPlatformAdmin: true });
    const gina = await createUser(db());
    for (let i = 0; i < 5; i++) await attempt(gina.email, 'bad-password-y', '10.7.0.1');
    expect((await attempt(gina.email, gina.password, '10.7.0.2')).statusCode).toBe(429);
    const s = await signIn(h.app, admin, { remoteAddress: '10.7.0.3' });
    const unlock = await h.app.inject({
      method: 'POST',
      url: `/users/${gina.userId}/unlock`,
      headers: s.headers,
    });
    expect(unlock.statusCode).toBe(204);
    expect((await attempt(gina.email, gina.password, '10.7.0.2')).statusCode).toBe(200);
    const audit = await db().query<{ before: { lockedUntil: string | null } }>(
      `SELECT before FROM audit_log WHERE action = 'user.unlock' AND object_id = $1`,
      [String(gina.userId)],
    );
    expect(audit.rows[0]?.before.lockedUntil).not.toBeNull();
  });
});

describeEachEngine('password change and reset through the outbox', (db) => {
  let h: AuthApp;
  beforeAll(async () => {
    h = await buildAuthApp(db());
  });
  afterAll(() => h.app.close());

  const latestMail = async (to: string) =>
    (
      await db().query<{ id: number; text_body: string; subject: string; sensitive: boolean }>(
        'SELECT id, text_body, subject, sensitive FROM email_outbox WHERE to_address = $1 ORDER BY id DESC LIMIT 1',
        [to],
      )
    ).rows[0];
  const linkToken = (text: string) => /reset-password#token=([A-Za-z0-9_-]+)/.exec(text)?.[1];

  it('changes a password: policy enforced, current password checked, other sessions ended', async () => {
    const u = await createUser(db());
    const current = await signIn(h.app, u);
    const elsewhere = await signIn(h.app, u);
    const change = (body: object) =>
      h.app.inject({ method: 'POST', url: '/auth/password', headers: current.headers, payload: body });

    const weak = await change({ currentPassword: u.password, newPassword: 'short' });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().errors[0]).toMatchObject({ path: 'body.newPassword' });
    const english = await h.app.inject({
      method: 'POST',
      url: '/auth/password',
      headers: { ...current.headers, 'accept-language': 'en' },
      payload: { currentPassword: u.password, newPassword: u.email },
    });
    expect(english.json().errors.map((e: { message: string }) => e.message)).toContain(
      'The password must not be your e-mail address',
    );

    const wrong = await change({ currentPassword: 'not-my-password', newPassword: 'A-new-passphrase-42' });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().code).toBe('WRONG_CURRENT_PASSWORD');

    expect(
      (await change({ currentPassword: u.password, newPassword: 'A-new-passphrase-42' })).statusCode,
    ).toBe(204);
    expect(
      (await h.app.inject({ method: 'GET', url: '/auth/me', headers: current.headers })).statusCode,
    ).toBe(200);
    expect(
      (await h.app.inject({ method: 'GET', url: '/auth/me', headers: elsewhere.headers })).statusCode,
    ).toBe(401);
    await signIn(h.app, { email: u.email, password: 'A-new-passphrase-42' });
  });

  it('resets a password by e-mail: single use, sessions revoked, lock lifted', async () => {
    const u = await createUser(db());
    const before = await signIn(h.app, u);
    for (let i = 0; i < 5; i++)
      await h.app.inject({
        method: 'POST',
        url: '/auth/login',
        remoteAddress: '10.8.0.1',
        payload: { email: u.email, password: 'forgotten-it' },
      });

    const req = await h.app.inject({
      method: 'POST',
      url: '/auth/password-reset',
      payload: { email: u.email },
    });
    expect(req.statusCode).toBe(202);
    const mail = await latestMail(u.email);
    expect(mail?.sensitive).toBe(true);
    expect(mail?.subject).toContain('Reset your password');
    expect(mail?.text_body).toContain('http://zhuanhua.test/reset-password#token=');
    const token = linkToken(mail!.text_body)!;
    // The database holds only the hash of the link's token.
    const stored = await db().query<{ token_hash: string }>('SELECT token_hash FROM password_resets');
    expect(stored.rows.map((r) => r.token_hash)).not.toContain(token);

    const confirm = (newPassword: string) =>
      h.app.inject({ method: 'POST', url: '/auth/password-reset/confirm', payload: { token, newPassword } });
    expect((await confirm('1234567890')).statusCode).toBe(422); // policy
    const ok = await confirm('Brand-new-passphrase-7');
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ email: u.email });
    expect((await confirm('Another-passphrase-8')).json().code).toBe('RESET_LINK_INVALID');

    expect((await h.app.inject({ method: 'GET', url: '/auth/me', headers: before.headers })).statusCode).toBe(
      401,
    );
    await signIn(
      h.app,
      { email: u.email, password: 'Brand-new-passphrase-7' },
      { remoteAddress: '10.8.0.1' },
    );

    const actions = await db().query<{ action: string }>(
      `SELECT action FROM audit_log WHERE object_type = 'user' AND object_id = $1 AND action LIKE 'auth.passwordReset%' ORDER BY seq`,
      [String(u.userId)],
    );
    expect(actions.rows.map((r) => r.action)).toEqual(['auth.passwordResetRequest', 'auth.passwordReset']);
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/auth/password-reset',
      payload: { email: 'nobody-here@example.test' },
    });
    expect(res.statusCode).toBe(202);
    expect(await latestMail('nobody-here@example.test')).toBeUndefined();
  });

  it('lets a reset link expire after an hour', async () => {
    const u = await createUser(db());
    await h.app.inject({ method: 'POST', url: '/auth/password-reset', payload: { email: u.email } });
    const token = linkToken((await latestMail(u.email))!.text_body)!;
    h.clock.advance(61 * MINUTE);
    const res = await h.app.inject({
      method: 'POST',
      url: '/auth/password-reset/confirm',
      payload: { token, newPassword: 'Too-late-passphrase-1' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].path).toBe('body.token');
  });

  it('sends at most 3 reset e-mails per account per hour', async () => {
    const u = await createUser(db());
    for (let i = 0; i < 5; i++)
      await h.app.inject({ method: 'POST', url: '/auth/password-reset', payload: { email: u.email } });
    const n = await db().query<{ n: number }>(
      'SELECT count(*)::int8 AS n FROM email_outbox WHERE to_address = $1',
      [u.email],
    );
    expect(n.rows[0]!.n).toBe(3);
  });

  it('forces a user with an administrator-set password to change it before anything else', async () => {
    const u = await createUser(db(), { mustChangePassword: true });
    const s = await signIn(h.app, u);
    const me = await h.app.inject({ method: 'GET', url: '/auth/me', headers: s.headers });
    expect(me.json().user.mustChangePassword).toBe(true);
    const blocked = await h.app.inject({ method: 'GET', url: '/organisations', headers: s.headers });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    const change = await h.app.inject({
      method: 'POST',
      url: '/auth/password',
      headers: s.headers,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'My-own-passphrase-3' },
    });
    expect(change.statusCode).toBe(204);
    expect(
      (await h.app.inject({ method: 'GET', url: '/organisations', headers: s.headers })).statusCode,
    ).toBe(200);
  });
});
