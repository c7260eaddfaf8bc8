/**
 * Rank fusion, pure.
 *
 * Reciprocal-rank fusion (Cormack, Clarke & Büttcher, SIGIR 2009): score(d) = Σ_lists 1 / (k + rank(d)),
 * rank 1-based, k = 60 as in the paper. It needs no calibration between BM25 scores (unbounded, query
 * dependent) and cosine similarities, which is why it is used to combine the two text rankings.
 */
export const RRF_K = 60;

export interface RankedList {
  readonly name: string;
  /** Keys best first. */
  readonly keys: readonly number[];
  /** Weight of this list (default 1). */
  readonly weight?: number;
}

export interface FusedEntry {
  key: number;
  /** Σ weight / (k + rank). */
  rrf: number;
  /** rrf divided by the best value any key could reach (every list at rank 1), so 0 < normalised ≤ 1. */
  normalised: number;
  /** 1-based rank per list name; absent when the key was not in that list. */
  ranks: Record<string, number>;
}

/** Fuses ranked lists; ties keep the order of first appearance. */
export function reciprocalRankFusion(lists: readonly RankedList[], k = RRF_K): FusedEntry[] {
  const byKey = new Map<number, FusedEntry>();
  let best = 0;
  for (const list of lists) {
    const w = list.weight ?? 1;
    if (list.keys.length > 0) best += w / (k + 1);
    list.keys.forEach((key, i) => {
      let e = byKey.get(key);
      if (!e) {
        e = { key, rrf: 0, normalised: 0, ranks: {} };
        byKey.set(key, e);
      }
      if (e.ranks[list.name] !== undefined) return; // a key listed twice counts at its best rank
      e.ranks[list.name] = i + 1;
      e.rrf += w / (k + i + 1);
    });
  }
  const out = [...byKey.values()];
  for (const e of out) e.normalised = best > 0 ? e.rrf / best : 0;
  return out.sort((a, b) => b.rrf - a.rrf);
}
