import { describe, expect, it } from 'vitest';
import { labelAgreement } from './labelAgreement';

const unit = (...xs: number[]) => {
  const n = Math.hypot(...xs);
  return Float32Array.from(xs, (x) => x / n);
};

describe('label agreement of near-duplicate titles', () => {
  // a ≈ b (cos ≈ 0.995), c is 60° from a, d orthogonal to all.
  const vectors = [unit(1, 0.1, 0), unit(1, 0, 0), unit(0.5, Math.sqrt(3) / 2, 0), unit(0, 0, 1)];
  const labels = [['G06F', 'G06Q'], ['G06F'], ['G06F', 'G06Q'], ['A01B']];

  it('counts only pairs at or above each threshold and scores one set against the other', () => {
    const [close, loose] = labelAgreement(vectors, labels, [0.99, 0.4]);
    // (a, b): shared 1, sizes 3 → F1 2/3, not identical.
    expect(close).toEqual({ minCosine: 0.99, pairs: 1, microF1: 2 / 3, identicalSets: 0 });
    // + (a, c) cos 0.58 identical sets (shared 2, sizes 4) and (b, c) cos 0.5 (shared 1, sizes 3).
    expect(loose!.pairs).toBe(3);
    expect(loose!.microF1).toBeCloseTo((2 * (1 + 2 + 1)) / (3 + 4 + 3), 10);
    expect(loose!.identicalSets).toBeCloseTo(1 / 3, 10);
  });

  it('is symmetric in which title of a pair is the prediction', () => {
    const reversed = labelAgreement([...vectors].reverse(), [...labels].reverse(), [0.4]);
    expect(reversed).toEqual(labelAgreement(vectors, labels, [0.4]));
  });

  it('reports no figure where no pair is that close', () => {
    expect(labelAgreement(vectors, labels, [0.9999])).toEqual([
      { minCosine: 0.9999, pairs: 0, microF1: null, identicalSets: null },
    ]);
    expect(() => labelAgreement(vectors, labels.slice(1), [0.5])).toThrow();
  });
});
