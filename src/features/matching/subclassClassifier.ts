import {
  type CentroidSimilarity,
  DEFAULT_PREDICTOR,
  type Decision,
  decideSubclasses,
  mixVotes,
  type Neighbour,
  type PredictorInput,
  type PredictorSettings,
  type SourceName,
  type SourceWeights,
  type SubclassScore,
  sourceVotes,
  type Votes,
} from './ipcPredictor';
import {
  type FeatureSet,
  type LabelledText,
  type LinearSubclassModel,
  LinearTrainer,
  type LossKind,
} from './subclassModel';

/**
 * The IPC subclass classifier of the catalogue: a learned linear model (subclassModel.ts) mixed with the
 * catalogue's nearest-neighbour votes, subclass centroids and nearest IPC reference titles (ipcPredictor.ts),
 * with the mixture weights and the multi-label threshold fitted on a validation split of the catalogue itself.
 *
 * Training ({@link trainSubclassClassifier}), all inside the catalogue it is given:
 * 1. a deterministic validation split (a hash of the patent key; 20 %, at most `maxValidation`);
 * 2. the linear model is trained on the rest, one epoch at a time; after each, its validation micro-F1 (best
 *    threshold) decides the number of epochs (stop after `patience` epochs without gain, at most `maxEpochs`);
 * 3. for each validation patent the sources are computed as at prediction time but without it: the linear
 *    model that never saw it, its nearest catalogue patents with itself excluded (leave-one-out), the subclass
 *    centroids with its own vector taken out, the nearest reference titles;
 * 4. a grid search over the mixture weights (steps of 0.1 on the simplex of the sources present), the
 *    threshold (0.05–0.50) and the ratio (0–0.9) maximises validation micro-F1 under the decision rule of
 *    {@link decideSubclasses}: the most likely subclass always, then each with mixed probability ≥ threshold and
 *    ≥ ratio × the first one's, at most `maxLabels`; with those weights, the companions' weight (second stage,
 *    {@link boostCompanions}, on a co-occurrence table of the fit part only) and the decision are fitted again;
 * 5. the linear model is trained again on the whole catalogue for the chosen number of epochs.
 * Nothing is tuned on the texts the classifier is later asked about. Which sources take part follows the
 * feature set: 'lexical' (no embedding model: linear on TF-IDF + BM25 neighbours), 'dense' (linear on the
 * embedding + dense neighbours + centroids + reference titles) or 'hybrid' (all of them).
 */

export interface CatalogueExample extends LabelledText {
  /** Patent key in the catalogue (what neighbour searches return). */
  readonly key: number;
}

export interface ClassifierReport {
  readonly features: FeatureSet;
  readonly examples: number;
  readonly validation: number;
  readonly referenceExamples: number;
  readonly epochs: number;
  /** Whether the final linear model was trained again on the whole catalogue. */
  readonly retrained: boolean;
  /** Validation micro-F1 of the linear model alone after each epoch (best threshold). */
  readonly epochF1: number[];
  /** Validation micro-F1 of the fitted mixture with the fitted threshold. */
  readonly validationF1: number;
  readonly weights: SourceWeights;
  readonly threshold: number;
  /** Fitted relative floor of the decision (p ≥ ratio · p₁ for labels after the first); 0 = none. */
  readonly ratio?: number;
  /** Fitted weight of the companions' second stage; 0 = none. */
  readonly companionWeight?: number;
  /** CPU-bound phases in milliseconds (wall clock). */
  readonly ms: { fit: number; validate: number; grid: number; final: number; total: number };
}

export interface ClassifierSettings {
  readonly features: FeatureSet;
  /**
   * Character n-gram lengths the text's tokens were made with besides the jieba words
   * (catalogueClassifier.ts `classifierTokens`); absent = none (files of format 1).
   */
  readonly charNgrams?: readonly number[];
  readonly predictor: PredictorSettings;
  readonly decision: Decision;
  /** Second stage: the first subclass's usual companions (absent = none, files of format 1). */
  readonly companions?: CompanionSettings;
}

/**
 * Subclasses that travel together (A61K with A61P, H01M with H02J): P(s | t) among the catalogue's patents
 * carrying t, the most frequent companions of each subclass. After the mixture, every subclass s below the
 * first one t scores (1 − weight) · p_s + weight · p_t · P(s | t); the first keeps its place and probability.
 */
