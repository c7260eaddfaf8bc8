import { describe, expect, it } from 'vitest';
import { DEFAULT_PREDICTOR, type Neighbour, type SubclassScore, type Votes } from './ipcPredictor';
import {
  bestThreshold,
  boostCompanions,
  type CatalogueExample,
  CentroidTable,
  companionTable,
  fitMixture,
  keyHash,
  microF1,
  ReferenceIndex,
  SubclassClassifier,
  simplexGrid,
  sourcesFor,
  trainSubclassClassifier,
  type ValidationCase,
  validationKeys,
} from './subclassClassifier';

const D = 8;
function unit(...xs: number[]): Float32Array {
  const v = new Float32Array(D);
  xs.forEach((x, i) => {
    v[i] = x;
  });
  const n = Math.hypot(...v) || 1;
  return v.map((x) => x / n);
}

describe('validation split', () => {
  it('keyHash is a deterministic 32-bit hash that separates neighbouring keys and seeds', () => {
    expect(keyHash(1, 7)).toBe(keyHash(1, 7));
    const hashes = new Set(Array.from({ length: 1000 }, (_, k) => keyHash(k, 7)));
    expect(hashes.size).toBe(1000);
    expect(keyHash(1, 7)).not.toBe(keyHash(1, 8));
    for (const h of hashes) expect(h >>> 0).toBe(h);
  });

  it.each([
    { n: 10_000, fraction: 0.2, max: 100_000, low: 1900, high: 2100 },
    { n: 10_000, fraction: 0.2, max: 500, low: 500, high: 500 },
    { n: 10_000, fraction: 0, max: 500, low: 0, high: 0 },
  ])('holds out ≈ $fraction of $n keys, at most $max', ({ n, fraction, max, low, high }) => {
    const keys = Array.from({ length: n }, (_, i) => i * 3 + 1);
    const held = validationKeys(keys, fraction, max);
    expect(held.size).toBeGreaterThanOrEqual(low);
    expect(held.size).toBeLessThanOrEqual(high);
    for (const k of held) expect(keys).toContain(k);
  });

  it('does not depend on the order the keys come in', () => {
    const keys = Array.from({ length: 2000 }, (_, i) => i);
    const a = [...validationKeys(keys, 0.2, 300)].sort((x, y) => x - y);
    const b = [...validationKeys([...keys].reverse(), 0.2, 300)].sort((x, y) => x - y);
    expect(a).toEqual(b);
  });
});

describe('leave-one-out centroids', () => {
  const examples = [
    { tokens: [], vector: unit(1, 0.2), subclasses: ['H01M'] },
    { tokens: [], vector: unit(1, 0, 0.5), subclasses: ['H01M', 'H01G'] },
    { tokens: [], vector: unit(0, 1), subclasses: ['H01G'] },
    { tokens: [], vector: unit(0, 0, 0, 1), subclasses: ['G06F'] },
    { tokens: [], vector: null, subclasses: ['G06F'] },
  ];

  it('taking an example out equals building the table without it', () => {
    const table = new CentroidTable(examples, D);
    for (let i = 0; i < 4; i++) {
      const without = new CentroidTable(
        examples.filter((_, j) => j !== i),
        D,
      );
      const q = examples[i]!;
      const got = new Map(table.similarities(q.vector!, q).map((c) => [c.subclass, c.similarity]));
      const want = new Map(without.similarities(q.vector!).map((c) => [c.subclass, c.similarity]));
      expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
      for (const [s, v] of want) expect(got.get(s)).toBeCloseTo(v, 5);
    }
  });

  it('a subclass whose only member is taken out disappears; examples without a vector count for nothing', () => {
    const table = new CentroidTable(examples, D);
    expect(table.size).toBe(3);
    const alone = examples[3]!;
    expect(table.similarities(alone.vector!, alone).map((c) => c.subclass)).not.toContain('G06F');
    expect(table.similarities(alone.vector!).find((c) => c.subclass === 'G06F')!.similarity).toBeCloseTo(
      1,
      5,
    );
  });
});

