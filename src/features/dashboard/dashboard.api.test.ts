import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AuthApp, buildAuthApp, createUser, signIn, TestClock } from '../../../test/support/auth';
import { describeEachEngine } from '../../../test/support/databases';
import { dashboardRoutes } from './routes';

describeEachEngine('dashboard: imports per day', (db) => {
  let h: AuthApp;
  // 2025-06-30 10:00 in Beijing.
  const clock = new TestClock(new Date('2025-06-30T02:00:00.000Z'));
  beforeAll(async () => {
    h = await buildAuthApp(db(), {
      clock,
      extra: (app) => dashboardRoutes(app, { db: db(), clock: clock.now }),
    });
    const run = (startedAt: string, accepted: number, rejectedRows: number, created: number) =>
      db().query(
        `INSERT INTO import_runs (file_name, format, status, total_rows, accepted, created, updated, rejected, started_at)
         VALUES ('t.csv', 'csv', 'completed', $1::int, $2::int, $3::int, $2::int - $3::int, $4::jsonb, $5::timestamptz)`,
        [
          accepted + rejectedRows,
          accepted,
          created,
          JSON.stringify(
            Array.from({ length: rejectedRows }, (_, i) => ({ row: i + 2, field: 'x', reason: {} })),
          ),
          startedAt,
        ],
      );
    await run('2025-06-29T15:59:00.000Z', 10, 2, 8); // 23:59 on 29 June in Beijing
    await run('2025-06-29T16:01:00.000Z', 5, 0, 5); // 00:01 on 30 June in Beijing
    await run('2025-06-30T01:00:00.000Z', 3, 1, 0);
    await run('2025-06-20T01:00:00.000Z', 7, 0, 7); // outside a 7-day window
  });
  afterAll(() => h.app.close());

  it('counts runs and rows per China calendar day, zeros on quiet days, for the IP administration', async () => {
    const s = await signIn(h.app, await createUser(db(), { kind: 'government' }));
    const res = await h.app.inject({ method: 'GET', url: '/dashboard/imports?days=7', headers: s.headers });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.from).toBe('2025-06-24');
    expect(body.to).toBe('2025-06-30');
    expect(body.days).toHaveLength(7);
    expect(body.days.slice(-2)).toEqual([
      { date: '2025-06-29', runs: 1, accepted: 10, rejected: 2, created: 8, updated: 2 },
      { date: '2025-06-30', runs: 2, accepted: 8, rejected: 1, created: 5, updated: 3 },
    ]);
    expect(body.days.slice(0, 5).every((d: { runs: number }) => d.runs === 0)).toBe(true);
    expect(body.totals).toEqual({ runs: 3, accepted: 18, rejected: 3, created: 13, updated: 5 });
  });

  it('is open to service organisations and platform administrators', async () => {
    for (const user of [
      await createUser(db(), { kind: 'service_organisation' }),
      await createUser(db(), { isPlatformAdmin: true }),
    ]) {
      const s = await signIn(h.app, user);
      const res = await h.app.inject({ method: 'GET', url: '/dashboard/imports', headers: s.headers });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().days).toHaveLength(90);
    }
  });

  it('refuses the public (401) and a university or bank (403, with the reason)', async () => {
    const anonymous = await h.app.inject({ method: 'GET', url: '/dashboard/imports' });
    expect(anonymous.statusCode).toBe(401);
    for (const kind of ['university', 'bank'] as const) {
      const s = await signIn(h.app, await createUser(db(), { kind }));
      const res = await h.app.inject({ method: 'GET', url: '/dashboard/imports', headers: s.headers });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'ROLE_NOT_PERMITTED', action: 'dashboard.read' });
      expect(res.json().detail).toContain('统计看板');
    }
  });

  it('refuses a window longer than two years with the field named', async () => {
    const s = await signIn(h.app, await createUser(db(), { isPlatformAdmin: true }));
    const res = await h.app.inject({
      method: 'GET',
      url: '/dashboard/imports?days=1000',
      headers: s.headers,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('query.days');
  });
});