export interface CompanionSettings {
  readonly weight: number;
  /** Subclass → its companions with P(companion | subclass), most frequent first. */
  readonly given: Readonly<Record<string, readonly (readonly [string, number])[]>>;
}

/** Companions kept per subclass, and the least number of patents a pair must share to count. */
const MAX_COMPANIONS = 20;
const MIN_PAIR_PATENTS = 2;

/** The companion table of a set of labelled examples (weight 0: to be fitted). */
export function companionTable(
  examples: readonly { subclasses: readonly string[] }[],
): CompanionSettings['given'] {
  const single = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  for (const e of examples) {
    const labels = [...new Set(e.subclasses)];
    for (const t of labels) {
      single.set(t, (single.get(t) ?? 0) + 1);
      let row = pairs.get(t);
      for (const s of labels) {
        if (s === t) continue;
        if (!row) {
          row = new Map();
          pairs.set(t, row);
        }
        row.set(s, (row.get(s) ?? 0) + 1);
      }
    }
  }
  const out: Record<string, [string, number][]> = {};
  for (const [t, row] of [...pairs].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const n = single.get(t)!;
    const list = [...row]
      .filter(([, c]) => c >= MIN_PAIR_PATENTS)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_COMPANIONS)
      .map(([s, c]) => [s, Math.round((c / n) * 10_000) / 10_000] as [string, number]);
    if (list.length) out[t] = list;
  }
  return out;
}

/** The second stage of {@link CompanionSettings} on a mixture's ranking (a new ranking; the input is kept). */
export function boostCompanions(ranked: readonly SubclassScore[], c: CompanionSettings): SubclassScore[] {
  const first = ranked[0];
  if (!first || !(c.weight > 0)) return [...ranked];
  const w = c.weight;
  const given = new Map(c.given[first.subclass] ?? []);
  const keep = 1 - w;
  const rest: SubclassScore[] = ranked.slice(1).map((s) => {
    const boost = w * first.probability * (given.get(s.subclass) ?? 0);
    given.delete(s.subclass);
    const x = s.sources;
    const sources: SubclassScore['sources'] = {
      dense: keep * x.dense,
      lexical: keep * x.lexical,
      centroid: keep * x.centroid,
      ...(x.linear !== undefined ? { linear: keep * x.linear } : {}),
      ...(x.reference !== undefined ? { reference: keep * x.reference } : {}),
      companion: boost,
    };
    return { subclass: s.subclass, probability: keep * s.probability + boost, sources, voters: s.voters };
  });
  // Companions no source proposed.
  for (const [subclass, p] of given) {
    if (subclass === first.subclass) continue;
    rest.push({
      subclass,
      probability: w * first.probability * p,
      sources: { dense: 0, lexical: 0, centroid: 0, companion: w * first.probability * p },
      voters: [],
    });
  }
  rest.sort((a, b) => b.probability - a.probability || (a.subclass < b.subclass ? -1 : 1));
  return [first, ...rest];
}

/** Companion weights the fit chooses from (0 first: no second stage on ties). */
export const COMPANION_WEIGHTS: readonly number[] = [0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5];

/** Sources that take part for a feature set. */
export function sourcesFor(features: FeatureSet, hasReference: boolean): SourceName[] {
  if (features === 'lexical') return ['linear', 'lexical'];
  const dense: SourceName[] = [
    'linear',
    'dense',
    'centroid',
    ...(hasReference ? (['reference'] as const) : []),
  ];
  return features === 'dense' ? dense : [...dense, 'lexical'];
}

/** What the classifier needs to know about one text besides the linear model's own view of it. */
export interface ClassifyInput {
  readonly tokens: readonly string[];
  readonly vector: Float32Array | null;
  readonly dense?: readonly Neighbour[];
  readonly lexical?: readonly Neighbour[];
  readonly centroids?: readonly CentroidSimilarity[];
  readonly reference?: readonly Neighbour[];
}

/** Most likely subclasses the linear model hands to the mixture (the rest are ≈ 0 and cannot be chosen). */
const LINEAR_CANDIDATES = 30;

