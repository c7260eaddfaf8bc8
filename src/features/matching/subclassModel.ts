/**
 * A learned IPC subclass classifier: logistic regression over the catalogue's subclasses on two feature blocks,
 * pure and in memory, either one-vs-rest (`loss: 'sigmoid'`) or multinomial (`loss: 'softmax'`).
 *
 * - dense: the text's 512-d embedding, standardised per dimension with the training set's mean and standard
 *   deviation (bge embeddings are anisotropic: all directions share a large common component, and unscaled they
 *   train an order of magnitude slower), divided by √D so the block has unit expected norm;
 * - lexical: TF-IDF of the jieba index tokens (precise words plus their dictionary sub-words, as the search
 *   index has them): sublinear tf (1 + ln n) × smoothed idf ln((1 + N) / (1 + df)) + 1, L2-normalised. Tokens
 *   seen in fewer than `minDocumentFrequency` training texts are dropped (a word of one patent teaches nothing
 *   about the others), the vocabulary is capped at `maxVocabulary` by document frequency.
 *
 * Which blocks are used is the model's `features`: 'lexical' (no embedding model: the lexical-only platform),
 * 'dense', or 'hybrid' (both, one model). With 'softmax' a patent with several subclasses is one example whose
 * target spreads evenly over them, so the model learns "share of this text's labels"; with 'sigmoid' each
 * subclass is its own yes/no (target 1 for each of the patent's subclasses), so a second subclass that truly
 * belongs is not halved by the first. The decision of how many to keep is made later on these probabilities
 * (subclassClassifier.ts; it trains 'softmax' by default: 'sigmoid' gave no gain on the 7,798 labelled titles).
 *
 * Training: mini-batch Adam (β₁ 0.9, β₂ 0.999), no weight decay; the number of epochs is the regulariser,
 * picked on a validation split by the caller (one epoch at a time through {@link LinearTrainer}). Sparse rows
 * are updated lazily (only the rows a batch touched), so an epoch costs O(examples × (D + tokens) × labels).
 * Deterministic for a given seed and example order.
 */

export interface LabelledText {
  /** Index tokens of the text (tokenizeForIndex). */
  readonly tokens: readonly string[];
  /** Unit embedding, or null (no model, or not embedded yet): the dense block is then all zero. */
  readonly vector: Float32Array | null;
  readonly subclasses: readonly string[];
  /** Weight of the example in the loss (default 1; IPC reference titles count less than patents). */
  readonly weight?: number;
}

export type FeatureSet = 'lexical' | 'dense' | 'hybrid';

export interface LinearModelOptions {
  readonly features: FeatureSet;
  readonly dimensions?: number;
  readonly learningRate?: { readonly dense: number; readonly lexical: number };
  readonly batchSize?: number;
  readonly minDocumentFrequency?: number;
  readonly maxVocabulary?: number;
  readonly seed?: number;
  /**
   * Dense-block gradients of a label below this (|p − target| · weight) are skipped: after the first epoch
   * most labels have p ≈ 0 for a text, so this saves most of the backward pass at no measurable loss.
   */
  readonly gradientFloor?: number;
  /**
   * 'softmax': one distribution over the labels, a text's labels share the target; 'sigmoid': one-vs-rest,
   * each label its own probability (target 1 for each of the text's labels), the bias starting at the
   * label's log-odds in the training set.
   */
  readonly loss?: LossKind;
}

export type LossKind = 'softmax' | 'sigmoid';

export const DEFAULT_LINEAR: Required<Omit<LinearModelOptions, 'features'>> = {
  dimensions: 512,
  learningRate: { dense: 0.01, lexical: 0.03 },
  batchSize: 64,
  minDocumentFrequency: 2,
  maxVocabulary: 60_000,
  seed: 1,
  gradientFloor: 1e-4,
  loss: 'softmax',
};

export interface SubclassProbability {
  readonly subclass: string;
  readonly probability: number;
}

