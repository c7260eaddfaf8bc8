/**
 * How consistent the data set's own labels are, as context for the classifier's micro-F1: for pairs of titles
 * that are near-duplicates of each other (embedding cosine at least a threshold), the micro-F1 of one title's
 * IPC subclasses against the other's. Two patents with almost the same title that the patent office classified
 * differently bound what any reader of the title alone can reach: a classifier that copied the labels of a
 * near-identical title would score this figure.
 *
 * Over unordered pairs (a, b): F1 = 2 · Σ|a ∩ b| / Σ(|a| + |b|) (the same as counting each pair in both
 * directions, so it does not depend on which title is called the prediction).
 */

export interface AgreementBand {
  /** Pairs whose cosine is at least this. */
  readonly minCosine: number;
  readonly pairs: number;
  /** Micro-F1 of one title's subclasses against the other's, over these pairs; null without pairs. */
  readonly microF1: number | null;
  /** Share of these pairs with exactly the same subclass set; null without pairs. */
  readonly identicalSets: number | null;
}

/**
 * Agreement bands at the given cosine thresholds (any order; reported as given). Vectors are unit length
 * (cosine = dot product); brute force over all pairs, O(n² · D).
 */
export function labelAgreement(
  vectors: readonly Float32Array[],
  labels: readonly (readonly string[])[],
  thresholds: readonly number[],
): AgreementBand[] {
  if (vectors.length !== labels.length) throw new Error('one label list per vector');
  const lowest = Math.min(...thresholds);
  const acc = thresholds.map(() => ({ pairs: 0, shared: 0, sizes: 0, identical: 0 }));
  const sets = labels.map((l) => new Set(l));
  for (let i = 0; i < vectors.length; i++) {
    const a = vectors[i]!;
    for (let j = i + 1; j < vectors.length; j++) {
      const b = vectors[j]!;
      let dot = 0;
      for (let d = 0; d < a.length; d++) dot += a[d]! * b[d]!;
      if (dot < lowest) continue;
      const A = sets[i]!;
      const B = sets[j]!;
      let shared = 0;
      for (const s of A) if (B.has(s)) shared++;
      const identical = shared === A.size && shared === B.size ? 1 : 0;
      thresholds.forEach((t, k) => {
        if (dot < t) return;
        const x = acc[k]!;
        x.pairs++;
        x.shared += shared;
        x.sizes += A.size + B.size;
        x.identical += identical;
      });
    }
  }
  return thresholds.map((minCosine, k) => {
    const x = acc[k]!;
    return {
      minCosine,
      pairs: x.pairs,
      microF1: x.pairs ? (2 * x.shared) / x.sizes : null,
      identicalSets: x.pairs ? x.identical / x.pairs : null,
    };
  });
}
