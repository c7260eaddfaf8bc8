import { describe, expect, it } from 'vitest';
import {
  centroidVotes,
  DEFAULT_PREDICTOR,
  decideSubclasses,
  denseVotes,
  lexicalVotes,
  linearVotes,
  type PredictorSettings,
  predictSubclasses,
  referenceVotes,
  type SubclassScore,
} from './ipcPredictor';

const n = (key: number, score: number, ...subclasses: string[]) => ({ key, score, subclasses });

describe('IPC subclass prediction from the nearest catalogue patents', () => {
  it('dense votes weigh a neighbour by exp((sim − sim_top)/τ): a much less similar one barely counts', () => {
    const v = denseVotes([n(1, 0.9, 'H01M'), n(2, 0.9 - DEFAULT_PREDICTOR.denseTau, 'H02J')]);
    const w2 = Math.exp(-1);
    expect(v.get('H01M')!.p).toBeCloseTo(1 / (1 + w2), 10);
    expect(v.get('H02J')!.p).toBeCloseTo(w2 / (1 + w2), 10);
  });

  it('a neighbour with two subclasses votes fully for each (P = share of neighbours carrying it)', () => {
    const v = denseVotes([n(1, 0.8, 'A61K', 'A61P'), n(2, 0.8, 'A61K')]);
    expect(v.get('A61K')!.p).toBeCloseTo(1, 10);
    expect(v.get('A61P')!.p).toBeCloseTo(0.5, 10);
    expect(v.get('A61P')!.voters).toEqual([1]);
  });

  it('lexical votes weigh (score / top)² and only the first k neighbours count', () => {
    const many = Array.from({ length: DEFAULT_PREDICTOR.lexicalK + 5 }, (_, i) =>
      n(i, i < DEFAULT_PREDICTOR.lexicalK ? 10 : 9, i < DEFAULT_PREDICTOR.lexicalK ? 'G06F' : 'G06Q'),
    );
    const v = lexicalVotes(many);
    expect(v.get('G06F')!.p).toBeCloseTo(1, 10);
    expect(v.has('G06Q')).toBe(false);
    const half = lexicalVotes([n(1, 4, 'B08B'), n(2, 2, 'B01D')]);
    expect(half.get('B01D')!.p).toBeCloseTo(0.25 / 1.25, 10);
  });

  it('centroid votes are a softmax over cosine similarities', () => {
    const v = centroidVotes([
      { subclass: 'H01M', similarity: 0.8 },
      { subclass: 'H01L', similarity: 0.8 - DEFAULT_PREDICTOR.centroidTau },
    ]);
    expect(v.get('H01M')!.p + v.get('H01L')!.p).toBeCloseTo(1, 10);
    expect(v.get('H01M')!.p / v.get('H01L')!.p).toBeCloseTo(Math.E, 6);
  });

  it('mixes the sources 0.4 / 0.3 / 0.3 and keeps which source said what', () => {
    const ranked = predictSubclasses({
      dense: [n(1, 0.9, 'H01M')],
      lexical: [n(2, 5, 'H02J')],
      centroids: [{ subclass: 'H01M', similarity: 0.7 }],
    });
    expect(ranked.map((s) => s.subclass)).toEqual(['H01M', 'H02J']);
    expect(ranked[0]!.probability).toBeCloseTo(0.7, 10);
    expect(ranked[0]!.sources).toEqual({ dense: 0.4, lexical: 0, centroid: expect.closeTo(0.3, 10) });
    expect(ranked[1]!.probability).toBeCloseTo(0.3, 10);
  });

  it('without embeddings the lexical vote carries the whole weight (lexical-only platform)', () => {
    const ranked = predictSubclasses({ lexical: [n(2, 5, 'H02J'), n(3, 5, 'H02J', 'H01M')] });
    expect(ranked[0]).toMatchObject({ subclass: 'H02J', probability: 1 });
    expect(ranked[1]).toMatchObject({ subclass: 'H01M', probability: 0.5 });
  });

  it('decides: the best subclass always, others from probability 0.15, at most five', () => {
    const s = (subclass: string, probability: number): SubclassScore => ({
      subclass,
      probability,
      sources: { dense: 0, lexical: 0, centroid: 0 },
      voters: [],
    });
    expect(decideSubclasses([s('A', 0.1), s('B', 0.09)]).map((x) => x.subclass)).toEqual(['A']);
    expect(decideSubclasses([s('A', 0.5), s('B', 0.15), s('C', 0.149)]).map((x) => x.subclass)).toEqual([
      'A',
      'B',
    ]);
    expect(decideSubclasses(['A', 'B', 'C', 'D', 'E', 'F'].map((x) => s(x, 0.2)))).toHaveLength(5);
    expect(decideSubclasses([])).toEqual([]);
  });

  it.each([
    // p₁ 0.8 with ratio 0.3: a second needs 0.24, above the absolute 0.15
    { ranked: [0.8, 0.2, 0.16], ratio: 0.3, want: 1 },
    { ranked: [0.8, 0.25, 0.16], ratio: 0.3, want: 2 },
    // p₁ 0.4: 0.3 · 0.4 = 0.12 is below the threshold, which then decides
    { ranked: [0.4, 0.16, 0.14], ratio: 0.3, want: 2 },
    { ranked: [0.8, 0.2, 0.16], ratio: 0, want: 3 },
  ])('a relative floor: $ranked with ratio $ratio keeps $want', ({ ranked, ratio, want }) => {
    const scores = ranked.map((probability, i) => ({
      subclass: `S${i}`,
      probability,
      sources: { dense: 0, lexical: 0, centroid: 0 },
      voters: [],
    }));
    expect(decideSubclasses(scores, { threshold: 0.15, ratio, maxLabels: 5 })).toHaveLength(want);
  });

  const LEARNED: PredictorSettings = {
    ...DEFAULT_PREDICTOR,
    weights: { dense: 0.2, lexical: 0.1, centroid: 0.1, linear: 0.5, reference: 0.1 },
  };

  it('a learned model is one more source: its probabilities, mixed with its weight, with its share', () => {
    const ranked = predictSubclasses(
      {
        dense: [n(1, 0.9, 'H01M')],
        lexical: [n(2, 5, 'H01M')],
        centroids: [{ subclass: 'H01M', similarity: 0.7 }],
        linear: [
          { subclass: 'H01M', probability: 0.6 },
          { subclass: 'H01G', probability: 0.4 },
        ],
        reference: [n(0, 0.8, 'H01G')],
      },
      LEARNED,
    );
    expect(ranked.map((s) => s.subclass)).toEqual(['H01M', 'H01G']);
    expect(ranked[0]!.probability).toBeCloseTo(0.2 + 0.1 + 0.1 + 0.5 * 0.6, 10);
    expect(ranked[0]!.sources).toEqual({
      dense: expect.closeTo(0.2, 10),
      lexical: expect.closeTo(0.1, 10),
      centroid: expect.closeTo(0.1, 10),
      linear: expect.closeTo(0.3, 10),
      reference: 0,
    });
    expect(ranked[1]!.probability).toBeCloseTo(0.5 * 0.4 + 0.1, 10);
  });

  it.each([
    // Without embeddings only linear and lexical speak: their weights 0.5 and 0.1 become 5/6 and 1/6.
    { input: 'lexical + linear', dense: false, linear: true, want: { H01G: 5 / 6, H01M: 1 / 6 } },
    // Without a learned model the neighbour sources share everything (weights 0.2 / 0.1 / 0.1).
    { input: 'neighbours only', dense: true, linear: false, want: { H01M: 1 } },
  ])('$input: a silent source gives its weight to the others', ({ dense, linear, want }) => {
    const ranked = predictSubclasses(
      {
        lexical: [n(2, 5, 'H01M')],
        dense: dense ? [n(1, 0.9, 'H01M')] : [],
        centroids: dense ? [{ subclass: 'H01M', similarity: 0.7 }] : [],
        linear: linear ? [{ subclass: 'H01G', probability: 1 }] : [],
      },
      LEARNED,
    );
    expect(Object.fromEntries(ranked.map((s) => [s.subclass, s.probability]))).toEqual(
      Object.fromEntries(Object.entries(want).map(([k, v]) => [k, expect.closeTo(v, 10)])),
    );
  });

  it('the default weights give a learned model no say (weight 0), so the fixed predictor is unchanged', () => {
    const ranked = predictSubclasses({
      lexical: [n(2, 5, 'H02J')],
      linear: [{ subclass: 'G06F', probability: 1 }],
    });
    expect(ranked.map((s) => s.subclass)).toEqual(['H02J']);
    expect(ranked[0]!.sources).toEqual({ dense: 0, lexical: 1, centroid: 0 });
  });

  it('linear votes keep positive probabilities; reference titles vote like dense neighbours but name no patent', () => {
    const l = linearVotes([
      { subclass: 'A', probability: 0.7 },
      { subclass: 'B', probability: 0 },
    ]);
    expect([...l.keys()]).toEqual(['A']);
    const r = referenceVotes([n(100, 0.9, 'H01M'), n(101, 0.9 - DEFAULT_PREDICTOR.denseTau, 'H01G')]);
    expect(r.get('H01M')!.p).toBeCloseTo(1 / (1 + Math.exp(-1)), 10);
    expect(r.get('H01M')!.voters).toEqual([]);
    const sharper = referenceVotes([n(100, 0.9, 'H01M'), n(101, 0.85, 'H01G')], {
      ...DEFAULT_PREDICTOR,
      referenceTau: 0.025,
    });
    expect(sharper.get('H01M')!.p).toBeCloseTo(1 / (1 + Math.exp(-2)), 10);
  });
});
