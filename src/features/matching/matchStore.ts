import type { LegalStatus } from '../patents/legalStatus';
import { type AnnHit, AnnIndex, type AnnOptions } from './annIndex';
import type { CentroidSimilarity } from './ipcPredictor';

/** What matching knows of a patent without asking the database: its structured signals. */
export interface PatentFacts {
  readonly key: number;
  /** The catalogue change sequence these facts were read at. */
  readonly seq: number;
  /** IPC subclasses ('H01M'), distinct, in the patent's order. */
  readonly subclasses: readonly string[];
  readonly sei: readonly string[];
  readonly legalStatus: LegalStatus;
  /** GB/T 2260, most specific known. */
  readonly region: string | null;
  readonly trl: number | null;
  readonly industries: readonly string[];
  readonly organisations: readonly number[];
  /** Hash of the text that was (or would be) embedded: an unchanged text keeps its vector. */
  readonly textHash: number;
}

/** A unit vector stored as int8 with one scale per vector (4× smaller than float32; cosine error ≈ 1e-3). */
export interface QuantisedVector {
  readonly values: Int8Array;
  readonly scale: number;
}

export function quantise(v: Float32Array): QuantisedVector {
  let max = 0;
  for (let i = 0; i < v.length; i++) max = Math.max(max, Math.abs(v[i]!));
  const scale = max > 0 ? max / 127 : 1;
  const values = new Int8Array(v.length);
  for (let i = 0; i < v.length; i++) values[i] = Math.round(v[i]! / scale);
  return { values, scale };
}

export function dequantise(q: QuantisedVector): Float32Array {
  const out = new Float32Array(q.values.length);
  for (let i = 0; i < out.length; i++) out[i] = q.values[i]! * q.scale;
  return out;
}

/** 32-bit FNV-1a of a string's UTF-16 code units. */
export function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface MatchStoreOptions {
  readonly dimensions: number;
  /** Build an HNSW graph for dense search (default true); false searches exhaustively (small stores, tests). */
  readonly ann?: boolean;
  readonly annOptions?: Omit<AnnOptions, 'dimensions'>;
}

interface Centroid {
  sum: Float64Array;
  count: number;
  unit: Float32Array | null;
}

const SHARED_LISTS = new Map<string, readonly string[]>();
/** Many patents carry the same subclass list: share one array per distinct list. */
function shared(list: readonly string[]): readonly string[] {
  if (list.length === 0) return EMPTY;
  const id = list.join('|');
  let s = SHARED_LISTS.get(id);
  if (!s) {
    s = Object.freeze([...list]);
    if (SHARED_LISTS.size < 200_000) SHARED_LISTS.set(id, s);
  }
  return s;
}
const EMPTY: readonly string[] = Object.freeze([]);

/**
 * The in-memory side of the matching index: facts per patent, int8 vectors in one growable array (slot per
 * patent), per-subclass centroid sums (kept exact under replace and delete), and an HNSW graph. No I/O:
 * persistence is matchStoreFile.ts, feeding from the database matchIndex.ts.
 */
export class MatchStore {
  readonly dimensions: number;
  private readonly facts = new Map<number, PatentFacts>();
  private readonly slotOf = new Map<number, number>();
  private slotKey = new Float64Array(1024);
  private values: Int8Array;
  private scales = new Float32Array(1024);
  private freeSlots: number[] = [];
  private nextSlot = 0;
  private readonly centroids = new Map<string, Centroid>();
  readonly ann: AnnIndex | null;
  /** Bumped on every change (callers cache derived data against it). */
  version = 0;

  constructor(readonly options: MatchStoreOptions) {
    this.dimensions = options.dimensions;
    this.values = new Int8Array(1024 * this.dimensions);
    this.ann =
      options.ann === false ? null : new AnnIndex({ dimensions: this.dimensions, ...options.annOptions });
  }

  get size(): number {
    return this.facts.size;
  }

  get vectorCount(): number {
    return this.slotOf.size;
  }

  get(key: number): PatentFacts | undefined {
    return this.facts.get(key);
  }

  hasVector(key: number): boolean {
    return this.slotOf.has(key);
  }

  keys(): IterableIterator<number> {
    return this.facts.keys();
  }

  /** Keys whose facts are known but whose text has no vector yet. */
  keysWithoutVector(): number[] {
    const out: number[] = [];
    for (const k of this.facts.keys()) if (!this.slotOf.has(k)) out.push(k);
    return out;
  }

