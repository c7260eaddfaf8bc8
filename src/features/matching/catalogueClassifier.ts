import { normalizeText, tokenizeForIndex } from '../search/segment';
import type { Neighbour, SubclassScore } from './ipcPredictor';
import type { IpcReferenceText } from './ipcReferenceTexts';
import { type HybridMatcher, queryTerms } from './matcher';
import { dequantise, type MatchStore } from './matchStore';
import {
  type CatalogueExample,
  type ClassifierTrainingOptions,
  type SubclassClassifier,
  trainSubclassClassifier,
} from './subclassClassifier';
import type { FeatureSet, LabelledText } from './subclassModel';

/**
 * The subclass classifier on the platform's own catalogue: examples from the match store (each patent's IPC
 * subclasses and stored vector) and the patents' texts, neighbours from the matcher. What `zhuanhua classify`
 * and the matcher's IPC signal call; bench/matchQuality.ts measures exactly this path.
 *
 * `text` of a patent should be what was embedded for it (matchIndex.ts `patentEmbeddingText`: the title and
 * the start of the abstract), so its words and its vector describe the same thing.
 */
export interface CatalogueText {
  readonly key: number;
  readonly text: string;
}

/** Neighbours the votes use (DEFAULT_PREDICTOR: 40 dense, 20 lexical). */
export const CLASSIFIER_VOTERS = 40;

export interface CatalogueClassifierOptions
  extends Omit<ClassifierTrainingOptions, 'neighbours' | 'reference' | 'dimensions'> {
  readonly matcher: HybridMatcher;
  readonly store: MatchStore;
  readonly texts: Iterable<CatalogueText>;
  /** IPC reference titles (ipcReferenceTexts.ts) with their embeddings when there is a model (else null). */
  readonly reference?: { texts: readonly IpcReferenceText[]; vectors: readonly (Float32Array | null)[] };
}

/**
 * Character n-gram lengths the classifier adds to the jieba tokens by default: none (bigrams were measured
 * with the other options in subclassClassifier.ts `DEFAULT_LOSS`: no gain; the lexical-only row fell from
 * 0.380 to 0.374 micro-F1 with them).
 */
export const DEFAULT_CHAR_NGRAMS: readonly number[] = [];

/** Marks a character n-gram token, so it never merges with a jieba word of the same characters. */
const NGRAM_MARK = '\u0001';
const NGRAM_RUN = /[\p{Script=Han}\p{L}\p{N}]+/gu;

/**
 * The classifier's tokens of a text: the jieba index tokens (words and their dictionary sub-words) plus, for
 * each n in `charNgrams`, the character n-grams of every run of letters and digits (a title's compounds that
 * jieba splits or does not know still share their character pairs: 输电线路 / 输电 / 电线 / 线路).
 */
export function classifierTokens(text: string, charNgrams: readonly number[] = []): string[] {
  const out = tokenizeForIndex(text);
  if (charNgrams.length === 0) return out;
  for (const run of normalizeText(text).match(NGRAM_RUN) ?? []) {
    const chars = [...run];
    for (const n of charNgrams)
      for (let i = 0; i + n <= chars.length; i++) out.push(NGRAM_MARK + chars.slice(i, i + n).join(''));
  }
  return out;
}

/** Training examples: labelled patents of the store, vectors only when the feature set uses them. */
export function catalogueExamples(
  store: MatchStore,
  texts: Iterable<CatalogueText>,
  features: FeatureSet,
  charNgrams: readonly number[] = [],
): CatalogueExample[] {
  const out: CatalogueExample[] = [];
  for (const t of texts) {
    const facts = store.get(t.key);
    if (!facts || facts.subclasses.length === 0) continue;
    const q = features === 'lexical' ? undefined : store.vector(t.key);
    out.push({
      key: t.key,
      tokens: classifierTokens(t.text, charNgrams),
      vector: q ? dequantise(q) : null,
      subclasses: facts.subclasses,
    });
  }
  return out;
}

export function trainCatalogueClassifier(options: CatalogueClassifierOptions): SubclassClassifier {
  const { matcher, store, features } = options;
  const texts = new Map<number, string>();
  for (const t of options.texts) texts.set(t.key, t.text);
  const charNgrams = options.charNgrams ?? DEFAULT_CHAR_NGRAMS;
  const examples = catalogueExamples(
    store,
    [...texts].map(([key, text]) => ({ key, text })),
    features,
    charNgrams,
  );
  const reference: (LabelledText & { subclass: string })[] = (options.reference?.texts ?? []).map((r, i) => ({
    tokens: classifierTokens(r.text, charNgrams),
    vector: options.reference?.vectors[i] ?? null,
    subclasses: [r.subclass],
    subclass: r.subclass,
  }));
  return trainSubclassClassifier(examples, {
    ...options,
    charNgrams,
    dimensions: store.dimensions,
    reference,
    // Leave-one-out: a validation patent's neighbours never include itself.
    neighbours: (e) =>
      matcher.neighbours(
        queryTerms({ title: texts.get(e.key) ?? '', body: '' }),
        features === 'lexical' ? null : e.vector,
        CLASSIFIER_VOTERS,
        new Set([e.key]),
      ),
  });
}

/**
 * IPC subclasses of a text, most likely first, from the classifier and the catalogue (its neighbours and
 * centroids). `vector` is the text's embedding or null; `neighbours` may be passed when already searched.
 */
export function classifyText(
  classifier: SubclassClassifier,
  matcher: HybridMatcher,
  store: MatchStore,
  text: string,
  vector: Float32Array | null,
  neighbours?: { lexical: Neighbour[]; dense: Neighbour[] },
): SubclassScore[] {
  const v = classifier.features === 'lexical' ? null : vector;
  const nb = neighbours ?? matcher.neighbours(queryTerms({ title: text, body: '' }), v, CLASSIFIER_VOTERS);
  return classifier.rank({
    tokens: classifierTokens(text, classifier.settings.charNgrams ?? []),
    vector: v,
    lexical: nb.lexical,
    dense: v ? nb.dense : [],
    centroids: v ? store.centroidSimilarities(v) : [],
  });
}
