import type { Bm25fIndex, QueryTerm } from '../search/bm25fIndex';
import { tokenizeQuery } from '../search/segment';
import { reciprocalRankFusion } from './fuse';
import {
  DEFAULT_PREDICTOR,
  type Neighbour,
  type PredictorSettings,
  predictSubclasses,
  type SubclassScore,
} from './ipcPredictor';
import type { MatchStore, PatentFacts } from './matchStore';
import {
  combine,
  type DemandWants,
  INACTIVE_STATUSES,
  type ScoreBreakdown,
  type SignalValues,
  signalValues,
} from './signals';

/** A text to match: a short title (weighted double) and a longer body. */
export interface TextQuery {
  readonly title: string;
  readonly body: string;
}

export type MatchMode = 'hybrid' | 'lexical' | 'dense';

export interface MatchOptions {
  readonly wants: DemandWants;
  /** Unit embedding of the query; null matches lexically. */
  readonly vector: Float32Array | null;
  /** Patents with a published open-licence declaration. */
  readonly openLicences?: ReadonlySet<number>;
  readonly limit: number;
  /** Candidates taken from each ranking before fusion (default 200). */
  readonly candidates?: number;
  /** Also patents that can no longer be licensed or transferred (default false). */
  readonly includeInactive?: boolean;
  /** Patents the demand judged not relevant: ranked after the others. */
  readonly demote?: ReadonlySet<number>;
  /** Never returned (e.g. the query's own patent in a benchmark). */
  readonly exclude?: ReadonlySet<number>;
  /** Force one ranking only (benchmarks compare them); default hybrid when a vector is given. */
  readonly mode?: MatchMode;
  readonly predictor?: PredictorSettings;
}

export interface TextRelevance {
  /** Fused text relevance, 0–1 (reciprocal-rank fusion, normalised). */
  value: number;
  bm25Rank: number | null;
  bm25Score: number | null;
  denseRank: number | null;
  /** Cosine similarity of the embeddings, when both have one. */
  similarity: number | null;
}

export interface RankedMatch {
  key: number;
  score: number;
  text: TextRelevance;
  signals: SignalValues;
  breakdown: ScoreBreakdown;
  /** Judged not relevant for this demand before: kept, but after the others. */
  demoted: boolean;
}

export interface MatchOutcome {
  mode: MatchMode;
  /** Query terms as the index resolved them (for highlighting and explanations). */
  terms: QueryTerm[];
  /** Predicted IPC subclasses of the query, most likely first. */
  predicted: SubclassScore[];
  matches: RankedMatch[];
  /** Candidates considered before the cut to `limit`. */
  considered: number;
}

/** The facts of a patent the store does not know (or a bench document): nothing but its key. */
export const UNKNOWN_FACTS = (key: number): PatentFacts => ({
  key,
  seq: 0,
  subclasses: [],
  sei: [],
  legalStatus: 'unknown',
  region: null,
  trl: null,
  industries: [],
  organisations: [],
  textHash: 0,
});

/**
 * Words of a demand written in plain language that say nothing about the technology ("我们想…希望…预算…"):
 * they would match patents by accident and crowd out the technical terms. Amounts and percentages too.
 */
export const DEMAND_FILLERS: ReadonlySet<string> = new Set([
  '我们',
  '我司',
  '本公司',
  '公司',
  '企业',
  '想',
  '想要',
  '希望',
  '需要',
  '需求',
  '寻求',
  '寻找',
  '求购',
  '能否',
  '如何',
  '可以',
  '预算',
  '经费',
  '万',
  '万元',
  '元',
  '左右',
  '以内',
  '以上',
  '许可',
  '独占',
  '排他',
  '转让',
  '入股',
  '作价',
  '专利',
  '提供',
  '解决',
  '问题',
]);

const isFiller = (t: string) => DEMAND_FILLERS.has(t) || /^[\d.]+%?$/.test(t);

/** Query terms: the title's words count twice, the body's once (repeated words add up), at most 48. */
export function queryTerms(q: TextQuery): QueryTerm[] {
  const weights = new Map<string, number>();
  for (const t of tokenizeQuery(q.title)) if (!isFiller(t)) weights.set(t, (weights.get(t) ?? 0) + 2);
  for (const t of tokenizeQuery(q.body)) if (!isFiller(t)) weights.set(t, (weights.get(t) ?? 0) + 1);
  return [...weights]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 48)
    .map(([term, weight]) => ({ term, weight }));
}

export function termText(t: QueryTerm): string {
  return typeof t === 'string' ? t : t.term;
}

/**
 * Hybrid demand → patent matching over the catalogue's BM25F index and the {@link MatchStore}: BM25 and dense
 * rankings fused by reciprocal rank, IPC subclasses predicted from the nearest catalogue patents and subclass
 * centroids, structured signals (signals.ts), one score with its breakdown. In memory, no I/O.
 */