describe('IPC reference titles', () => {
  it('nearest titles by cosine, most similar first, each voting for its subclass', () => {
    const index = new ReferenceIndex(
      [
        { vector: unit(1), subclass: 'H01M' },
        { vector: unit(0, 1), subclass: 'A61K' },
        { vector: unit(1, 1), subclass: 'H01G' },
      ],
      D,
    );
    const hits = index.nearest(unit(1, 0.1), 2);
    expect(hits.map((h) => h.subclasses[0])).toEqual(['H01M', 'H01G']);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('keeps exactly the k best of many (as a full sort would), in any dimension', () => {
    let seed = 3;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed / 0x7fffffff - 0.5;
    };
    const dims = 5;
    const entries = Array.from({ length: 300 }, (_, i) => ({
      vector: Float32Array.from({ length: dims }, next),
      subclass: `S${i}`,
    }));
    const index = new ReferenceIndex(entries, dims);
    const q = Float32Array.from({ length: dims }, next);
    const dot = (v: Float32Array) => v.reduce((s, x, d) => s + x * q[d]!, 0);
    const want = entries
      .map((e, i) => ({ i, s: dot(e.vector) }))
      .sort((a, b) => b.s - a.s || a.i - b.i)
      .slice(0, 12)
      .map((x) => x.i);
    expect(index.nearest(q, 12).map((h) => h.key)).toEqual(want);
    expect(index.nearest(q, 0)).toEqual([]);
  });
});

describe('micro-F1 and the threshold', () => {
  it.each([
    { chosen: [['A'], ['B']], gold: [['A'], ['C']], p: 0.5, r: 0.5 },
    { chosen: [['A', 'B']], gold: [['A']], p: 0.5, r: 1 },
    { chosen: [['A']], gold: [['A', 'B', 'C']], p: 1, r: 1 / 3 },
    { chosen: [[]], gold: [['A']], p: 0, r: 0 },
  ])('chosen $chosen against $gold', ({ chosen, gold, p, r }) => {
    const m = microF1(
      chosen,
      gold.map((g) => new Set(g)),
    );
    expect(m.precision).toBeCloseTo(p, 10);
    expect(m.recall).toBeCloseTo(r, 10);
    expect(m.f1).toBeCloseTo(p + r > 0 ? (2 * p * r) / (p + r) : 0, 10);
  });

  const x = (probability: number, hit: boolean) => ({ probability, hit });
  it.each([
    // The first is always kept; a second right one at 0.3 is worth keeping, a wrong one at 0.2 is not.
    { ranked: [[x(0.6, true), x(0.3, true), x(0.2, false)]], gold: 2, threshold: 0.21, f1: 1 },
    // Only wrong seconds: the highest threshold keeps none of them.
    { ranked: [[x(0.6, true), x(0.3, false)]], gold: 1, threshold: 0.31, f1: 1 },
    // A right second is kept from its probability on (the lowest threshold that reaches the best F1).
    { ranked: [[x(0.5, false), x(0.4, true)]], gold: 1, threshold: 0.05, f1: 2 / 3 },
  ])('best threshold of $ranked', ({ ranked, gold, threshold, f1 }) => {
    const thresholds = [0.05, 0.21, 0.31];
    const best = bestThreshold(ranked, gold, 5, thresholds);
    expect(best.threshold).toBe(threshold);
    expect(best.f1).toBeCloseTo(f1, 10);
  });

  it('a relative floor drops the weak companions of a confident first label', () => {
    // A confident first (0.9) whose second at 0.2 is wrong; an unsure first (0.4) whose second at 0.2 is right.
    const ranked = [
      [x(0.9, true), x(0.2, false)],
      [x(0.4, true), x(0.2, true)],
    ];
    const absolute = bestThreshold(ranked, 3, 5, [0.05, 0.1, 0.3]);
    expect(absolute.f1).toBeCloseTo((2 * 3) / (4 + 3), 10);
    const relative = bestThreshold(ranked, 3, 5, [0.05, 0.1, 0.3], [0, 0.3]);
    expect(relative).toMatchObject({ threshold: 0.05, ratio: 0.3 });
    expect(relative.f1).toBeCloseTo(1, 10);
  });

  it('maxLabels caps what a low threshold can add', () => {
    const ranked = [[x(0.4, true), x(0.3, true), x(0.2, true)]];
    expect(bestThreshold(ranked, 3, 2, [0.05]).f1).toBeCloseTo((2 * 2) / (2 + 3), 10);
  });
});

describe('mixture fitting', () => {
  it.each([
    { n: 1, steps: 10, count: 1 },
    { n: 2, steps: 10, count: 11 },
    { n: 3, steps: 2, count: 6 },
    { n: 5, steps: 10, count: 1001 },
  ])(
    'simplex grid over $n sources in 1/$steps steps has $count points, each summing to 1',
    ({ n, steps, count }) => {
      const grid = simplexGrid(n, steps);
      expect(grid).toHaveLength(count);
      for (const w of grid) {
        expect(w).toHaveLength(n);
        expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
      }
      expect(grid[0]![0]).toBe(1);
    },
  );

  it.each([
    ['lexical', false, ['linear', 'lexical']],
    ['dense', false, ['linear', 'dense', 'centroid']],
    ['dense', true, ['linear', 'dense', 'centroid', 'reference']],
    ['hybrid', true, ['linear', 'dense', 'centroid', 'reference', 'lexical']],
  ] as const)('sources for %s (reference titles: %s)', (features, reference, want) => {
    expect(sourcesFor(features, reference)).toEqual(want);
  });

  const votes = (entries: [string, number][]): Votes =>
    new Map(entries.map(([s, p]) => [s, { p, voters: [] }]));
  const empty = (): Votes => new Map();

  it('puts the weight on the source that knows and finds the threshold that keeps right second labels', () => {
    const cases: ValidationCase[] = [];
    for (let i = 0; i < 30; i++) {
      const two = i % 3 === 0;
      const gold = two ? ['A', 'B'] : ['A'];
      cases.push({
        gold: new Set(gold),
        votes: {
          // linear is right (second label B at 0.4 exactly when it is gold, else C at 0.1); lexical is noise.
          linear: votes(
            two
              ? [
                  ['A', 0.55],
                  ['B', 0.4],
                ]
              : [
                  ['A', 0.85],
                  ['C', 0.1],
                ],
          ),
          lexical: votes([
            ['Z', 0.7],
            ['A', 0.3],
          ]),
          dense: empty(),
          centroid: empty(),
          reference: empty(),
        },
      });
    }
    const fit = fitMixture(cases, ['linear', 'lexical'], { thresholds: [0.05, 0.2, 0.3, 0.5] });
    expect(fit.weights.linear).toBeGreaterThanOrEqual(0.7);
    expect(fit.f1).toBeCloseTo(1, 10);
    expect(fit.threshold).toBeGreaterThan(0.05);
  });

  it('a source with nothing to say for a case gives its weight to the others there', () => {
    const cases: ValidationCase[] = [
      {
        gold: new Set(['A']),
        votes: {
          linear: votes([['A', 1]]),
          lexical: empty(),
          dense: empty(),
          centroid: empty(),
          reference: empty(),
        },
      },
    ];
    // Any weight on lexical still leaves A at probability 1: the first grid point (all on linear) is kept.
    const fit = fitMixture(cases, ['linear', 'lexical']);
    expect(fit.f1).toBe(1);
    expect(fit.weights).toMatchObject({ linear: 1, lexical: 0 });
  });
});

describe('companions', () => {
  const score = (subclass: string, probability: number): SubclassScore => ({
    subclass,
    probability,
    sources: { dense: probability, lexical: 0, centroid: 0 },
    voters: [1],
  });
  it('P(s | t) from patents sharing at least two, most frequent first', () => {
    const table = companionTable([
      { subclasses: ['A61K', 'A61P'] },
      { subclasses: ['A61K', 'A61P', 'C07D'] },
      { subclasses: ['A61K'] },
      { subclasses: ['A61K', 'A61Q'] },
      { subclasses: ['A61P', 'A61K'] },
    ]);
    expect(table.A61K).toEqual([['A61P', 0.6]]);
    expect(table.A61P).toEqual([['A61K', 1]]);
    expect(table.C07D).toBeUndefined();
  });

  it('the first label pulls its companions up and keeps its place; weight 0 changes nothing', () => {
    const given = { A61K: [['A61P', 0.8]] as [string, number][] };
    const ranked = [score('A61K', 0.6), score('C07D', 0.2), score('A61P', 0.1)];
    expect(boostCompanions(ranked, { weight: 0, given })).toEqual(ranked);
    const boosted = boostCompanions(ranked, { weight: 0.5, given });
    expect(boosted.map((s) => s.subclass)).toEqual(['A61K', 'A61P', 'C07D']);
    expect(boosted[0]).toEqual(ranked[0]);
    // (1 − 0.5) · 0.1 + 0.5 · 0.6 · 0.8
    expect(boosted[1]!.probability).toBeCloseTo(0.05 + 0.24, 10);
    expect(boosted[1]!.sources).toMatchObject({ dense: 0.05, companion: expect.closeTo(0.24, 10) });
    expect(boosted[2]!.probability).toBeCloseTo(0.1, 10);
  });

  it('a companion no source proposed joins the ranking', () => {
    const boosted = boostCompanions([score('A61K', 0.5)], {
      weight: 0.2,
      given: { A61K: [['A61P', 0.5]] },
    });
    expect(boosted.map((s) => [s.subclass, s.probability])).toEqual([
      ['A61K', 0.5],
      ['A61P', expect.closeTo(0.05, 10)],
    ]);
  });
});

describe('the classifier', () => {
  const score = (subclass: string, probability: number): SubclassScore => ({
    subclass,
    probability,
    sources: { dense: 0, lexical: 0, centroid: 0 },
    voters: [],
  });

  it('decides with its fitted threshold; a caller can only lower the number of labels', () => {
    const c = new SubclassClassifier(null, {
      features: 'lexical',
      predictor: DEFAULT_PREDICTOR,
      decision: { threshold: 0.2, maxLabels: 3 },
    });
    const ranked = [score('A', 0.4), score('B', 0.25), score('C', 0.21), score('D', 0.2), score('E', 0.1)];
    expect(c.decide(ranked).map((s) => s.subclass)).toEqual(['A', 'B', 'C']);
    expect(c.decide(ranked, 2).map((s) => s.subclass)).toEqual(['A', 'B']);
    expect(c.decide(ranked, 10).map((s) => s.subclass)).toEqual(['A', 'B', 'C']);
  });

  /** Three topics readable from words and vector axes; catalogue keys 0…; neighbours by brute force. */
  const TOPICS = [
    { subclass: 'H01M', words: ['电池', '正极', '锂', '电解液', '隔膜'], axis: 0 },
    { subclass: 'A61K', words: ['药物', '组合物', '中药', '制剂', '胶囊'], axis: 2 },
    { subclass: 'G06F', words: ['数据', '处理器', '存储', '程序', '缓存'], axis: 4 },
  ];
  const catalogue: CatalogueExample[] = [];
  for (const t of TOPICS)
    for (let i = 0; i < 40; i++) {
      const v = new Float32Array(D);
      v[t.axis] = 1;
      v[(t.axis + 1 + (i % 5)) % D] = 0.2 + (i % 7) * 0.1;
      catalogue.push({
        key: catalogue.length,
        tokens: [t.words[i % 5]!, t.words[(i + 2) % 5]!, '装置'],
        vector: unit(...v),
        subclasses: i % 10 === 0 ? [t.subclass, 'Y10T'] : [t.subclass],
      });
    }
  const cosine = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);
  function neighbours(q: { tokens: readonly string[]; vector: Float32Array | null }, exclude: number) {
    const others = catalogue.filter((e) => e.key !== exclude);
    const lexical: Neighbour[] = others
      .map((e) => ({ e, s: e.tokens.filter((t) => q.tokens.includes(t) && t !== '装置').length }))
      .filter((x) => x.s > 0)
      .sort((a, b) => b.s - a.s || a.e.key - b.e.key)
      .slice(0, 20)
      .map((x) => ({ key: x.e.key, score: x.s, subclasses: x.e.subclasses }));
    const dense: Neighbour[] = q.vector
      ? others
          .map((e) => ({ key: e.key, score: cosine(q.vector!, e.vector!), subclasses: e.subclasses }))
          .sort((a, b) => b.score - a.score || a.key - b.key)
          .slice(0, 40)
      : [];
    return { lexical, dense };
  }

  it.each(['lexical', 'dense', 'hybrid'] as const)(
    '%s: trained from the catalogue alone, it classifies new texts and reports what it fitted',
    (features) => {
      const c = trainSubclassClassifier(catalogue, {
        features,
        dimensions: D,
        neighbours: (e) => neighbours(e, e.key),
        maxEpochs: 8,
        learningRate: { dense: 0.05, lexical: 0.1 },
      });
      const r = c.report!;
      expect(r.features).toBe(features);
      expect(r.examples).toBe(120);
      expect(r.validation).toBeGreaterThan(10);
      expect(r.validation).toBeLessThan(45);
      expect(r.retrained).toBe(true);
      expect(r.epochs).toBe(r.epochF1.indexOf(Math.max(...r.epochF1)) + 1);
      expect(r.validationF1).toBeGreaterThan(0.8);
      const weightSum = Object.values(r.weights).reduce((a, b) => a + (b ?? 0), 0);
      expect(weightSum).toBeCloseTo(1, 6);
      if (features === 'lexical') expect(r.weights).toMatchObject({ dense: 0, centroid: 0 });
      if (features === 'dense') expect(r.weights.lexical).toBe(0);
      expect(c.settings.decision.threshold).toBe(r.threshold);

      const queries = [
        { tokens: ['锂', '隔膜'], vector: unit(1, 0.3), want: 'H01M' },
        { tokens: ['中药', '胶囊'], vector: unit(0, 0, 1, 0, 0, 0.3), want: 'A61K' },
        { tokens: ['缓存', '处理器'], vector: unit(0, 0, 0, 0, 1, 0, 0.3), want: 'G06F' },
      ];
      for (const q of queries) {
        const nb = neighbours(q, -1);
        const ranked = c.rank({ ...q, ...nb, centroids: [] });
        expect(ranked[0]!.subclass).toBe(q.want);
        expect(ranked[0]!.sources.linear).toBeGreaterThan(0);
        expect(c.decide(ranked)[0]!.subclass).toBe(q.want);
      }
    },
  );

  it('lexical: ignores vectors entirely (the platform without the embedding model)', () => {
    const c = trainSubclassClassifier(
      catalogue.map((e) => ({ ...e, vector: null })),
      { features: 'lexical', dimensions: D, neighbours: (e) => neighbours({ ...e, vector: null }, e.key) },
    );
    expect(c.model!.parameters.mean).toHaveLength(0);
    const ranked = c.rank({ tokens: ['中药', '制剂'], vector: unit(1), dense: [], lexical: [] });
    expect(ranked[0]!.subclass).toBe('A61K');
  });
});
