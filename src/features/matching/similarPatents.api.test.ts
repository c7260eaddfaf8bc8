import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase } from '../../../test/support/databases';
import { type MatchingPlatform, openMatchingPlatform } from './testPlatform';

/**
 * GET /patents/:id/similar on the real small catalogue (testPlatform.ts: the 61-column export, the CNKI
 * university sample and the battery titles of cn-titles-ipc.csv): hybrid with the stored embeddings, and
 * lexical-only without the model.
 */

interface Reason {
  kind: 'concepts' | 'semantic' | 'ipc';
  text: { zh: string; en: string };
  patent: string[];
  similar: string[];
}
interface Similar {
  patentId: number;
  mode: 'hybrid' | 'lexical';
  modeMessage: { zh: string; en: string };
  terms: string[];
  items: {
    rank: number;
    patent: {
      id: number;
      title: string;
      applicationNumber: string | null;
      publicationNumber: string | null;
      mainIpc: string | null;
      legalStatus: string;
      legalStatusLabel: { zh: string; en: string };
    };
    score: number;
    text: { similarity: number | null; denseRank: number | null; bm25Rank: number | null };
    sameSubclass: string | null;
    reasons: Reason[];
  }[];
}
interface PatentDetail {
  id: number;
  title: string;
  abstract: string | null;
  firstClaim: string | null;
  ipcCodes: string[];
  applicationNumber: string | null;
}

/** 一种二元高镍单晶正极材料及其制备方法 (CN114068912A, H01M): a battery cathode title of the sample. */
const CATHODE = 'CN114068912A';

async function patentId(m: MatchingPlatform, publicationNumber: string): Promise<number> {
  const r = await m.runtime.db.query<{ id: number }>('SELECT id FROM patents WHERE publication_number = $1', [
    publicationNumber,
  ]);
  const id = r.rows[0]?.id;
  if (id === undefined) throw new Error(`${publicationNumber} is not in the test catalogue`);
  return Number(id);
}