/** The fitted parameters (what is persisted). */
export interface LinearModelParameters {
  readonly features: FeatureSet;
  readonly labels: readonly string[];
  /** Token → row in the lexical block. */
  readonly vocabulary: readonly string[];
  readonly idf: Float32Array;
  readonly documents: number;
  /** Dense block: per-dimension mean and 1 / (std · √D); empty without the dense block. */
  readonly mean: Float32Array;
  readonly scale: Float32Array;
  /** Dense block, label-major: labels × denseRows (a logit is one contiguous dot product). */
  readonly denseWeights: Float32Array;
  /** Lexical block, token-major: vocabulary × labels (a token adds one contiguous row). */
  readonly lexicalWeights: Float32Array;
  readonly bias: Float32Array;
  /** Epochs trained. */
  readonly epochs: number;
  /** Output function (absent: 'softmax', files of format 1). */
  readonly loss?: LossKind;
}

/** Logistic function in place. */
export function sigmoidInPlace(z: Float32Array): void {
  for (let c = 0; c < z.length; c++) z[c] = 1 / (1 + Math.exp(-z[c]!));
}

/** A small deterministic generator (xorshift32) for shuffling. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 0x9e3779b9;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x1_0000_0000;
  };
}

interface SparseRow {
  readonly index: Int32Array;
  readonly value: Float32Array;
}

/** TF-IDF features of one token list against a vocabulary (unknown tokens ignored), L2-normalised. */
export function tfidf(
  tokens: readonly string[],
  vocabulary: ReadonlyMap<string, number>,
  idf: Float32Array,
): SparseRow {
  const counts = new Map<number, number>();
  for (const t of tokens) {
    const j = vocabulary.get(t);
    if (j !== undefined) counts.set(j, (counts.get(j) ?? 0) + 1);
  }
  const index = new Int32Array(counts.size);
  const value = new Float32Array(counts.size);
  let i = 0;
  let norm = 0;
  for (const [j, n] of [...counts].sort((a, b) => a[0] - b[0])) {
    const v = (1 + Math.log(n)) * idf[j]!;
    index[i] = j;
    value[i] = v;
    norm += v * v;
    i++;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < value.length; k++) value[k]! /= norm;
  return { index, value };
}

/** Softmax in place, numerically stable. */
export function softmaxInPlace(z: Float32Array): void {
  let max = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < z.length; c++) if (z[c]! > max) max = z[c]!;
  let sum = 0;
  for (let c = 0; c < z.length; c++) {
    const e = Math.exp(z[c]! - max);
    z[c] = e;
    sum += e;
  }
  for (let c = 0; c < z.length; c++) z[c]! /= sum;
}

/** Σ_d a[ao + d] · b[bo + d] over n entries, four accumulators (≈ 2× faster in V8 than one). */
function dot(a: Float32Array, ao: number, b: Float32Array, bo: number, n: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let d = 0;
  for (; d + 3 < n; d += 4) {
    s0 += a[ao + d]! * b[bo + d]!;
    s1 += a[ao + d + 1]! * b[bo + d + 1]!;
    s2 += a[ao + d + 2]! * b[bo + d + 2]!;
    s3 += a[ao + d + 3]! * b[bo + d + 3]!;
  }
  for (; d < n; d++) s0 += a[ao + d]! * b[bo + d]!;
  return s0 + s1 + s2 + s3;
}

/** The standardised dense block of a vector, into `out`. */
function standardise(vector: Float32Array, mean: Float32Array, scale: Float32Array, out: Float32Array): void {
  for (let d = 0; d < out.length; d++) out[d] = (vector[d]! - mean[d]!) * scale[d]!;
}

/** Logits of one example into z (bias + dense block + lexical block). */
function logits(
  z: Float32Array,
  bias: Float32Array,
  dense: Float32Array | null,
  denseWeights: Float32Array,
  sparse: SparseRow,
  lexicalWeights: Float32Array,
): void {
  const C = bias.length;
  if (dense) {
    const D = dense.length;
    for (let c = 0; c < C; c++) z[c] = bias[c]! + dot(denseWeights, c * D, dense, 0, D);
  } else z.set(bias);
  for (let k = 0; k < sparse.index.length; k++) {
    const x = sparse.value[k]!;
    const o = sparse.index[k]! * C;
    for (let c = 0; c < C; c++) z[c]! += x * lexicalWeights[o + c]!;
  }
}

