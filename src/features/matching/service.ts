import type { Database } from '../../platform/db/database';
import type { Bilingual } from '../../platform/http/problem';
import type { CatalogueIndex } from '../catalogue/catalogueIndex';
import { type DemandRow, MODE_LABEL, regionLabel, type TransferMode } from '../demands';
import { describePaymentTerms, fixedFeeFen, type PaymentTerms } from '../openLicence/paymentTerms';
import { LEGAL_STATUS_LABEL } from '../patents/legalStatus';
import type { ReferenceCatalog } from '../reference';
import type { QueryTerm } from '../search/bm25fIndex';
import {
  type DemandEntry,
  DemandIndex,
  demandEmbeddingText,
  demandWants,
  matchedDemandTexts,
} from './demandIndex';
import type { Embedder } from './embedder';
import { type ExplainDemand, type ExplainPatent, explainMatch, type MatchReason } from './explain';
import { reciprocalRankFusion } from './fuse';
import { DEFAULT_PREDICTOR, type SubclassScore } from './ipcPredictor';
import { HybridMatcher, type MatchOutcome, queryTerms, type RankedMatch, type TextQuery } from './matcher';
import { MatchIndex, type MatchIndexStatus, subclassOf, yieldToEventLoop } from './matchIndex';
import * as repo from './repository';
import {
  combine,
  type DemandWants,
  INACTIVE_STATUSES,
  type ScoreBreakdown,
  SIGNAL_WEIGHTS,
  type SignalValues,
  signalValues,
} from './signals';

/**
 * Matching wired to the platform: the catalogue's BM25F index (catalogue/catalogueIndex.ts) and the matching
 * index (facts + embeddings, matchIndex.ts) give the candidates; the open-licence pool and the demands
 * (demandIndex.ts) are held in memory; ranking never touches the database. The database is read only to show
 * the results (patent cards, licence terms) and to store what was shown.
 */
export interface MatchingOptions {
  dataDir: string;
  modelDir: string;
  /** An embedder instead of the model in modelDir (tests), or null for none (lexical-only). */
  embedder?: Embedder | null;
  durable?: boolean;
  ann?: boolean;
}

export interface PoolEntry {
  declarationId: number;
  terms: Bilingual;
  termEnd: string;
  fixedFeeFen: number | null;
}

export interface MatchingStatus extends MatchIndexStatus {
  /** Why, in both languages, for the status endpoint and the web page. */
  message: Bilingual;
  demands: number;
  demandsEmbedded: number;
  openLicences: number;
}

export interface MatchItem {
  rank: number;
  patent: {
    id: number;
    title: string;
    applicationNumber: string | null;
    publicationNumber: string | null;
    grantNumber: string | null;
    type: string;
    legalStatus: string;
    legalStatusLabel: Bilingual;
    mainIpc: string | null;
    owners: string[];
    region: { code: string; name: string } | null;
  };
  score: number;
  breakdown: ScoreBreakdown;
  text: RankedMatch['text'];
  signals: NamedSignals;
  openLicence: PoolEntry | null;
  reasons: MatchReason[];
  demoted: boolean;
}

/** The signals as shown: the IPC subclass with its Chinese title, the SEI category with its name. */
export interface NamedSignals extends Omit<SignalValues, 'ipc' | 'sei'> {
  ipc: SignalValues['ipc'] & { title: string | null };
  sei: SignalValues['sei'] & { name: string | null };
}

/** Adds the names of the coded signals, so a page need not look them up one by one. */
export function nameSignals(
  s: SignalValues,
  labels: { ipcTitle(code: string): string | null; seiName(code: string): string | null },
): NamedSignals {
  return {
    ...s,
    ipc: { ...s.ipc, title: s.ipc.subclass ? labels.ipcTitle(s.ipc.subclass) : null },
    sei: { ...s.sei, name: s.sei.code ? labels.seiName(s.sei.code) : null },
  };
}

export interface MatchResult {
  mode: 'hybrid' | 'lexical';
  modeMessage: Bilingual;
  /** Time spent ranking in memory (ms), without database reads and embedding. */
  rankingMs: number;
  /** Time spent embedding the query text (ms), 0 when a stored vector was used or in lexical mode. */
  embeddingMs: number;
  terms: string[];
  predicted: { subclass: string; title: string | null; probability: number }[];
  considered: number;
  items: MatchItem[];
}

