import { describe, expect, it } from 'vitest';
import { evaluateFeedback } from './evaluation';
import { type ExplainDemand, type ExplainPatent, explainMatch, sharedConcepts } from './explain';
import type { RankedMatch } from './matcher';
import { amountToFen, queryHints } from './queryHints';
import { combine, signalValues } from './signals';

describe('shared concepts: query terms found verbatim in both texts, neighbours joined', () => {
  it.each([
    {
      name: '正极 + 材料 joined where both texts have 正极材料',
      terms: ['正极', '材料', '能量', '密度'],
      demand: ['提高锂电池正极材料的能量密度'],
      patent: ['一种高振实密度锂离子正极材料加工装置'],
      out: ['正极材料', '密度'],
    },
    {
      name: 'not joined when the patent has the words apart',
      terms: ['正极', '材料'],
      demand: ['正极材料'],
      patent: ['正极片及其材料'],
      out: ['正极', '材料'],
    },
    {
      name: 'a term only one side has is left out',
      terms: ['无人机', '巡检', '图像'],
      demand: ['无人机巡检图像识别'],
      patent: ['无人机巡检系统'],
      out: ['无人机巡检'],
    },
    {
      name: 'single characters and numbers are not concepts',
      terms: ['锂', '10%', '电池'],
      demand: ['锂电池提高10%'],
      patent: ['锂电池 10%'],
      out: ['电池'],
    },
  ])('$name', ({ terms, demand, patent, out }) => {
    expect(sharedConcepts(terms, demand, patent)).toEqual(out);
  });
});

const demand: ExplainDemand = {
  texts: ['提高锂电池正极材料能量密度', '我们想把锂电池正极材料的能量密度提高10%'],
  title: '提高锂电池正极材料能量密度',
  enterpriseName: '宁德时代新能源科技股份有限公司',
  region: { code: '3509', name: '福建省宁德市' },
  desiredIpc: [],
  seiCodes: ['6.3'],
  industryCode: 'C3841',
  minTrl: 5,
  modes: ['exclusive_licence'],
  modeWords: { exclusive_licence: '独占许可' },
  budget: { maxFen: 50_000_000, words: '预算50万' },
};

const patent = (over: Partial<ExplainPatent> = {}): ExplainPatent => ({
  title: '一种高能量密度锂电池正极材料及其制备方法',
  abstract: null,
  firstClaim: null,
  ipcCodes: ['H01M4/525'],
  seiCodes: ['6.3'],
  industryCodes: ['C3841'],
  trl: 6,
  legalStatus: 'in_force',
  owners: ['某某大学'],
  region: { code: '35', name: '福建省' },
  openLicence: null,
  ...over,
});

const labels = {
  ipcTitle: (c: string) => (c === 'H01M' ? '用于直接转变化学能为电能的方法或装置，例如电池组' : null),
  seiName: (c: string) => (c === '6.3' ? '新能源汽车相关设施制造' : null),
  industryName: (c: string) => (c === 'C3841' ? '锂离子电池制造' : null),
};

function ranked(p: ExplainPatent, open: boolean, modes = demand.modes): RankedMatch {
  const wants = { region: '3509', industry: 'C3841', sei: ['6.3'], desiredIpc: [], minTrl: 5, modes };
  const facts = {
    key: 1,
    seq: 1,
    subclasses: ['H01M'],
    sei: p.seiCodes,
    legalStatus: p.legalStatus,
    region: p.region?.code ?? null,
    trl: p.trl,
    industries: p.industryCodes,
    organisations: [],
    textHash: 0,
  };
  const signals = signalValues(wants, facts, new Map([['H01M', 0.6]]), open);
  return {
    key: 1,
    score: 0,
    text: { value: 0.8, bm25Rank: 1, bm25Score: 10, denseRank: 1, similarity: 0.72 },
    signals,
    breakdown: combine(0.8, signals, wants),
    demoted: false,
  };
}

const predicted = [
  { subclass: 'H01M', probability: 0.6, sources: { dense: 0, lexical: 0, centroid: 0 }, voters: [] },
];
const terms = ['锂电池', '正极', '材料', '能量', '密度'];

