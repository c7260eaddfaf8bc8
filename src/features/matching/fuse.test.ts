import { describe, expect, it } from 'vitest';
import { RRF_K, reciprocalRankFusion } from './fuse';

describe('reciprocal-rank fusion (Cormack et al. 2009, k = 60)', () => {
  it.each([
    {
      rule: 'a key ranked first in both lists scores 2/(k+1) and normalises to 1',
      lists: [
        { name: 'bm25', keys: [7, 1] },
        { name: 'dense', keys: [7, 2] },
      ],
      key: 7,
      rrf: 2 / (RRF_K + 1),
      normalised: 1,
    },
    {
      rule: 'a key in one list only gets that list’s term',
      lists: [
        { name: 'bm25', keys: [1, 2, 3] },
        { name: 'dense', keys: [9] },
      ],
      key: 3,
      rrf: 1 / (RRF_K + 3),
      normalised: 1 / (RRF_K + 3) / (2 / (RRF_K + 1)),
    },
    {
      rule: 'a duplicate within a list counts once, at its best rank',
      lists: [{ name: 'bm25', keys: [4, 5, 4] }],
      key: 4,
      rrf: 1 / (RRF_K + 1),
      normalised: 1,
    },
    {
      rule: 'list weights scale the terms',
      lists: [
        { name: 'bm25', keys: [1], weight: 2 },
        { name: 'dense', keys: [2], weight: 1 },
      ],
      key: 2,
      rrf: 1 / (RRF_K + 1),
      normalised: 1 / 3,
    },
  ])('$rule', ({ lists, key, rrf, normalised }) => {
    const e = reciprocalRankFusion(lists).find((x) => x.key === key)!;
    expect(e.rrf).toBeCloseTo(rrf, 12);
    expect(e.normalised).toBeCloseTo(normalised, 12);
  });

  it('orders by fused score and records each list’s rank', () => {
    const fused = reciprocalRankFusion([
      { name: 'bm25', keys: [1, 2, 3] },
      { name: 'dense', keys: [3, 2, 4] },
    ]);
    // 3: 1/63 + 1/61 = 0.032266 just beats 2: 2/62 = 0.032258
    expect(fused.map((e) => e.key)).toEqual([3, 2, 1, 4]);
    expect(fused[0]!.ranks).toEqual({ bm25: 3, dense: 1 });
    expect(fused.at(-1)!.ranks).toEqual({ dense: 3 });
  });

  it('fuses nothing into nothing', () => {
    expect(reciprocalRankFusion([{ name: 'bm25', keys: [] }])).toEqual([]);
  });
});