export class HybridMatcher {
  constructor(
    readonly text: Pick<Bm25fIndex, 'search' | 'explain'>,
    readonly store: MatchStore,
  ) {}

  /** Nearest catalogue patents of a text, lexically and (with a vector) densely, as IPC voters. */
  neighbours(
    terms: readonly QueryTerm[],
    vector: Float32Array | null,
    k: number,
    exclude?: ReadonlySet<number>,
  ): { lexical: Neighbour[]; dense: Neighbour[] } {
    const extra = exclude?.size ?? 0;
    const lexical: Neighbour[] = [];
    if (terms.length) {
      const r = this.text.search({ terms, match: 'any', limit: k + extra, exactTotal: false });
      for (const h of r.hits) {
        if (exclude?.has(h.key)) continue;
        lexical.push({ key: h.key, score: h.score, subclasses: this.store.get(h.key)?.subclasses ?? [] });
      }
    }
    const dense: Neighbour[] = [];
    if (vector) {
      for (const h of this.store.nearest(vector, k + extra)) {
        if (exclude?.has(h.key)) continue;
        dense.push({ key: h.key, score: h.similarity, subclasses: this.store.get(h.key)?.subclasses ?? [] });
      }
    }
    return { lexical: lexical.slice(0, k), dense: dense.slice(0, k) };
  }

  /** IPC subclasses of a text, most likely first (the classifier and the IPC signal). */
  predict(
    neighbours: { lexical: readonly Neighbour[]; dense: readonly Neighbour[] },
    vector: Float32Array | null,
    mode: MatchMode,
    settings: PredictorSettings = DEFAULT_PREDICTOR,
  ): SubclassScore[] {
    return predictSubclasses(
      {
        lexical: mode === 'dense' ? [] : neighbours.lexical,
        dense: mode === 'lexical' ? [] : neighbours.dense,
        centroids: vector && mode !== 'lexical' ? this.store.centroidSimilarities(vector) : [],
      },
      settings,
    );
  }

  match(query: TextQuery | readonly QueryTerm[], options: MatchOptions): MatchOutcome {
    const terms = Array.isArray(query) ? (query as QueryTerm[]) : queryTerms(query as TextQuery);
    const vector = options.vector;
    const mode: MatchMode = options.mode ?? (vector ? 'hybrid' : 'lexical');
    if (mode !== 'lexical' && !vector) throw new Error(`${mode} matching needs a query vector`);
    const n = options.candidates ?? 200;
    const settings = options.predictor ?? DEFAULT_PREDICTOR;

    const voters = this.neighbours(
      terms,
      mode === 'lexical' ? null : vector,
      Math.max(n, settings.denseK),
      options.exclude,
    );
    const predicted = this.predict(voters, vector, mode, settings);
    const probability = new Map(predicted.map((p) => [p.subclass, p.probability]));

    const lexical = mode === 'dense' ? [] : voters.lexical.slice(0, n);
    const dense = mode === 'lexical' ? [] : voters.dense.slice(0, n);
    const fused = reciprocalRankFusion([
      { name: 'bm25', keys: lexical.map((h) => h.key) },
      { name: 'dense', keys: dense.map((h) => h.key) },
    ]);
    const bm25Score = new Map(lexical.map((h) => [h.key, h.score]));
    const denseScore = new Map(dense.map((h) => [h.key, h.score]));

    const open = options.openLicences ?? new Set<number>();
    const out: RankedMatch[] = [];
    for (const f of fused) {
      if (options.exclude?.has(f.key)) continue;
      const facts = this.store.get(f.key) ?? UNKNOWN_FACTS(f.key);
      if (!options.includeInactive && INACTIVE_STATUSES.has(facts.legalStatus)) continue;
      const signals = signalValues(options.wants, facts, probability, open.has(f.key));
      const breakdown = combine(f.normalised, signals, options.wants);
      out.push({
        key: f.key,
        score: breakdown.total,
        text: {
          value: f.normalised,
          bm25Rank: f.ranks.bm25 ?? null,
          bm25Score: bm25Score.get(f.key) ?? null,
          denseRank: f.ranks.dense ?? null,
          similarity: denseScore.get(f.key) ?? (vector ? this.store.similarity(f.key, vector) : null),
        },
        signals,
        breakdown,
        demoted: options.demote?.has(f.key) ?? false,
      });
    }
    out.sort((a, b) => Number(a.demoted) - Number(b.demoted) || b.score - a.score || a.key - b.key);
    return { mode, terms, predicted, matches: out.slice(0, options.limit), considered: out.length };
  }
}
