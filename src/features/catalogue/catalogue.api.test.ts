import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../test/support/auth';
import { ENGINES } from '../../../test/support/databases';
import { startTestPlatform, type TestPlatform } from '../../../test/support/platform';

interface SearchBody {
  total: number;
  exactMatch: boolean;
  relaxed: boolean;
  terms: string[];
  items: {
    id: number;
    title: string;
    titleHighlight: string;
    snippet: string;
    type: string;
    filingDate: string | null;
    applicationNumber: string | null;
  }[];
  facets: Record<string, { value: string; label: string; count: number }[]>;
}

for (const engine of ENGINES) {
  describe(`catalogue API on the real sample catalogue [${engine}]`, () => {
    let p: TestPlatform;
    beforeAll(async () => {
      p = await startTestPlatform(engine, { seedSamples: true });
    });
    afterAll(async () => {
      await p?.close();
    });
    const get = (url: string, headers: Record<string, string> = {}) =>
      p.app.inject({ method: 'GET', url, headers });
    const search = async (qs: string) => {
      const res = await get(`/api/v1/patents/search?${qs}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as SearchBody;
    };

    it('indexed every seeded patent', async () => {
      const count = await p.runtime.db.query<{ n: number }>('SELECT count(*)::int AS n FROM patents');
      expect(count.rows[0]!.n).toBeGreaterThan(7_800);
      expect(p.runtime.catalogue.size).toBe(count.rows[0]!.n);
    });

    it('ranks the real UAV inspection patent first for 无人机巡检 and highlights the terms', async () => {
      const r = await search(`q=${encodeURIComponent('无人机巡检')}`);
      expect(r.items[0]!.title).toBe('无人机巡检系统');
      expect(r.items[0]!.titleHighlight).toContain('<mark>');
      for (const item of r.items) expect(item.title).toMatch(/无人机|巡检/);
      expect(r.terms).toEqual(expect.arrayContaining(['无人机']));
    });

    it('finds 无人机 inside longer words through search-mode segmentation and counts facets over the whole result', async () => {
      const r = await search(`q=${encodeURIComponent('无人')}&pageSize=5`);
      expect(r.total).toBeGreaterThan(30);
      expect(r.items).toHaveLength(5);
      const typeSum = r.facets.type!.reduce((n, f) => n + f.count, 0);
      expect(typeSum).toBe(r.total);
      expect(r.facets.type!.map((f) => f.label)).toEqual(expect.arrayContaining(['实用新型']));
    });

    it('filters by facet (OR within, AND across) and agrees with the facet counts', async () => {
      const all = await search(`q=${encodeURIComponent('装置')}`);
      const um = all.facets.type!.find((f) => f.value === 'utility_model')!;
      const filtered = await search(`q=${encodeURIComponent('装置')}&type=utility_model`);
      expect(filtered.total).toBe(um.count);
      const both = await search(`q=${encodeURIComponent('装置')}&type=utility_model&type=invention`);
      expect(both.total).toBe(all.total);
      const section = all.facets.ipcSection!.find((f) => f.value === 'B')!;
      expect(section.label).toMatch(/^B /);
      const across = await search(`q=${encodeURIComponent('装置')}&type=utility_model&ipcSection=B`);
      expect(across.total).toBeLessThanOrEqual(Math.min(um.count, section.count));
      expect(across.total).toBeGreaterThan(0);
    });

    it('lists the province of the 61-column export with its name and filters by it', async () => {
      const r = await search('pageSize=1');
      const henan = r.facets.province!.find((f) => f.value === '41')!;
      expect(henan.label).toMatch(/河南/);
      const only = await search('province=41&pageSize=50');
      expect(only.total).toBe(henan.count);
      expect(only.total).toBeGreaterThanOrEqual(10);
    });

    it('sorts by filing date, newest first, patents without a date last', async () => {
      const r = await search(`q=${encodeURIComponent('无人机')}&sort=-filingDate&pageSize=50`);
      const dates = r.items.map((i) => i.filingDate).filter((d): d is string => d !== null);
      expect(dates.length).toBeGreaterThan(0);
      expect([...dates].sort().reverse()).toEqual(dates);
      const firstNull = r.items.findIndex((i) => i.filingDate === null);
      if (firstNull >= 0) expect(r.items.slice(firstNull).every((i) => i.filingDate === null)).toBe(true);
    });

    it('paginates without overlap', async () => {
      const a = await search(`q=${encodeURIComponent('系统')}&page=1&pageSize=10`);
      const b = await search(`q=${encodeURIComponent('系统')}&page=2&pageSize=10`);
      expect(a.total).toBe(b.total);
      const ids = new Set(a.items.map((i) => i.id));
      expect(b.items.some((i) => ids.has(i.id))).toBe(false);
    });

    it('looks up a patent by any number form', async () => {
      for (const form of ['CN202122975192.6', 'ZL202122975192.6', '2021229751926', 'CN216774847U']) {
        const r = await search(`q=${encodeURIComponent(form)}`);
        expect(r.exactMatch, form).toBe(true);
        expect(r.items[0]!.applicationNumber).toBe('202122975192.6');
      }
      const detail = await get(`/api/v1/patents/lookup?number=${encodeURIComponent('ZL 202122975192.6')}`);
      expect(detail.statusCode).toBe(200);
      expect(detail.json()).toMatchObject({
        title: '一种可拍照便携式实时语音播报端测摄像头',
        expiryDate: '2031-11-29',
        region: { provinceName: '河南省' },
      });
      const missing = await get('/api/v1/patents/lookup?number=CN202199999999.5');
      expect(missing.statusCode).toBe(404);
      expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    });

    it('answers a bad query with problem+json naming the field, in Chinese by default and English on request', async () => {
      const zh = await get('/api/v1/patents/search?pageSize=1000&sort=cheapest');
      expect(zh.statusCode).toBe(400);
      expect(zh.headers['content-type']).toMatch(/application\/problem\+json/);
      const body = zh.json() as { errors: { path: string; message: string }[] };
      expect(body.errors.map((e) => e.path).sort()).toEqual(['query.pageSize', 'query.sort']);
      expect(body.errors.find((e) => e.path === 'query.pageSize')!.message).toMatch(/不得大于 100/);
      const en = await get('/api/v1/patents/search?pageSize=0', { 'accept-language': 'en' });
      expect((en.json() as { errors: { message: string }[] }).errors[0]!.message).toMatch(/at least 1/);
    });

    it('serves reads with an ETag and answers 304 when nothing changed', async () => {
      const first = await get('/api/v1/patents/search?q=%E6%97%A0%E4%BA%BA%E6%9C%BA');
      const etag = first.headers.etag as string;
      expect(etag).toBeTruthy();
      const again = await get('/api/v1/patents/search?q=%E6%97%A0%E4%BA%BA%E6%9C%BA', {
        'if-none-match': etag,
      });
      expect(again.statusCode).toBe(304);
    });

    it('shows the detail with IPC titles, SEI categories and owning organisation', async () => {
      const id = (await search(`q=${encodeURIComponent('CN115883397B')}`)).items[0]!.id;
      const d = (await get(`/api/v1/patents/${id}`)).json() as Record<string, unknown> & {
        ipc: { subclass: { title: string | null } }[];
        organisations: { name: string; kind: string }[];
      };
      expect(d).toMatchObject({ type: 'invention', legalStatus: 'in_force', grantNumber: 'CN115883397B' });
      expect(d.ipc[0]!.subclass.title).toBeTruthy();
      expect(d.organisations).toEqual([
        expect.objectContaining({ name: '中科大数据研究院', kind: 'institute' }),
      ]);
    });

    it('lets the patentee tag its patent, refuses strangers, and the index sees the tags at once', async () => {
      const id = (await search(`q=${encodeURIComponent('CN202122975192.6')}`)).items[0]!.id;
      const orgId = (
        await p.runtime.db.query<{ id: number }>(
          "SELECT id FROM organisations WHERE name = '中科大数据研究院'",
        )
      ).rows[0]!.id;
      const anonymous = await p.app.inject({
        method: 'PATCH',
        url: `/api/v1/patents/${id}/tags`,
        payload: { trl: 6 },
      });
      expect(anonymous.statusCode).toBe(401);
      const stranger = await createUser(p.runtime.db, { kind: 'university' });
      const s1 = await signInPrefixed(p, stranger);
      const refused = await p.app.inject({
        method: 'PATCH',
        url: `/api/v1/patents/${id}/tags`,
        payload: { trl: 6 },
        headers: s1.headers,
      });
      expect(refused.statusCode).toBe(403);
      const owner = await createUser(p.runtime.db, { organisationId: orgId });
      const s2 = await signInPrefixed(p, owner);
      const ok = await p.app.inject({
        method: 'PATCH',
        url: `/api/v1/patents/${id}/tags`,
        payload: { trl: 6, industryCodes: ['C3971'], technicalEffects: ['便携'] },
        headers: s2.headers,
      });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json()).toMatchObject({
        trl: 6,
        technicalEffects: ['便携'],
        industries: [{ code: expect.stringMatching(/3971$/) }],
      });
      const byTrl = await search('trl=6');
      expect(byTrl.items.map((i) => i.id)).toContain(id);
      const audit = await p.runtime.db.query<{ action: string }>(
        "SELECT action FROM audit_log WHERE object_type = 'patent' AND object_id = $1",
        [String(id)],
      );
      expect(audit.rows.map((r) => r.action)).toContain('patent.tag');
      const bad = await p.app.inject({
        method: 'PATCH',
        url: `/api/v1/patents/${id}/tags`,
        payload: { trl: 10, industryCodes: ['ZZ'] },
        headers: s2.headers,
      });
      expect(bad.statusCode).toBe(400);
    });
  });
}

async function signInPrefixed(p: TestPlatform, user: { email: string; password: string }) {
  const res = await p.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: user.email, password: user.password },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const session = res.cookies.find((c) => c.name === 'zh_session')!.value;
  const csrf = res.cookies.find((c) => c.name === 'zh_csrf')!.value;
  return { headers: { cookie: `zh_session=${session}; zh_csrf=${csrf}`, 'x-csrf-token': csrf } };
}