async function similar(m: MatchingPlatform, id: number | string, qs = ''): Promise<Similar> {
  const res = await m.app.inject({ method: 'GET', url: `/api/v1/patents/${id}/similar${qs}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Similar;
}

async function detail(m: MatchingPlatform, id: number): Promise<PatentDetail> {
  const res = await m.app.inject({ method: 'GET', url: `/api/v1/patents/${id}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as PatentDetail;
}

/** Every string a reason cites occurs in that patent: its title, abstract, first claim or IPC codes. */
function assertGrounded(reason: Reason, patent: PatentDetail, other: PatentDetail) {
  const within = (s: string, p: PatentDetail) =>
    p.ipcCodes.includes(s) ||
    [p.title, p.abstract ?? '', p.firstClaim ?? ''].some((t) =>
      t.normalize('NFKC').toLowerCase().includes(s.normalize('NFKC').toLowerCase()),
    );
  expect(reason.patent.length, reason.text.zh).toBeGreaterThan(0);
  expect(reason.similar.length, reason.text.zh).toBeGreaterThan(0);
  for (const s of reason.patent) expect(within(s, patent), `"${s}" of ${reason.text.zh}`).toBe(true);
  for (const s of reason.similar) expect(within(s, other), `"${s}" of ${reason.text.zh}`).toBe(true);
  expect(reason.text.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(reason.text.en).toMatch(/[A-Za-z]/);
}

for (const engine of ENGINES) {
  describe(`similar patents, hybrid [${engine}]`, () => {
    let m: MatchingPlatform;
    beforeAll(async () => {
      m = await openMatchingPlatform(await freshDatabase(engine));
      // Everything embedded up front, as the background job would.
      while ((await m.runtime.matching.index.embedPending({ max: 256 })) > 0) {}
    });
    afterAll(() => m?.close());

    it('a battery cathode patent finds other cathode and battery patents, in H01M, by its stored embedding', async () => {
      const id = await patentId(m, CATHODE);
      const embedded = m.runtime.matching.index.store.vectorCount;
      const r = await similar(m, id);
      // Nothing was embedded for the request: the patent's stored vector was used.
      expect(m.runtime.matching.index.store.vectorCount).toBe(embedded);
      expect(r.patentId).toBe(id);
      expect(r.mode).toBe('hybrid');
      expect(r.modeMessage.zh).toMatch(/混合检索/);
      expect(r.items).toHaveLength(8);
      expect(r.items.map((i) => i.patent.id)).not.toContain(id);
      expect(r.items.map((i) => i.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(r.items.map((i) => i.score)).toEqual([...r.items.map((i) => i.score)].sort((a, b) => b - a));
      for (const i of r.items) {
        expect(i.score).toBeGreaterThan(0);
        expect(i.score).toBeLessThanOrEqual(1);
      }
      // Subject matter: cathode materials and batteries, classified in H01M like the patent.
      expect(r.items.filter((i) => /正极/.test(i.patent.title)).length).toBeGreaterThanOrEqual(4);
      expect(
        r.items.filter((i) => /正极|电池|锂|电极|负极/.test(i.patent.title)).length,
      ).toBeGreaterThanOrEqual(6);
      expect(r.items[0]!.patent.title).toMatch(/正极材料/);
      expect(r.items.filter((i) => i.sameSubclass === 'H01M').length).toBeGreaterThanOrEqual(6);
      // Both rankings took part.
      expect(r.items.some((i) => i.text.denseRank !== null && i.text.similarity !== null)).toBe(true);
      expect(r.items.some((i) => i.text.bm25Rank !== null)).toBe(true);
      // Each item says why, and the reasons cite only what both patents say.
      const me = await detail(m, id);
      const kinds = new Set<string>();
      for (const i of r.items) {
        expect(i.reasons.length, i.patent.title).toBeGreaterThan(0);
        const other = await detail(m, i.patent.id);
        expect(i.patent).toMatchObject({ title: other.title, applicationNumber: other.applicationNumber });
        for (const reason of i.reasons) {
          assertGrounded(reason, me, other);
          kinds.add(reason.kind);
        }
      }
      expect([...kinds]).toEqual(expect.arrayContaining(['concepts', 'ipc']));
      const ipc = r.items.flatMap((i) => i.reasons).find((x) => x.kind === 'ipc')!;
      // The subclass with its Chinese title (up to its first semicolon, at most 40 characters).
      const h01m = m.runtime.reference.ipcTitle('H01M')!;
      expect(ipc.text.zh).toContain(`H01M（${[...h01m.split('；')[0]!].slice(0, 20).join('')}`);
      const concepts = r.items.flatMap((i) => i.reasons).find((x) => x.kind === 'concepts')!;
      expect(concepts.text.zh).toMatch(/正极材料/);
      // Words naming the kind of claim (…及其制备方法) are not shown as shared concepts.
      for (const c of r.items.flatMap((i) => i.reasons).filter((x) => x.kind === 'concepts'))
        expect(c.patent).not.toContain('制备方法');
    });

    it('the patent itself is never listed, nor another record of its application', async () => {
      const rows = await m.runtime.db.query<{ id: number; application_number: string | null }>(
        'SELECT id, application_number FROM patents ORDER BY id LIMIT 25',
      );
      for (const row of rows.rows) {
        const r = await similar(m, row.id, '?limit=20');
        const ids = r.items.map((i) => i.patent.id);
        expect(ids).not.toContain(Number(row.id));
        expect(new Set(ids).size).toBe(ids.length);
        if (row.application_number)
          expect(r.items.map((i) => i.patent.applicationNumber)).not.toContain(row.application_number);
      }
    });

    it('limit: default 8, at most 20; out of bounds is a 400 naming the field; an unknown patent is a 404', async () => {
      const id = await patentId(m, CATHODE);
      expect((await similar(m, id, '?limit=20')).items).toHaveLength(20);
      expect((await similar(m, id, '?limit=1')).items).toHaveLength(1);
      for (const limit of ['0', '21', 'many', '2.5']) {
        const res = await m.app.inject({
          method: 'GET',
          url: `/api/v1/patents/${id}/similar?limit=${limit}`,
        });
        expect(res.statusCode, `limit=${limit}`).toBe(400);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect((res.json() as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain(
          'query.limit',
        );
      }
      const unknown = await m.app.inject({ method: 'GET', url: '/api/v1/patents/987654321/similar' });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.headers['content-type']).toContain('application/problem+json');
      expect(unknown.json()).toMatchObject({ status: 404, detail: expect.stringContaining('987654321') });
      const bad = await m.app.inject({ method: 'GET', url: '/api/v1/patents/abc/similar' });
      expect(bad.statusCode).toBe(400);
    });

    it('the OpenAPI documents the route, and the open-licence declaration route the patent page reads', async () => {
      const doc = (await m.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
        paths: Record<string, { get?: { parameters?: { name: string; in: string }[] } }>;
      };
      const route = doc.paths['/api/v1/patents/{id}/similar'];
      expect(route?.get?.parameters?.map((p) => `${p.in}.${p.name}`)).toEqual(
        expect.arrayContaining(['path.id', 'query.limit']),
      );
      expect(Object.keys(doc.paths)).toContain('/api/v1/open-licence/patents/{id}/declaration');
    });
  });
}

describe('similar patents without the model: lexical-only, and says so', () => {
  let m: MatchingPlatform;
  beforeAll(async () => {
    m = await openMatchingPlatform(await freshDatabase('pglite'), { embedder: null });
  });
  afterAll(() => m?.close());

  it('ranks by BM25 over the title and abstract, with shared concepts and the IPC subclass as reasons', async () => {
    const id = await patentId(m, CATHODE);
    const r = await similar(m, id);
    expect(r.mode).toBe('lexical');
    expect(r.modeMessage.zh).toMatch(/仅关键词/);
    expect(r.modeMessage.en).toMatch(/Keyword matching only|Keyword retrieval only/);
    expect(r.items.length).toBe(8);
    expect(r.items.map((i) => i.patent.id)).not.toContain(id);
    expect(r.items.filter((i) => /正极/.test(i.patent.title)).length).toBeGreaterThanOrEqual(4);
    for (const i of r.items) {
      expect(i.text.similarity).toBeNull();
      expect(i.text.denseRank).toBeNull();
      expect(i.reasons.map((x) => x.kind)).not.toContain('semantic');
      expect(i.reasons.length).toBeGreaterThan(0);
    }
  });
});
