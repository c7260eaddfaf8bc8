import type { Database } from '../../platform/db/database';
import {
  type DemandState,
  type DemandTextRow,
  demandsChangedSince,
  demandTexts,
  storeEmbedding,
} from '../demands';
import type { QueryTerm } from '../search/bm25fIndex';
import { Bm25fIndex } from '../search/bm25fIndex';
import { type Embedder, embeddingInput, MODEL_NAME } from './embedder';
import { textHash } from './matchStore';
import type { DemandWants, TransferMode } from './signals';

/**
 * The demands, in memory, for reverse matching (patent → demands and enterprises) and push: BM25F over
 * their texts, their embeddings, what their structured signals need, and who may see them. Demands are few
 * next to patents (thousands), so the index is rebuilt from the database at start; their embeddings are
 * stored in `demands.embedding` with the model and the hash of the embedded text, so a restart does not
 * re-embed an unchanged demand. Fed by `demands.change_seq` like the catalogue.
 */
export interface DemandEntry {
  id: number;
  seq: number;
  organisationId: number | null;
  visibility: 'public' | 'private';
  approvedOrganisationIds: readonly number[];
  state: DemandState;
  title: string;
  /** The texts that are matched: title, problem, target indicators, desired field. */
  texts: readonly string[];
  wants: DemandWants;
  textHash: number;
  vector: Float32Array | null;
  /** IPC subclasses predicted from the demand's text against the catalogue, relative to the best (0–1]. */
  predicted: ReadonlyMap<string, number>;
}

/** The text of a demand that is matched and embedded: what it wants solved, not what it has now. */
export function matchedDemandTexts(d: {
  title: string;
  problem: string;
  target_indicators: string;
  desired_field: string;
}): string[] {
  return [d.title, d.problem, d.target_indicators, d.desired_field].filter((t) => t.trim());
}

export function demandEmbeddingText(texts: readonly string[]): string {
  return embeddingInput(texts.join('。'));
}

export function demandWants(d: {
  region_code: string | null;
  industry_code: string | null;
  sei_codes: readonly string[];
  desired_ipc: readonly string[];
  min_trl: number | null;
  preferred_modes: readonly TransferMode[];
}): DemandWants {
  return {
    region: d.region_code,
    industry: d.industry_code,
    sei: d.sei_codes,
    desiredIpc: d.desired_ipc,
    minTrl: d.min_trl,
    modes: d.preferred_modes,
  };
}

/** float32 little-endian, as stored in `demands.embedding`. */
export function vectorToBytes(v: Float32Array): Uint8Array {
  const out = new Uint8Array(v.length * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < v.length; i++) view.setFloat32(i * 4, v[i]!, true);
  return out;
}

export function bytesToVector(b: Uint8Array): Float32Array {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const out = new Float32Array(Math.floor(b.byteLength / 4));
  for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(i * 4, true);
  return out;
}

const LOOKBACK_SERVER = 2_000;
const PAGE = 2_000;

export type Predict = (texts: readonly string[], vector: Float32Array | null) => ReadonlyMap<string, number>;

export class DemandIndex {
  private readonly text = new Bm25fIndex({
    fields: [
      { name: 'title', weight: 3 },
      { name: 'body', weight: 1 },
    ],
  });
  private readonly entries = new Map<number, DemandEntry>();
  private _watermark = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly predict: Predict,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get watermark(): number {
    return this._watermark;
  }

  get embedded(): number {
    let n = 0;
    for (const e of this.entries.values()) if (e.vector) n++;
    return n;
  }

  get(id: number): DemandEntry | undefined {
    return this.entries.get(id);
  }

