import path from 'node:path';
import type { Database } from '../../platform/db/database';
import type { LegalStatus } from '../patents/legalStatus';
import {
  type Embedder,
  embedderAlive,
  embeddingInput,
  loadEmbedder,
  loadProcessEmbedder,
  MODEL_DIMENSIONS,
  MODEL_NAME,
} from './embedder';
import { type PatentFacts, quantise, textHash } from './matchStore';
import { MatchStoreFile, type StoreUpsert } from './matchStoreFile';

/**
 * The matching index of the catalogue, fed from the patents table by change sequence like the search index
 * (catalogue/catalogueIndex.ts): facts per patent (IPC subclasses, SEI, legal status, region, TRL, tags,
 * owners) and the embedding of its text, persisted (matchStoreFile.ts) so a restart replays only what changed
 * and never re-embeds an unchanged patent.
 *
 * Two steps, so matching is useful at once and complete soon after:
 * - {@link MatchIndex.catchUp} reads changed rows and stores their facts; a patent whose embedded text is
 *   unchanged keeps its vector, a new or re-worded one waits for embedding. Fast (no model).
 * - {@link MatchIndex.embedPending} embeds what waits, in batches, each persisted as it completes. The server
 *   runs it in the background ({@link MatchIndex.startBackground}); commands that need every vector (classify)
 *   await it.
 * Without the model the second step has nothing to do and matching is lexical-only; {@link MatchIndex.status}
 * says so and why.
 */

/** The text that is embedded for a patent: its title, then the start of its abstract (or first claim). */
export function patentEmbeddingText(p: {
  title: string;
  abstract: string | null;
  first_claim: string | null;
}): string {
  const body = (p.abstract ?? p.first_claim ?? '').trim();
  return embeddingInput(body ? `${p.title}。${body}` : p.title);
}

/** 'H01M 4/13', 'h01m4/13' → 'H01M'; null for anything that is not an IPC symbol. */
export function subclassOf(code: string): string | null {
  const s = code.replace(/\s+/g, '').toUpperCase().slice(0, 4);
  return /^[A-H]\d\d[A-Z]$/.test(s) ? s : null;
}

interface FactRow {
  id: number;
  change_seq: number;
  title: string;
  abstract: string | null;
  first_claim: string | null;
  ipc_codes: string[];
  sei_codes: string[];
  legal_status: LegalStatus;
  region_code: string | null;
  trl: number | null;
  industry_codes: string[];
  organisation_ids: (number | string)[] | null;
}

const SELECT_FACTS = `
  SELECT p.id, p.change_seq, p.title, p.abstract, p.first_claim, p.ipc_codes, p.sei_codes, p.legal_status,
         p.region_code, p.trl, p.industry_codes,
         ARRAY(SELECT po.organisation_id FROM patent_owners po
                WHERE po.patent_id = p.id AND po.organisation_id IS NOT NULL ORDER BY po.position) AS organisation_ids
    FROM patents p`;

export function factsOf(r: FactRow): PatentFacts {
  const subclasses: string[] = [];
  for (const c of r.ipc_codes) {
    const s = subclassOf(c);
    if (s && !subclasses.includes(s)) subclasses.push(s);
  }
  return {
    key: r.id,
    seq: r.change_seq,
    subclasses,
    sei: r.sei_codes,
    legalStatus: r.legal_status,
    region: r.region_code,
    trl: r.trl,
    industries: r.industry_codes,
    // int8[] arrive as strings from a PostgreSQL server.
    organisations: (r.organisation_ids ?? []).map(Number),
    textHash: textHash(patentEmbeddingText(r)),
  };
}

/** See catalogueIndex.ts: concurrent writers on a server may commit a lower sequence after a higher one. */
const LOOKBACK_SERVER = 2_000;
/**
 * Rows read per catch-up query. The embedded database runs on the server's thread, so one page is one pause
 * of the event loop: 1,000 fact rows keep it short (a first start reads the whole sample catalogue).
 */
const PAGE = 1_000;
/**
 * Patents per embedding step: one query, one model round in the embedding process, one log append and graph
 * update on the server's thread. 128 keeps the server-side part of a step to a few milliseconds and the vectors of a
 * step durable soon (a stop waits for one step at most).
 */
const EMBED_BATCH = 128;

/** Lets the event loop serve what waits (requests, timers) before the next step of a long background task. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface MatchIndexOptions {
  /** Directory holding `bge-small-zh-v1.5/`. */
  modelDir: string;
  /** An embedder to use instead of loading one from modelDir (tests and benchmarks), or null for none. */
  embedder?: Embedder | null;
  durable?: boolean;
  /** Build the HNSW graph (default true). */
  ann?: boolean;
}