describe('reasons', () => {
  it('name what they rest on in both records; province-level region; readiness; legal status for the wanted mode', () => {
    const p = patent();
    const reasons = explainMatch(ranked(p, false), terms, predicted, demand, p, labels);
    const kinds = reasons.map((r) => r.kind);
    expect(kinds).toEqual([
      'concepts',
      'semantic',
      'ipc',
      'sei',
      'industry',
      'legal',
      'ownerRegion',
      'readiness',
    ]);
    const by = Object.fromEntries(reasons.map((r) => [r.kind, r]));
    expect(by.concepts!.demand).toEqual(['锂电池正极材料', '能量密度']);
    expect(by.ipc!.text.zh).toMatch(/H01M（用于直接转变化学能为电能的方法或装置/);
    expect(by.ipc!.patent).toEqual(['H01M4/525']);
    expect(by.ownerRegion!.text.zh).toMatch(/某某大学（福建省），与需求方（福建省宁德市）同省/);
    expect(by.legal!.demand).toEqual(['独占许可']);
    expect(by.readiness!.caution).toBe(false);
    for (const r of reasons) {
      expect(r.demand.length).toBeGreaterThan(0);
      expect(r.patent.length).toBeGreaterThan(0);
    }
  });

  it('an open licence against an exclusive-only demand is a caution citing Patent Law Art. 51(3), worth nothing', () => {
    const p = patent({
      openLicence: {
        terms: { zh: '一次性付费：人民币 50,000 元', en: 'One-time fee: CNY 50,000' },
        termEnd: '2027-12-31',
        fixedFeeFen: 5_000_000,
      },
    });
    const m = ranked(p, true);
    const r = explainMatch(m, terms, predicted, demand, p, labels).find((x) => x.kind === 'openLicence')!;
    expect(r.caution).toBe(true);
    expect(r.text.zh).toMatch(/专利法第五十一条第三款/);
    expect(m.breakdown.contributions.licence).toBe(0);
  });

  it('an open licence for a demand that accepts ordinary licences fits, and the fee is set against the budget', () => {
    const modes = ['ordinary_licence'] as const;
    const d = { ...demand, modes: [...modes], modeWords: { ordinary_licence: '普通许可' } };
    const within = patent({
      openLicence: {
        terms: { zh: '一次性付费：人民币 50,000 元', en: 'x' },
        termEnd: '2027-12-31',
        fixedFeeFen: 5_000_000,
      },
    });
    const r1 = explainMatch(ranked(within, true, [...modes]), terms, predicted, d, within, labels).find(
      (x) => x.kind === 'openLicence',
    )!;
    expect(r1).toMatchObject({ caution: false, demand: ['普通许可', '预算50万'] });
    expect(r1.text.zh).toMatch(/专利法第五十一条第一款.*在需求预算（预算50万）以内/);
    const above = patent({
      openLicence: {
        terms: { zh: '一次性付费：人民币 800,000 元', en: 'x' },
        termEnd: '2027-12-31',
        fixedFeeFen: 80_000_000,
      },
    });
    const r2 = explainMatch(ranked(above, true, [...modes]), terms, predicted, d, above, labels).find(
      (x) => x.kind === 'openLicence',
    )!;
    expect(r2.caution).toBe(true);
    expect(r2.text.zh).toMatch(/超出需求预算/);
  });

  it('reverse matching (the patent’s words as terms): the IPC evidence cites only words the demand says too', () => {
    const p = patent({ title: '一种锂电池正极材料的加工装置' });
    // The patent's words: 装置 is in the H01M title but not in the demand.
    const patentTerms = ['锂电池', '正极', '材料', '加工', '装置'];
    const ipc = explainMatch(ranked(p, false), patentTerms, predicted, demand, p, labels).find(
      (r) => r.kind === 'ipc',
    )!;
    expect(ipc.demand).not.toContain('装置');
    expect(ipc.text.zh).not.toMatch(/依据：[^）]*装置/);
    const said = demand.texts.join('\n');
    for (const w of ipc.demand) expect(said).toContain(w);
    // A demand that does say 装置 is cited for it.
    const d = { ...demand, texts: [...demand.texts, '需要正极材料加工装置'] };
    const cited = explainMatch(ranked(p, false), patentTerms, predicted, d, p, labels).find(
      (r) => r.kind === 'ipc',
    )!;
    expect(cited.demand).toEqual(['装置']);
  });

  it('a reason with nothing on one side is not given', () => {
    const p = patent({ owners: [], region: null, trl: null });
    const bare: ExplainDemand = {
      ...demand,
      enterpriseName: null,
      region: null,
      modes: [],
      modeWords: {},
      minTrl: null,
    };
    const kinds = explainMatch(ranked(p, false, []), terms, predicted, bare, p, labels).map((r) => r.kind);
    expect(kinds).not.toContain('ownerRegion');
    expect(kinds).not.toContain('legal');
    expect(kinds).not.toContain('readiness');
  });
});

