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
import { type FeatureSet, type LabelledText, type LinearSubclassModel, LinearTrainer } from './subclassModel';

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
 * 4. a grid search over the mixture weights (steps of 0.1 on the simplex of the sources present) and the
 *    threshold (0.05–0.50) maximises validation micro-F1 under the decision rule of {@link decideSubclasses}:
 *    the most likely subclass always, then each with mixed probability ≥ threshold, at most `maxLabels`;
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
  /** CPU-bound phases in milliseconds (wall clock). */
  readonly ms: { fit: number; validate: number; grid: number; final: number; total: number };
}

export interface ClassifierSettings {
  readonly features: FeatureSet;
  readonly predictor: PredictorSettings;
  readonly decision: Decision;
}

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
    return mixVotes(
      sourceVotes(this.sources(input), this.settings.predictor),
      this.settings.predictor.weights,
    );
  }

  /** The subclasses to assign under the fitted decision rule (`maxLabels` may only lower its cap). */
  decide(ranked: readonly SubclassScore[], maxLabels?: number): SubclassScore[] {
    const d = this.settings.decision;
    return decideSubclasses(ranked, {
      threshold: d.threshold,
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

/**
 * For one mixture: the best threshold under the decision rule and its micro-F1. Ranks beyond the first count
 * from the threshold on, so precomputing (probability, hit) of ranks 2..maxLabels makes each threshold a count.
 */
export function bestThreshold(
  ranked: readonly { probability: number; hit: boolean }[][],
  goldTotal: number,
  maxLabels: number,
  thresholds: readonly number[] = THRESHOLDS,
): { threshold: number; f1: number } {
  let firstHits = 0;
  let firsts = 0;
  const rest: { probability: number; hit: boolean }[] = [];
  for (const r of ranked) {
    if (r.length === 0) continue;
    firsts++;
    if (r[0]!.hit) firstHits++;
    for (let i = 1; i < Math.min(maxLabels, r.length); i++) rest.push(r[i]!);
  }
  let best = { threshold: thresholds[0] ?? 0, f1: -1 };
  for (const t of thresholds) {
    let tp = firstHits;
    let predicted = firsts;
    for (const x of rest) {
      if (x.probability >= t) {
        predicted++;
        if (x.hit) tp++;
      }
    }
    const f1 = predicted + goldTotal > 0 ? (2 * tp) / (predicted + goldTotal) : 0;
    if (f1 > best.f1 + 1e-12) best = { threshold: t, f1 };
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
  options: { steps?: number; maxLabels?: number; thresholds?: readonly number[] } = {},
): { weights: SourceWeights; threshold: number; f1: number } {
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
  let best = { weights: [] as number[], threshold: 0, f1: -1 };
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
    const t = bestThreshold(ranked, goldTotal, maxLabels, options.thresholds);
    if (t.f1 > best.f1 + 1e-12) best = { weights: w, threshold: t.threshold, f1: t.f1 };
  }
  const weights: Record<string, number> = { dense: 0, lexical: 0, centroid: 0, linear: 0, reference: 0 };
  sources.forEach((s, j) => {
    weights[s] = Math.round(best.weights[j]! * 1000) / 1000;
  });
  return {
    weights: weights as unknown as SourceWeights,
    threshold: best.threshold,
    f1: Math.max(0, best.f1),
  };
}

// Training -----------------------------------------------------------------------------------------------

export interface ClassifierTrainingOptions {
  readonly features: FeatureSet;
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
  readonly maxLabels?: number;
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
  const trainerOptions = { features, dimensions: D, learningRate };

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
  const fitted = fitMixture(cases, sources, { maxLabels });
  log(
    `${features}: mixture ${JSON.stringify(fitted.weights)} threshold ${fitted.threshold} validation micro-F1 ${fitted.f1.toFixed(4)}`,
  );
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
      predictor: { ...predictorBase, weights: fitted.weights },
      decision: { threshold: fitted.threshold, maxLabels },
    },
    {
      features,
      examples: labelled.length,
      validation: validation.length,
      referenceExamples: linearReference.length,
      epochs,
      retrained: retrain,
      epochF1,
      validationF1: Math.round(fitted.f1 * 10_000) / 10_000,
      weights: fitted.weights,
      threshold: fitted.threshold,
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
