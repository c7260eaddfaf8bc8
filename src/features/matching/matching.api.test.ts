import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../test/support/auth';
import { ENGINES, freshDatabase } from '../../../test/support/databases';
import { MODE_LABEL } from '../demands';
import { LEGAL_STATUS_LABEL, type LegalStatus } from '../patents/legalStatus';
import type { MatchReason } from './explain';
import { type MatchingPlatform, openMatchingPlatform } from './testPlatform';

/** 宁德时代 (real credit code). */
const CATL = '91350900587527783P';
const SME_TEXT = '我们想把锂电池正极材料的能量密度提高10%，预算50万，希望独占许可';

const demandBody = (over: Record<string, unknown> = {}) => ({
  enterpriseName: '宁德时代新能源科技股份有限公司',
  creditCode: CATL,
  regionCode: '3509',
  industryCode: 'C3841',
  title: '提高锂电池正极材料能量密度',
  problem: SME_TEXT,
  targetIndicators: '正极材料能量密度提高10%',
  preferredModes: ['exclusive_licence'],
  budgetMaxFen: 50_000_000,
  contactName: '王经理',
  contactPhone: '13812345678',
  visibility: 'public',
  ...over,
});

interface Item {
  rank: number;
  patent: { id: number; title: string };
  score: number;
  breakdown: { total: number; contributions: Record<string, number> };
  text: { similarity: number | null; denseRank: number | null };
  openLicence: { terms: { zh: string } } | null;
  reasons: MatchReason[];
  demoted: boolean;
  signals: Signals;
}
interface Signals {
  ipc: { subclass: string | null; title: string | null };
  sei: { code: string | null; name: string | null };
}
interface Matches {
  mode: string;
  items: Item[];
  predicted: { subclass: string }[];
  stored: boolean;
  rankingMs: number;
}

interface PatentDetail {
  title: string;
  abstract: string | null;
  firstClaim: string | null;
  ipcCodes: string[];
  sei: { code: string }[];
  industries: { code: string }[];
  legalStatus: LegalStatus;
  patentees: string[];
  applicants: string[];
  trl: number | null;
  region: { provinceName: string | null; cityName: string | null } | null;
}

interface DemandDetail {
  title: string;
  problem: string;
  currentSolution: string;
  targetIndicators: string;
  desiredField: string;
  enterpriseName: string;
  region: { name: string } | null;
  desiredIpc: { code: string }[];
  sei: { code: string }[];
  industry: { code: string } | null;
  preferredModes: { code: keyof typeof MODE_LABEL }[];
  minTrl: number | null;
  budgetMaxFen: number | null;
}

/**
 * The explainability rule: every string a reason cites for the demand occurs in the demand (its texts, or the
 * label of one of its coded fields), and every string it cites for the patent occurs in the patent — read back
 * independently through the public detail endpoints.
 */