  /** The stored vector of a patent (a copy). */
  vector(key: number): QuantisedVector | undefined {
    const slot = this.slotOf.get(key);
    if (slot === undefined) return undefined;
    const D = this.dimensions;
    return { values: this.values.slice(slot * D, slot * D + D), scale: this.scales[slot]! };
  }

  /**
   * Adds or replaces a patent. `vector`: a new vector, `'keep'` to keep the stored one (facts changed, text
   * did not), or null to store none (no model, or its text changed and waits for embedding).
   * Call {@link syncAnn} after a batch to bring the graph up to date.
   */
  upsert(facts: PatentFacts, vector: QuantisedVector | 'keep' | null): void {
    const old = this.facts.get(facts.key);
    const kept = vector === 'keep' ? this.vector(facts.key) : undefined;
    if (old) this.removeFromCentroids(old);
    const stored: PatentFacts = {
      ...facts,
      subclasses: shared(facts.subclasses),
      sei: shared(facts.sei),
      industries: shared(facts.industries),
    };
    this.facts.set(facts.key, stored);
    const next = vector === 'keep' ? kept : vector;
    if (next) this.writeVector(facts.key, next);
    else this.dropVector(facts.key);
    this.addToCentroids(stored);
    this.version++;
  }

  delete(key: number): boolean {
    const old = this.facts.get(key);
    if (!old) return false;
    this.removeFromCentroids(old);
    this.facts.delete(key);
    this.dropVector(key);
    this.version++;
    return true;
  }

  private pendingAnn = new Set<number>();
  private removedAnn = new Set<number>();

  private writeVector(key: number, q: QuantisedVector): void {
    if (q.values.length !== this.dimensions)
      throw new RangeError(`vector of ${q.values.length} dimensions, expected ${this.dimensions}`);
    let slot = this.slotOf.get(key);
    if (slot === undefined) {
      slot = this.freeSlots.pop() ?? this.nextSlot++;
      this.ensureCapacity(slot + 1);
      this.slotOf.set(key, slot);
      this.slotKey[slot] = key;
    }
    this.values.set(q.values, slot * this.dimensions);
    this.scales[slot] = q.scale;
    this.pendingAnn.add(key);
    this.removedAnn.delete(key);
  }

  private dropVector(key: number): void {
    const slot = this.slotOf.get(key);
    if (slot === undefined) return;
    this.slotOf.delete(key);
    this.slotKey[slot] = Number.NaN;
    this.freeSlots.push(slot);
    this.pendingAnn.delete(key);
    this.removedAnn.add(key);
  }

  private ensureCapacity(slots: number): void {
    if (slots <= this.scales.length) return;
    let n = this.scales.length;
    while (n < slots) n *= 2;
    const values = new Int8Array(n * this.dimensions);
    values.set(this.values);
    this.values = values;
    const scales = new Float32Array(n);
    scales.set(this.scales);
    this.scales = scales;
    const keys = new Float64Array(n).fill(Number.NaN);
    keys.set(this.slotKey);
    this.slotKey = keys;
  }

  /** Vectors changed since the last {@link syncAnn} (the graph is behind by this many). */
  get annBacklog(): number {
    return this.pendingAnn.size + this.removedAnn.size;
  }

  /** Applies pending vector changes to the HNSW graph. */
  syncAnn(threads = 0): void {
    if (!this.ann) {
      this.pendingAnn.clear();
      this.removedAnn.clear();
      return;
    }
    for (const key of this.removedAnn) this.ann.remove(key);
    this.removedAnn.clear();
    const keys = [...this.pendingAnn];
    this.pendingAnn.clear();
    const D = this.dimensions;
    for (let s = 0; s < keys.length; s += 10_000) {
      const chunk = keys.slice(s, s + 10_000);
      const flat = new Float32Array(chunk.length * D);
      chunk.forEach((k, j) => {
        const slot = this.slotOf.get(k)!;
        const scale = this.scales[slot]!;
        for (let d = 0; d < D; d++) flat[j * D + d] = this.values[slot * D + d]! * scale;
      });
      this.ann.upsert(chunk, flat, threads);
    }
  }

  /** The graph was loaded from a file that already holds every vector stored so far. */
  markAnnSynced(): void {
    this.pendingAnn.clear();
    this.removedAnn.clear();
  }