export interface MatchIndexStatus {
  /** 'hybrid' when the model is available (even while patents still wait for embedding), else 'lexical'. */
  mode: 'hybrid' | 'lexical';
  /** Why matching is lexical-only (model missing or unloadable), in English for logs; null in hybrid mode. */
  reason: string | null;
  model: string;
  patents: number;
  embedded: number;
  pending: number;
  watermark: number;
}

export class MatchIndex {
  private readonly applied = new Map<number, number>();
  private queue: Promise<unknown> = Promise.resolve();
  private embedderState: Promise<{ embedder: Embedder | null; reason: string | null }> | null = null;
  private backgroundState: Promise<Embedder | null> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private backgroundRun: Promise<void> | null = null;
  private closed = false;

  private constructor(
    private readonly db: Database,
    readonly file: MatchStoreFile,
    private readonly options: MatchIndexOptions,
  ) {
    if (options.embedder !== undefined)
      this.embedderState = Promise.resolve({
        embedder: options.embedder,
        reason: options.embedder ? null : 'no embedding model configured',
      });
    for (const k of file.store.keys()) this.applied.set(k, file.store.get(k)!.seq);
  }

  static async open(db: Database, dataDir: string, options: MatchIndexOptions): Promise<MatchIndex> {
    const file = MatchStoreFile.open({
      directory: path.join(dataDir, 'index', 'matching'),
      model: MODEL_NAME,
      store: { dimensions: MODEL_DIMENSIONS, ann: options.ann ?? true },
      durable: options.durable ?? true,
    });
    const index = new MatchIndex(db, file, options);
    await index.catchUp();
    return index;
  }

  get store() {
    return this.file.store;
  }

  get watermark(): number {
    return this.file.watermark;
  }

  /**
   * The embedder for queries (a demand, a typed text), loaded once on first use (about 0.3 s) on this thread:
   * one short text takes milliseconds and never waits behind catalogue embedding, which has its own
   * ({@link backgroundEmbedder}). Null with the reason when there is no model.
   */
  embedder(): Promise<{ embedder: Embedder | null; reason: string | null }> {
    this.embedderState ??= loadEmbedder(this.options.modelDir);
    return this.embedderState;
  }

  /**
   * The embedder for the catalogue (and demands) in the background: the model in a child process with one
   * intra-op thread (embedder.ts, loadProcessEmbedder), so the server's event loop stays free. An embedder
   * given in the options (tests, benchmarks) serves both. Falls back to the query embedder when the child
   * cannot load the model, and starts a new child after one crashed. Null without a model.
   */
  async backgroundEmbedder(): Promise<Embedder | null> {
    const { embedder } = await this.embedder();
    if (!embedder || this.options.embedder !== undefined) return embedder;
    const current = await this.backgroundState;
    if (current && !embedderAlive(current)) this.backgroundState = null;
    // 16 texts per model call: measured a little faster than 32 or 64 for titles (bench/embeddingNeighbour.ts).
    this.backgroundState ??= loadProcessEmbedder(this.options.modelDir, { threads: 1, batchSize: 16 }).then(
      (r) => r.embedder ?? embedder,
    );
    return this.backgroundState;
  }

  async status(): Promise<MatchIndexStatus> {
    const { embedder, reason } = await this.embedder();
    const patents = this.store.size;
    const embedded = this.store.vectorCount;
    return {
      mode: embedder ? 'hybrid' : 'lexical',
      reason: embedder ? null : reason,
      model: MODEL_NAME,
      patents,
      embedded,
      pending: patents - embedded,
      watermark: this.watermark,
    };
  }