export class SubclassClassifier {
  constructor(
    readonly model: LinearSubclassModel | null,
    readonly settings: ClassifierSettings,
    readonly report: ClassifierReport | null = null,
    /** Embedded IPC reference titles; when present and the text has a vector, they vote as a source. */
    readonly reference: ReferenceIndex | null = null,
  ) {}

  get features(): FeatureSet {
    return this.settings.features;
  }

  /** Sources of a text as {@link predictSubclasses} takes them (the vector is ignored in lexical mode). */
  sources(input: ClassifyInput): PredictorInput {
    const lexicalOnly = this.settings.features === 'lexical';
    const denseOnly = this.settings.features === 'dense';
    const vector = lexicalOnly ? null : input.vector;
    const p = this.settings.predictor;
    const reference =
      input.reference ??
      (vector && this.reference ? this.reference.nearest(vector, p.referenceK ?? p.denseK) : []);
    return {
      linear: this.model ? this.model.top(input.tokens, vector, LINEAR_CANDIDATES) : [],
      lexical: denseOnly ? [] : input.lexical,
      dense: vector ? input.dense : [],
      centroids: vector ? input.centroids : [],
      reference: vector ? reference : [],
    };
  }

  /** Subclasses of a text, most likely first, each with its mixed probability and the share of each source. */
  rank(input: ClassifyInput): SubclassScore[] {
    const mixed = mixVotes(
      sourceVotes(this.sources(input), this.settings.predictor),
      this.settings.predictor.weights,
    );
    const companions = this.settings.companions;
    return companions && companions.weight > 0 ? boostCompanions(mixed, companions) : mixed;
  }

  /** The subclasses to assign under the fitted decision rule (`maxLabels` may only lower its cap). */
  decide(ranked: readonly SubclassScore[], maxLabels?: number): SubclassScore[] {
    const d = this.settings.decision;
    return decideSubclasses(ranked, {
      threshold: d.threshold,
      ...(d.ratio ? { ratio: d.ratio } : {}),
      maxLabels: Math.min(d.maxLabels, maxLabels ?? d.maxLabels),
    });
  }
}

// Validation split ---------------------------------------------------------------------------------------