/** Fen as 万元 (or 元 when not whole 万), as budgets are spoken of. */
export function wan(fen: number): string {
  const w = fen / 1_000_000;
  return Number.isInteger(w) ? `${w}万元` : `${(fen / 100).toLocaleString('zh-CN')}元`;
}

/** Patents embedded per call of the background loop (a stop waits for the step in progress only). */
const EMBED_ROUND = 256;

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

function roundBreakdown(b: ScoreBreakdown): ScoreBreakdown {
  return {
    total: round(b.total),
    contributions: Object.fromEntries(
      Object.entries(b.contributions).map(([k, v]) => [k, round(v)]),
    ) as ScoreBreakdown['contributions'],
  };
}

export function statusMessage(s: MatchIndexStatus): Bilingual {
  if (s.mode === 'hybrid')
    return s.pending > 0
      ? {
          zh: `混合匹配（BM25 关键词 + ${s.model} 语义向量）；${s.pending} 件专利正在后台计算向量，其间按关键词参与匹配`,
          en: `Hybrid matching (BM25 keywords + ${s.model} embeddings); ${s.pending} patents are being embedded in the background and match by keywords meanwhile`,
        }
      : {
          zh: `混合匹配（BM25 关键词 + ${s.model} 语义向量），全部 ${s.embedded} 件专利已计算向量`,
          en: `Hybrid matching (BM25 keywords + ${s.model} embeddings); all ${s.embedded} patents are embedded`,
        };
  return {
    zh: `仅关键词匹配（BM25）：语义模型不可用（${s.reason ?? '未配置'}）。将模型放到 ZHUANHUA_MODEL_DIR（运行 npm run model:fetch）后重启即可启用混合匹配`,
    en: `Keyword matching only (BM25): the embedding model is unavailable (${s.reason ?? 'not configured'}). Put the model in ZHUANHUA_MODEL_DIR (npm run model:fetch) and restart for hybrid matching`,
  };
}

export class MatchingService {
  readonly matcher: HybridMatcher;
  readonly demands: DemandIndex;
  private pool = new Map<number, PoolEntry>();
  /** The pool's patent ids, kept with it (ranking must not rebuild a set of 35k ids per request). */
  private poolKeys: ReadonlySet<number> = new Set();
  private poolPrint = '';
  private timer: NodeJS.Timeout | null = null;
  private backgroundRun: Promise<void> | null = null;
  private closed = false;

  private constructor(
    readonly db: Database,
    readonly reference: ReferenceCatalog,
    readonly catalogue: CatalogueIndex,
    readonly index: MatchIndex,
  ) {
    // The catalogue's index object may be replaced (rebuild): always ask the store for the current one.
    this.matcher = new HybridMatcher(
      {
        search: (r) => catalogue.store.index.search(r),
        explain: (k, t) => catalogue.store.index.explain(k, t),
      },
      index.store,
    );
    this.demands = new DemandIndex(db, (texts, vector) => this.predictRelative(texts, vector));
  }

  static async open(
    db: Database,
    reference: ReferenceCatalog,
    catalogue: CatalogueIndex,
    options: MatchingOptions,
  ): Promise<MatchingService> {
    const index = await MatchIndex.open(db, options.dataDir, {
      modelDir: options.modelDir,
      ...(options.embedder !== undefined ? { embedder: options.embedder } : {}),
      durable: options.durable,
      ann: options.ann,
    });
    const service = new MatchingService(db, reference, catalogue, index);
    await service.refreshPool();
    await service.demands.catchUp();
    return service;
  }

  async status(): Promise<MatchingStatus> {
    const s = await this.index.status();
    return {
      ...s,
      message: statusMessage(s),
      demands: this.demands.size,
      demandsEmbedded: this.demands.embedded,
      openLicences: this.pool.size,
    };
  }