  /** Forgets the graph's state: every stored vector is pending again (after an unusable graph file). */
  resetAnn(): void {
    this.ann?.clear();
    this.removedAnn.clear();
    for (const k of this.slotOf.keys()) this.pendingAnn.add(k);
  }

  /** cos(query, patent) for a patent with a vector, else null. `query` must be a unit vector. */
  similarity(key: number, query: Float32Array): number | null {
    const slot = this.slotOf.get(key);
    if (slot === undefined) return null;
    const D = this.dimensions;
    const o = slot * D;
    let s = 0;
    for (let d = 0; d < D; d++) s += query[d]! * this.values[o + d]!;
    return s * this.scales[slot]!;
  }

  /**
   * Nearest patents by cosine: through the HNSW graph when there is one (then re-scored exactly against the
   * stored vectors), else exhaustively.
   */
  nearest(query: Float32Array, k: number): AnnHit[] {
    if (!this.ann || this.ann.size === 0) return this.exhaustiveNearest(query, k);
    const hits = this.ann.search(query, k);
    const out: AnnHit[] = [];
    for (const h of hits) {
      const s = this.similarity(h.key, query);
      if (s !== null) out.push({ key: h.key, similarity: s });
    }
    return out.sort((a, b) => b.similarity - a.similarity || a.key - b.key);
  }

  /** Brute force over every stored vector: the reference the graph is measured against. */
  exhaustiveNearest(query: Float32Array, k: number): AnnHit[] {
    const D = this.dimensions;
    const top: AnnHit[] = [];
    let floor = -Infinity;
    for (let slot = 0; slot < this.nextSlot; slot++) {
      const key = this.slotKey[slot]!;
      if (Number.isNaN(key)) continue;
      const o = slot * D;
      let s = 0;
      for (let d = 0; d < D; d++) s += query[d]! * this.values[o + d]!;
      s *= this.scales[slot]!;
      if (top.length < k) {
        top.push({ key, similarity: s });
        if (top.length === k) {
          top.sort((a, b) => b.similarity - a.similarity);
          floor = top[k - 1]!.similarity;
        }
      } else if (s > floor) {
        let i = k - 1;
        while (i > 0 && top[i - 1]!.similarity < s) i--;
        top.splice(i, 0, { key, similarity: s });
        top.pop();
        floor = top[k - 1]!.similarity;
      }
    }
    return top.sort((a, b) => b.similarity - a.similarity || a.key - b.key);
  }

  // Centroids ------------------------------------------------------------------------------------

  private addToCentroids(f: PatentFacts): void {
    this.centroidDelta(f, +1);
  }

  private removeFromCentroids(f: PatentFacts): void {
    this.centroidDelta(f, -1);
  }

  /** Each patent with a vector adds v / |subclasses| to each of its subclasses' sums. */
  private centroidDelta(f: PatentFacts, sign: 1 | -1): void {
    const slot = this.slotOf.get(f.key);
    if (slot === undefined || f.subclasses.length === 0) return;
    const D = this.dimensions;
    const w = (sign * this.scales[slot]!) / f.subclasses.length;
    for (const s of f.subclasses) {
      let c = this.centroids.get(s);
      if (!c) {
        c = { sum: new Float64Array(D), count: 0, unit: null };
        this.centroids.set(s, c);
      }
      for (let d = 0; d < D; d++) c.sum[d]! += w * this.values[slot * D + d]!;
      c.count += sign;
      c.unit = null;
      if (c.count <= 0) this.centroids.delete(s);
    }
  }

  /** cos(query, centroid) for every subclass that has embedded patents. */
  centroidSimilarities(query: Float32Array): CentroidSimilarity[] {
    const D = this.dimensions;
    const out: CentroidSimilarity[] = [];
    for (const [subclass, c] of this.centroids) {
      if (!c.unit) {
        let n = 0;
        for (let d = 0; d < D; d++) n += c.sum[d]! * c.sum[d]!;
        n = Math.sqrt(n) || 1;
        c.unit = new Float32Array(D);
        for (let d = 0; d < D; d++) c.unit[d] = c.sum[d]! / n;
      }
      let s = 0;
      for (let d = 0; d < D; d++) s += query[d]! * c.unit[d]!;
      out.push({ subclass, similarity: s });
    }
    return out;
  }

  /** Number of embedded patents per subclass (for statistics). */
  centroidCount(subclass: string): number {
    return this.centroids.get(subclass)?.count ?? 0;
  }
}
