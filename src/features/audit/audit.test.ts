import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AuthApp, buildAuthApp, createUser, type Session, signIn } from '../../../test/support/auth';
import { describeEachEngine } from '../../../test/support/databases';
import { recordAudit, systemActor } from './recordAudit';
import { auditFilterQuery } from './routes';
import { verifyAuditChain } from './service';

describeEachEngine('audit log', (db) => {
  let h: AuthApp;
  let gov: Session;
  let patentee: Session;
  let patenteeOrg: number;
  beforeAll(async () => {
    h = await buildAuthApp(db());
    gov = await signIn(h.app, await createUser(db(), { kind: 'government' }));
    const p = await createUser(db(), { kind: 'university' });
    patenteeOrg = p.organisationId!;
    patentee = await signIn(h.app, p);
  });
  afterAll(() => h.app.close());

  const system = systemActor('test');

  it('writes with the transaction: a rolled-back write leaves no entry and no gap', async () => {
    const before = await db().query<{ n: number }>('SELECT coalesce(max(seq), 0)::int8 AS n FROM audit_log');
    await expect(
      db().transaction(async (tx) => {
        await recordAudit(tx, { actor: system, action: 'probe.write', objectType: 'probe', objectId: 1 });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const receipt = await db().transaction((tx) =>
      recordAudit(tx, { actor: system, action: 'probe.write', objectType: 'probe', objectId: 2 }),
    );
    expect(receipt.seq).toBe(before.rows[0]!.n + 1);
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it('round-trips awkward values so the chain still verifies', async () => {
    await db().transaction((tx) =>
      recordAudit(tx, {
        actor: system,
        action: 'probe.values',
        objectType: 'probe',
        objectId: 'CN114081026A',
        before: {
          fee: 123456789012,
          ratio: 0.1,
          big: 1e21,
          tiny: 1.5e-7,
          when: new Date('2025-01-01T00:00:00Z'),
        },
        after: {
          名称: '一种基于"深度学习"的\n方法',
          nul: 'a\u0000b',
          list: [null, true, { z: 1, a: [] }],
          skip: undefined,
        },
      }),
    );
    const v = await verifyAuditChain(db());
    expect(v).toMatchObject({ ok: true, firstBreak: null });
    expect(v.checked).toBe(v.lastSeq);
  });

  it('keeps a valid chain under concurrent writers', async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        db().transaction(async (tx) => {
          await tx.query('SELECT pg_sleep(0.005)');
          await recordAudit(tx, {
            actor: system,
            action: 'probe.parallel',
            objectType: 'probe',
            objectId: i,
          });
        }),
      ),
    );
    const v = await verifyAuditChain(db());
    expect(v.ok).toBe(true);
    const n = await db().query<{ n: number }>(
      `SELECT count(*)::int8 AS n FROM audit_log WHERE action = 'probe.parallel'`,
    );
    expect(n.rows[0]!.n).toBe(12);
  });

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(db().query(`UPDATE audit_log SET action = 'x' WHERE seq = 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(db().query('DELETE FROM audit_log WHERE seq = 1')).rejects.toThrow(/append-only/);
    await expect(db().query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    expect((await db().query('SELECT 1 FROM audit_log WHERE seq = 1')).rowCount).toBe(1);
  });

  it('detects an edited row, a row re-hashed after an edit, and a removed row', async () => {
    const target = 2;
    const original = (
      await db().query<Record<string, unknown>>('SELECT * FROM audit_log WHERE seq = $1', [target])
    ).rows[0]!;
    // Tampering as someone with owner rights on the table could: switch the trigger off.
    const run = async (sql: string, params: unknown[] = []) => {
      await db().transaction(async (tx) => {
        await tx.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
        await tx.query(sql, params);
        await tx.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
      });
    };

    await run(`UPDATE audit_log SET after = '{"forged": true}' WHERE seq = $1`, [target]);
    expect((await verifyAuditChain(db())).firstBreak).toEqual({ seq: target, reason: 'HASH_MISMATCH' });
    const viaHttp = await h.app.inject({ method: 'GET', url: '/audit/verify', headers: gov.headers });
    expect(viaHttp.json()).toMatchObject({
      ok: false,
      lastSeq: target - 1,
      firstBreak: { seq: target, reason: 'HASH_MISMATCH' },
    });

    await run(`UPDATE audit_log SET hash = repeat('a', 64) WHERE seq = $1`, [target]);
    expect((await verifyAuditChain(db())).firstBreak).toEqual({ seq: target, reason: 'HASH_MISMATCH' });

    await run('DELETE FROM audit_log WHERE seq = $1', [target]);
    expect((await verifyAuditChain(db())).firstBreak).toEqual({
      seq: target + 1,
      reason: 'SEQUENCE_GAP',
      expectedSeq: target,
    });

    // Put the original row back: the chain verifies again.
    const cols = Object.keys(original);
    await run(
      `INSERT INTO audit_log (${cols.join(', ')}) VALUES (${cols.map((c, i) => (c === 'before' || c === 'after' ? `$${i + 1}::jsonb` : `$${i + 1}`)).join(', ')})`,
      cols.map((c) =>
        (c === 'before' || c === 'after') && original[c] !== null ? JSON.stringify(original[c]) : original[c],
      ),
    );
    expect((await verifyAuditChain(db())).ok).toBe(true);
    expect(
      (await h.app.inject({ method: 'GET', url: '/audit/verify', headers: gov.headers })).json().ok,
    ).toBe(true);
  });

  it('lets the IP administration search the log with filters and pages', async () => {
    // An entry of a user write, made through the API.
    await h.app.inject({
      method: 'POST',
      url: '/tokens',
      headers: patentee.headers,
      payload: { name: 'n', scopes: ['catalogue:read'] },
    });
    const get = (qs: string) => h.app.inject({ method: 'GET', url: `/audit?${qs}`, headers: gov.headers });

    const byAction = await get('action=token.create');
    expect(byAction.statusCode).toBe(200);
    expect(byAction.json().items.every((i: { action: string }) => i.action === 'token.create')).toBe(true);
    const item = byAction.json().items[0];
    expect(item.actor).toMatchObject({ kind: 'user', organisationId: patenteeOrg, via: 'session' });

    expect((await get(`organisationId=${patenteeOrg}&action=token.create`)).json().total).toBe(1);
    expect((await get(`actorUserId=${item.actor.userId}`)).json().total).toBeGreaterThanOrEqual(2); // sign-in + token
    expect(
      (await get('objectType=probe&q=cn1140')).json().items.map((i: { objectId: string }) => i.objectId),
    ).toEqual(['CN114081026A']);
    expect((await get('q=%25')).json().total).toBe(0); // % is literal, not a wildcard
    const byActor = await get(`actor=${encodeURIComponent(item.actor.label.toUpperCase())}`);
    expect(
      byActor.json().items.every((i: { actor: { label: string } }) => i.actor.label === item.actor.label),
    ).toBe(true);
    expect(byActor.json().total).toBeGreaterThanOrEqual(2);
    expect((await get('actor=_')).json().total).toBe(0); // _ is literal too
    const vocabulary = await h.app.inject({ method: 'GET', url: '/audit/vocabulary', headers: gov.headers });
    expect(vocabulary.json().actions).toEqual(expect.arrayContaining(['auth.signIn', 'token.create']));
    expect(vocabulary.json().objectTypes).toEqual(expect.arrayContaining(['apiToken', 'probe']));

    const paged = await get('objectType=probe&action=probe.parallel&pageSize=5&page=3');
    expect(paged.json()).toMatchObject({ total: 12, page: 3, pageSize: 5 });
    expect(paged.json().items).toHaveLength(2);

    const day = h.clock.current.toISOString().slice(0, 10);
    expect((await get(`from=2000-01-01&to=2000-12-31`)).json().total).toBe(0);
    const inRange = await get(`from=${day}&to=${day}&action=token.create`);
    expect(inRange.statusCode).toBe(200);
    const bad = auditFilterQuery.safeParse({ from: 'yesterday', to: '2025-02-30T25:00:00+08:00' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['from', 'to']);
    expect(bad.error?.issues[0]?.message).toMatch(/^应为日期 .* \| Expected a date/);
    expect(auditFilterQuery.safeParse({ from: '2025-06-01', to: '2025-06-01T10:00:00+08:00' }).success).toBe(
      true,
    );
  });

  it('refuses the log to everyone but the IP administration and platform administrators', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/audit' })).statusCode).toBe(401);
    const res = await h.app.inject({ method: 'GET', url: '/audit', headers: patentee.headers });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'ROLE_NOT_PERMITTED', action: 'audit.read' });
    for (const url of ['/audit/export.csv', '/audit/vocabulary', '/audit/verify'])
      expect((await h.app.inject({ method: 'GET', url, headers: patentee.headers })).statusCode, url).toBe(
        403,
      );
    const pa = await signIn(h.app, await createUser(db(), { isPlatformAdmin: true }));
    expect(
      (await h.app.inject({ method: 'GET', url: '/audit/verify', headers: pa.headers })).statusCode,
    ).toBe(200);
  });

  it('exports CSV for Excel: UTF-8 with BOM, one line per entry, formulas neutralised', async () => {
    await db().transaction((tx) =>
      recordAudit(tx, {
        actor: system,
        action: 'probe.csv',
        objectType: 'probe',
        objectId: '=1+1',
        after: { 名称: '郑州大学, 北校区' },
      }),
    );
    const res = await h.app.inject({
      method: 'GET',
      url: '/audit/export.csv?objectType=probe',
      headers: gov.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="audit-\d{8}\.csv"$/);
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'seq,at,actor_kind,actor_user_id,actor_label,actor_organisation_id,via,credential_id,ip,request_id,action,object_type,object_id,before,after,hash',
    );
    const probes = await db().query<{ n: number }>(
      `SELECT count(*)::int8 AS n FROM audit_log WHERE object_type = 'probe'`,
    );
    expect(lines).toHaveLength(probes.rows[0]!.n + 1);
    const last = lines[lines.length - 1]!;
    expect(last).toContain(",probe.csv,probe,'=1+1,");
    expect(last).toContain('"{""名称"":""郑州大学, 北校区""}"');
  });
});