  /** Reloads the open-licence pool when a declaration changed since the last look. */
  async refreshPool(): Promise<void> {
    const print = await repo.poolFingerprint(this.db);
    if (print === this.poolPrint) return;
    const rows = await repo.publishedLicences(this.db);
    const pool = new Map<number, PoolEntry>();
    for (const r of rows) {
      const terms = r.payment_terms as PaymentTerms;
      pool.set(r.patent_id, {
        declarationId: r.id,
        terms: describePaymentTerms(terms),
        termEnd: r.term_end,
        fixedFeeFen: fixedFeeFen(terms),
      });
    }
    this.pool = pool;
    this.poolKeys = new Set(pool.keys());
    this.poolPrint = print;
  }

  openLicenceOf(patentId: number): PoolEntry | null {
    return this.pool.get(patentId) ?? null;
  }

  /** Patents, demands and the pool caught up with the database (after imports and writes). */
  async catchUp(): Promise<void> {
    await this.index.catchUp();
    await this.demands.catchUp();
    await this.refreshPool();
  }

  /** The model, loaded once; null in lexical mode. */
  async embedder(): Promise<Embedder | null> {
    return (await this.index.embedder()).embedder;
  }

  private predictRelative(texts: readonly string[], vector: Float32Array | null): Map<string, number> {
    const terms = queryTerms({ title: texts[0] ?? '', body: texts.slice(1).join('\n') });
    const k = Math.max(DEFAULT_PREDICTOR.denseK, DEFAULT_PREDICTOR.lexicalK);
    const voters = this.matcher.neighbours(terms, vector, k);
    const predicted = this.matcher.predict(voters, vector, vector ? 'hybrid' : 'lexical');
    const top = predicted[0]?.probability ?? 0;
    return new Map(top > 0 ? predicted.slice(0, 20).map((p) => [p.subclass, p.probability / top]) : []);
  }

  /** The embedding of a text to match, or null (lexical mode). */
  async embedText(text: string): Promise<{ vector: Float32Array | null; ms: number }> {
    const embedder = await this.embedder();
    if (!embedder) return { vector: null, ms: 0 };
    const t0 = performance.now();
    const [vector] = await embedder.embed([text]);
    return { vector: vector ?? null, ms: performance.now() - t0 };
  }

  /** Ranks catalogue patents for a text, in memory. */
  rank(
    query: TextQuery,
    wants: DemandWants,
    vector: Float32Array | null,
    options: { limit: number; demote?: ReadonlySet<number>; includeInactive?: boolean },
  ): { outcome: MatchOutcome; ms: number } {
    const t0 = performance.now();
    const outcome = this.matcher.match(query, {
      wants,
      vector,
      openLicences: this.poolKeys,
      limit: options.limit,
      demote: options.demote,
      includeInactive: options.includeInactive,
    });
    return { outcome, ms: performance.now() - t0 };
  }

  /** Patent cards and reasons for a ranked list: the database is read here, not while ranking. */
  async present(
    outcome: MatchOutcome,
    demand: ExplainDemand,
    timing: { rankingMs: number; embeddingMs: number },
  ): Promise<MatchResult> {
    const status = await this.index.status();
    const ids = outcome.matches.map((m) => m.key);
    const cards = await repo.patentCards(this.db, ids);
    const items: MatchItem[] = [];
    for (const m of outcome.matches) {
      const card = cards.get(m.key);
      if (!card) continue; // deleted since the index saw it
      const pool = this.openLicenceOf(m.key);
      const region = regionLabel(this.reference, card.region_code);
      const owners = card.patentees.length ? card.patentees : card.applicants;
      const patent: ExplainPatent = {
        title: card.title,
        abstract: card.abstract,
        firstClaim: card.first_claim,
        ipcCodes: card.ipc_codes,
        seiCodes: card.sei_codes,
        industryCodes: card.industry_codes,
        trl: card.trl,
        legalStatus: card.legal_status,
        owners,
        region,
        openLicence: pool
          ? { terms: pool.terms, termEnd: pool.termEnd, fixedFeeFen: pool.fixedFeeFen }
          : null,
      };
      items.push({
        rank: items.length + 1,
        patent: {
          id: card.id,
          title: card.title,
          applicationNumber: card.application_number,
          publicationNumber: card.publication_number,
          grantNumber: card.grant_number,
          type: card.patent_type,
          legalStatus: card.legal_status,
          legalStatusLabel: LEGAL_STATUS_LABEL[card.legal_status],
          mainIpc: card.main_ipc,
          owners,
          region,
        },
        score: round(m.score),
        breakdown: roundBreakdown(m.breakdown),
        text: {
          ...m.text,
          value: round(m.text.value),
          bm25Score: m.text.bm25Score === null ? null : round(m.text.bm25Score),
          similarity: m.text.similarity === null ? null : round(m.text.similarity),
        },
        signals: nameSignals(m.signals, this.reference),
        openLicence: pool,
        reasons: explainMatch(m, outcome.terms, outcome.predicted, demand, patent, this.reference),
        demoted: m.demoted,
      });
    }
    return {
      mode: status.mode,
      modeMessage: statusMessage(status),
      rankingMs: round(timing.rankingMs, 2),
      embeddingMs: round(timing.embeddingMs, 2),
      terms: outcome.terms.map((t: QueryTerm) => (typeof t === 'string' ? t : t.term)),
      predicted: outcome.predicted.slice(0, 5).map((p: SubclassScore) => ({
        subclass: p.subclass,
        title: this.reference.ipcTitle(p.subclass),
        probability: round(p.probability),
      })),
      considered: outcome.considered,
      items,
    };
  }