/** The trained model: probabilities over its subclasses for a text. */
export class LinearSubclassModel {
  readonly labelIndex: ReadonlyMap<string, number>;
  private readonly vocabularyIndex: Map<string, number>;
  private readonly x: Float32Array;

  constructor(readonly parameters: LinearModelParameters) {
    this.labelIndex = new Map(parameters.labels.map((l, i) => [l, i]));
    this.vocabularyIndex = new Map(parameters.vocabulary.map((t, i) => [t, i]));
    this.x = new Float32Array(parameters.mean.length);
  }

  get features(): FeatureSet {
    return this.parameters.features;
  }

  get labels(): readonly string[] {
    return this.parameters.labels;
  }

  /** Probability of every label (in `labels` order) for a text. */
  probabilities(tokens: readonly string[], vector: Float32Array | null): Float32Array {
    const p = this.parameters;
    const z = new Float32Array(p.labels.length);
    const dense = this.x.length > 0 && vector ? this.x : null;
    if (dense) standardise(vector!, p.mean, p.scale, dense);
    const sparse = p.features === 'dense' ? EMPTY_ROW : tfidf(tokens, this.vocabularyIndex, p.idf);
    logits(z, p.bias, dense, p.denseWeights, sparse, p.lexicalWeights);
    if (p.loss === 'sigmoid') sigmoidInPlace(z);
    else softmaxInPlace(z);
    return z;
  }

  /** The `n` most likely subclasses, most likely first (ties by code). */
  top(tokens: readonly string[], vector: Float32Array | null, n = 20): SubclassProbability[] {
    return topOf(this.probabilities(tokens, vector), this.parameters.labels, n);
  }
}

const EMPTY_ROW: SparseRow = { index: new Int32Array(0), value: new Float32Array(0) };

const byProbability = (a: SubclassProbability, b: SubclassProbability) =>
  b.probability - a.probability || (a.subclass < b.subclass ? -1 : 1);

/** The `n` largest probabilities with their labels, largest first (ties by label). */
export function topOf(
  probabilities: Float32Array,
  labels: readonly string[],
  n: number,
): SubclassProbability[] {
  if (n <= 0) return [];
  const out: SubclassProbability[] = [];
  let floor = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < probabilities.length; c++) {
    const p = probabilities[c]!;
    if (out.length >= n && p < floor) continue;
    out.push({ subclass: labels[c]!, probability: p });
    if (out.length >= n) {
      out.sort(byProbability);
      out.length = n;
      floor = out[n - 1]!.probability;
    }
  }
  return out.sort(byProbability);
}

interface Prepared {
  readonly sparse: SparseRow;
  /** Standardised dense block, or null. */
  readonly dense: Float32Array | null;
  readonly target: Int32Array;
  readonly weight: number;
}

/**
 * Trains a {@link LinearSubclassModel} epoch by epoch: `new LinearTrainer(examples, options)`, then
 * {@link epoch} as often as wanted, {@link model} at any point (a snapshot; training can go on).
 */
export class LinearTrainer {
  private readonly o: Required<LinearModelOptions>;
  private readonly labels: string[];
  private readonly vocabulary: string[];
  private readonly idf: Float32Array;
  private readonly mean: Float32Array;
  private readonly scale: Float32Array;
  private readonly data: Prepared[];
  private readonly D: number;
  private readonly denseWeights: Float32Array;
  private readonly lexicalWeights: Float32Array;
  private readonly bias: Float32Array;
  private readonly moments: {
    dense: [Float32Array, Float32Array];
    lexical: [Float32Array, Float32Array];
    bias: [Float32Array, Float32Array];
  };
  private step = 0;
  private epochs = 0;
  private readonly next: () => number;
  readonly documents: number;

