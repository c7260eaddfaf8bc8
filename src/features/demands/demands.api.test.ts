import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AuthApp,
  bearer,
  buildAuthApp,
  createToken,
  createUser,
  type Session,
  signIn,
} from '../../../test/support/auth';
import { describeEachEngine } from '../../../test/support/databases';
import { authorize } from '../accounts';
import type { Actor } from '../accounts/actor';
import { loadReferenceCatalog } from '../reference';
import { demandsRoutes } from './routes';

export function multipart(fileName: string, content: string | Buffer, type = 'text/csv') {
  const boundary = 'zhuanhuaDemandsBoundary42';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, Buffer.isBuffer(content) ? content : Buffer.from(content), tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Real codes: 宁德时代 and 比亚迪 (published on their business licences). */
const CATL = '91350900587527783P';
const BYD = '91440300192317458F';

const questionnaire = (over: Record<string, unknown> = {}) => ({
  enterpriseName: '宁德时代新能源科技股份有限公司',
  creditCode: CATL,
  regionCode: '3509',
  industryCode: '3841',
  enterpriseSize: 'large',
  title: '提高锂电池正极材料能量密度',
  problem: '我们想把锂电池正极材料的能量密度提高10%，预算50万，希望独占许可',
  currentSolution: '磷酸铁锂正极材料',
  targetIndicators: '能量密度提高10%',
  desiredField: '电化学储能',
  desiredIpc: ['h01m'],
  preferredModes: ['exclusive_licence'],
  budgetMaxFen: 50_000_000,
  timeline: 'within_1_year',
  contactName: '王经理',
  contactPhone: '13812345678',
  visibility: 'public',
  ...over,
});

describeEachEngine('demands API', (db) => {
  let h: AuthApp;
  let catl: Session;
  let catlOrg: number;
  let catlColleague: Session;
  let byd: Session;
  let bydOrg: number;
  let university: Session;
  let universityOrg: number;
  let government: Session;
  let admin: Session;

  beforeAll(async () => {
    const reference = await loadReferenceCatalog(db());
    h = await buildAuthApp(db(), { extra: (app) => demandsRoutes(app, { db: db(), reference }) });
    const catlUser = await createUser(db(), { kind: 'enterprise' });
    catlOrg = catlUser.organisationId!;
    await db().query('UPDATE organisations SET credit_code = $2, name = $3 WHERE id = $1', [
      catlOrg,
      CATL,
      `宁德时代 ${catlOrg}`,
    ]);
    catl = await signIn(h.app, catlUser);
    catlColleague = await signIn(h.app, await createUser(db(), { organisationId: catlOrg }));
    const bydUser = await createUser(db(), { kind: 'enterprise' });
    bydOrg = bydUser.organisationId!;
    byd = await signIn(h.app, bydUser);
    const uni = await createUser(db(), { kind: 'university' });
    universityOrg = uni.organisationId!;
    university = await signIn(h.app, uni);
    government = await signIn(h.app, await createUser(db(), { kind: 'government' }));
    admin = await signIn(h.app, await createUser(db(), { isPlatformAdmin: true }));
  });
  afterAll(() => h.app.close());

  const post = (
    url: string,
    session: Session | null,
    payload: unknown,
    headers: Record<string, string> = {},
  ) =>
    h.app.inject({
      method: 'POST',
      url,
      headers: { ...(session?.headers ?? {}), ...headers },
      payload: payload as object,
    });
  const get = (url: string, session: Session | null, headers: Record<string, string> = {}) =>
    h.app.inject({ method: 'GET', url, headers: { ...(session?.headers ?? {}), ...headers } });
  const create = async (over: Record<string, unknown> = {}, session = catl) => {
    const res = await post('/demands', session, questionnaire(over));
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number } & Record<string, unknown>;
  };

  it('an enterprise files a demand: codes made canonical, names resolved, audited', async () => {
    const d = await create();
    expect(d).toMatchObject({
      organisationId: catlOrg,
      creditCode: CATL,
      industry: { code: 'C3841' },
      region: { code: '3509' },
      desiredIpc: [{ code: 'H01M' }],
      preferredModes: [{ code: 'exclusive_licence', label: { zh: '独占许可' } }],
      state: 'open',
      canEdit: true,
      availableMoves: ['matched', 'negotiating', 'closed'],
      source: 'form',
    });
    expect((d.region as { name: string }).name).toMatch(/宁德/);
    expect((d.desiredIpc as { title: string }[])[0]!.title).toMatch(/电/);
    const audit = await db().query<{ action: string; actor_organisation_id: number }>(
      "SELECT action, actor_organisation_id FROM audit_log WHERE object_type = 'demand' AND object_id = $1",
      [String(d.id)],
    );
    expect(audit.rows).toEqual([{ action: 'demand.create', actor_organisation_id: catlOrg }]);
  });

  it('refusals carry field paths and both languages', async () => {
    const res = await post(
      '/demands',
      catl,
      questionnaire({ creditCode: '91350900587527783Q', budgetMinFen: 60_000_000, preferredModes: [] }),
      { 'accept-language': 'en' },
    );
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const body = res.json() as { errors: { path: string; message: string }[] };
    const paths = body.errors.map((e) => e.path);
    expect(paths).toContain('body.creditCode');
    expect(paths).toContain('body.preferredModes');
    expect(body.errors.find((e) => e.path === 'body.creditCode')!.message).toMatch(/check character/);
    const zh = await post('/demands', catl, questionnaire({ creditCode: '91350900587527783Q' }));
    expect((zh.json() as { errors: { message: string }[] }).errors[0]!.message).toMatch(/校验码/);
  });

  it('codes not in the reference lists are 422 with the field path', async () => {
    const res = await post(
      '/demands',
      catl,
      questionnaire({ regionCode: '3599', industryCode: 'C9999', seiCodes: ['99.9'] }),
    );
    expect(res.statusCode).toBe(422);
    const paths = (res.json() as { errors: { path: string }[] }).errors.map((e) => e.path).sort();
    expect(paths).toEqual(['body.industryCode', 'body.regionCode', 'body.seiCodes.0']);
  });

  it("a valid credit code that is not the enterprise's registered one is refused", async () => {
    const res = await post('/demands', catl, questionnaire({ creditCode: BYD }));
    expect(res.statusCode).toBe(422);
    expect((res.json() as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual([
      'body.creditCode',
    ]);
  });

  describe('who may write (owner vs other organisation vs anonymous)', () => {
    it('filing: anonymous 401, a university 403, a platform administrator 403, a token without demands:write 403', async () => {
      expect((await post('/demands', null, questionnaire())).statusCode).toBe(401);
      const uni = await post('/demands', university, questionnaire());
      expect(uni.statusCode).toBe(403);
      expect(uni.json()).toMatchObject({ code: 'ROLE_NOT_PERMITTED', action: 'demand.create' });
      expect((await post('/demands', admin, questionnaire())).statusCode).toBe(403);
      const readOnly = await createToken(h.app, catl, ['demands:read']);
      const tok = await post('/demands', null, questionnaire(), bearer(readOnly));
      expect(tok.statusCode).toBe(403);
      expect(tok.json()).toMatchObject({ code: 'TOKEN_SCOPE_MISSING' });
      const writer = await createToken(h.app, catl, ['demands:write']);
      expect(
        (await post('/demands', null, questionnaire({ title: '令牌创建的需求' }), bearer(writer))).statusCode,
      ).toBe(201);
    });

    it('a cookie write without the CSRF header is refused', async () => {
      const res = await h.app.inject({
        method: 'POST',
        url: '/demands',
        headers: { cookie: catl.headers.cookie! },
        payload: questionnaire(),
      });
      expect(res.statusCode).toBe(403);
    });

    it('editing, moving and approving: a colleague may, another enterprise and the administration may not', async () => {
      const d = await create({ title: '权限测试需求' });
      const put = (s: Session | null) =>
        h.app.inject({
          method: 'PUT',
          url: `/demands/${d.id}`,
          headers: s?.headers ?? {},
          payload: questionnaire({ title: '权限测试需求（改）' }),
        });
      expect((await put(null)).statusCode).toBe(401);
      const other = await put(byd);
      expect(other.statusCode).toBe(403);
      expect(other.json()).toMatchObject({ code: 'NOT_OWN_ORGANISATION' });
      expect((await put(government)).statusCode).toBe(403);
      expect((await put(university)).statusCode).toBe(403);
      const ok = await put(catlColleague);
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json()).toMatchObject({ title: '权限测试需求（改）' });

      for (const s of [null, byd, government]) {
        expect((await post(`/demands/${d.id}/transitions`, s, { to: 'matched' })).statusCode).toBe(
          s ? 403 : 401,
        );
        expect(
          (await post(`/demands/${d.id}/approvals`, s, { organisationId: universityOrg })).statusCode,
        ).toBe(s ? 403 : 401);
        const del = await h.app.inject({
          method: 'DELETE',
          url: `/demands/${d.id}/approvals/${universityOrg}`,
          headers: s?.headers ?? {},
        });
        expect(del.statusCode).toBe(s ? 403 : 401);
      }
      const before = await db().query('SELECT state FROM demands WHERE id = $1', [d.id]);
      expect(before.rows).toEqual([{ state: 'open' }]);
    });
  });

  describe('visibility of a private demand', () => {
    let privateId: number;
    beforeAll(async () => {
      privateId = (await create({ title: '保密的电池需求', visibility: 'private' })).id;
    });

    it('owner and administration see it; another enterprise, a university and the public do not', async () => {
      expect((await get(`/demands/${privateId}`, catl)).statusCode).toBe(200);
      expect((await get(`/demands/${privateId}`, government)).statusCode).toBe(200);
      for (const s of [byd, university]) {
        const res = await get(`/demands/${privateId}`, s);
        expect(res.statusCode).toBe(403);
        expect(res.json()).toMatchObject({ code: 'NOT_VISIBLE' });
      }
      expect((await get(`/demands/${privateId}`, null)).statusCode).toBe(401);
    });

    it('an approved organisation sees it until the approval is withdrawn; both are audited', async () => {
      const ok = await post(`/demands/${privateId}/approvals`, catl, { organisationId: universityOrg });
      expect(ok.statusCode, ok.body).toBe(200);
      expect((ok.json() as { organisationId: number }[]).map((a) => a.organisationId)).toEqual([
        universityOrg,
      ]);
      const seen = await get(`/demands/${privateId}`, university);
      expect(seen.statusCode).toBe(200);
      expect(seen.json()).toMatchObject({
        canEdit: false,
        availableMoves: [],
        approvedOrganisationIds: null,
      });
      expect((await get(`/demands/${privateId}`, byd)).statusCode).toBe(403);
      const list = await get('/demands?pageSize=100', university);
      expect((list.json() as { items: { id: number }[] }).items.map((i) => i.id)).toContain(privateId);
      expect((await get(`/demands/${privateId}/approvals`, university)).statusCode).toBe(403);
      expect((await get(`/demands/${privateId}/approvals`, government)).statusCode).toBe(200);

      const del = await h.app.inject({
        method: 'DELETE',
        url: `/demands/${privateId}/approvals/${universityOrg}`,
        headers: catl.headers,
      });
      expect(del.statusCode).toBe(200);
      expect(del.json()).toEqual([]);
      expect((await get(`/demands/${privateId}`, university)).statusCode).toBe(403);
      const actions = await db().query<{ action: string }>(
        "SELECT action FROM audit_log WHERE object_type = 'demand' AND object_id = $1 ORDER BY seq",
        [String(privateId)],
      );
      expect(actions.rows.map((r) => r.action)).toEqual(['demand.create', 'demand.approve', 'demand.revoke']);
    });

    it('approving the own enterprise or an unknown organisation is 422', async () => {
      expect(
        (await post(`/demands/${privateId}/approvals`, catl, { organisationId: catlOrg })).statusCode,
      ).toBe(422);
      expect(
        (await post(`/demands/${privateId}/approvals`, catl, { organisationId: 99_999_999 })).statusCode,
      ).toBe(422);
    });

    it('contact details are for signed-in users only', async () => {
      const pub = await create({ title: '公开需求的联系方式' });
      expect((await get(`/demands/${pub.id}`, null)).json()).toMatchObject({ contact: null });
      expect((await get(`/demands/${pub.id}`, byd)).json()).toMatchObject({
        contact: { name: '王经理', phone: '13812345678' },
      });
    });
  });

  it('lists: every actor sees exactly the demands authorize() lets it read (the SQL mirrors the rule)', async () => {
    await create({ title: '比亚迪的公开需求', creditCode: BYD, enterpriseName: '比亚迪' }, byd);
    await create(
      { title: '比亚迪的保密需求', creditCode: BYD, enterpriseName: '比亚迪', visibility: 'private' },
      byd,
    );
    const all = await db().query<{
      id: number;
      organisation_id: number;
      visibility: 'public' | 'private';
      approved: number[];
    }>(
      `SELECT id, organisation_id, visibility,
              ARRAY(SELECT organisation_id FROM demand_approvals a WHERE a.demand_id = d.id) AS approved
         FROM demands d`,
    );
    const actorOf = async (s: Session | null): Promise<Actor> => {
      if (!s) return { kind: 'anonymous' };
      const me = await get('/auth/me', s);
      const u = (
        me.json() as { user: { id: number; organisationId: number | null; organisationKind: string | null } }
      ).user;
      return {
        kind: 'user',
        userId: u.id,
        email: 'x',
        displayName: 'x',
        organisationId: u.organisationId,
        organisationKind: u.organisationKind as 'enterprise',
        role: 'member',
        isPlatformAdmin: false,
        via: 'session',
        credentialId: 0,
        scopes: [],
        mustChangePassword: false,
      };
    };
    for (const s of [null, catl, byd, university, government]) {
      const actor = await actorOf(s);
      const expected = all.rows
        .filter(
          (r) =>
            authorize(actor, 'demand.read', {
              ownerOrganisationId: r.organisation_id,
              visibility: r.visibility,
              approvedOrganisationIds: r.approved,
            }).allowed,
        )
        .map((r) => r.id)
        .sort((a, b) => a - b);
      const res = await get('/demands?pageSize=100', s);
      expect(res.statusCode).toBe(200);
      const body = res.json() as { total: number; items: { id: number }[] };
      expect(body.items.map((i) => i.id).sort((a, b) => a - b)).toEqual(expected);
      expect(body.total).toBe(expected.length);
    }
    const mine = (await get('/demands?scope=mine&pageSize=100', byd)).json() as {
      items: { organisationId: number }[];
    };
    expect(mine.items.length).toBe(2);
    expect(mine.items.every((i) => i.organisationId === bydOrg)).toBe(true);
    expect((await get('/demands?scope=mine', null)).statusCode).toBe(401);
  });

  it('list filters: state, region prefix, industry prefix, mode, words', async () => {
    await create({
      title: '郑州的氢能需求',
      regionCode: '4101',
      industryCode: 'C3849',
      preferredModes: ['transfer'],
      problem: '氢燃料电池双极板',
    });
    const ids = async (qs: string) =>
      (
        (await get(`/demands?pageSize=100&${qs}`, government)).json() as { items: { title: string }[] }
      ).items.map((i) => i.title);
    expect(await ids('regionCode=41')).toEqual(['郑州的氢能需求']);
    expect(await ids('industryCode=C3849')).toEqual(['郑州的氢能需求']);
    expect(await ids('mode=transfer')).toEqual(['郑州的氢能需求']);
    expect(await ids('q=双极板')).toEqual(['郑州的氢能需求']);
    expect(await ids('state=closed')).toEqual([]);
    expect((await get('/demands?regionCode=4', government)).statusCode).toBe(400);
  });

  it('states: open → negotiating → matched → closed (reason required), closed is final, history kept', async () => {
    const d = await create({ title: '状态流转' });
    const move = (body: object) => post(`/demands/${d.id}/transitions`, catl, body);
    expect((await move({ to: 'negotiating', note: '与某大学洽谈' })).statusCode).toBe(200);
    expect((await move({ to: 'negotiating' })).statusCode).toBe(409);
    expect((await move({ to: 'matched' })).statusCode).toBe(200);
    const noReason = await move({ to: 'closed' });
    expect(noReason.statusCode).toBe(422);
    expect((noReason.json() as { errors: { path: string }[] }).errors[0]!.path).toBe('body.reasonCode');
    const otherNoNote = await move({ to: 'closed', reasonCode: 'other' });
    expect((otherNoNote.json() as { errors: { path: string }[] }).errors[0]!.path).toBe('body.note');
    const closed = await move({ to: 'closed', reasonCode: 'licensed', note: '已签独占许可合同' });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({
      state: 'closed',
      availableMoves: [],
      closedReason: { code: 'licensed', note: '已签独占许可合同' },
      transitions: [
        { from: 'open', to: 'negotiating', reason: '与某大学洽谈' },
        { from: 'negotiating', to: 'matched' },
        { from: 'matched', to: 'closed' },
      ],
    });
    const again = await move({ to: 'open' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'CLOSED' });
    const put = await h.app.inject({
      method: 'PUT',
      url: `/demands/${d.id}`,
      headers: catl.headers,
      payload: questionnaire({ title: '状态流转' }),
    });
    expect(put.statusCode).toBe(409);
  });

  it('unknown ids are 404; bad ids 400', async () => {
    expect((await get('/demands/99999999', catl)).statusCode).toBe(404);
    expect((await get('/demands/abc', catl)).statusCode).toBe(400);
  });

  it('the vocabulary and the template describe the questionnaire; the OpenAPI documents the routes', async () => {
    const v = (await get('/demands/vocabulary', null)).json() as {
      modes: { code: string }[];
      sheetColumns: unknown[];
    };
    expect(v.modes.map((m) => m.code)).toContain('open_licence');
    const t = await get('/demands/import-template.csv', null);
    expect(t.headers['content-type']).toMatch(/text\/csv/);
    expect(t.body).toMatch(/^\uFEFF企业名称,统一社会信用代码/);
    const api = (await get('/api/openapi.json', null)).json() as {
      paths: Record<string, Record<string, { tags: string[] }>>;
    };
    for (const p of [
      '/demands',
      '/demands/{id}',
      '/demands/{id}/transitions',
      '/demands/{id}/approvals',
      '/demands/import',
    ])
      expect(Object.keys(api.paths)).toContain(p);
    expect(api.paths['/demands']!.post!.tags).toEqual(['demands']);
  });

  describe('batch import from a sheet', () => {
    const header =
      '企业名称,统一社会信用代码,所在地区,所属行业,企业规模,需求名称,需要解决的技术问题,预期技术指标,IPC分类号,合作方式,预算（万元）,期望完成时间,联系人,联系电话,电子邮箱,是否公开';
    const rows = [
      ',,宁德市,C3841,大型,固态电解质界面稳定性,固态电池电解质与正极界面阻抗高,界面阻抗降低50%,H01M,独占许可、合作开发,100-300,1年内,李工,0593-8901234,,公开',
      ',,3509,3841,大型,电池回收湿法冶金,废旧锂电池有价金属回收率低,镍钴锂回收率≥95%,C22B,专利转让,50,6个月内,张工,,zhang@example.cn,不公开',
      '宁德时代新能源科技股份有限公司,91350900587527783P,,,,快充负极材料,负极析锂导致快充寿命短,4C快充循环2000次,H01M;H01M4/13,普通许可,,,赵工,13900001111,,',
    ];
    let dir: string;
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-demand-import-'));
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
    const upload = (name: string, content: string | Buffer, session: Session | null = catl, qs = '') => {
      const m = multipart(name, content);
      return h.app.inject({
        method: 'POST',
        url: `/demands/import${qs}`,
        headers: { ...(session?.headers ?? {}), ...m.headers },
        payload: m.payload,
      });
    };
    const count = async () =>
      (await db().query<{ n: number }>("SELECT count(*)::int AS n FROM demands WHERE source LIKE 'import:%'"))
        .rows[0]!.n;

    it('anonymous and non-enterprise importers are refused', async () => {
      expect((await upload('d.csv', `${header}\n${rows[0]}`, null)).statusCode).toBe(401);
      expect((await upload('d.csv', `${header}\n${rows[0]}`, university)).statusCode).toBe(403);
    });

    it('a sheet with one bad row writes nothing and names row, column and reason', async () => {
      const bad = rows[1]!.replace('专利转让', '专利租赁').replace('zhang@example.cn', '');
      const res = await upload('bad.csv', [header, rows[0], bad, rows[2]].join('\n'));
      expect(res.statusCode, res.body).toBe(200);
      const r = res.json() as {
        written: boolean;
        rejected: { row: number; field: string; reason: { zh: string } }[];
        rows: { action: string }[];
      };
      expect(r.written).toBe(false);
      expect(r.rows.map((x) => x.action)).toEqual(['create', 'reject', 'create']);
      expect(r.rejected.map((x) => [x.row, x.field])).toEqual([
        [3, '合作方式'],
        [3, '联系电话'],
      ]);
      expect(r.rejected[0]!.reason.zh).toMatch(/专利租赁/);
      expect(await count()).toBe(0);
    });

    it('a good sheet is written; running it again changes nothing; a changed row is updated', async () => {
      const csv = [header, ...rows].join('\n');
      const first = (await upload('demands.csv', csv)).json() as {
        written: boolean;
        created: number;
        rows: { demandId: number; action: string }[];
      };
      expect(first).toMatchObject({ written: true, created: 3, updated: 0, unchanged: 0 });
      expect(await count()).toBe(3);
      const stored = await db().query<{
        region_code: string;
        credit_code: string;
        budget_min_fen: number;
        budget_max_fen: number;
        preferred_modes: string[];
        visibility: string;
        source_row: number;
      }>(
        "SELECT region_code, credit_code, budget_min_fen, budget_max_fen, preferred_modes, visibility, source_row FROM demands WHERE source = 'import:demands.csv' ORDER BY source_row",
      );
      expect(stored.rows[0]).toMatchObject({
        region_code: '3509',
        credit_code: CATL,
        budget_min_fen: 100_000_000,
        budget_max_fen: 300_000_000,
        preferred_modes: ['exclusive_licence', 'joint_development'],
        visibility: 'public',
        source_row: 2,
      });
      expect(stored.rows[1]).toMatchObject({ visibility: 'private', budget_max_fen: 50_000_000 });
      const audits = await db().query<{ n: number }>(
        "SELECT count(*)::int AS n FROM audit_log WHERE action = 'demand.create' AND after->>'source' = 'import:demands.csv'",
      );
      expect(audits.rows[0]!.n).toBe(3);

      const seqBefore = await db().query('SELECT id, change_seq FROM demands ORDER BY id');
      const again = (await upload('demands.csv', csv)).json() as object;
      expect(again).toMatchObject({ written: false, created: 0, updated: 0, unchanged: 3, rejected: [] });
      expect((await db().query('SELECT id, change_seq FROM demands ORDER BY id')).rows).toEqual(
        seqBefore.rows,
      );

      const changed = [header, rows[0], rows[1]!.replace('≥95%', '≥98%'), rows[2]].join('\n');
      const third = (await upload('demands-v2.csv', changed)).json() as { rows: { action: string }[] };
      expect(third).toMatchObject({ written: true, created: 0, updated: 1, unchanged: 2 });
      expect(third.rows.map((r) => r.action)).toEqual(['unchanged', 'update', 'unchanged']);
      expect(await count()).toBe(3);
    });

    it('reads XLSX the same way; a dry run writes nothing', async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('需求');
      ws.addRow(header.split(','));
      ws.addRow(
        ',,宁德市,C3841,大型,钠离子电池正极,钠电正极循环寿命短,循环3000次,H01M,开放许可,20,1年以上,周工,13700001111,,公开'.split(
          ',',
        ),
      );
      const file = path.join(dir, 'demands.xlsx');
      await wb.xlsx.writeFile(file);
      const dry = (
        await upload('demands.xlsx', fs.readFileSync(file), catl, '?dryRun=true')
      ).json() as object;
      expect(dry).toMatchObject({
        format: 'xlsx',
        written: false,
        dryRun: true,
        rows: [{ action: 'create', title: '钠离子电池正极' }],
      });
      const real = (await upload('demands.xlsx', fs.readFileSync(file))).json() as object;
      expect(real).toMatchObject({ written: true, created: 1 });
    });

    it('a duplicate row and a missing required column are reported', async () => {
      const dup = (await upload('dup.csv', [header, rows[0], rows[0]].join('\n'))).json() as {
        written: boolean;
        rejected: { row: number; field: string }[];
      };
      expect(dup.written).toBe(false);
      expect(dup.rejected).toEqual([expect.objectContaining({ row: 3, field: '需求名称' })]);
      const noModes = await upload('nomodes.csv', '需求名称,需要解决的技术问题,联系人\nA,B,C');
      expect(noModes.statusCode).toBe(422);
      expect((noModes.json() as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual([
        'body.file.header.preferredModes',
      ]);
      expect((await upload('empty.csv', '')).statusCode).toBe(422);
    });

    describe('by a service organisation or the IP administration, for enterprises without an account', () => {
      /** Real codes (华为, 小米) of enterprises that have no account here. */
      const HUAWEI = '914403001922038216';
      const XIAOMI = '91110108551385082Q';
      const survey = [
        header,
        `华为技术有限公司,${HUAWEI},深圳市,C3921,大型,基站功放散热,5G基站功放模块散热不足,结温降低15℃,H05K,普通许可、合作开发,200,1年内,陈工,13600001111,,不公开`,
        `小米科技有限责任公司,${XIAOMI},110108,C3922,大型,手机快充发热,快充时机身温升过高,温升不超过8℃,H02J,专利转让,80,6个月内,刘工,13600002222,,公开`,
      ].join('\n');
      let operator: Session;
      let operatorUserId: number;
      let otherOperator: Session;
      let ids: { private: number; public: number };
      beforeAll(async () => {
        const op = await createUser(db(), { kind: 'service_organisation' });
        operatorUserId = op.userId;
        operator = await signIn(h.app, op);
        otherOperator = await signIn(h.app, await createUser(db(), { kind: 'service_organisation' }));
      });

      it('the sheet is written without an owner organisation, audited as the operator; running it again changes nothing', async () => {
        const res = await upload('企业需求调查表.csv', survey, operator);
        expect(res.statusCode, res.body).toBe(200);
        const r = res.json() as { importedFor: string; rows: { demandId: number }[] };
        expect(r).toMatchObject({ importedFor: 'unclaimed', written: true, created: 2, rejected: [] });
        const stored = await db().query<{
          id: number;
          organisation_id: number | null;
          created_by_user_id: number;
          credit_code: string;
          enterprise_name: string;
          visibility: string;
        }>(
          "SELECT id, organisation_id, created_by_user_id, credit_code, enterprise_name, visibility FROM demands WHERE source = 'import:企业需求调查表.csv' ORDER BY source_row",
        );
        expect(
          stored.rows.map((x) => [x.organisation_id, Number(x.created_by_user_id), x.credit_code]),
        ).toEqual([
          [null, operatorUserId, HUAWEI],
          [null, operatorUserId, XIAOMI],
        ]);
        ids = { private: Number(stored.rows[0]!.id), public: Number(stored.rows[1]!.id) };
        const audits = await db().query<{ n: number }>(
          "SELECT count(*)::int AS n FROM audit_log WHERE action = 'demand.create' AND actor_user_id = $1",
          [operatorUserId],
        );
        expect(audits.rows[0]!.n).toBe(2);
        // The same rows again: found by (no owner, credit code, title), left alone.
        const again = (await upload('企业需求调查表.csv', survey, operator)).json() as object;
        expect(again).toMatchObject({ written: false, created: 0, unchanged: 2 });
        // Another operator's copy of the same survey is the same demands (they belong to no organisation).
        const other = (await upload('survey.csv', survey, otherOperator)).json() as object;
        expect(other).toMatchObject({ written: false, unchanged: 2 });
      });

      it('a private one is seen by service organisations and the administration only; nobody edits it', async () => {
        const status = async (id: number, s: Session | null) => (await get(`/demands/${id}`, s)).statusCode;
        expect(await status(ids.private, operator)).toBe(200);
        expect(await status(ids.private, otherOperator)).toBe(200);
        expect(await status(ids.private, government)).toBe(200);
        expect(await status(ids.private, byd)).toBe(403);
        expect(await status(ids.private, university)).toBe(403);
        expect(await status(ids.private, admin)).toBe(403);
        expect(await status(ids.private, null)).toBe(401);
        expect((await get(`/demands/${ids.private}`, byd)).json()).toMatchObject({ code: 'NOT_VISIBLE' });
        for (const s of [null, byd, university, operator]) expect(await status(ids.public, s)).toBe(200);
        const view = (await get(`/demands/${ids.private}`, operator)).json() as object;
        expect(view).toMatchObject({
          organisationId: null,
          enterpriseName: '华为技术有限公司',
          canEdit: false,
        });
        // The list mirrors the rule: the operator's list has both, an enterprise's only the public one.
        const listed = async (s: Session) =>
          ((await get('/demands?pageSize=100', s)).json() as { items: { id: number }[] }).items.map(
            (i) => i.id,
          );
        expect(await listed(otherOperator)).toEqual(expect.arrayContaining([ids.private, ids.public]));
        expect(await listed(government)).toEqual(expect.arrayContaining([ids.private, ids.public]));
        expect(await listed(byd)).toContain(ids.public);
        expect(await listed(byd)).not.toContain(ids.private);
        const put = await h.app.inject({
          method: 'PUT',
          url: `/demands/${ids.public}`,
          headers: operator.headers,
          payload: questionnaire({ creditCode: XIAOMI, enterpriseName: '小米科技有限责任公司' }),
        });
        expect(put.statusCode).toBe(403);
      });

      it('the administration imports too; a university or a platform administrator may not', async () => {
        const gov = await upload(
          'gov.csv',
          [
            header,
            `小米科技有限责任公司,${XIAOMI},110108,,,手机散热均热板,均热板厚度过大,厚度0.3毫米以下,,普通许可,,,刘工,13600002222,,公开`,
          ].join('\n'),
          government,
        );
        expect(gov.json()).toMatchObject({ importedFor: 'unclaimed', written: true, created: 1 });
        for (const s of [university, admin]) {
          const res = await upload('d.csv', survey, s);
          expect(res.statusCode).toBe(403);
          expect(res.json()).toMatchObject({ code: 'ROLE_NOT_PERMITTED', action: 'demand.importForOthers' });
        }
      });

      it('a row must name its enterprise; a credit code registered on the platform is refused: it files its own', async () => {
        const res = await upload(
          'mixed.csv',
          [
            header,
            `宁德时代新能源科技股份有限公司,${CATL},3509,,,钠电池低温性能,低温容量衰减大,零下20℃容量保持80%,,普通许可,,,李工,13600003333,,公开`,
            ',,3509,,,无企业的需求,没有企业名称和代码,指标,,普通许可,,,李工,13600003333,,公开',
          ].join('\n'),
          operator,
        );
        const r = res.json() as {
          written: boolean;
          rejected: { row: number; field: string; reason: { zh: string; en: string } }[];
        };
        expect(r.written).toBe(false);
        expect(r.rejected.filter((x) => x.row === 2)).toEqual([
          expect.objectContaining({ field: '统一社会信用代码' }),
        ]);
        expect(r.rejected.find((x) => x.row === 2)!.reason.zh).toMatch(/已在平台注册.*自行发布/);
        expect(r.rejected.filter((x) => x.row === 3).map((x) => x.field)).toEqual(
          expect.arrayContaining(['企业名称', '统一社会信用代码']),
        );
      });
    });
  });
});