  /** A stored demand's vector: from the demand index when its text is unchanged, else embedded now. */
  async demandVector(
    entry: DemandEntry | undefined,
    texts: readonly string[],
  ): Promise<{ vector: Float32Array | null; ms: number }> {
    if (entry?.vector) return { vector: entry.vector, ms: 0 };
    return this.embedText(demandEmbeddingText(texts));
  }

  /** A stored demand matched against the catalogue: its stored vector (or embedded now), ranked, presented. */
  async matchDemand(
    row: DemandRow,
    options: { limit: number; demote?: ReadonlySet<number>; includeInactive?: boolean },
  ): Promise<MatchResult> {
    const texts = matchedDemandTexts(row);
    const entry = this.demands.get(row.id);
    const { vector, ms: embeddingMs } = await this.demandVector(
      entry && entry.seq === row.change_seq ? entry : undefined,
      texts,
    );
    await this.refreshPool();
    const { outcome, ms } = this.rank(
      { title: row.title, body: texts.slice(1).join('\n') },
      demandWants(row),
      vector,
      options,
    );
    return this.present(outcome, this.explainDemandRow(row), { rankingMs: ms, embeddingMs });
  }

  /** The demand side of the explanations, from a stored demand. */
  explainDemandRow(d: DemandRow): ExplainDemand {
    return this.explainDemandSide({
      texts: matchedDemandTexts(d),
      title: d.title,
      enterpriseName: d.enterprise_name,
      regionCode: d.region_code,
      desiredIpc: d.desired_ipc,
      seiCodes: d.sei_codes,
      industryCode: d.industry_code,
      minTrl: d.min_trl,
      modes: d.preferred_modes,
      budget:
        d.budget_max_fen !== null
          ? { maxFen: d.budget_max_fen, words: `预算上限 ${wan(d.budget_max_fen)}` }
          : null,
    });
  }

  /** Demands fitting a stored patent (null when there is no such patent), with the patent's card. */
  async demandsForPatent(
    patentId: number,
    visible: (e: DemandEntry) => boolean,
    limit: number,
  ): Promise<{ card: repo.PatentCardRow; ranked: ReturnType<MatchingService['rankDemands']> } | null> {
    const card = (await repo.patentCards(this.db, [patentId])).get(patentId);
    if (!card) return null;
    await this.refreshPool();
    return { card, ranked: this.rankDemands(patentId, card, visible, limit) };
  }