/** 32-bit integer hash (Murmur3 finaliser) of a key and a seed: the split does not depend on input order. */
export function keyHash(key: number, seed: number): number {
  let h = (Math.imul(key | 0, 0x9e3779b1) ^ Math.floor(key / 0x1_0000_0000) ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Keys held out for validation: those whose hash falls in the lowest `fraction`, at most `max` (lowest first). */
export function validationKeys(
  keys: readonly number[],
  fraction: number,
  max: number,
  seed = 7,
): Set<number> {
  const limit = fraction * 0x1_0000_0000;
  const chosen = keys
    .map((k) => ({ k, h: keyHash(k, seed) }))
    .filter((x) => x.h < limit)
    .sort((a, b) => a.h - b.h || a.k - b.k)
    .slice(0, max);
  return new Set(chosen.map((x) => x.k));
}

// Leave-one-out centroids ----------------------------------------------------------------------------------

/**
 * Subclass centroids as the match store keeps them (each patent adds v / |subclasses| to each of its
 * subclasses), with a patent's own contribution removable: cos(v, Σ − own) computed from Σ·v, |Σ|² and v·v.
 */
export class CentroidTable {
  private readonly sums = new Map<string, Float64Array>();

  constructor(
    examples: readonly LabelledText[],
    readonly dimensions: number,
  ) {
    for (const e of examples) {
      if (!e.vector || e.subclasses.length === 0) continue;
      const w = 1 / e.subclasses.length;
      for (const s of e.subclasses) {
        let sum = this.sums.get(s);
        if (!sum) {
          sum = new Float64Array(dimensions);
          this.sums.set(s, sum);
        }
        for (let d = 0; d < dimensions; d++) sum[d]! += w * e.vector[d]!;
      }
    }
  }

  get size(): number {
    return this.sums.size;
  }

  /** cos(vector, centroid) for every subclass; with `own`, that example's share is taken out first. */
  similarities(vector: Float32Array, own?: { subclasses: readonly string[] }): CentroidSimilarity[] {
    const D = this.dimensions;
    const ownShare = own?.subclasses.length ? 1 / own.subclasses.length : 0;
    let vv = 0;
    for (let d = 0; d < D; d++) vv += vector[d]! * vector[d]!;
    const out: CentroidSimilarity[] = [];
    for (const [subclass, sum] of this.sums) {
      let sv = 0;
      let ss = 0;
      for (let d = 0; d < D; d++) {
        sv += sum[d]! * vector[d]!;
        ss += sum[d]! * sum[d]!;
      }
      if (own?.subclasses.includes(subclass)) {
        ss += -2 * ownShare * sv + ownShare * ownShare * vv;
        sv -= ownShare * vv;
      }
      if (ss <= 1e-12) continue;
      out.push({ subclass, similarity: sv / Math.sqrt(ss) / Math.sqrt(vv || 1) });
    }
    return out;
  }
}

// Reference titles -----------------------------------------------------------------------------------------

/** Nearest IPC reference titles by cosine, exhaustively (a few thousand unit vectors). */
export class ReferenceIndex {
  private readonly vectors: Float32Array;
  private readonly subclasses: string[][];

  constructor(
    entries: readonly { vector: Float32Array; subclass: string }[],
    readonly dimensions: number,
  ) {
    this.vectors = new Float32Array(entries.length * dimensions);
    entries.forEach((e, i) => {
      this.vectors.set(e.vector, i * dimensions);
    });
    this.subclasses = entries.map((e) => [e.subclass]);
  }

  get size(): number {
    return this.subclasses.length;
  }

  /** The entries as flat arrays (for persisting). */
  export(): { dimensions: number; subclasses: string[]; vectors: Float32Array } {
    return {
      dimensions: this.dimensions,
      subclasses: this.subclasses.map((s) => s[0]!),
      vectors: this.vectors,
    };
  }

  static fromExport(x: {
    dimensions: number;
    subclasses: readonly string[];
    vectors: Float32Array;
  }): ReferenceIndex {
    return new ReferenceIndex(
      x.subclasses.map((subclass, i) => ({
        subclass,
        vector: x.vectors.subarray(i * x.dimensions, (i + 1) * x.dimensions),
      })),
      x.dimensions,
    );
  }

  nearest(vector: Float32Array, k: number): Neighbour[] {
    const D = this.dimensions;
    const n = this.subclasses.length;
    // The k best so far, best first; a candidate below the k-th is dropped without sorting.
    const top: { i: number; s: number }[] = [];
    for (let i = 0; i < n && k > 0; i++) {
      const o = i * D;
      let s0 = 0;
      let s1 = 0;
      let d = 0;
      for (; d + 1 < D; d += 2) {
        s0 += vector[d]! * this.vectors[o + d]!;
        s1 += vector[d + 1]! * this.vectors[o + d + 1]!;
      }
      if (d < D) s0 += vector[d]! * this.vectors[o + d]!;
      const s = s0 + s1;
      if (top.length === k && s <= top[k - 1]!.s) continue;
      let at = top.length;
      while (at > 0 && top[at - 1]!.s < s) at--;
      top.splice(at, 0, { i, s });
      if (top.length > k) top.pop();
    }
    return top.map((t) => ({ key: t.i, score: t.s, subclasses: this.subclasses[t.i]! }));
  }
}

// Fitting the mixture ----------------------------------------------------------------------------------------

export interface ValidationCase {
  readonly gold: ReadonlySet<string>;
  readonly votes: Record<SourceName, Votes>;
}

/** Micro-averaged F1 of chosen sets against gold sets (0 when nothing was chosen and nothing was gold). */
export function microF1(
  chosen: readonly (readonly string[])[],
  gold: readonly ReadonlySet<string>[],
): { precision: number; recall: number; f1: number } {
  let tp = 0;
  let predicted = 0;
  let actual = 0;
  chosen.forEach((c, i) => {
    predicted += c.length;
    actual += gold[i]!.size;
    for (const s of c) if (gold[i]!.has(s)) tp++;
  });
  const precision = predicted ? tp / predicted : 0;
  const recall = actual ? tp / actual : 0;
  return {
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
  };
}

/** Every weight vector over `n` sources in steps of 1/steps, summing to 1 (the simplex grid). */
export function simplexGrid(n: number, steps: number): number[][] {
  const out: number[][] = [];
  const walk = (prefix: number[], left: number) => {
    if (prefix.length === n - 1) {
      out.push([...prefix, left].map((x) => x / steps));
      return;
    }
    for (let i = left; i >= 0; i--) walk([...prefix, i], left - i);
  };
  if (n > 0) walk([], steps);
  return out;
}

export const THRESHOLDS: readonly number[] = Array.from(
  { length: 46 },
  (_, i) => Math.round((0.05 + i * 0.01) * 100) / 100,
);

/** Relative floors (share of the first label's probability a further label must reach), 0 = none. */
export const RATIOS: readonly number[] = Array.from({ length: 10 }, (_, i) => i / 10);

/**
 * For one mixture: the best decision under {@link decideSubclasses} (threshold and ratio) and its micro-F1.
 * Ranks beyond the first count when p ≥ threshold and p ≥ ratio · p₁, so each further candidate is put in the
 * bin of the thresholds it reaches once, and every (ratio, threshold) pair becomes a suffix sum over the bins.
 * Ties keep the earlier pair: ratio 0 (the absolute threshold alone) and the lowest threshold first.
 */
export function bestThreshold(
  ranked: readonly { probability: number; hit: boolean }[][],
  goldTotal: number,
  maxLabels: number,
  thresholds: readonly number[] = THRESHOLDS,
  ratios: readonly number[] = [0],
): { threshold: number; ratio: number; f1: number } {
  let firstHits = 0;
  let firsts = 0;
  const T = thresholds.length;
  // bin: how many thresholds the candidate reaches (thresholds ascending); share: p / p₁.
  const bins: number[] = [];
  const shares: number[] = [];
  const hits: boolean[] = [];
  for (const r of ranked) {
    if (r.length === 0) continue;
    firsts++;
    if (r[0]!.hit) firstHits++;
    const p1 = r[0]!.probability;
    for (let i = 1; i < Math.min(maxLabels, r.length); i++) {
      const p = r[i]!.probability;
      let bin = 0;
      while (bin < T && thresholds[bin]! <= p) bin++;
      if (bin === 0) continue;
      bins.push(bin);
      shares.push(p1 > 0 ? p / p1 : 0);
      hits.push(r[i]!.hit);
    }
  }
  let best = { threshold: thresholds[0] ?? 0, ratio: ratios[0] ?? 0, f1: -1 };
  const predictedAt = new Float64Array(T + 1);
  const hitsAt = new Float64Array(T + 1);
  for (const ratio of ratios) {
    predictedAt.fill(0);
    hitsAt.fill(0);
    for (let k = 0; k < bins.length; k++) {
      if (shares[k]! < ratio - 1e-12) continue;
      predictedAt[bins[k]!]!++;
      if (hits[k]) hitsAt[bins[k]!]!++;
    }
    // Threshold j is reached by the candidates of bins j + 1 … T: a suffix sum.
    let predicted = 0;
    let tp = 0;
    const f1At = new Float64Array(T);
    for (let j = T - 1; j >= 0; j--) {
      predicted += predictedAt[j + 1]!;
      tp += hitsAt[j + 1]!;
      const all = predicted + firsts + goldTotal;
      f1At[j] = all > 0 ? (2 * (tp + firstHits)) / all : 0;
    }
    for (let j = 0; j < T; j++)
      if (f1At[j]! > best.f1 + 1e-12) best = { threshold: thresholds[j]!, ratio, f1: f1At[j]! };
  }
  return best;
}

const CANDIDATES_PER_SOURCE = 12;

/**
 * Grid search of mixture weights and threshold on validation cases. Ties keep the earlier grid point, which
 * the grid orders from most weight on the first source (the linear model) down.
 */
export function fitMixture(
  cases: readonly ValidationCase[],
  sources: readonly SourceName[],
  options: {
    steps?: number;
    maxLabels?: number;
    thresholds?: readonly number[];
    ratios?: readonly number[];
  } = {},
): { weights: SourceWeights; threshold: number; ratio: number; f1: number } {
  const steps = options.steps ?? 10;
  const maxLabels = options.maxLabels ?? 5;
  const goldTotal = cases.reduce((n, c) => n + c.gold.size, 0);
  // Per case: candidate subclasses × sources matrix.
  const prepared = cases.map((c) => {
    // A subclass outside every source's top CANDIDATES_PER_SOURCE cannot reach the mixture's top few.
    const candidates = [
      ...new Set(
        sources.flatMap((s) =>
          [...c.votes[s]]
            .sort((a, b) => b[1].p - a[1].p || (a[0] < b[0] ? -1 : 1))
            .slice(0, CANDIDATES_PER_SOURCE)
            .map(([subclass]) => subclass),
        ),
      ),
    ].sort();
    const matrix = candidates.map((subclass) => sources.map((s) => c.votes[s].get(subclass)?.p ?? 0));
    const present = sources.map((s) => c.votes[s].size > 0);
    return { candidates, matrix, present, hits: candidates.map((s) => c.gold.has(s)) };
  });
  let best = { weights: [] as number[], threshold: 0, ratio: 0, f1: -1 };
  for (const w of simplexGrid(sources.length, steps)) {
    const ranked = prepared.map((p) => {
      // A source with nothing to say gives its weight to the others (as mixVotes does).
      let sum = 0;
      for (let j = 0; j < w.length; j++) if (p.present[j]) sum += w[j]!;
      if (sum <= 0) return [];
      const scored = p.matrix.map((row, i) => {
        let v = 0;
        for (let j = 0; j < w.length; j++) v += w[j]! * row[j]!;
        return { probability: v / sum, hit: p.hits[i]!, subclass: p.candidates[i]! };
      });
      scored.sort((a, b) => b.probability - a.probability || (a.subclass < b.subclass ? -1 : 1));
      return scored.slice(0, maxLabels).filter((s) => s.probability > 0);
    });
    const t = bestThreshold(ranked, goldTotal, maxLabels, options.thresholds, options.ratios);
    if (t.f1 > best.f1 + 1e-12) best = { weights: w, threshold: t.threshold, ratio: t.ratio, f1: t.f1 };
  }
  const weights: Record<string, number> = { dense: 0, lexical: 0, centroid: 0, linear: 0, reference: 0 };
  sources.forEach((s, j) => {
    weights[s] = Math.round(best.weights[j]! * 1000) / 1000;
  });
  return {
    weights: weights as unknown as SourceWeights,
    threshold: best.threshold,
    ratio: best.ratio,
    f1: Math.max(0, best.f1),
  };
}

// Training -----------------------------------------------------------------------------------------------

export interface ClassifierTrainingOptions {
  readonly features: FeatureSet;
  /** Character n-gram lengths in the examples' tokens (recorded in the settings, for classifying alike). */
  readonly charNgrams?: readonly number[];
  readonly dimensions?: number;
  /** Nearest catalogue patents of a catalogue example with the example itself excluded. */
  readonly neighbours: (example: CatalogueExample) => { lexical: Neighbour[]; dense: Neighbour[] };
  /** IPC reference titles: extra training examples (with `weight` < 1) and, embedded, a nearest-title source. */
  readonly reference?: readonly (LabelledText & { subclass: string })[];
  readonly referenceWeight?: number;
  readonly validationFraction?: number;
  readonly maxValidation?: number;
  readonly maxEpochs?: number;
  readonly patience?: number;
  readonly learningRate?: { dense: number; lexical: number };
  /**
   * Output of the linear model (default 'softmax'; 'sigmoid' = one-vs-rest, see subclassModel.ts — measured on
   * the 7,798 titles together with bigrams, ratios and companions: no gain, see DEFAULT_* notes below).
   */
  readonly loss?: LossKind;
  readonly maxLabels?: number;
  /** Relative floors the decision may choose from (default [0]: the absolute threshold only; {@link RATIOS}). */
  readonly ratios?: readonly number[];
  /** Companion weights to choose from (default [0]: no second stage; {@link COMPANION_WEIGHTS}). */
  readonly companionWeights?: readonly number[];
  /**
   * Train the linear model again on the whole catalogue after fitting. Default: when the validation split
   * held back more than 5 % of the catalogue (small catalogues); a large one loses little by keeping the model
   * trained without its capped validation split, and halves the training time.
   */
  readonly retrain?: boolean;
  /** Reference titles also train the linear model (default true); else they only vote as nearest titles. */
  readonly referenceInLinear?: boolean;
  readonly predictor?: PredictorSettings;
  readonly log?: (msg: string) => void;
}

/**
 * Defaults: the classifier as measured best. One-vs-rest, character bigrams (catalogueClassifier.ts), the
 * relative floor and the companions were measured together in the 5-fold quality bench (2026-12-01): hybrid
 * micro-F1 0.447 against 0.450 without them (top-1 0.530 against 0.526), per fold +0.006, −0.005, −0.009,
 * −0.006, +0.001 — no gain, so they stay options, off by default.
 */
export const DEFAULT_LOSS: LossKind = 'softmax';
export const DEFAULT_RATIOS: readonly number[] = [0];
export const DEFAULT_COMPANION_WEIGHTS: readonly number[] = [0];

/** Learning rates per feature set (the lexical block alone needs a larger step to converge in a few epochs). */
export const LEARNING_RATES: Record<FeatureSet, { dense: number; lexical: number }> = {
  lexical: { dense: 0.01, lexical: 0.05 },
  dense: { dense: 0.01, lexical: 0.01 },
  hybrid: { dense: 0.01, lexical: 0.01 },
};

/** Validation micro-F1 (best threshold) of the linear model alone. */
function linearF1(
  model: LinearSubclassModel,
  validation: readonly CatalogueExample[],
  features: FeatureSet,
  maxLabels: number,
): number {
  let goldTotal = 0;
  const ranked = validation.map((e) => {
    goldTotal += e.subclasses.length;
    return model
      .top(e.tokens, features === 'lexical' ? null : e.vector, maxLabels)
      .map((s) => ({ probability: s.probability, hit: e.subclasses.includes(s.subclass) }));
  });
  return bestThreshold(ranked, goldTotal, maxLabels).f1;
}

export function trainSubclassClassifier(
  catalogue: readonly CatalogueExample[],
  options: ClassifierTrainingOptions,
): SubclassClassifier {
  const t0 = performance.now();
  const log = options.log ?? (() => {});
  const { features } = options;
  const D = options.dimensions ?? 512;
  const maxLabels = options.maxLabels ?? 5;
  const predictorBase = options.predictor ?? DEFAULT_PREDICTOR;
  const labelled = catalogue.filter((e) => e.subclasses.length > 0);
  const held = validationKeys(
    labelled.map((e) => e.key),
    options.validationFraction ?? 0.2,
    options.maxValidation ?? 2_000,
  );
  const validation = labelled.filter((e) => held.has(e.key));
  const fitPart = labelled.filter((e) => !held.has(e.key));
  const referenceWeight = options.referenceWeight ?? 0.3;
  const reference = (options.reference ?? []).map((r) => ({
    ...r,
    vector: features === 'lexical' ? null : r.vector,
    weight: referenceWeight,
  }));
  const referenceIndex =
    features !== 'lexical' && reference.some((r) => r.vector)
      ? new ReferenceIndex(
          reference.filter((r) => r.vector).map((r) => ({ vector: r.vector!, subclass: r.subclass })),
          D,
        )
      : null;
  const learningRate = options.learningRate ?? LEARNING_RATES[features];
  const trainerOptions = { features, dimensions: D, learningRate, loss: options.loss ?? DEFAULT_LOSS };

  // 1–2: linear model on the fit part, epochs chosen on validation.
  const linearReference = options.referenceInLinear === false ? [] : reference;
  const trainer = new LinearTrainer([...fitPart, ...linearReference], trainerOptions);
  const maxEpochs = options.maxEpochs ?? 10;
  const patience = options.patience ?? 1;
  const epochF1: number[] = [];
  let bestModel: LinearSubclassModel | null = null;
  let bestF1 = -1;
  let since = 0;
  for (let e = 0; e < maxEpochs && since < patience; e++) {
    trainer.epoch();
    const model = trainer.model();
    const f1 = validation.length ? linearF1(model, validation, features, maxLabels) : 0;
    epochF1.push(Math.round(f1 * 10_000) / 10_000);
    log(`${features}: epoch ${e + 1} validation micro-F1 (linear alone) ${f1.toFixed(4)}`);
    if (f1 > bestF1 + 1e-4 || !bestModel) {
      bestF1 = f1;
      bestModel = model;
      since = 0;
    } else since++;
  }
  const epochs = bestModel!.parameters.epochs;
  const tFit = performance.now();

  // 3: the sources of each validation patent without it.
  const centroids = features === 'lexical' ? null : new CentroidTable(labelled, D);
  const sources = sourcesFor(features, referenceIndex !== null);
  const interim = new SubclassClassifier(
    bestModel,
    { features, predictor: predictorBase, decision: { threshold: 0.15, maxLabels } },
    null,
    referenceIndex,
  );
  const cases: ValidationCase[] = validation.map((e) => {
    const nb = options.neighbours(e);
    const vector = features === 'lexical' ? null : e.vector;
    const input = interim.sources({
      tokens: e.tokens,
      vector,
      lexical: nb.lexical,
      dense: nb.dense,
      centroids: vector && centroids ? centroids.similarities(vector, e) : [],
    });
    return { gold: new Set(e.subclasses), votes: sourceVotes(input, predictorBase) };
  });
  const tValidate = performance.now();

  // 4: weights and threshold.
  const fitted = fitMixture(cases, sources, { maxLabels, ratios: options.ratios ?? DEFAULT_RATIOS });
  log(
    `${features}: mixture ${JSON.stringify(fitted.weights)} threshold ${fitted.threshold} ratio ${fitted.ratio} validation micro-F1 ${fitted.f1.toFixed(4)}`,
  );
  // 4b: the companions' weight, with the mixture fixed, on a table of the fit part (validation patents out).
  const companionCandidates = options.companionWeights ?? DEFAULT_COMPANION_WEIGHTS;
  let companion = { weight: 0, threshold: fitted.threshold, ratio: fitted.ratio, f1: fitted.f1 };
  if (companionCandidates.some((w) => w > 0)) {
    const fitTable = companionTable(fitPart);
    const mixed = cases.map((c) => mixVotes(c.votes, fitted.weights).slice(0, 4 * maxLabels));
    const goldTotal = cases.reduce((n, c) => n + c.gold.size, 0);
    for (const weight of companionCandidates) {
      if (!(weight > 0)) continue;
      const ranked = mixed.map((m, i) =>
        boostCompanions(m, { weight, given: fitTable })
          .slice(0, maxLabels)
          .map((x) => ({ probability: x.probability, hit: cases[i]!.gold.has(x.subclass) })),
      );
      const t = bestThreshold(ranked, goldTotal, maxLabels, THRESHOLDS, options.ratios ?? DEFAULT_RATIOS);
      if (t.f1 > companion.f1 + 1e-12) companion = { weight, ...t };
    }
    log(`${features}: companions weight ${companion.weight} validation micro-F1 ${companion.f1.toFixed(4)}`);
  }
  const tGrid = performance.now();

  // 5: the final linear model on everything.
  let finalModel = bestModel!;
  const retrain = options.retrain ?? validation.length > 0.05 * labelled.length;
  if (retrain) {
    const all = new LinearTrainer([...labelled, ...linearReference], trainerOptions);
    for (let e = 0; e < epochs; e++) all.epoch();
    finalModel = all.model();
  }
  const tEnd = performance.now();
  const ms = (a: number, b: number) => Math.round(b - a);
  return new SubclassClassifier(
    finalModel,
    {
      features,
      ...(options.charNgrams?.length ? { charNgrams: [...options.charNgrams] } : {}),
      predictor: { ...predictorBase, weights: fitted.weights },
      decision: {
        threshold: companion.threshold,
        ...(companion.ratio > 0 ? { ratio: companion.ratio } : {}),
        maxLabels,
      },
      ...(companion.weight > 0
        ? { companions: { weight: companion.weight, given: companionTable(labelled) } }
        : {}),
    },
    {
      features,
      examples: labelled.length,
      validation: validation.length,
      referenceExamples: linearReference.length,
      epochs,
      retrained: retrain,
      epochF1,
      validationF1: Math.round(companion.f1 * 10_000) / 10_000,
      weights: fitted.weights,
      threshold: companion.threshold,
      ratio: companion.ratio,
      companionWeight: companion.weight,
      ms: {
        fit: ms(t0, tFit),
        validate: ms(tFit, tValidate),
        grid: ms(tValidate, tGrid),
        final: ms(tGrid, tEnd),
        total: ms(t0, tEnd),
      },
    },
    referenceIndex,
  );
}
