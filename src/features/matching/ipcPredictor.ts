/**
 * IPC subclass prediction from the catalogue itself, pure: the subclasses of the patents nearest to a text
 * vote, together with the text's similarity to each subclass's centroid and, when one has been trained, a
 * learned linear model (subclassModel.ts).
 *
 * Sources, each a distribution over subclasses that sums to ≤ 1:
 * - dense k-nearest neighbours: weight exp((sim − sim_top) / τ) per neighbour, so neighbours much less
 *   similar than the best one count little; P(s) = Σ weights of neighbours carrying s / Σ weights;
 * - lexical (BM25) k-nearest neighbours: weight (score / score_top)²;
 * - centroids: softmax over cos(text, mean embedding of the subclass's patents) with temperature τ_c;
 * - linear (optional): the softmax probabilities of the learned model;
 * - reference (optional): nearest IPC titles (subclass and main-group titles of the IPC scheme, embedded), voted
 *   like dense neighbours with τ_r.
 * Mixed with weights; a source that has nothing to say gives its weight to the others. Without a learned
 * model the fixed weights of {@link DEFAULT_PREDICTOR} apply (0.4 / 0.3 / 0.3; without embeddings the lexical
 * vote alone) and {@link DEFAULT_DECISION}: a subclass is kept when its mixed probability reaches the threshold,
 * the best one always, at most `maxLabels`. A trained classifier (subclassClassifier.ts) fits the weights and the
 * threshold on a validation split of the catalogue instead.
 *
 * The fixed constants were chosen by 5-fold cross-validation on the 7,798 titles of
 * data/samples/cn-titles-ipc.csv (see bench/matchQuality.ts): they are fitted to that data set.
 */
export interface Neighbour {
  readonly key: number;
  /** Cosine similarity (dense) or BM25 score (lexical). */
  readonly score: number;
  readonly subclasses: readonly string[];
}

export interface CentroidSimilarity {
  readonly subclass: string;
  readonly similarity: number;
}

/** A learned model's probability for a subclass (subclassModel.ts). */
export interface LinearScore {
  readonly subclass: string;
  readonly probability: number;
}

export interface SourceWeights {
  readonly dense: number;
  readonly lexical: number;
  readonly centroid: number;
  /** Learned linear model; absent = 0. */
  readonly linear?: number;
  /** Nearest IPC reference titles; absent = 0. */
  readonly reference?: number;
}

export interface PredictorSettings {
  readonly denseK: number;
  readonly denseTau: number;
  readonly lexicalK: number;
  readonly lexicalPower: number;
  readonly centroidTau: number;
  /** Nearest IPC reference titles that vote, and their temperature (absent: as dense). */
  readonly referenceK?: number;
  readonly referenceTau?: number;
  readonly weights: SourceWeights;
}

export const DEFAULT_PREDICTOR: PredictorSettings = {
  denseK: 40,
  denseTau: 0.05,
  lexicalK: 20,
  lexicalPower: 2,
  centroidTau: 0.02,
  weights: { dense: 0.4, lexical: 0.3, centroid: 0.3 },
};

export interface Decision {
  /** Minimum mixed probability for a subclass after the first. */
  readonly threshold: number;
  /**
   * Minimum share of the most likely subclass's probability for a subclass after the first (p ≥ ratio · p₁),
   * on top of the threshold; absent or 0 = none. A confident first label then takes fewer companions.
   */
  readonly ratio?: number;
  readonly maxLabels: number;
}

export const DEFAULT_DECISION: Decision = { threshold: 0.15, maxLabels: 5 };

export type SourceName = 'dense' | 'lexical' | 'centroid' | 'linear' | 'reference';

export interface SubclassScore {
  readonly subclass: string;
  /** Mixed probability, 0–1. */
  readonly probability: number;
  /** Share of each source in it (linear and reference only when those sources took part). */
  readonly sources: {
    dense: number;
    lexical: number;
    centroid: number;
    linear?: number;
    reference?: number;
    /** The first subclass's pull on its usual companions (subclassClassifier.ts `boostCompanions`). */
    companion?: number;
  };
  /** Neighbour keys that voted for it, most similar first (for explanations). */
  readonly voters: number[];
}

export type Votes = Map<string, { p: number; voters: number[] }>;

function neighbourVotes(
  neighbours: readonly Neighbour[],
  k: number,
  weight: (n: Neighbour) => number,
): Votes {
  const votes: Votes = new Map();
  let total = 0;
  for (const n of neighbours.slice(0, k)) {
    const w = weight(n);
    if (!(w > 0)) continue;
    total += w;
    for (const s of n.subclasses) {
      let v = votes.get(s);
      if (!v) {
        v = { p: 0, voters: [] };
        votes.set(s, v);
      }
      v.p += w;
      v.voters.push(n.key);
    }
  }
  if (total > 0) for (const v of votes.values()) v.p /= total;
  return votes;
}

export function denseVotes(
  neighbours: readonly Neighbour[],
  s: PredictorSettings = DEFAULT_PREDICTOR,
): Votes {
  const top = neighbours[0]?.score ?? 0;
  return neighbourVotes(neighbours, s.denseK, (n) => Math.exp((n.score - top) / s.denseTau));
}