  /**
   * Demands fitting a patent: BM25 over demand texts with the patent's words, cosine with the patent's
   * embedding, the same structured signals seen from each demand. `visible` decides what the caller may see.
   */
  rankDemands(
    patentId: number,
    patent: { title: string; abstract: string | null },
    visible: (e: DemandEntry) => boolean,
    limit: number,
  ): {
    entry: DemandEntry;
    score: number;
    breakdown: ScoreBreakdown;
    signals: SignalValues;
    text: RankedMatch['text'];
  }[] {
    const facts = this.index.store.get(patentId);
    if (facts && INACTIVE_STATUSES.has(facts.legalStatus)) return [];
    const terms = queryTerms({ title: patent.title, body: (patent.abstract ?? '').slice(0, 400) });
    const vector = this.patentVector(patentId);
    const n = 200;
    const lexical = this.demands.lexical(terms, n);
    const dense = vector ? this.demands.dense(vector, n) : [];
    const fused = reciprocalRankFusion([
      { name: 'bm25', keys: lexical.map((h) => h.key) },
      { name: 'dense', keys: dense.map((h) => h.key) },
    ]);
    const bm25 = new Map(lexical.map((h) => [h.key, h.score]));
    const cos = new Map(dense.map((h) => [h.key, h.score]));
    const open = this.pool.has(patentId);
    const out: ReturnType<MatchingService['rankDemands']> = [];
    for (const f of fused) {
      const entry = this.demands.get(f.key);
      if (!entry || entry.state === 'closed' || !visible(entry)) continue;
      const pf = facts ?? {
        key: patentId,
        seq: 0,
        subclasses: [],
        sei: [],
        legalStatus: 'unknown' as const,
        region: null,
        trl: null,
        industries: [],
        organisations: [],
        textHash: 0,
      };
      const signals = signalValues(entry.wants, pf, entry.predicted, open);
      const breakdown = combine(f.normalised, signals, entry.wants);
      out.push({
        entry,
        score: breakdown.total,
        breakdown,
        signals,
        text: {
          value: f.normalised,
          bm25Rank: f.ranks.bm25 ?? null,
          bm25Score: bm25.get(f.key) ?? null,
          denseRank: f.ranks.dense ?? null,
          similarity: cos.get(f.key) ?? null,
        },
      });
    }
    return out.sort((a, b) => b.score - a.score || a.entry.id - b.entry.id).slice(0, limit);
  }

  /** A patent's stored embedding as a unit vector (de-quantised), or null when it has none yet. */
  patentVector(patentId: number): Float32Array | null {
    const stored = this.index.store.vector(patentId);
    if (!stored) return null;
    const vector = new Float32Array(stored.values.length);
    for (let i = 0; i < vector.length; i++) vector[i] = stored.values[i]! * stored.scale;
    let n = 0;
    for (const x of vector) n += x * x;
    n = Math.sqrt(n) || 1;
    for (let i = 0; i < vector.length; i++) vector[i]! /= n;
    return vector;
  }

  /**
   * Catalogue patents similar to a stored one (null when there is no such patent): BM25 over the catalogue with
   * the patent's title (twice) and the start of its abstract, fused by reciprocal rank with the nearest
   * neighbours of its stored embedding (ANN), the patent itself — and other records of the same application —
   * left out. Score = text relevance ⊕ same IPC subclass with their weights of {@link SIGNAL_WEIGHTS}, scaled to
   * 0–1: the demand-side signals (legal status, licence, region, readiness) say nothing about likeness. Without
   * a stored vector (no model, or not embedded yet) it is lexical-only, and says so.
   */
  async similarPatents(
    patentId: number,
    limit: number,
  ): Promise<{
    card: repo.PatentCardRow;
    mode: 'hybrid' | 'lexical';
    terms: QueryTerm[];
    subclasses: string[];
    ranked: { key: number; score: number; text: RankedMatch['text']; sameSubclass: string | null }[];
    /** The cards of the ranked patents. */
    cards: Map<number, repo.PatentCardRow>;
  } | null> {
    const card = (await repo.patentCards(this.db, [patentId])).get(patentId);
    if (!card) return null;
    const terms = queryTerms({ title: card.title, body: (card.abstract ?? '').slice(0, 400) });
    const subclasses = [...new Set(card.ipc_codes.map(subclassOf).filter((s): s is string => s !== null))];
    const vector = this.patentVector(patentId);
    const outcome = this.matcher.match(terms, {
      wants: { region: null, industry: null, sei: [], desiredIpc: subclasses, minTrl: null, modes: [] },
      vector,
      limit: 200,
      includeInactive: true,
      exclude: new Set([patentId]),
    });
    const w = SIGNAL_WEIGHTS;
    const ranked = outcome.matches
      .map((m) => {
        const same = m.signals.ipc.how === 'desired' ? m.signals.ipc.subclass : null;
        return {
          key: m.key,
          score: (w.text * m.text.value + w.ipc * (same ? 1 : 0)) / (w.text + w.ipc),
          text: m.text,
          sameSubclass: same,
        };
      })
      .sort((a, b) => b.score - a.score || a.key - b.key);
    // Other records of the same application (imported from two sources) are the patent itself.
    const cards = await repo.patentCards(
      this.db,
      ranked.slice(0, limit * 2).map((r) => r.key),
    );
    const same = (a: string | null, b: string | null) => a !== null && b !== null && a === b;
    const kept = ranked.filter((r) => {
      const c = cards.get(r.key);
      return c && !same(c.application_number, card.application_number);
    });
    return {
      card,
      mode: outcome.mode === 'lexical' ? 'lexical' : 'hybrid',
      terms: outcome.terms,
      subclasses,
      ranked: kept.slice(0, limit),
      cards,
    };
  }

