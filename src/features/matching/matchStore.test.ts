import { describe, expect, it } from 'vitest';
import { dequantise, MatchStore, type PatentFacts, quantise, textHash } from './matchStore';

const D = 8;
const unit = (...xs: number[]) => {
  const v = new Float32Array(D);
  xs.forEach((x, i) => {
    v[i] = x;
  });
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
};
const facts = (key: number, subclasses: string[] = ['H01M']): PatentFacts => ({
  key,
  seq: key,
  subclasses,
  sei: [],
  legalStatus: 'in_force',
  region: null,
  trl: null,
  industries: [],
  organisations: [],
  textHash: key,
});

describe('match store', () => {
  it('int8 quantisation keeps cosine within 0.01', () => {
    const v = unit(0.3, -0.2, 0.9, 0.01, 0, 0.5, -0.7, 0.1);
    const back = dequantise(quantise(v));
    let dot = 0;
    for (let i = 0; i < D; i++) dot += v[i]! * back[i]!;
    expect(dot).toBeGreaterThan(0.99);
  });

  it('text hashes differ for different texts and agree for equal ones', () => {
    expect(textHash('锂电池正极材料')).toBe(textHash('锂电池正极材料'));
    expect(textHash('锂电池正极材料')).not.toBe(textHash('锂电池负极材料'));
  });

  for (const ann of [true, false]) {
    it(`finds nearest patents (${ann ? 'HNSW graph' : 'exhaustive'}) and agrees with brute force`, () => {
      const s = new MatchStore({ dimensions: D, ann });
      s.upsert(facts(1), quantise(unit(1, 0, 0)));
      s.upsert(facts(2), quantise(unit(0, 1, 0)));
      s.upsert(facts(3), quantise(unit(1, 1, 0)));
      s.syncAnn();
      const q = unit(1, 0.1, 0);
      const hits = s.nearest(q, 2);
      expect(hits.map((h) => h.key)).toEqual([1, 3]);
      expect(s.exhaustiveNearest(q, 2).map((h) => h.key)).toEqual([1, 3]);
      expect(hits[0]!.similarity).toBeCloseTo(s.similarity(1, q)!, 6);
    });
  }

  it('replacing a vector or deleting a patent keeps the graph and the centroids exact', () => {
    const s = new MatchStore({ dimensions: D });
    s.upsert(facts(1, ['H01M']), quantise(unit(1, 0)));
    s.upsert(facts(2, ['H01M']), quantise(unit(0, 1)));
    s.syncAnn();
    const before = s.centroidSimilarities(unit(1, 1)).find((c) => c.subclass === 'H01M')!.similarity;
    expect(before).toBeCloseTo(1, 2);
    s.upsert(facts(2, ['H01M']), quantise(unit(1, 0)));
    s.syncAnn();
    expect(s.centroidSimilarities(unit(1, 0))[0]!.similarity).toBeCloseTo(1, 2);
    expect(s.nearest(unit(0, 1), 2).every((h) => h.similarity < 0.05)).toBe(true);
    s.delete(1);
    s.delete(2);
    s.syncAnn();
    expect(s.centroidSimilarities(unit(1, 0))).toEqual([]);
    expect(s.nearest(unit(1, 0), 3)).toEqual([]);
    expect(s.size).toBe(0);
  });

  it("'keep' keeps the stored vector when only the facts change; null drops it", () => {
    const s = new MatchStore({ dimensions: D, ann: false });
    s.upsert(facts(1), quantise(unit(1)));
    s.upsert({ ...facts(1), legalStatus: 'lapsed' }, 'keep');
    expect(s.hasVector(1)).toBe(true);
    expect(s.get(1)!.legalStatus).toBe('lapsed');
    s.upsert(facts(1), null);
    expect(s.hasVector(1)).toBe(false);
    expect(s.keysWithoutVector()).toEqual([1]);
  });
});
