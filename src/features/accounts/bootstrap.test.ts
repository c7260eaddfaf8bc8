import { expect, it } from 'vitest';
import { buildAuthApp, signIn } from '../../../test/support/auth';
import { describeEachEngine, freshDatabase } from '../../../test/support/databases';
import { DEFAULT_ADMIN_EMAIL, ensureBootstrapAdmin } from './bootstrap';

class RecordingLog {
  lines: string[] = [];
  info = (msg: string) => {
    this.lines.push(`INFO ${msg}`);
  };
  warn = (msg: string) => {
    this.lines.push(`WARN ${msg}`);
  };
}

describeEachEngine('bootstrap administrator', (_db, engine) => {
  it('generates a one-time password, prints it once and forces a change at first sign-in', async () => {
    const db = await freshDatabase(engine);
    try {
      const log = new RecordingLog();
      const result = await ensureBootstrapAdmin(db, {}, log);
      expect(result.created).toBe(true);
      if (!result.created) return;
      expect(result.email).toBe(DEFAULT_ADMIN_EMAIL);
      const password = result.generatedPassword!;
      expect(password).toMatch(/^[A-HJ-NP-Za-km-z2-9]{20}$/);
      expect(log.lines.filter((l) => l.includes(password))).toHaveLength(1);

      // A restart creates nobody and prints nothing.
      const again = new RecordingLog();
      expect(await ensureBootstrapAdmin(db, {}, again)).toEqual({
        created: false,
        reason: 'ADMIN_EXISTS',
        email: null,
      });
      expect(again.lines.join('\n')).not.toContain(password);

      const h = await buildAuthApp(db);
      try {
        const s = await signIn(h.app, { email: DEFAULT_ADMIN_EMAIL, password });
        const blocked = await h.app.inject({ method: 'GET', url: '/users', headers: s.headers });
        expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
        const change = await h.app.inject({
          method: 'POST',
          url: '/auth/password',
          headers: s.headers,
          payload: { currentPassword: password, newPassword: 'Operator-chosen-passphrase-1' },
        });
        expect(change.statusCode).toBe(204);
        expect((await h.app.inject({ method: 'GET', url: '/users', headers: s.headers })).statusCode).toBe(
          200,
        );
      } finally {
        await h.app.close();
      }
      const audit = await db.query<{ actor_kind: string; actor_label: string; action: string }>(
        `SELECT actor_kind, actor_label, action FROM audit_log WHERE action = 'user.create'`,
      );
      expect(audit.rows).toEqual([{ actor_kind: 'system', actor_label: 'bootstrap', action: 'user.create' }]);
    } finally {
      await db.close();
    }
  });

  it('creates the administrator from ZHUANHUA_ADMIN_EMAIL / ZHUANHUA_ADMIN_PASSWORD without forcing a change', async () => {
    const db = await freshDatabase(engine);
    try {
      const env = {
        ZHUANHUA_ADMIN_EMAIL: 'Ops@Example.test',
        ZHUANHUA_ADMIN_PASSWORD: 'Configured-passphrase-2',
      };
      const log = new RecordingLog();
      const result = await ensureBootstrapAdmin(db, env, log);
      expect(result).toMatchObject({ created: true, email: 'ops@example.test', generatedPassword: null });
      expect(log.lines.join('\n')).not.toContain('Configured-passphrase-2');
      expect(await ensureBootstrapAdmin(db, env, log)).toMatchObject({
        created: false,
        reason: 'EMAIL_EXISTS',
      });
      const h = await buildAuthApp(db);
      try {
        const s = await signIn(h.app, { email: 'ops@example.test', password: 'Configured-passphrase-2' });
        const me = (await h.app.inject({ method: 'GET', url: '/auth/me', headers: s.headers })).json();
        expect(me.user).toMatchObject({
          isPlatformAdmin: true,
          mustChangePassword: false,
          organisationId: null,
        });
      } finally {
        await h.app.close();
      }
    } finally {
      await db.close();
    }
  });

  it('refuses a configured password that breaks the policy, with the reasons', async () => {
    const db = await freshDatabase(engine);
    try {
      await expect(
        ensureBootstrapAdmin(
          db,
          { ZHUANHUA_ADMIN_EMAIL: 'a@b.test', ZHUANHUA_ADMIN_PASSWORD: 'admin123' },
          new RecordingLog(),
        ),
      ).rejects.toThrow(/at least 10 characters.*至少需要 10 个字符/);
      await expect(
        ensureBootstrapAdmin(db, { ZHUANHUA_ADMIN_PASSWORD: 'Configured-passphrase-2' }, new RecordingLog()),
      ).rejects.toThrow(/without ZHUANHUA_ADMIN_EMAIL/);
      expect((await db.query('SELECT 1 FROM users')).rowCount).toBe(0);
    } finally {
      await db.close();
    }
  });

  it('is safe when several processes start at once', async () => {
    const db = await freshDatabase(engine);
    try {
      const results = await Promise.all(
        [1, 2, 3].map(() => ensureBootstrapAdmin(db, {}, new RecordingLog())),
      );
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect((await db.query('SELECT 1 FROM users WHERE is_platform_admin')).rowCount).toBe(1);
    } finally {
      await db.close();
    }
  });
});