  constructor(examples: readonly LabelledText[], options: LinearModelOptions) {
    this.o = { ...DEFAULT_LINEAR, ...options } as Required<LinearModelOptions>;
    const { features } = this.o;
    const useDense = features !== 'lexical';
    const useLexical = features !== 'dense';
    const labelled = examples.filter((e) => e.subclasses.length > 0 && (e.weight ?? 1) > 0);
    this.labels = [...new Set(labelled.flatMap((e) => e.subclasses))].sort();
    const labelIndex = new Map(this.labels.map((l, i) => [l, i]));
    // Vocabulary, idf and standardisation from the patents (weight 1) only: reference titles are another register.
    const df = new Map<string, number>();
    let documents = 0;
    if (useLexical) {
      for (const e of labelled) {
        if ((e.weight ?? 1) < 1) continue;
        documents++;
        for (const t of new Set(e.tokens)) df.set(t, (df.get(t) ?? 0) + 1);
      }
    }
    this.documents = documents;
    this.vocabulary = [...df]
      .filter(([, n]) => n >= this.o.minDocumentFrequency)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, this.o.maxVocabulary)
      .map(([t]) => t);
    const vocabularyIndex = new Map(this.vocabulary.map((t, i) => [t, i]));
    this.idf = Float32Array.from(this.vocabulary, (t) => Math.log((1 + documents) / (1 + df.get(t)!)) + 1);

