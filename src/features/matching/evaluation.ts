/**
 * How well the scores predict what users judge, pure: precision of the feedback per score band and per rank
 * band. precision = relevant / (relevant + not relevant) among matches that got a verdict; "contacted" is
 * counted alongside (a contact is the strongest sign of relevance but not a verdict by itself).
 */
export interface Verdict {
  relevance: 'relevant' | 'not_relevant' | null;
  contacted: boolean;
  score: number | null;
  rank: number | null;
}

export interface BandStats {
  band: string;
  from: number;
  /** Exclusive upper bound (Infinity for the last band). */
  to: number;
  relevant: number;
  notRelevant: number;
  contacted: number;
  /** null when no verdict fell in the band. */
  precision: number | null;
}

export const SCORE_BANDS = [0, 0.2, 0.4, 0.6, 0.8] as const;
export const RANK_BANDS = [1, 4, 11, 21] as const;

function bands(
  verdicts: readonly Verdict[],
  edges: readonly number[],
  value: (v: Verdict) => number | null,
  label: (from: number, to: number) => string,
): BandStats[] {
  const out: BandStats[] = edges.map((from, i) => {
    const to = edges[i + 1] ?? Number.POSITIVE_INFINITY;
    return { band: label(from, to), from, to, relevant: 0, notRelevant: 0, contacted: 0, precision: null };
  });
  for (const v of verdicts) {
    const x = value(v);
    if (x === null) continue;
    let i = edges.length - 1;
    while (i > 0 && x < edges[i]!) i--;
    if (x < edges[0]!) continue;
    const b = out[i]!;
    if (v.relevance === 'relevant') b.relevant++;
    else if (v.relevance === 'not_relevant') b.notRelevant++;
    if (v.contacted) b.contacted++;
  }
  for (const b of out) {
    const judged = b.relevant + b.notRelevant;
    b.precision = judged ? b.relevant / judged : null;
  }
  return out;
}

export interface Evaluation {
  verdicts: number;
  relevant: number;
  notRelevant: number;
  contacted: number;
  precision: number | null;
  byScore: BandStats[];
  byRank: BandStats[];
}

export function evaluateFeedback(verdicts: readonly Verdict[]): Evaluation {
  const relevant = verdicts.filter((v) => v.relevance === 'relevant').length;
  const notRelevant = verdicts.filter((v) => v.relevance === 'not_relevant').length;
  return {
    verdicts: verdicts.length,
    relevant,
    notRelevant,
    contacted: verdicts.filter((v) => v.contacted).length,
    precision: relevant + notRelevant ? relevant / (relevant + notRelevant) : null,
    byScore: bands(
      verdicts,
      SCORE_BANDS,
      (v) => v.score,
      (from, to) => (Number.isFinite(to) ? `${from.toFixed(1)}–${to.toFixed(1)}` : `≥ ${from.toFixed(1)}`),
    ),
    byRank: bands(
      verdicts,
      RANK_BANDS,
      (v) => v.rank,
      (from, to) => (Number.isFinite(to) ? `${from}–${to - 1}` : `≥ ${from}`),
    ),
  };
}