function assertGrounded(
  reason: MatchReason,
  demand: { texts: string[]; labels: Set<string> },
  patent: { texts: string[]; labels: Set<string> },
) {
  const inside = (s: string, side: { texts: string[]; labels: Set<string> }) =>
    side.labels.has(s) ||
    side.texts.some((t) => t.normalize('NFKC').toLowerCase().includes(s.normalize('NFKC').toLowerCase()));
  expect(reason.demand.length, `${reason.kind}: ${reason.text.zh}`).toBeGreaterThan(0);
  expect(reason.patent.length, `${reason.kind}: ${reason.text.zh}`).toBeGreaterThan(0);
  for (const s of reason.demand)
    expect(inside(s, demand), `demand side "${s}" of ${reason.kind}: ${reason.text.zh}`).toBe(true);
  for (const s of reason.patent)
    expect(inside(s, patent), `patent side "${s}" of ${reason.kind}: ${reason.text.zh}`).toBe(true);
  if (reason.kind === 'concepts')
    for (const s of reason.demand) {
      expect(demand.texts.join('\n')).toContain(s);
      expect(patent.texts.join('\n')).toContain(s);
    }
  expect(reason.text.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(reason.text.en).toMatch(/[A-Za-z]/);
}

function demandSide(d: DemandDetail, extraTexts: string[] = []) {
  const labels = new Set<string>([
    d.enterpriseName,
    ...(d.region ? [d.region.name] : []),
    ...d.desiredIpc.map((i) => i.code),
    ...d.sei.map((s) => s.code),
    ...(d.industry ? [d.industry.code] : []),
    ...d.preferredModes.map((m) => MODE_LABEL[m.code].zh),
    ...(d.minTrl ? [`TRL ${d.minTrl}`] : []),
    // The budget field as reasons name it (whole 万元 in these tests).
    ...(d.budgetMaxFen !== null ? [`预算上限 ${d.budgetMaxFen / 1_000_000}万元`] : []),
  ]);
  return {
    texts: [d.title, d.problem, d.currentSolution, d.targetIndicators, d.desiredField, ...extraTexts],
    labels,
  };
}

function patentSide(p: PatentDetail, openLicenceTerms: string | null) {
  const region = p.region ? [p.region.provinceName, p.region.cityName].filter(Boolean).join('') : null;
  const labels = new Set<string>([
    ...p.ipcCodes,
    ...p.sei.map((s) => s.code),
    ...p.industries.map((i) => i.code),
    LEGAL_STATUS_LABEL[p.legalStatus].zh,
    ...p.patentees,
    ...p.applicants,
    ...(p.trl ? [`TRL ${p.trl}`] : []),
    ...(openLicenceTerms ? ['开放许可', openLicenceTerms] : []),
  ]);
  return { texts: [p.title, p.abstract ?? '', p.firstClaim ?? '', region ?? ''], labels };
}

for (const engine of ENGINES) {
  describe(`matching API, hybrid [${engine}]`, () => {
    let m: MatchingPlatform;
    let catl: Record<string, string>;
    let byd: Record<string, string>;
    let university: Record<string, string>;
    let universityOrg: number;
    let government: Record<string, string>;
    let demandId: number;

    const api = (
      method: 'GET' | 'POST' | 'PUT',
      url: string,
      headers: Record<string, string> = {},
      payload?: unknown,
    ) =>
      m.app.inject({
        method,
        url: `/api/v1${url}`,
        headers,
        ...(payload === undefined ? {} : { payload: payload as object }),
      });

    beforeAll(async () => {
      const db = await freshDatabase(engine);
      m = await openMatchingPlatform(db);
      // Everything embedded up front, as the background job would (the test does not wait on a timer).
      while ((await m.runtime.matching.index.embedPending({ max: 256 })) > 0) {}
      const catlUser = await createUser(db, { kind: 'enterprise' });
      await db.query('UPDATE organisations SET credit_code = $2 WHERE id = $1', [
        catlUser.organisationId,
        CATL,
      ]);
      catl = await m.login(catlUser);
      byd = await m.login(await createUser(db, { kind: 'enterprise' }));
      const uni = await createUser(db, { kind: 'university' });
      universityOrg = uni.organisationId!;
      university = await m.login(uni);
      government = await m.login(await createUser(db, { kind: 'government' }));
      const res = await api('POST', '/demands', catl, demandBody());
      expect(res.statusCode, res.body).toBe(201);
      demandId = (res.json() as { id: number }).id;
    });
    afterAll(() => m?.close());

    const matchesOf = async (id: number, headers = catl, qs = '') => {
      const res = await api('GET', `/demands/${id}/matches${qs}`, headers);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as Matches;
    };

    it('the status says hybrid, with every patent embedded', async () => {
      const s = (await api('GET', '/matching/status')).json() as Record<string, unknown>;
      expect(s).toMatchObject({ mode: 'hybrid', reason: null, model: 'bge-small-zh-v1.5', pending: 0 });
      expect(s.embedded).toBe(s.patents);
      expect((s.message as { zh: string }).zh).toMatch(/混合匹配/);
    });

    it('the SME’s demand gets battery-cathode patents first, with a score breakdown, and the list is stored', async () => {
      const r = await matchesOf(demandId);
      expect(r.mode).toBe('hybrid');
      expect(r.predicted[0]!.subclass).toBe('H01M');
      expect(r.items.length).toBe(20);
      for (const i of r.items.slice(0, 5)) expect(i.patent.title).toMatch(/正极|电池|锂/);
      for (const i of r.items) {
        const sum = Object.values(i.breakdown.contributions).reduce((a, b) => a + b, 0);
        expect(Math.abs(sum - i.breakdown.total)).toBeLessThan(1e-3);
        expect(Math.abs(i.score - i.breakdown.total)).toBeLessThan(1e-3);
      }
      expect(r.items.map((i) => i.score)).toEqual([...r.items.map((i) => i.score)].sort((a, b) => b - a));
      expect(r.items[0]!.reasons.map((x) => x.kind)).toEqual(
        expect.arrayContaining(['concepts', 'ipc', 'legal']),
      );
      // The names of the coded signals come with the match (the page does not look them up).
      const ref = m.runtime.reference;
      expect(r.items[0]!.signals.ipc.title).toMatch(/[\u4e00-\u9fff]/);
      for (const i of r.items) {
        const { ipc, sei } = i.signals;
        expect(ipc.title).toBe(ipc.subclass ? ref.ipcTitle(ipc.subclass) : null);
        expect(sei.name).toBe(sei.code ? ref.seiName(sei.code) : null);
      }
      expect(r.stored).toBe(true);
      const stored = await m.runtime.db.query<{ patent_id: number; rank: number }>(
        'SELECT patent_id, rank FROM demand_matches WHERE demand_id = $1 ORDER BY rank',
        [demandId],
      );
      expect(stored.rows.map((x) => x.patent_id)).toEqual(r.items.map((i) => i.patent.id));
    });

    it('explainability: every reason of every match refers to something real in both records', async () => {
      const published = (
        await m.runtime.db.query<{ id: number }>(
          "SELECT id FROM patents WHERE title LIKE '%正极材料%' ORDER BY id LIMIT 1",
        )
      ).rows[0]!.id;
      await publishOpenLicence(m, published);
      const other = await api(
        'POST',
        '/demands',
        catl,
        demandBody({
          title: '储能电池负极与电解液',
          problem: '寻找锂离子电池负极材料和电解液技术，可接受开放许可或普通许可',
          preferredModes: ['open_licence', 'ordinary_licence'],
          desiredIpc: ['H01M'],
          minTrl: 3,
        }),
      );
      const otherId = (other.json() as { id: number }).id;
      let checked = 0;
      const seenKinds = new Set<string>();
      for (const id of [demandId, otherId]) {
        const d = (await api('GET', `/demands/${id}`, catl)).json() as DemandDetail;
        const r = await matchesOf(id, catl, '?limit=60');
        for (const item of r.items) {
          const p = (await api('GET', `/patents/${item.patent.id}`)).json() as PatentDetail;
          for (const reason of item.reasons) {
            assertGrounded(reason, demandSide(d), patentSide(p, item.openLicence?.terms.zh ?? null));
            seenKinds.add(reason.kind);
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(200);
      expect([...seenKinds]).toEqual(
        expect.arrayContaining(['concepts', 'semantic', 'ipc', 'legal', 'openLicence']),
      );
    });

    it('explainability of reverse matching: every reason of every demand found for a patent refers to something real in both records', async () => {
      // Patents to look from: the demands' own matches, and patents whose title says 装置 (a word of the H01M
      // title that no demand here uses: reverse matching ranks by the patent's words).
      const terms = new Map<number, string | null>();
      for (const i of (await matchesOf(demandId, catl, '?limit=100')).items)
        terms.set(i.patent.id, i.openLicence?.terms.zh ?? null);
      const devices = await m.runtime.db.query<{ id: number }>(
        "SELECT id FROM patents WHERE title LIKE '%装置%' AND title ~ '电池|正极|负极|电解' ORDER BY id LIMIT 10",
      );
      expect(devices.rows.length).toBeGreaterThan(0);
      const patentIds = [...new Set([...[...terms.keys()].slice(0, 25), ...devices.rows.map((r) => r.id)])];
      const demands = new Map<number, DemandDetail>();
      let checked = 0;
      let ipcOnDevices = 0;
      const seenKinds = new Set<string>();
      for (const pid of patentIds) {
        const res = await api('GET', `/patents/${pid}/matching-demands`, catl);
        expect(res.statusCode, res.body).toBe(200);
        const found = res.json() as {
          items: { demand: { id: number }; reasons: MatchReason[]; signals: Signals }[];
        };
        const p = (await api('GET', `/patents/${pid}`)).json() as PatentDetail;
        for (const item of found.items) {
          const { ipc, sei } = item.signals;
          expect(ipc.title).toBe(ipc.subclass ? m.runtime.reference.ipcTitle(ipc.subclass) : null);
          expect(sei.name).toBe(sei.code ? m.runtime.reference.seiName(sei.code) : null);
          let d = demands.get(item.demand.id);
          if (!d) {
            d = (await api('GET', `/demands/${item.demand.id}`, catl)).json() as DemandDetail;
            demands.set(item.demand.id, d);
          }
          for (const reason of item.reasons) {
            assertGrounded(reason, demandSide(d), patentSide(p, terms.get(pid) ?? null));
            seenKinds.add(reason.kind);
            if (reason.kind === 'ipc' && p.title.includes('装置')) ipcOnDevices++;
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(50);
      expect(ipcOnDevices).toBeGreaterThan(0);
      expect([...seenKinds]).toEqual(expect.arrayContaining(['concepts', 'ipc', 'legal']));
    });

    it('an open licence is shown with its terms; for an exclusive-only demand it is a caution citing Law Art. 51(3)', async () => {
      const r = await matchesOf(demandId, catl, '?limit=100');
      const open = r.items.find((i) => i.openLicence);
      expect(open, 'the published patent is among the matches').toBeDefined();
      const reason = open!.reasons.find((x) => x.kind === 'openLicence')!;
      expect(reason.caution).toBe(true);
      expect(reason.text.zh).toMatch(/专利法第五十一条第三款/);
      expect(reason.text.en).toMatch(/Art\. 51\(3\)/);
      expect(reason.text.zh).toMatch(/一次性付费/);
      expect(open!.breakdown.contributions.licence).toBe(0);
    });

    it('free text as the SME types it: exclusive licence and 50 万 budget read out, anonymous allowed', async () => {
      const res = await api('POST', '/matching/query', {}, { text: SME_TEXT });
      expect(res.statusCode, res.body).toBe(200);
      const r = res.json() as Matches & {
        hints: { modes: { code: string; words: string }[]; budget: { maxFen: number } };
      };
      expect(r.hints.modes).toEqual([
        expect.objectContaining({ code: 'exclusive_licence', words: '独占许可' }),
      ]);
      expect(r.hints.budget.maxFen).toBe(50_000_000);
      expect(r.items[0]!.patent.title).toMatch(/正极|电池|锂/);
      for (const i of r.items) {
        const p = (await api('GET', `/patents/${i.patent.id}`)).json() as PatentDetail;
        for (const reason of i.reasons)
          assertGrounded(
            reason,
            { texts: [SME_TEXT], labels: new Set() },
            patentSide(p, i.openLicence?.terms.zh ?? null),
          );
      }
      const bad = await api('POST', '/matching/query', { 'accept-language': 'en' }, { text: '' });
      expect(bad.statusCode).toBe(400);
      expect((bad.json() as { errors: { path: string }[] }).errors[0]!.path).toBe('body.text');
    });

    it('feedback: not relevant demotes, relevant moves the demand to matched, contacted is kept; audited', async () => {
      const before = await matchesOf(demandId);
      const top = before.items[0]!.patent.id;
      const second = before.items[1]!.patent.id;
      const fb = (patentId: number, body: object, headers = catl) =>
        api('POST', `/demands/${demandId}/matches/${patentId}/feedback`, headers, body);
      const nr = await fb(top, { relevance: 'not_relevant' });
      expect(nr.statusCode, nr.body).toBe(200);
      expect(nr.json()).toMatchObject({ relevance: 'not_relevant', rankSeen: 1, demandMatched: false });
      const after = await matchesOf(demandId);
      expect(after.items[0]!.patent.id).not.toBe(top);
      const demoted = after.items.find((i) => i.patent.id === top);
      if (demoted) {
        expect(demoted.demoted).toBe(true);
        expect(after.items.at(-1)!.patent.id).toBe(top);
      }
      const rel = await fb(second, { relevance: 'relevant', contacted: true });
      expect(rel.json()).toMatchObject({ relevance: 'relevant', contacted: true, demandMatched: true });
      const d = (await api('GET', `/demands/${demandId}`, catl)).json() as {
        state: string;
        transitions: {
          byPlatform: boolean;
          reason: string | null;
          reasonCode: string | null;
          reasonLabel: { zh: string; en: string } | null;
        }[];
      };
      expect(d.state).toBe('matched');
      // The platform's move carries a code with its label in both languages, not English words.
      expect(d.transitions.at(-1)).toMatchObject({
        byPlatform: true,
        reason: 'relevant_match',
        reasonCode: 'relevant_match',
        reasonLabel: { zh: expect.stringMatching(/标记为相关/), en: expect.stringMatching(/relevant/) },
      });
      const keep = await fb(second, { relevance: null });
      expect(keep.json()).toMatchObject({ relevance: null, contacted: true });
      const audit = await m.runtime.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM audit_log WHERE action = 'match.feedback' AND object_id = $1",
        [String(demandId)],
      );
      expect(audit.rows[0]!.n).toBe(3);
    });

    it('feedback permissions: anonymous 401, a reader of a public demand may, a private demand’s outsider may not', async () => {
      const pid = (await matchesOf(demandId)).items[0]!.patent.id;
      expect(
        (await api('POST', `/demands/${demandId}/matches/${pid}/feedback`, {}, { relevance: 'relevant' }))
          .statusCode,
      ).toBe(401);
      const uni = await api('POST', `/demands/${demandId}/matches/${pid}/feedback`, university, {
        contacted: true,
      });
      expect(uni.statusCode).toBe(200);
      const priv = (
        await api(
          'POST',
          '/demands',
          catl,
          demandBody({ title: '保密需求：高镍正极', visibility: 'private' }),
        )
      ).json() as { id: number };
      const refused = await api('POST', `/demands/${priv.id}/matches/${pid}/feedback`, byd, {
        relevance: 'relevant',
      });
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'NOT_VISIBLE' });
      expect((await api('GET', `/demands/${priv.id}/matches`, byd)).statusCode).toBe(403);
      expect((await api('GET', `/demands/${priv.id}/matches`)).statusCode).toBe(401);
      expect(
        (await api('POST', `/demands/${demandId}/matches/99999999/feedback`, catl, { relevance: 'relevant' }))
          .statusCode,
      ).toBe(404);
      expect((await api('POST', `/demands/${demandId}/matches/${pid}/feedback`, catl, {})).statusCode).toBe(
        400,
      );
    });

    it('the evaluation gives precision by score band, for the administration only', async () => {
      expect((await api('GET', '/matching/evaluation', catl)).statusCode).toBe(403);
      const res = await api('GET', '/matching/evaluation', government);
      expect(res.statusCode).toBe(200);
      const e = res.json() as {
        verdicts: number;
        relevant: number;
        notRelevant: number;
        byScore: { precision: number | null; relevant: number; notRelevant: number }[];
      };
      expect(e.notRelevant).toBe(1);
      expect(e.byScore.reduce((s, b) => s + b.relevant + b.notRelevant, 0)).toBe(e.relevant + e.notRelevant);
    });

    it('reverse matching: a patent finds the demand and its enterprise; private demands only for those who may read them', async () => {
      const pid = (await matchesOf(demandId)).items[0]!.patent.id;
      const priv = (
        await api(
          'POST',
          '/demands',
          catl,
          demandBody({ title: '保密需求：正极材料能量密度', visibility: 'private' }),
        )
      ).json() as { id: number };
      const as = async (headers: Record<string, string>) => {
        const res = await api('GET', `/patents/${pid}/matching-demands`, headers);
        expect(res.statusCode, res.body).toBe(200);
        return res.json() as {
          items: { demand: { id: number }; reasons: MatchReason[] }[];
          enterprises: { name: string }[];
        };
      };
      const pub = await as({});
      expect(pub.items.map((i) => i.demand.id)).toContain(demandId);
      expect(pub.items.map((i) => i.demand.id)).not.toContain(priv.id);
      expect(pub.enterprises[0]!.name).toBe('宁德时代新能源科技股份有限公司');
      expect(pub.items[0]!.reasons.length).toBeGreaterThan(0);
      expect((await as(university)).items.map((i) => i.demand.id)).not.toContain(priv.id);
      expect((await as(catl)).items.map((i) => i.demand.id)).toContain(priv.id);
      expect((await as(government)).items.map((i) => i.demand.id)).toContain(priv.id);
      await api('POST', `/demands/${priv.id}/approvals`, catl, { organisationId: universityOrg });
      expect((await as(university)).items.map((i) => i.demand.id)).toContain(priv.id);
      expect((await api('GET', '/patents/99999999/matching-demands')).statusCode).toBe(404);
    });

    it('the OpenAPI documents the matching routes', async () => {
      const doc = (await m.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
        paths: Record<string, unknown>;
      };
      for (const p of [
        '/api/v1/matching/status',
        '/api/v1/matching/query',
        '/api/v1/demands/{id}/matches',
        '/api/v1/patents/{id}/matching-demands',
        '/api/v1/demands/{id}/matches/{patentId}/feedback',
        '/api/v1/matching/evaluation',
      ])
        expect(Object.keys(doc.paths)).toContain(p);
    });
  });
}

/** A published open licence (one-time fee of 5 万元) straight in the pool table, as the open-licence flow leaves it. */
export async function publishOpenLicence(m: MatchingPlatform, patentId: number): Promise<void> {
  await m.runtime.db.query(
    `INSERT INTO open_licence_declarations (patent_id, state, patentees, payment_terms, payment_mode, fixed_fee_fen,
       term_start, term_end, published_on)
     VALUES ($1, 'published', ARRAY['测试大学'], '{"mode":"one_time","amountFen":5000000}'::jsonb, 'one_time', 5000000,
       '2025-01-01', '2027-12-31', '2025-01-01')`,
    [patentId],
  );
}