  /** What a demand's owner and wording tell the explanations. */
  explainDemandSide(d: {
    texts: readonly string[];
    title: string;
    enterpriseName: string | null;
    regionCode: string | null;
    desiredIpc: readonly string[];
    seiCodes: readonly string[];
    industryCode: string | null;
    minTrl: number | null;
    modes: readonly TransferMode[];
    modeWords?: Partial<Record<TransferMode, string>>;
    budget: { maxFen: number; words: string } | null;
  }): ExplainDemand {
    const modeWords: Partial<Record<TransferMode, string>> = {};
    for (const m of d.modes) modeWords[m] = d.modeWords?.[m] ?? MODE_LABEL[m].zh;
    return {
      texts: d.texts,
      title: d.title,
      enterpriseName: d.enterpriseName,
      region: regionLabel(this.reference, d.regionCode),
      desiredIpc: d.desiredIpc,
      seiCodes: d.seiCodes,
      industryCode: d.industryCode,
      minTrl: d.minTrl,
      modes: d.modes,
      modeWords,
      budget: d.budget,
    };
  }

  /**
   * Catches up and embeds in the background every `ms` (patents first, then demands); the server runs it.
   * Embedding runs in the background embedder's own process one step at a time, yielding to the event loop
   * between steps, so requests are served meanwhile. `onRound` hears what a round embedded and how fast.
   */
  startBackground(
    ms: number,
    onError: (err: unknown) => void,
    onRound?: (round: { patents: number; demands: number; ms: number; patentsPerSecond: number }) => void,
  ): void {
    this.stopBackground();
    const tick = () => {
      if (this.backgroundRun || this.closed) return;
      this.backgroundRun = (async () => {
        await this.catchUp();
        const t0 = performance.now();
        // One batch at a time, so stopping waits for a batch at most (the index's own loop would finish all).
        let embedded = 0;
        for (let n = 1; n > 0 && !this.closed; embedded += n)
          n = await this.index.embedPending({ max: EMBED_ROUND });
        const patentsMs = performance.now() - t0;
        // Save the graph after new vectors, so even a crash does not leave a restart rebuilding it.
        if (embedded > 0 && !this.closed) this.index.file.saveAnn();
        const embedder = await this.index.backgroundEmbedder();
        let demands = 0;
        for (let n = 1; embedder && n > 0 && !this.closed; demands += n) {
          n = await this.demands.embedPending(embedder);
          await yieldToEventLoop();
        }
        if (!this.closed) this.index.compactIfBloated();
        if (embedded + demands > 0)
          onRound?.({
            patents: embedded,
            demands,
            ms: Math.round(performance.now() - t0),
            patentsPerSecond: Math.round((embedded / Math.max(1, patentsMs)) * 10_000) / 10,
          });
      })()
        .catch(onError)
        .finally(() => {
          this.backgroundRun = null;
        });
    };
    tick();
    this.timer = setInterval(tick, ms);
    this.timer.unref();
  }

  stopBackground(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Waits for the background round in progress (tests, shutdown). */
  async idle(): Promise<void> {
    await this.backgroundRun?.catch(() => {});
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stopBackground();
    await this.idle();
    await this.index.close();
  }
}