    const D = useDense ? this.o.dimensions : 0;
    this.D = D;
    this.mean = new Float32Array(D);
    this.scale = new Float32Array(D);
    if (D > 0) {
      const sum = new Float64Array(D);
      const sq = new Float64Array(D);
      let n = 0;
      for (const e of labelled) {
        if (!e.vector || (e.weight ?? 1) < 1) continue;
        if (e.vector.length !== D)
          throw new RangeError(`vector of ${e.vector.length} dimensions, expected ${D}`);
        n++;
        for (let d = 0; d < D; d++) {
          sum[d]! += e.vector[d]!;
          sq[d]! += e.vector[d]! * e.vector[d]!;
        }
      }
      for (let d = 0; d < D; d++) {
        const mu = n ? sum[d]! / n : 0;
        const variance = n ? Math.max(sq[d]! / n - mu * mu, 0) : 0;
        this.mean[d] = mu;
        this.scale[d] = 1 / ((Math.sqrt(variance) || 1) * Math.sqrt(D));
      }
    }
    this.data = labelled.map((e) => {
      let dense: Float32Array | null = null;
      if (D > 0 && e.vector) {
        dense = new Float32Array(D);
        standardise(e.vector, this.mean, this.scale, dense);
      }
      return {
        sparse: useLexical ? tfidf(e.tokens, vocabularyIndex, this.idf) : EMPTY_ROW,
        dense,
        target: Int32Array.from(new Set(e.subclasses), (s) => labelIndex.get(s)!),
        weight: e.weight ?? 1,
      };
    });
    const C = this.labels.length;
    const pair = (n: number): [Float32Array, Float32Array] => [new Float32Array(n), new Float32Array(n)];
    this.denseWeights = new Float32Array(C * D);
    this.lexicalWeights = new Float32Array(this.vocabulary.length * C);
    this.bias = new Float32Array(C);
    if (this.o.loss === 'sigmoid') {
      // Start each label at its log-odds among the patents: the first epochs then learn texts, not base rates.
      const count = new Float64Array(C);
      let n = 0;
      for (const e of this.data) {
        if (e.weight < 1) continue;
        n++;
        for (const c of e.target) count[c]!++;
      }
      for (let c = 0; c < C; c++) {
        const prior = (count[c]! + 0.5) / (n + 1);
        this.bias[c] = Math.log(prior / (1 - prior));
      }
    }
    this.moments = { dense: pair(C * D), lexical: pair(this.vocabulary.length * C), bias: pair(C) };
    this.next = random(this.o.seed);
  }

  get trainedEpochs(): number {
    return this.epochs;
  }

  get examples(): number {
    return this.data.length;
  }

  get labelCount(): number {
    return this.labels.length;
  }

  get vocabularySize(): number {
    return this.vocabulary.length;
  }

  /** One pass over the examples in a seeded random order. */
  epoch(): void {
    const C = this.labels.length;
    const D = this.D;
    const n = this.data.length;
    const order = Int32Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    const B = this.o.batchSize;
    const sigmoid = this.o.loss === 'sigmoid';
    const gDense = new Float32Array(C * D);
    const gBias = new Float32Array(C);
    const z = new Float32Array(C);
    // Gradient rows of the tokens a batch touched.
    const gLexical = new Map<number, Float32Array>();
    const pool: Float32Array[] = [];
    for (let start = 0; start < n; start += B) {
      const end = Math.min(n, start + B);
      gDense.fill(0);
      gBias.fill(0);
      for (const g of gLexical.values()) pool.push(g);
      gLexical.clear();
      const inv = 1 / (end - start);
      const floor = this.o.gradientFloor * inv;
      for (let b = start; b < end; b++) {
        const e = this.data[order[b]!]!;
        logits(z, this.bias, e.dense, this.denseWeights, e.sparse, this.lexicalWeights);
        // z becomes the gradient of the weighted cross-entropy wrt the logits: w · (p − target) / batch.
        if (sigmoid) {
          sigmoidInPlace(z);
          for (const c of e.target) z[c]! -= 1;
        } else {
          softmaxInPlace(z);
          const share = 1 / e.target.length;
          for (const c of e.target) z[c]! -= share;
        }
        const w = e.weight * inv;
        for (let c = 0; c < C; c++) {
          z[c]! *= w;
          gBias[c]! += z[c]!;
        }
        if (e.dense) {
          const x = e.dense;
          for (let c = 0; c < C; c++) {
            const gc = z[c]!;
            if (gc > -floor && gc < floor) continue;
            const o = c * D;
            for (let d = 0; d < D; d++) gDense[o + d]! += gc * x[d]!;
          }
        }
        const sp = e.sparse;
        for (let k = 0; k < sp.index.length; k++) {
          const row = sp.index[k]!;
          let g = gLexical.get(row);
          if (!g) {
            g = pool.pop() ?? new Float32Array(C);
            g.fill(0);
            gLexical.set(row, g);
          }
          const xk = sp.value[k]!;
          for (let c = 0; c < C; c++) g[c]! += xk * z[c]!;
        }
      }
      this.step++;
      const correction = Math.sqrt(1 - 0.999 ** this.step) / (1 - 0.9 ** this.step);
      const lrDense = this.o.learningRate.dense * correction;
      if (D > 0) adam(this.denseWeights, this.moments.dense, gDense, 0, lrDense);
      adam(this.bias, this.moments.bias, gBias, 0, lrDense);
      // Lazy Adam: only the rows of tokens in this batch move, their moments decay only when touched.
      const lrLexical = this.o.learningRate.lexical * correction;
      for (const [row, g] of gLexical) adam(this.lexicalWeights, this.moments.lexical, g, row * C, lrLexical);
    }
    this.epochs++;
  }

  /** The model as trained so far (copies of the parameters). */
  model(): LinearSubclassModel {
    return new LinearSubclassModel({
      features: this.o.features,
      labels: [...this.labels],
      vocabulary: [...this.vocabulary],
      idf: this.idf.slice(),
      documents: this.documents,
      mean: this.mean.slice(),
      scale: this.scale.slice(),
      denseWeights: this.denseWeights.slice(),
      lexicalWeights: this.lexicalWeights.slice(),
      bias: this.bias.slice(),
      epochs: this.epochs,
      loss: this.o.loss,
    });
  }
}

/** Adam step on params[offset, offset + g.length) with gradient g. */
function adam(
  params: Float32Array,
  [m, v]: [Float32Array, Float32Array],
  g: Float32Array,
  offset: number,
  lr: number,
): void {
  for (let i = 0; i < g.length; i++) {
    const gi = g[i]!;
    const j = offset + i;
    const mi = 0.9 * m[j]! + 0.1 * gi;
    const vi = 0.999 * v[j]! + 0.001 * gi * gi;
    m[j] = mi;
    v[j] = vi;
    params[j]! -= (lr * mi) / (Math.sqrt(vi) + 1e-8);
  }
}

/** Trains for a fixed number of epochs (the caller picked it on a validation split). */
export function trainLinearModel(
  examples: readonly LabelledText[],
  options: LinearModelOptions & { epochs: number },
): LinearSubclassModel {
  const trainer = new LinearTrainer(examples, options);
  for (let e = 0; e < options.epochs; e++) trainer.epoch();
  return trainer.model();
}