  /** One writer at a time (catch-up and embedding both append to the log). */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn);
    this.queue = run.catch(() => {});
    return run;
  }

  /** Stores the facts of every patent changed since the watermark (and forgets deleted ones). */
  catchUp(): Promise<{ upserts: number; deletes: number; watermark: number }> {
    return this.serial(async () => {
      const report = { upserts: 0, deletes: 0, watermark: this.watermark };
      const lookback = this.db.kind === 'postgres' ? LOOKBACK_SERVER : 0;
      let from = Math.max(0, this.watermark - lookback);
      for (;;) {
        const versions = await this.db.query<{ id: number; change_seq: number }>(
          `SELECT id, change_seq FROM patents WHERE change_seq > $1 ORDER BY change_seq LIMIT ${PAGE}`,
          [from],
        );
        const last = versions.rows.at(-1)?.change_seq ?? null;
        const full = versions.rows.length === PAGE;
        const deletions = await this.db.query<{ patent_id: number; change_seq: number }>(
          `SELECT patent_id, change_seq FROM catalogue_deletions
            WHERE change_seq > $1 AND ($2::bigint IS NULL OR change_seq <= $2) ORDER BY change_seq`,
          [from, full ? last : null],
        );
        const fresh = versions.rows.filter((v) => this.applied.get(v.id) !== v.change_seq).map((v) => v.id);
        const rows = fresh.length
          ? (await this.db.query<FactRow>(`${SELECT_FACTS} WHERE p.id = ANY($1::bigint[])`, [fresh])).rows
          : [];
        const upserts: StoreUpsert[] = rows.map((r) => {
          const facts = factsOf(r);
          const old = this.store.get(r.id);
          const keep = old !== undefined && old.textHash === facts.textHash && this.store.hasVector(r.id);
          return { facts, vector: keep ? 'keep' : null };
        });
        const deletes = deletions.rows
          .filter(
            (d) => this.applied.get(d.patent_id) !== -d.change_seq && !rows.some((r) => r.id === d.patent_id),
          )
          .map((d) => d.patent_id);
        const top = Math.max(this.watermark, last ?? 0, deletions.rows.at(-1)?.change_seq ?? 0);
        if (upserts.length || deletes.length || top > this.watermark) {
          this.file.apply(upserts, deletes, top);
          for (const u of upserts) this.applied.set(u.facts.key, u.facts.seq);
          for (const d of deletions.rows)
            if (deletes.includes(d.patent_id)) this.applied.set(d.patent_id, -d.change_seq);
          report.upserts += upserts.length;
          report.deletes += deletes.length;
        }
        if (!full) break;
        from = last!;
        await yieldToEventLoop();
      }
      if (this.store.annBacklog > 0) this.store.syncAnn();
      report.watermark = this.watermark;
      return report;
    });
  }

  /**
   * Embeds patents that wait for a vector with the background embedder, `EMBED_BATCH` at a time, each batch
   * persisted, yielding to the event loop between batches. Stops after `max` (default all). Returns how many
   * were embedded; 0 without a model.
   */
  async embedPending(
    options: { max?: number; onProgress?: (done: number, pending: number) => void } = {},
  ): Promise<number> {
    const embedder = await this.backgroundEmbedder();
    if (!embedder) return 0;
    let done = 0;
    const max = options.max ?? Number.POSITIVE_INFINITY;
    while (done < max && !this.closed) {
      const n = await this.serial(async () => {
        const keys = this.store.keysWithoutVector().slice(0, Math.min(EMBED_BATCH, max - done));
        if (keys.length === 0) return 0;
        const rows = (
          await this.db.query<{
            id: number;
            title: string;
            abstract: string | null;
            first_claim: string | null;
          }>('SELECT id, title, abstract, first_claim FROM patents WHERE id = ANY($1::bigint[])', [keys])
        ).rows;
        const texts = rows.map(patentEmbeddingText);
        const vectors = await embedder.embed(texts);
        const upserts: StoreUpsert[] = [];
        rows.forEach((r, i) => {
          const facts = this.store.get(r.id);
          // Changed since its facts were read: the next catch-up brings new facts, and the vector after it.
          if (!facts || facts.textHash !== textHash(texts[i]!)) return;
          upserts.push({ facts, vector: quantise(vectors[i]!) });
        });
        if (upserts.length) {
          this.file.apply(upserts, [], this.watermark);
          // One thread for the graph too: the other core serves requests.
          this.store.syncAnn(1);
        }
        return upserts.length;
      });
      // Nothing left, or only rows that changed or vanished meanwhile (the next catch-up sorts them out).
      if (n === 0) break;
      done += n;
      options.onProgress?.(done, this.store.size - this.store.vectorCount);
      await yieldToEventLoop();
    }
    return done;
  }

  /**
   * Catches up and embeds in the background every `ms` milliseconds. Embedding runs in its own process and
   * yields between batches, so requests are served meanwhile. (The server uses MatchingService.startBackground.)
   */
  startBackground(
    ms: number,
    onError: (err: unknown) => void,
    onProgress?: (done: number, pending: number) => void,
  ): void {
    this.stopBackground();
    const tick = () => {
      if (this.backgroundRun || this.closed) return;
      this.backgroundRun = (async () => {
        await this.catchUp();
        await this.embedPending({ onProgress });
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

  /** Writes a fresh log and graph when the log has grown to more than twice what is live. */
  compactIfBloated(): boolean {
    const live = this.store.size * 1_000 + 1_000_000;
    if (this.file.logBytes < 2 * live) return false;
    this.file.compact();
    return true;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stopBackground();
    await this.backgroundRun?.catch(() => {});
    await this.queue;
    this.file.close();
    if (this.options.embedder !== undefined) return;
    const background = await this.backgroundState;
    const state = await this.embedderState;
    if (background && background !== state?.embedder) await background.close();
    if (state?.embedder) await state.embedder.close();
  }
}
