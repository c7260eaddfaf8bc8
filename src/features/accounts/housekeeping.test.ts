import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AuthApp, buildAuthApp, createUser, signIn } from '../../../test/support/auth';
import { describeEachEngine } from '../../../test/support/databases';
import { purgeExpiredCredentials } from './housekeeping';

const DAY = 86_400_000;

describeEachEngine('purging spent credentials', (db) => {
  let h: AuthApp;
  beforeAll(async () => {
    h = await buildAuthApp(db());
  });
  afterAll(() => h.app.close());

  it('removes sessions, reset links and sign-in counters only once they are long spent', async () => {
    const u = await createUser(db());
    const live = await signIn(h.app, u);
    await h.app.inject({ method: 'POST', url: '/auth/password-reset', payload: { email: u.email } });
    await h.app.inject({
      method: 'POST',
      url: '/auth/login',
      remoteAddress: '10.30.0.1',
      payload: { email: u.email, password: 'wrong-password-z' },
    });
    const count = async (table: string) =>
      (await db().query<{ n: number }>(`SELECT count(*)::int8 AS n FROM ${table}`)).rows[0]!.n;
    const before = { sessions: await count('sessions'), resets: await count('password_resets') };
    expect(before.sessions).toBeGreaterThan(0);

    // Counters: the sign-in's IP (refunded to 0), the failure's IP and the account.
    expect(await count('sign_in_throttles')).toBe(3);
    // Nothing is spent yet: the session is live, the link valid, the failure within its window.
    expect(await purgeExpiredCredentials(db(), h.clock.now())).toEqual({
      sessions: 0,
      passwordResets: 0,
      throttles: 0,
    });
    expect((await h.app.inject({ method: 'GET', url: '/auth/me', headers: live.headers })).statusCode).toBe(
      200,
    );

    const later = new Date(h.clock.current.getTime() + 31 * DAY);
    const report = await purgeExpiredCredentials(db(), later);
    expect(report).toEqual({ sessions: before.sessions, passwordResets: before.resets, throttles: 3 });
    expect(await count('sessions')).toBe(0);
    expect(await count('sign_in_throttles')).toBe(0);
  });
});