describe('what a plain-words demand says besides its technology', () => {
  it.each([
    [
      '我们想把锂电池正极材料的能量密度提高10%，预算50万，希望独占许可',
      ['exclusive_licence'],
      { minFen: null, maxFen: 50_000_000 },
    ],
    [
      '寻求普通许可或开放许可，经费10-30万元',
      ['ordinary_licence', 'open_licence'],
      { minFen: 10_000_000, maxFen: 30_000_000 },
    ],
    [
      '可以专利转让，也可作价入股，预算1.5亿',
      ['transfer', 'equity'],
      { minFen: null, maxFen: 15_000_000_000 },
    ],
    ['希望与高校联合开发，预算 8000 元', ['joint_development'], { minFen: null, maxFen: 800_000 }],
    ['提高电池寿命', [], null],
  ] as const)('%s', (text, modes, budget) => {
    const h = queryHints(text);
    expect(h.modes).toEqual(modes);
    if (budget === null) expect(h.budget).toBeNull();
    else expect(h.budget).toMatchObject(budget);
    for (const m of h.modes) expect(text).toContain(h.modeWords[m]!);
  });

  it.each([
    ['50', '万', 50_000_000],
    ['12.5', '万', 12_500_000],
    ['1', '亿', 10_000_000_000],
    ['8000', '元', 800_000],
    ['0.001', '元', null],
  ] as const)('%s %s → %s fen', (n, unit, fen) => {
    expect(amountToFen(n, unit)).toBe(fen);
  });
});

describe('feedback evaluation by score band', () => {
  it('precision per band, bands without verdicts null, contacted counted alongside', () => {
    const e = evaluateFeedback([
      { relevance: 'relevant', contacted: true, score: 0.85, rank: 1 },
      { relevance: 'relevant', contacted: false, score: 0.81, rank: 2 },
      { relevance: 'not_relevant', contacted: false, score: 0.82, rank: 3 },
      { relevance: 'not_relevant', contacted: false, score: 0.45, rank: 12 },
      { relevance: null, contacted: true, score: 0.5, rank: 5 },
      { relevance: 'relevant', contacted: false, score: null, rank: null },
    ]);
    expect(e).toMatchObject({ verdicts: 6, relevant: 3, notRelevant: 2, contacted: 2, precision: 0.6 });
    const band = (label: string) => e.byScore.find((b) => b.band === label)!;
    expect(band('≥ 0.8')).toMatchObject({ relevant: 2, notRelevant: 1, contacted: 1 });
    expect(band('≥ 0.8').precision).toBeCloseTo(2 / 3);
    expect(band('0.4–0.6')).toMatchObject({ relevant: 0, notRelevant: 1, contacted: 1, precision: 0 });
    expect(band('0.0–0.2').precision).toBeNull();
    expect(e.byRank.find((b) => b.band === '1–3')).toMatchObject({ relevant: 2, notRelevant: 1 });
    expect(e.byRank.find((b) => b.band === '11–20')).toMatchObject({ notRelevant: 1 });
  });
});