  values(): IterableIterator<DemandEntry> {
    return this.entries.values();
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn);
    this.queue = run.catch(() => {});
    return run;
  }

  private toEntry(r: DemandTextRow, old: DemandEntry | undefined): DemandEntry {
    const texts = matchedDemandTexts(r);
    const hash = textHash(demandEmbeddingText(texts));
    let vector: Float32Array | null = null;
    if (r.embedding && r.embedding_model === MODEL_NAME && r.embedding_hash === hash)
      vector = bytesToVector(r.embedding);
    else if (old?.vector && old.textHash === hash) vector = old.vector;
    const predicted =
      old && old.textHash === hash && !!old.vector === !!vector ? old.predicted : this.predict(texts, vector);
    return {
      id: r.id,
      seq: r.change_seq,
      organisationId: r.organisation_id,
      visibility: r.visibility,
      approvedOrganisationIds: r.approved_organisation_ids,
      state: r.state,
      title: r.title,
      texts,
      wants: demandWants(r),
      textHash: hash,
      vector,
      predicted,
    };
  }

  private put(e: DemandEntry): void {
    this.entries.set(e.id, e);
    this.text.upsert({ key: e.id, fields: { title: e.title, body: e.texts.slice(1).join('\n') } });
  }

  /** Reads demands written since the watermark. */
  catchUp(): Promise<number> {
    return this.serial(async () => {
      let n = 0;
      let from = Math.max(0, this._watermark - (this.db.kind === 'postgres' ? LOOKBACK_SERVER : 0));
      for (;;) {
        const rows = await demandsChangedSince(this.db, from, PAGE);
        for (const r of rows) {
          const old = this.entries.get(r.id);
          if (old && old.seq === r.change_seq) continue;
          this.put(this.toEntry(r, old));
          n++;
        }
        const last = rows.at(-1)?.change_seq;
        if (last !== undefined) this._watermark = Math.max(this._watermark, last);
        if (rows.length < PAGE) break;
        from = last!;
      }
      return n;
    });
  }

  /** Embeds demands without a vector and stores the vectors (derived data: no change sequence, no audit). */
  embedPending(embedder: Embedder, max = 256): Promise<number> {
    return this.serial(async () => {
      const waiting = [...this.entries.values()].filter((e) => !e.vector).slice(0, max);
      if (waiting.length === 0) return 0;
      const vectors = await embedder.embed(waiting.map((e) => demandEmbeddingText(e.texts)));
      let n = 0;
      for (let i = 0; i < waiting.length; i++) {
        const e = waiting[i]!;
        const current = this.entries.get(e.id);
        if (!current || current.textHash !== e.textHash) continue; // re-worded meanwhile: next round
        const vector = vectors[i]!;
        await storeEmbedding(this.db, e.id, {
          bytes: vectorToBytes(vector),
          model: embedder.model,
          hash: e.textHash,
        });
        this.put({ ...current, vector, predicted: this.predict(current.texts, vector) });
        n++;
      }
      return n;
    });
  }

  /** Re-reads specific demands now (after a write in this process). */
  async refresh(ids: readonly number[]): Promise<void> {
    await this.serial(async () => {
      for (const r of await demandTexts(this.db, ids)) this.put(this.toEntry(r, this.entries.get(r.id)));
    });
  }

  /** Recomputes the IPC predictions of every demand (the catalogue changed a lot since). */
  repredict(): void {
    for (const e of this.entries.values()) this.put({ ...e, predicted: this.predict(e.texts, e.vector) });
  }

  /** Demands by BM25 over their texts. */
  lexical(terms: readonly QueryTerm[], k: number): { key: number; score: number }[] {
    if (terms.length === 0) return [];
    return this.text.search({ terms, match: 'any', limit: k, exactTotal: false }).hits.map((h) => ({ ...h }));
  }

  /** Demands by cosine with a unit vector, exhaustively (demands are few). */
  dense(vector: Float32Array, k: number): { key: number; score: number }[] {
    const out: { key: number; score: number }[] = [];
    for (const e of this.entries.values()) {
      if (!e.vector) continue;
      let s = 0;
      for (let d = 0; d < vector.length; d++) s += vector[d]! * e.vector[d]!;
      out.push({ key: e.id, score: s });
    }
    return out.sort((a, b) => b.score - a.score || a.key - b.key).slice(0, k);
  }
}
