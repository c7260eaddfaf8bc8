import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/databases';
import { createHttpServer, type HttpServer } from '../../platform/http/httpServer';
import { loadReferenceCatalog } from './catalog';
import { referenceRoutes } from './routes';

describeEachEngine('reference API', (db) => {
  let app: HttpServer;
  beforeAll(async () => {
    app = await createHttpServer({ logger: false, version: 'test' });
    const catalog = await loadReferenceCatalog(db());
    await app.register(
      async (api) => {
        await referenceRoutes(api as unknown as HttpServer, { db: db(), catalog });
      },
      { prefix: '/api/v1' },
    );
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers });

  it('GET /reference/ipc/:code: title, ancestors, children (any usual form of the code)', async () => {
    for (const url of [
      '/api/v1/reference/ipc/H04N5%2F222',
      '/api/v1/reference/ipc/h04n%205%2F222',
      '/api/v1/reference/ipc/H04N5/222',
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({
        code: 'H04N5/222',
        level: 'subgroup',
        parent: 'H04N5/00',
        titleMissing: false,
      });
      expect(body.title).toMatch(/^电视演播室线路/);
      expect(body.ancestors.map((a: { code: string }) => a.code)).toEqual(['H', 'H04', 'H04N', 'H04N5/00']);
      expect(body.children.every((c: { code: string }) => c.code.startsWith('H04N5/222'))).toBe(true);
    }
    // IPC 2023.01 moved cameras from H04N5/225 to H04N23: the old code of the sample data is not in 2026.01.
    expect((await get('/api/v1/reference/ipc/H04N5%2F225')).statusCode).toBe(404);
    const subclass = (await get('/api/v1/reference/ipc/H04N')).json();
    expect(subclass.children.slice(0, 3).map((c: { code: string }) => c.code)).toEqual([
      'H04N1/00',
      'H04N3/00',
      'H04N5/00',
    ]);
    // A subgroup's children are the subgroups that extend its number (the source has no dot depth).
    const group = (await get('/api/v1/reference/ipc/G06F16%2F33')).json();
    expect(group.children.map((c: { code: string }) => c.code)).toEqual([
      'G06F16/332',
      'G06F16/334',
      'G06F16/335',
      'G06F16/338',
    ]);
    expect((await get('/api/v1/reference/ipc/G06F16%2F332')).json().ancestors.at(-1).code).toBe('G06F16/33');
  });

  it('GET /reference/ipc/:code refuses garbage with a problem and 404s unknown codes', async () => {
    const bad = await get('/api/v1/reference/ipc/Y02E10%2F50');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.json().errors[0].path).toBe('params.code');
    expect(bad.json().errors[0].message).toMatch(/CPC/);
    const en = await get('/api/v1/reference/ipc/H04N5', { 'accept-language': 'en' });
    expect(en.statusCode).toBe(400);
    expect(en.json().detail).toMatch(/lacks the subgroup/);
    const missing = await get('/api/v1/reference/ipc/H04N5%2F99999');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().detail).toMatch(/H04N5\/99999/);
  });

  it('GET /reference/ipc: sections, children, code prefix and title search, paginated', async () => {
    const top = (await get('/api/v1/reference/ipc')).json();
    expect(top.total).toBe(8);
    expect(top.items.map((i: { code: string }) => i.code)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    const children = (await get('/api/v1/reference/ipc?parent=H04&pageSize=100')).json();
    expect(children.items.every((i: { parent: string }) => i.parent === 'H04')).toBe(true);
    const byCode = (await get('/api/v1/reference/ipc?q=g06f16%2F33&pageSize=5')).json();
    expect(byCode.items[0].code).toBe('G06F16/33');
    expect(byCode.items.every((i: { code: string }) => i.code.startsWith('G06F16/33'))).toBe(true);
    const byTitle = (
      await get(`/api/v1/reference/ipc?q=${encodeURIComponent('电池')}&pageSize=10&page=1`)
    ).json();
    expect(byTitle.total).toBeGreaterThan(10);
    expect(byTitle.items.every((i: { title: string }) => i.title.includes('电池'))).toBe(true);
    const within = (await get(`/api/v1/reference/ipc?q=${encodeURIComponent('电池')}&parent=H01M`)).json();
    expect(within.total).toBeGreaterThan(0);
    expect(within.items.every((i: { code: string }) => i.code.startsWith('H01M'))).toBe(true);
    const page2 = (await get('/api/v1/reference/ipc?parent=H04N5%2F00&pageSize=2&page=2')).json();
    expect(page2).toMatchObject({ page: 2, pageSize: 2 });
    expect(page2.items).toHaveLength(2);
    const bad = await get('/api/v1/reference/ipc?pageSize=500');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('query.pageSize');
    expect((await get('/api/v1/reference/ipc?parent=nonsense')).json().errors[0].path).toBe('query.parent');
  });

  it('GET /reference/industries', async () => {
    const sections = (await get('/api/v1/reference/industries')).json();
    expect(sections.total).toBe(20);
    const c39 = (await get('/api/v1/reference/industries?parent=C39')).json();
    expect(c39.items.map((i: { code: string }) => i.code)).toContain('C391');
    const q = (await get(`/api/v1/reference/industries?q=${encodeURIComponent('稻谷')}`)).json();
    expect(q.items).toEqual([
      { code: 'A0111', name: '稻谷种植', level: 'class', parent: 'A011' },
      { code: 'C1311', name: '稻谷加工', level: 'class', parent: 'C131' },
    ]);
    expect((await get('/api/v1/reference/industries?q=C391')).json().items[0].code).toBe('C391');
    const bad = await get('/api/v1/reference/industries?parent=99');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({
      path: 'query.parent',
      message: '应为行业代码，如 C 或 C39',
    });
  });

  it('GET /reference/regions', async () => {
    const provinces = (await get('/api/v1/reference/regions')).json();
    expect(provinces.total).toBe(31);
    const henan = (await get('/api/v1/reference/regions?parent=41')).json();
    expect(henan.items[0]).toEqual({ code: '4101', name: '郑州市', level: 'city', parent: '41' });
    const zhengzhou = (await get('/api/v1/reference/regions?parent=4101')).json();
    expect(zhengzhou.items.map((i: { name: string }) => i.name)).toContain('金水区');
    expect((await get('/api/v1/reference/regions?parent=4')).statusCode).toBe(400);
  });

  it('GET /reference/sei: the tree', async () => {
    const tree = (await get('/api/v1/reference/sei')).json();
    expect(tree.items).toHaveLength(9);
    expect(tree.items[7]).toMatchObject({ code: '8', name: '数字创意产业' });
    expect(tree.items[7].children.map((c: { code: string }) => c.code)).toEqual(['8.1', '8.2', '8.3', '8.4']);
  });

  it('GET /reference/sei/match: categories with the matching rule', async () => {
    const res = await get('/api/v1/reference/sei/match?ipc=G06F3%2F0416&ipc=H04W4/02,G16H50/20');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.codes).toEqual(['1', '1.2', '1.3', '1.4', '1.5']);
    expect(body.items.map((i: { input: string }) => i.input)).toEqual([
      'G06F3/0416',
      'H04W4/02',
      'G16H50/20',
    ]);
    expect(body.items[0].categories[0]).toMatchObject({
      code: '1.2',
      name: '电子核心产业',
      domain: { code: '1', name: '新一代信息技术产业' },
      hits: [{ pattern: 'G06F3/041', how: 'subdivision', page: 149 }],
    });
    expect(body.items[1].excluded[0]).toMatchObject({
      seiCode: '1.1',
      pattern: 'H04W4*',
      exclusion: 'H04W4/02',
    });
    const single = (await get('/api/v1/reference/sei/match?ipc=A01B1%2F00')).json();
    expect(single.codes).toEqual(['2', '2.1']);
  });

  it('GET /reference/sei/match refuses invalid codes, each with its path', async () => {
    const res = await get('/api/v1/reference/sei/match?ipc=G06F3%2F041&ipc=Y02E10%2F50&ipc=x');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['query.ipc.1', 'query.ipc.2']);
    expect((await get('/api/v1/reference/sei/match')).statusCode).toBe(400);
    const many = Array.from({ length: 51 }, () => 'ipc=H04N5%2F00').join('&');
    expect((await get(`/api/v1/reference/sei/match?${many}`)).json().errors[0].path).toBe('query.ipc');
  });

  it('appears in the OpenAPI document under the reference tag', async () => {
    const doc = (await get('/api/openapi.json')).json();
    const paths = Object.keys(doc.paths).filter((p) => p.startsWith('/api/v1/reference'));
    expect(paths.sort()).toEqual([
      '/api/v1/reference/industries',
      '/api/v1/reference/ipc',
      '/api/v1/reference/ipc/{code}',
      '/api/v1/reference/regions',
      '/api/v1/reference/sei',
      '/api/v1/reference/sei/match',
    ]);
    expect(doc.paths['/api/v1/reference/sei/match'].get.tags).toEqual(['reference']);
  });
});