export function lexicalVotes(
  neighbours: readonly Neighbour[],
  s: PredictorSettings = DEFAULT_PREDICTOR,
): Votes {
  const top = neighbours[0]?.score ?? 0;
  if (!(top > 0)) return new Map();
  return neighbourVotes(neighbours, s.lexicalK, (n) => (n.score / top) ** s.lexicalPower);
}

export function centroidVotes(
  similarities: readonly CentroidSimilarity[],
  s: PredictorSettings = DEFAULT_PREDICTOR,
): Votes {
  const votes: Votes = new Map();
  if (similarities.length === 0) return votes;
  let max = -Infinity;
  for (const c of similarities) max = Math.max(max, c.similarity);
  let total = 0;
  const e = similarities.map((c) => Math.exp((c.similarity - max) / s.centroidTau));
  for (const x of e) total += x;
  similarities.forEach((c, i) => {
    const p = e[i]! / total;
    if (p >= 1e-4) votes.set(c.subclass, { p, voters: [] });
  });
  return votes;
}

export function linearVotes(scores: readonly LinearScore[]): Votes {
  const votes: Votes = new Map();
  for (const s of scores) if (s.probability > 0) votes.set(s.subclass, { p: s.probability, voters: [] });
  return votes;
}

/** IPC reference titles vote like dense neighbours (their `key` is not a patent: they add no voters). */
export function referenceVotes(
  neighbours: readonly Neighbour[],
  s: PredictorSettings = DEFAULT_PREDICTOR,
): Votes {
  const top = neighbours[0]?.score ?? 0;
  const tau = s.referenceTau ?? s.denseTau;
  const votes = neighbourVotes(neighbours, s.referenceK ?? s.denseK, (n) => Math.exp((n.score - top) / tau));
  for (const v of votes.values()) v.voters = [];
  return votes;
}

export interface PredictorInput {
  dense?: readonly Neighbour[];
  lexical?: readonly Neighbour[];
  centroids?: readonly CentroidSimilarity[];
  /** Probabilities of a learned model (subclassModel.ts), any number of the most likely. */
  linear?: readonly LinearScore[];
  /** Nearest IPC reference titles, their subclass as `subclasses`. */
  reference?: readonly Neighbour[];
}

/** Each source's own distribution (before mixing), for fitting the weights on a validation split. */
export function sourceVotes(input: PredictorInput, settings: PredictorSettings = DEFAULT_PREDICTOR) {
  return {
    dense: denseVotes(input.dense ?? [], settings),
    lexical: lexicalVotes(input.lexical ?? [], settings),
    centroid: centroidVotes(input.centroids ?? [], settings),
    linear: linearVotes(input.linear ?? []),
    reference: referenceVotes(input.reference ?? [], settings),
  } satisfies Record<SourceName, Votes>;
}

/**
 * Mixes the sources. A source that has nothing to say (no embeddings: no dense neighbours and no centroids)
 * gives its weight to the others, so lexical-only prediction is still a probability distribution. A source
 * whose weight is 0 (linear and reference by default) is ignored.
 */
export function predictSubclasses(
  input: PredictorInput,
  settings: PredictorSettings = DEFAULT_PREDICTOR,
): SubclassScore[] {
  return mixVotes(sourceVotes(input, settings), settings.weights);
}

/** The weighted mixture of per-source distributions, most likely first (ties by code). */
export function mixVotes(sources: Record<SourceName, Votes>, weights: SourceWeights): SubclassScore[] {
  const weightOf = (n: SourceName) => weights[n] ?? 0;
  const present = (Object.keys(sources) as SourceName[]).filter(
    (n) => sources[n].size > 0 && weightOf(n) > 0,
  );
  const weightSum = present.reduce((sum, n) => sum + weightOf(n), 0);
  const out = new Map<string, SubclassScore>();
  for (const name of present) {
    const w = weightOf(name) / weightSum;
    for (const [subclass, v] of sources[name]) {
      let e = out.get(subclass) as
        | (SubclassScore & { probability: number; sources: Record<string, number> })
        | undefined;
      if (!e) {
        const sourceShares: Record<string, number> = { dense: 0, lexical: 0, centroid: 0 };
        for (const n of present) if (n === 'linear' || n === 'reference') sourceShares[n] = 0;
        e = { subclass, probability: 0, sources: sourceShares as SubclassScore['sources'], voters: [] };
        out.set(subclass, e);
      }
      e.probability += w * v.p;
      e.sources[name] = (e.sources[name] ?? 0) + w * v.p;
      for (const k of v.voters) if (!e.voters.includes(k)) e.voters.push(k);
    }
  }
  return [...out.values()].sort(
    (a, b) => b.probability - a.probability || (a.subclass < b.subclass ? -1 : 1),
  );
}

/**
 * The subclasses to assign: the most likely always, then those reaching the threshold (and the share `ratio`
 * of the first one's probability), at most maxLabels.
 */
export function decideSubclasses(
  ranked: readonly SubclassScore[],
  d: Decision = DEFAULT_DECISION,
): SubclassScore[] {
  const floor = Math.max(d.threshold, (d.ratio ?? 0) * (ranked[0]?.probability ?? 0));
  return ranked.filter((s, i) => i === 0 || s.probability >= floor).slice(0, d.maxLabels);
}
