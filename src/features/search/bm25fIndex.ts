import { BLOCK_HEADER, MAX_BLOCK, PAGE_BITS, PostingPool } from './postingPool';
import { type Analyzer, chineseAnalyzer } from './segment';

/**
 * An in-memory inverted index ranked with BM25F, with facet filters/counts, numeric sort keys and
 * tombstone deletes. Generic: it knows fields, facets and sort keys by name, nothing about patents.
 *
 * ## Ranking: BM25F (Robertson, Zaragoza & Taylor 2004, "simple BM25F")
 * For a query term t and document d, per-field term frequencies are length-normalised and weighted
 * *before* saturation:
 *
 *   tf̃(t,d) = Σ_f  w_f · tf_f(t,d) / (1 − b_f + b_f · len_f(d) / avglen_f)
 *   score(d) = Σ_t  qw_t · idf(t) · tf̃ / (k1 + tf̃)        idf(t) = ln(1 + (N − df + 0.5) / (df + 0.5))
 *
 * Chosen over a sum of per-field BM25 scores because a term repeated across title, abstract and claims
 * then saturates once instead of being counted three times, and one IDF per term (document frequency
 * over the whole document) keeps rare-in-title terms from dominating. `qw_t` is the query-term weight
 * (1 per occurrence in the query by default).
 *
 * ## Memory layout
 * - Postings: per term a chain of blocks in a {@link PostingPool}; a posting is
 *   `varint(docDelta · 2^F + fieldMask)` followed by `varint(tf)` for each field in the mask.
 *   Internal document ids only grow (an upsert appends a new id), so every list is sorted and
 *   delta-encoded without rewriting.
 * - Terms and documents: struct-of-arrays (typed arrays grown by doubling); the only per-item JS
 *   objects are the vocabulary `Map` entry per distinct term and the key → id `Map` entry per document.
 *
 * ## Query evaluation
 * Term-at-a-time into a dense score accumulator (one float per internal id, reset through a touched
 * list), rarest term first. Facet counts need every matching document, so the default is exhaustive;
 * two prunings keep the answer exact:
 * - 'all': once few candidates remain, a long list is not decoded but jumped through block by block
 *   (each block header holds the id before it), decoding only blocks that may hold a candidate.
 * - 'any' with `exactTotal: false` and nothing but the top k wanted: MaxScore — when the k-th partial
 *   score exceeds the sum of the remaining terms' upper bounds (weight · idf), untouched documents cannot
 *   enter the top k, and the remaining terms are only looked up for the surviving candidates.
 *
 * ## Deletes and replacement
 * `delete` and `upsert` of an existing key tombstone the old internal id. Its postings stay until
 * {@link Bm25fIndex.compact}. Like Lucene, N and df count tombstoned documents until compaction (exact
 * df would need a forward index per document); average field lengths count live documents only.
 */

export interface FieldSpec {
  readonly name: string;
  /** BM25F field weight, default 1. */
  readonly weight?: number;
  /** Length-normalisation strength for this field, default the schema's `b`. */
  readonly b?: number;
}

export interface IndexSchema {
  /** Text fields, 1–8. */
  readonly fields: readonly FieldSpec[];
  /** Multi-valued string facets (filters and counts). */
  readonly facets?: readonly string[];
  /** Numeric per-document values for sorting and range filters (e.g. filing date as yyyymmdd). */
  readonly sortKeys?: readonly string[];
  /** BM25 saturation, default 1.2. */
  readonly k1?: number;
  /** BM25 length normalisation, default 0.75. */
  readonly b?: number;
}

export interface IndexDocument {
  /** The caller's integer key (e.g. a database id); upserting an existing key replaces the document. */
  readonly key: number;
  /** Raw text per field name; missing or null means empty. */
  readonly fields: Readonly<Record<string, string | null | undefined>>;
  readonly facets?: Readonly<Record<string, readonly string[] | null | undefined>>;
  /** Missing, null or NaN means "no value": such documents sort last and fail range filters. */
  readonly sort?: Readonly<Record<string, number | null | undefined>>;
}

/** A query term, optionally weighted. Repeating a plain term adds its weight (query-term frequency). */
export type QueryTerm = string | { readonly term: string; readonly weight: number };

export type SortSpec = 'relevance' | { readonly key: string; readonly order: 'asc' | 'desc' };

export interface SearchRequest {
  /** Raw query text, segmented with the analyzer's query tokeniser. Ignored when `terms` is given. */
  readonly text?: string;
  /** Already-segmented terms (e.g. the `terms` of an earlier result, or weighted terms for matching). */
  readonly terms?: readonly QueryTerm[];
  /**
   * 'all' (default): every term must occur; 'any': at least one. Terms unknown to the index and
   * no query terms at all behave as described on {@link Bm25fIndex.search}.
   */
  readonly match?: 'all' | 'any';
  /** Facet filters: OR within one facet's values, AND across facets. */
  readonly filters?: Readonly<Record<string, readonly string[]>>;
  /** Inclusive numeric ranges on sort keys, ANDed with everything else. */
  readonly ranges?: Readonly<Record<string, { readonly min?: number; readonly max?: number }>>;
  /** Facets to count over the whole filtered result (drill-sideways, see {@link Bm25fIndex.search}). */
  readonly facets?: readonly string[];
  /** How many values to return per counted facet (default 10); a number or per facet name. */
  readonly facetTop?: number | Readonly<Record<string, number>>;
  /** Default 'relevance' (score desc, then key asc). A sort key orders by value, missing last. */
  readonly sort?: SortSpec;
  readonly offset?: number;
  /** Default 10; 0 returns only `total` and facets. */
  readonly limit?: number;
  /**
   * Default true. false lets a relevance-ordered 'any' query without facets, filters or ranges skip
   * documents that cannot reach the top offset+limit (MaxScore); `total` is then a lower bound.
   */
  readonly exactTotal?: boolean;
}

export interface SearchHit {
  readonly key: number;
  readonly score: number;
}

export interface FacetCount {
  readonly value: string;
  readonly count: number;
}

export interface SearchResult {
  readonly total: number;
  /** Present (true) when `exactTotal: false` let the search stop counting early. */
  readonly totalIsLowerBound?: true;
  readonly hits: SearchHit[];
  readonly facets: Record<string, FacetCount[]>;
  /** The terms actually searched (after segmentation and unknown-term expansion), for highlighting. */
  readonly terms: string[];
}

export interface FieldContribution {
  readonly field: string;
  readonly tf: number;
  readonly length: number;
  /** This field's share of the term's score (the saturated term score split in proportion to w·tf/norm). */
  readonly score: number;
}

export interface TermExplanation {
  readonly term: string;
  readonly weight: number;
  readonly df: number;
  readonly idf: number;
  readonly score: number;
  readonly fields: FieldContribution[];
}

export interface Explanation {
  readonly key: number;
  readonly score: number;
  readonly terms: TermExplanation[];
}

export interface IndexStats {
  readonly documents: number;
  readonly tombstones: number;
  readonly terms: number;
  readonly postingBytes: number;
  /** Estimated resident bytes: pool pages + typed arrays + an estimate of the two Maps. */
  readonly memoryBytes: number;
}

/** Plain data a snapshot holds; written and read by indexStore.ts. */
export interface IndexImage {
  readonly meta: {
    readonly analyzer: { readonly id: string; readonly version: number };
    readonly schema: IndexSchema;
    readonly docCount: number;
    readonly termCount: number;
    readonly facetValues: string[][];
    readonly pageUsed: number[];
  };
  readonly terms: string[];
  readonly termArrays: {
    head: Uint32Array;
    tail: Uint32Array;
    tailPos: Uint32Array;
    tailEnd: Uint32Array;
    lastDoc: Int32Array;
    df: Uint32Array;
  };
  readonly pages: Uint8Array[];
  readonly docArrays: {
    keys: Float64Array;
    alive: Uint8Array;
    fieldLen: Uint16Array;
    sortValues: Float64Array[];
    facetOffsets: Uint32Array[];
    facetValues: Uint32Array[];
  };
}

export interface IndexOptions {
  /** Tokenisers; default {@link chineseAnalyzer}. Persisted indexes record its id and version. */
  readonly analyzer?: Analyzer;
  /** Largest block compaction writes (default 4 KiB); smaller only to exercise chains in tests. */
  readonly compactBlockBytes?: number;
}

const MAX_FIELDS = 8;
/** In 'all' mode, jump through a term's blocks when it has this many times more postings than candidates. */
const LOOKUP_RATIO = 64;
const MAX_FIELD_LENGTH = 0xffff;
/** The largest block compaction writes (as for appends, so skips stay short); longer lists are chained. */
const MAX_COMPACT_BLOCK = MAX_BLOCK;

function grownLength(current: number, needed: number): number {
  let n = Math.max(16, current);
  while (n < needed) n *= 2;
  return n;
}

type GrowableArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

/** `a`, or a copy of it with room for at least `needed` items (doubling); new items are `fill`. */
function grow<T extends GrowableArray>(a: T, needed: number, fill = 0): T {
  if (a.length >= needed) return a;
  const b = new (a.constructor as new (length: number) => T)(grownLength(a.length, needed));
  if (fill !== 0) b.fill(fill, a.length);
  b.set(a as never);
  return b;
}

/** The little-endian u32 at page[o..o+4) (block headers). */
function u32(page: Uint8Array, o: number): number {
  return (page[o]! | (page[o + 1]! << 8) | (page[o + 2]! << 16) | (page[o + 3]! << 24)) >>> 0;
}

/** Offset in its page just past block `addr`'s postings: the write position for a tail block. */
function blockEnd(page: Uint8Array, addr: number, tail: number, tailPos: number): number {
  const base = addr & 0xffffff;
  return addr === tail ? tailPos & 0xffffff : base + BLOCK_HEADER + u32(page, base + 4);
}

/** Writes `value` (a non-negative integer < 2^53) as a LEB128 varint; returns the new offset. */
function writeVarint(out: Uint8Array, offset: number, value: number): number {
  let o = offset;
  while (value >= 0x80) {
    out[o++] = (value % 0x80) | 0x80;
    value = Math.floor(value / 0x80);
  }
  out[o++] = value;
  return o;
}

interface FacetColumn {
  readonly name: string;
  readonly ids: Map<string, number>;
  readonly values: string[];
  /** offsets[d]..offsets[d+1] index `ordinals` for document d. */
  offsets: Uint32Array;
  ordinals: Uint32Array;
  ordinalCount: number;
  /**
   * While no document has two values of this facet (and there are fewer than 65,535 values): per document its
   * value id + 1, 0 for none. Counting a facet over hundreds of thousands of matches then reads one 2-byte
   * entry per document instead of two offsets and an ordinal. null otherwise (and until the next compaction
   * or load, once a document with two values arrived).
   */
  single: Uint16Array | null;
}

/** Value ids + 1 must fit a {@link FacetColumn.single} entry. */
const SINGLE_MAX_VALUES = 0xffff - 1;

/** The {@link FacetColumn.single} view of a column's first `docs` documents, or null when one has two values. */
function singleValues(
  offsets: Uint32Array,
  ordinals: Uint32Array,
  docs: number,
  values: number,
  capacity: number,
): Uint16Array | null {
  if (values > SINGLE_MAX_VALUES) return null;
  const single = new Uint16Array(Math.max(capacity, docs));
  for (let d = 0; d < docs; d++) {
    const k = offsets[d]!;
    const n = offsets[d + 1]! - k;
    if (n > 1) return null;
    if (n === 1) single[d] = ordinals[k]! + 1;
  }
  return single;
}

interface CandidatePlan {
  readonly filterColumns: FacetColumn[];
  readonly filterSelected: Uint8Array[];
  readonly filterToCount: number[];
  readonly rangeValues: Float64Array[];
  readonly rangeMin: number[];
  readonly rangeMax: number[];
  readonly countColumns: FacetColumn[];
  readonly counts: Uint32Array[];
  readonly top: TopK;
  readonly relevance: boolean;
  /** The sort key's values when sorting by a key. */
  readonly sortValues: Float64Array | undefined;
  readonly ascending: boolean;
}

interface ResolvedTerm {
  readonly term: string;
  readonly id: number;
  readonly weight: number;
}

/** Top-k by a "better than" order, kept as a binary heap with the worst kept item at the root. */
class TopK {
  readonly heap: Int32Array;
  size = 0;
  constructor(
    readonly capacity: number,
    readonly better: (a: number, b: number) => boolean,
  ) {
    this.heap = new Int32Array(capacity);
  }

  offer(doc: number): void {
    const h = this.heap;
    const better = this.better;
    if (this.size < this.capacity) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!better(h[parent]!, doc)) break;
        h[i] = h[parent]!;
        i = parent;
      }
      h[i] = doc;
      return;
    }
    if (this.capacity === 0 || !better(doc, h[0]!)) return;
    let i = 0;
    const n = this.size;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const worse = r < n && better(h[l]!, h[r]!) ? r : l;
      if (!better(doc, h[worse]!)) break;
      h[i] = h[worse]!;
      i = worse;
    }
    h[i] = doc;
  }

  /** The kept documents, best first. */
  sorted(): number[] {
    const out = Array.from(this.heap.subarray(0, this.size));
    out.sort((a, b) => (this.better(a, b) ? -1 : this.better(b, a) ? 1 : 0));
    return out;
  }
}

export class Bm25fIndex {
  readonly schema: IndexSchema;
  readonly analyzer: Analyzer;
  private readonly fieldNames: string[];
  private readonly fieldWeight: Float64Array;
  private readonly fieldB: Float64Array;
  private readonly nFields: number;
  private readonly k1: number;
  private readonly sortNames: string[];

  private pool: PostingPool;
  private vocab = new Map<string, number>();
  private termStrings: string[] = [];
  private termCount = 0;
  private tHead: Uint32Array = new Uint32Array(0);
  private tTail: Uint32Array = new Uint32Array(0);
  private tTailPos: Uint32Array = new Uint32Array(0);
  private tTailEnd: Uint32Array = new Uint32Array(0);
  private tLastDoc: Int32Array = new Int32Array(0);
  private tDf: Uint32Array = new Uint32Array(0);

  private docCount = 0;
  private liveCount = 0;
  private keys: Float64Array = new Float64Array(0);
  private alive: Uint8Array = new Uint8Array(0);
  private fieldLen: Uint16Array = new Uint16Array(0);
  private fieldLenSum: Float64Array;
  /** Longest field (in tokens) ever indexed since the last compaction; sizes the length table. */
  private maxFieldLen = 0;
  private sortValues: Float64Array[];
  private facetColumns: FacetColumn[];
  private keyToDoc = new Map<number, number>();

  // Query scratch, sized to the document capacity and reset after each query.
  private scores: Float64Array = new Float64Array(0);
  private hitCount: Uint16Array = new Uint16Array(0);
  private touched: Int32Array = new Int32Array(0);
  /** Scratch: the documents of one result, for counting facets column by column. */
  private matched: Int32Array = new Int32Array(0);
  // Upsert scratch: term id → slot + 1 (0: not in the current document), slot → term id, slot tfs.
  private termSlot: Int32Array = new Int32Array(0);
  private slotTerm: Int32Array = new Int32Array(64);
  private slotTf: Uint16Array = new Uint16Array(64 * MAX_FIELDS);

  private readonly compactBlockBytes: number;

  constructor(schema: IndexSchema, options: IndexOptions = {}) {
    const analyzer = options.analyzer ?? chineseAnalyzer;
    this.compactBlockBytes = options.compactBlockBytes ?? MAX_COMPACT_BLOCK;
    if (schema.fields.length < 1 || schema.fields.length > MAX_FIELDS) {
      throw new RangeError(`an index needs 1–${MAX_FIELDS} fields`);
    }
    const names = [...schema.fields.map((f) => f.name), ...(schema.facets ?? []), ...(schema.sortKeys ?? [])];
    if (new Set(names).size !== names.length)
      throw new RangeError('field, facet and sort key names must differ');
    for (const f of schema.fields) {
      if (!(f.weight === undefined || (Number.isFinite(f.weight) && f.weight > 0))) {
        throw new RangeError(`field "${f.name}" weight must be > 0`);
      }
      if (!(f.b === undefined || (f.b >= 0 && f.b <= 1)))
        throw new RangeError(`field "${f.name}" b must be in [0, 1]`);
    }
    if (!(schema.k1 === undefined || (Number.isFinite(schema.k1) && schema.k1 >= 0))) {
      throw new RangeError('k1 must be ≥ 0');
    }
    if (!(schema.b === undefined || (schema.b >= 0 && schema.b <= 1)))
      throw new RangeError('b must be in [0, 1]');
    this.schema = schema;
    this.analyzer = analyzer;
    this.k1 = schema.k1 ?? 1.2;
    const b = schema.b ?? 0.75;
    this.fieldNames = schema.fields.map((f) => f.name);
    this.nFields = schema.fields.length;
    this.fieldWeight = Float64Array.from(schema.fields, (f) => f.weight ?? 1);
    this.fieldB = Float64Array.from(schema.fields, (f) => f.b ?? b);
    this.fieldLenSum = new Float64Array(this.nFields);
    this.sortNames = [...(schema.sortKeys ?? [])];
    this.sortValues = this.sortNames.map(() => new Float64Array(0));
    this.facetColumns = (schema.facets ?? []).map((name) => ({
      name,
      ids: new Map<string, number>(),
      values: [],
      offsets: new Uint32Array(1),
      ordinals: new Uint32Array(16),
      ordinalCount: 0,
      single: new Uint16Array(0),
    }));
    this.pool = new PostingPool();
  }

  /** Live documents. */
  get size(): number {
    return this.liveCount;
  }

  has(key: number): boolean {
    return this.keyToDoc.has(key);
  }

  /** Every live key, in internal (insertion) order. */
  *keysInIndex(): IterableIterator<number> {
    for (let d = 0; d < this.docCount; d++) if (this.alive[d]) yield this.keys[d]!;
  }

  stats(): IndexStats {
    let termBytes = 0;
    for (const t of this.termStrings) termBytes += 2 * t.length;
    const typed =
      this.tHead.byteLength * 5 +
      this.tLastDoc.byteLength +
      this.keys.byteLength +
      this.alive.byteLength +
      this.fieldLen.byteLength +
      this.sortValues.reduce((s, a) => s + a.byteLength, 0) +
      this.facetColumns.reduce(
        (s, c) => s + c.offsets.byteLength + c.ordinals.byteLength + (c.single?.byteLength ?? 0),
        0,
      ) +
      this.scores.byteLength +
      this.hitCount.byteLength +
      this.touched.byteLength;
    // Map entries: ~ 64 bytes per vocabulary entry incl. the string header, ~ 40 per key entry.
    const maps = this.termCount * 64 + termBytes + this.keyToDoc.size * 40;
    return {
      documents: this.liveCount,
      tombstones: this.docCount - this.liveCount,
      terms: this.termCount,
      postingBytes: this.pool.usedBytes,
      memoryBytes: this.pool.allocatedBytes + typed + maps,
    };
  }

  // ---------------------------------------------------------------- writing

  /** Adds a document, replacing any document with the same key. */
  upsert(doc: IndexDocument): void {
    this.validate(doc);
    const tokensByField = this.fieldNames.map((name) => {
      const text = doc.fields[name];
      return text ? this.analyzer.index(text) : [];
    });
    this.upsertTokens(doc, tokensByField);
  }

  /**
   * Like {@link upsert} with the field texts already segmented by this index's analyzer `index`
   * tokeniser, in schema field order (lets a caller segment in a worker or in bulk).
   */
  upsertTokens(doc: IndexDocument, tokensByField: readonly (readonly string[])[]): void {
    if (tokensByField.length !== this.nFields) throw new RangeError('one token list per field is required');
    this.validate(doc);
    this.delete(doc.key);
    const d = this.docCount;
    this.ensureDocCapacity(d + 1);
    const F = this.nFields;

    // Per-document term frequencies per field, gathered through a dense term → slot table (slot + 1).
    let nSlots = 0;
    for (let f = 0; f < F; f++) {
      const tokens = tokensByField[f]!;
      const len = Math.min(tokens.length, MAX_FIELD_LENGTH);
      this.fieldLen[d * F + f] = len;
      this.fieldLenSum[f]! += len;
      if (len > this.maxFieldLen) this.maxFieldLen = len;
      for (let i = 0; i < tokens.length; i++) {
        const t = this.intern(tokens[i]!);
        let slot = this.termSlot[t]! - 1;
        if (slot < 0) {
          slot = nSlots++;
          this.termSlot[t] = slot + 1;
          if (nSlots > this.slotTerm.length) {
            this.slotTerm = grow(this.slotTerm, nSlots);
            this.slotTf = grow(this.slotTf, this.slotTerm.length * F);
          }
          this.slotTerm[slot] = t;
          this.slotTf.fill(0, slot * F, slot * F + F);
        }
        const at = slot * F + f;
        if (this.slotTf[at]! < 0xffff) this.slotTf[at]!++;
      }
    }
    for (let slot = 0; slot < nSlots; slot++) {
      const t = this.slotTerm[slot]!;
      this.termSlot[t] = 0;
      this.appendPosting(t, d, this.slotTf, slot * F);
    }

    this.keys[d] = doc.key;
    this.alive[d] = 1;
    for (let s = 0; s < this.sortNames.length; s++) {
      const v = doc.sort?.[this.sortNames[s]!];
      this.sortValues[s]![d] = v === undefined || v === null ? Number.NaN : v;
    }
    for (const column of this.facetColumns) {
      const values = doc.facets?.[column.name] ?? [];
      const seen = new Set<number>();
      for (const value of values) {
        if (typeof value !== 'string' || value === '') continue;
        let id = column.ids.get(value);
        if (id === undefined) {
          id = column.values.length;
          column.ids.set(value, id);
          column.values.push(value);
        }
        seen.add(id);
      }
      column.ordinals = grow(column.ordinals, column.ordinalCount + seen.size);
      for (const id of seen) column.ordinals[column.ordinalCount++] = id;
      column.offsets[d + 1] = column.ordinalCount;
      if (column.single) {
        if (seen.size > 1 || column.values.length > SINGLE_MAX_VALUES) column.single = null;
        else column.single[d] = seen.size === 1 ? column.ordinals[column.ordinalCount - 1]! + 1 : 0;
      }
    }
    this.keyToDoc.set(doc.key, d);
    this.docCount = d + 1;
    this.liveCount++;
  }

  /** Throws the RangeError that {@link upsert} would throw for this document, without changing anything. */
  validate(doc: IndexDocument): void {
    if (!Number.isSafeInteger(doc.key))
      throw new RangeError(`document key must be a safe integer: ${doc.key}`);
    for (const name of Object.keys(doc.fields)) {
      if (!this.fieldNames.includes(name)) throw new RangeError(`unknown field "${name}"`);
      const text = doc.fields[name];
      if (text !== undefined && text !== null && typeof text !== 'string') {
        throw new RangeError(`field "${name}" must be text`);
      }
    }
    for (const [name, values] of Object.entries(doc.facets ?? {})) {
      if (!this.facetColumns.some((c) => c.name === name)) throw new RangeError(`unknown facet "${name}"`);
      if (values !== undefined && values !== null && !Array.isArray(values)) {
        throw new RangeError(`facet "${name}" must be a list of strings`);
      }
    }
    for (const [name, v] of Object.entries(doc.sort ?? {})) {
      if (!this.sortNames.includes(name)) throw new RangeError(`unknown sort key "${name}"`);
      if (v !== undefined && v !== null && !Number.isFinite(v)) {
        throw new RangeError(`sort key "${name}" must be a finite number`);
      }
    }
  }

  /** Removes the document with this key; returns whether there was one. */
  delete(key: number): boolean {
    const d = this.keyToDoc.get(key);
    if (d === undefined) return false;
    this.keyToDoc.delete(key);
    this.alive[d] = 0;
    this.liveCount--;
    const F = this.nFields;
    for (let f = 0; f < F; f++) this.fieldLenSum[f]! -= this.fieldLen[d * F + f]!;
    return true;
  }

  /** Share of internal ids that are tombstones (a compaction trigger for the caller). */
  get tombstoneRatio(): number {
    return this.docCount === 0 ? 0 : (this.docCount - this.liveCount) / this.docCount;
  }

  private ensureDocCapacity(n: number): void {
    if (this.keys.length >= n) return;
    const cap = grownLength(this.keys.length, n);
    this.keys = grow(this.keys, cap);
    this.alive = grow(this.alive, cap);
    this.fieldLen = grow(this.fieldLen, cap * this.nFields);
    this.sortValues = this.sortValues.map((a) => grow(a, cap, Number.NaN));
    for (const c of this.facetColumns) {
      c.offsets = grow(c.offsets, cap + 1);
      if (c.single) c.single = grow(c.single, cap);
    }
    this.scores = new Float64Array(cap);
    this.hitCount = new Uint16Array(cap);
    this.touched = new Int32Array(cap);
  }

  private intern(term: string): number {
    let id = this.vocab.get(term);
    if (id !== undefined) return id;
    if (term.includes('\n')) throw new RangeError('a token must not contain a line break');
    id = this.termCount++;
    if (this.tHead.length < this.termCount) {
      const n = grownLength(this.tHead.length, this.termCount);
      this.tHead = grow(this.tHead, n);
      this.tTail = grow(this.tTail, n);
      this.tTailPos = grow(this.tTailPos, n);
      this.tTailEnd = grow(this.tTailEnd, n);
      this.tLastDoc = grow(this.tLastDoc, n);
      this.tDf = grow(this.tDf, n);
      this.termSlot = grow(this.termSlot, n);
    }
    this.tHead[id] = 0;
    this.tTail[id] = 0;
    this.tLastDoc[id] = -1;
    this.tDf[id] = 0;
    this.vocab.set(term, id);
    this.termStrings.push(term);
    return id;
  }

  /** Encodes (d, tfs) after the term's last posting; tfs[at..at+F) are the per-field frequencies. */
  private appendPosting(t: number, d: number, tfs: Uint16Array, at: number): void {
    const F = this.nFields;
    let mask = 0;
    let n = 0;
    for (let f = 0; f < F; f++) {
      const tf = tfs[at + f]!;
      if (tf > 0) {
        mask |= 1 << f;
        n += tf < 0x80 ? 1 : tf < 0x4000 ? 2 : 3;
      }
    }
    let header = (d - this.tLastDoc[t]!) * (1 << F) + mask;
    for (let v = header; ; v = Math.floor(v / 0x80)) {
      n++;
      if (v < 0x80) break;
    }
    const pos = this.reservePostingBytes(t, n);
    const page = this.pool.pages[pos >>> PAGE_BITS]!;
    let o = PostingPool.offset(pos);
    while (header >= 0x80) {
      page[o++] = (header % 0x80) | 0x80;
      header = Math.floor(header / 0x80);
    }
    page[o++] = header;
    for (let f = 0; f < F; f++) {
      let tf = tfs[at + f]!;
      if (tf === 0) continue;
      while (tf >= 0x80) {
        page[o++] = (tf & 0x7f) | 0x80;
        tf >>>= 7;
      }
      page[o++] = tf;
    }
    this.tLastDoc[t] = d;
    this.tDf[t]!++;
  }

  /** Makes room for n bytes at the end of term t's postings; returns their address. */
  private reservePostingBytes(t: number, n: number): number {
    const pool = this.pool;
    let pos = this.tTailPos[t]!;
    if (this.tTail[t] === 0) {
      const size = PostingPool.nextBlockSize(0, n);
      const addr = pool.allocate(size);
      pool.writeU32(addr + 8, this.tLastDoc[t]! >>> 0);
      this.tHead[t] = addr;
      this.tTail[t] = addr;
      pos = addr + BLOCK_HEADER;
      this.tTailEnd[t] = addr + size;
    } else if (pos + n > this.tTailEnd[t]!) {
      const old = this.tTail[t]!;
      pool.writeU32(old + 4, pos - old - BLOCK_HEADER);
      const size = PostingPool.nextBlockSize(this.tTailEnd[t]! - old, n);
      const addr = pool.allocate(size);
      pool.writeU32(addr + 8, this.tLastDoc[t]! >>> 0);
      pool.writeU32(old, addr);
      this.tTail[t] = addr;
      pos = addr + BLOCK_HEADER;
      this.tTailEnd[t] = addr + size;
    }
    this.tTailPos[t] = pos + n;
    return pos;
  }

  // ---------------------------------------------------------------- reading

  private idf(df: number): number {
    const N = Math.max(this.docCount, df);
    return Math.log(1 + (N - df + 0.5) / (df + 0.5));
  }

  /**
   * BM25F per-field factor by field length: table[f · stride + len] = w_f / (1 − b_f + b_f · len / avglen_f),
   * so scoring a posting multiplies instead of divides. Rebuilt per query (averages move with every
   * upsert); its size is bounded by the longest field seen.
   */
  private lengthTable(): { table: Float64Array; stride: number } {
    const F = this.nFields;
    const stride = this.maxFieldLen + 1;
    const table = new Float64Array(F * stride);
    for (let f = 0; f < F; f++) {
      const b = this.fieldB[f]!;
      const avg = this.liveCount > 0 ? this.fieldLenSum[f]! / this.liveCount : 0;
      let c0 = 1 - b;
      const c1 = avg > 0 ? b / avg : 0;
      // A field that is empty in every document: avoid a zero normaliser when b = 1.
      if (c0 === 0 && c1 === 0) c0 = 1;
      const w = this.fieldWeight[f]!;
      for (let len = 0; len < stride; len++) table[f * stride + len] = w / (c0 + c1 * len);
    }
    return { table, stride };
  }

  /**
   * Adds `weight · tf̃/(k1+tf̃)` of term t (weight already includes idf) to `scores` for live documents.
   * mode 'any': every posting counts. mode 'all' (term number `rank` in df order): only documents that
   * matched all `rank` earlier terms. Returns the new number of touched documents.
   */
  private accumulate(
    t: number,
    weight: number,
    table: Float64Array,
    stride: number,
    all: boolean,
    rank: number,
    touchedCount: number,
  ): number {
    const pages = this.pool.pages;
    const scores = this.scores;
    const hitCount = this.hitCount;
    const touched = this.touched;
    const alive = this.alive;
    const tombstones = this.liveCount < this.docCount;
    const fieldLen = this.fieldLen;
    const F = this.nFields;
    const fieldMaskAll = (1 << F) - 1;
    const k1 = this.k1;
    const tail = this.tTail[t]!;
    const tailPos = this.tTailPos[t]!;
    let addr = this.tHead[t]!;
    let doc = -1;
    let nTouched = touchedCount;
    while (addr !== 0) {
      const page = pages[addr >>> PAGE_BITS]!;
      const base = addr & 0xffffff;
      const next = u32(page, base);
      let p = base + BLOCK_HEADER;
      const end = blockEnd(page, addr, tail, tailPos);
      while (p < end) {
        // varint header: docDelta · 2^F + fieldMask. Up to 4 bytes (< 2^28) stays in small integers.
        let byte = page[p++]!;
        let v = byte & 0x7f;
        if (byte & 0x80) {
          byte = page[p++]!;
          v |= (byte & 0x7f) << 7;
          if (byte & 0x80) {
            byte = page[p++]!;
            v |= (byte & 0x7f) << 14;
            if (byte & 0x80) {
              byte = page[p++]!;
              v |= (byte & 0x7f) << 21;
              if (byte & 0x80) {
                let mul = 2 ** 28;
                do {
                  byte = page[p++]!;
                  v += (byte & 0x7f) * mul;
                  mul *= 128;
                } while (byte & 0x80);
              }
            }
          }
        }
        const mask = v & fieldMaskAll;
        doc += v < 0x10000000 ? v >>> F : (v - mask) / (1 << F);
        let m = mask;
        if ((tombstones && alive[doc] === 0) || (all && hitCount[doc] !== rank)) {
          // Not a candidate: skip this posting's tf varints.
          for (; m !== 0; m >>>= 1) {
            if ((m & 1) === 0) continue;
            while (page[p++]! & 0x80) {}
          }
          continue;
        }
        let tilde = 0;
        const lenAt = doc * F;
        for (let f = 0; m !== 0; f++, m >>>= 1) {
          if ((m & 1) === 0) continue;
          byte = page[p++]!;
          let tf = byte & 0x7f;
          if (byte & 0x80) {
            let shift = 7;
            do {
              byte = page[p++]!;
              tf |= (byte & 0x7f) << shift;
              shift += 7;
            } while (byte & 0x80);
          }
          tilde += tf * table[f * stride + fieldLen[lenAt + f]!]!;
        }
        if (all) {
          if (rank === 0) touched[nTouched++] = doc;
          hitCount[doc] = rank + 1;
        } else if (scores[doc] === 0) {
          // 'any': every contribution is > 0, so a zero score means "not touched yet".
          touched[nTouched++] = doc;
        }
        scores[doc]! += (weight * tilde) / (k1 + tilde);
      }
      addr = next;
    }
    return nTouched;
  }

  /**
   * Like {@link accumulate} but only for `candidates` (ascending doc ids): skips whole blocks by their
   * `prevDoc` header and decodes only the blocks that may hold a candidate. In 'all' mode only candidates
   * that matched the `rank` earlier terms count.
   */
  private lookup(
    t: number,
    weight: number,
    table: Float64Array,
    stride: number,
    candidates: Int32Array,
    nCandidates: number,
    all: boolean,
    rank: number,
  ): void {
    const pages = this.pool.pages;
    const scores = this.scores;
    const hitCount = this.hitCount;
    const alive = this.alive;
    const fieldLen = this.fieldLen;
    const F = this.nFields;
    const fieldMaskAll = (1 << F) - 1;
    const k1 = this.k1;
    const tail = this.tTail[t]!;
    const tailPos = this.tTailPos[t]!;
    let addr = this.tHead[t]!;
    if (addr === 0) return;
    let page = pages[addr >>> PAGE_BITS]!;
    let base = addr & 0xffffff;
    let next = u32(page, base);
    let p = base + BLOCK_HEADER;
    let end = blockEnd(page, addr, tail, tailPos);
    let doc = -1;
    nextCandidate: for (let c = 0; c < nCandidates; c++) {
      const target = candidates[c]!;
      if (all && hitCount[target] !== rank) continue;
      for (;;) {
        // Skip the current block when the next block starts after the target's position.
        while (next !== 0) {
          const np = pages[next >>> PAGE_BITS]!;
          const nb = next & 0xffffff;
          const lastHere = u32(np, nb + 8) | 0;
          if (lastHere >= target && p < end) break;
          addr = next;
          page = np;
          base = nb;
          next = u32(page, base);
          p = base + BLOCK_HEADER;
          end = blockEnd(page, addr, tail, tailPos);
          doc = lastHere;
        }
        if (p >= end) return; // list exhausted
        const start = p;
        let byte = page[p++]!;
        let v = byte & 0x7f;
        let mul = 128;
        while (byte & 0x80) {
          byte = page[p++]!;
          v += (byte & 0x7f) * mul;
          mul *= 128;
        }
        const mask = v & fieldMaskAll;
        const d = doc + (v - mask) / (1 << F);
        if (d > target) {
          p = start; // leave this posting for a later candidate
          continue nextCandidate;
        }
        let m = mask;
        if (d < target || alive[d] === 0) {
          for (; m !== 0; m >>>= 1) {
            if ((m & 1) === 0) continue;
            while (page[p++]! & 0x80) {}
          }
          doc = d;
          if (d < target) continue;
          continue nextCandidate;
        }
        let tilde = 0;
        const lenAt = d * F;
        for (let f = 0; m !== 0; f++, m >>>= 1) {
          if ((m & 1) === 0) continue;
          byte = page[p++]!;
          let tf = byte & 0x7f;
          let shift = 7;
          while (byte & 0x80) {
            byte = page[p++]!;
            tf |= (byte & 0x7f) << shift;
            shift += 7;
          }
          tilde += tf * table[f * stride + fieldLen[lenAt + f]!]!;
        }
        doc = d;
        if (all) hitCount[d] = rank + 1;
        scores[d]! += (weight * tilde) / (k1 + tilde);
        continue nextCandidate;
      }
    }
  }

  /** Turns a request's text or terms into known vocabulary terms with summed weights. */
  private resolveTerms(request: SearchRequest): {
    resolved: ResolvedTerm[];
    missing: boolean;
    asked: number;
  } {
    const weights = new Map<string, number>();
    const add = (term: string, weight: number) => weights.set(term, (weights.get(term) ?? 0) + weight);
    if (request.terms) {
      for (const q of request.terms) {
        if (typeof q === 'string') add(q, 1);
        else {
          if (!(q.weight > 0) || !Number.isFinite(q.weight)) throw new RangeError('term weights must be > 0');
          add(q.term, q.weight);
        }
      }
    } else if (request.text) {
      for (const token of this.analyzer.query(request.text)) add(token, 1);
    }
    const resolved: ResolvedTerm[] = [];
    let missing = false;
    for (const [term, weight] of weights) {
      const id = this.vocab.get(term);
      if (id !== undefined) {
        resolved.push({ term, id, weight });
        continue;
      }
      // A query word the index never saw as a whole (segmented differently in context, or an HMM-made
      // word): fall back to its search-mode pieces that the index does know, e.g. 防污屏障 → 防污, 屏障.
      const pieces = this.analyzer
        .index(term)
        .filter((p) => p !== term && this.vocab.has(p))
        .filter((p, i, all) => all.indexOf(p) === i && !all.some((o) => o !== p && o.includes(p)));
      if (pieces.length === 0) {
        missing = true;
        continue;
      }
      for (const p of pieces) {
        if (weights.has(p) || resolved.some((r) => r.term === p)) continue;
        resolved.push({ term: p, id: this.vocab.get(p)!, weight });
      }
    }
    return { resolved, missing, asked: weights.size };
  }

  /**
   * Runs a query.
   *
   * - No terms (no text, or text made only of stopwords/punctuation): every live document that passes
   *   the filters matches, with score 0; `terms` is then empty so a caller can tell.
   * - match 'all': a term unknown to the index (even after falling back to its known sub-words) makes the
   *   result empty; match 'any': unknown terms are ignored (all unknown: empty result).
   * - Facet counts are over the whole filtered result, not the page, with **drill-sideways** semantics
   *   for multi-select facets: a facet's own filter is ignored when counting that facet (so its other
   *   values show how many more results selecting them would add), while every other facet's filter and
   *   the ranges apply. Facets without an active filter are counted over exactly the result set.
   *   Values are ordered by count desc, then value asc.
   */
  search(request: SearchRequest): SearchResult {
    const offset = request.offset ?? 0;
    const limit = request.limit ?? 10;
    if (!Number.isInteger(offset) || offset < 0) throw new RangeError('offset must be an integer ≥ 0');
    if (!Number.isInteger(limit) || limit < 0) throw new RangeError('limit must be an integer ≥ 0');
    const all = (request.match ?? 'all') === 'all';
    const { resolved, missing, asked } = this.resolveTerms(request);
    const terms = resolved.map((r) => r.term);
    // Nothing can match: terms were asked for but none (or, for 'all', not every one) is in the index.
    const impossible = asked > 0 && (resolved.length === 0 || (all && missing));

    // Filters (facet) and ranges (sort keys).
    const filterColumns: FacetColumn[] = [];
    const filterSelected: Uint8Array[] = [];
    for (const [name, values] of Object.entries(request.filters ?? {})) {
      const column = this.facetColumn(name);
      if (values.length === 0) continue;
      const selected = new Uint8Array(column.values.length);
      for (const v of values) {
        const id = column.ids.get(v);
        if (id !== undefined) selected[id] = 1;
      }
      filterColumns.push(column);
      filterSelected.push(selected);
    }
    const rangeValues: Float64Array[] = [];
    const rangeMin: number[] = [];
    const rangeMax: number[] = [];
    for (const [name, range] of Object.entries(request.ranges ?? {})) {
      rangeValues.push(this.sortColumn(name));
      rangeMin.push(range.min ?? Number.NEGATIVE_INFINITY);
      rangeMax.push(range.max ?? Number.POSITIVE_INFINITY);
    }
    const countColumns = (request.facets ?? []).map((name) => this.facetColumn(name));
    const counts = countColumns.map((c) => new Uint32Array(c.values.length));
    // For drill-sideways: which counted facet (if any) each filter belongs to.
    const filterToCount = filterColumns.map((c) => countColumns.indexOf(c));

    const sort = request.sort ?? 'relevance';
    // Never more than the live documents, however deep the page (no huge heap for a far-off offset).
    const top = new TopK(Math.min(offset + limit, this.liveCount), this.comparator(sort));
    const plan: CandidatePlan = {
      filterColumns,
      filterSelected,
      filterToCount,
      rangeValues,
      rangeMin,
      rangeMax,
      countColumns,
      counts,
      top,
      relevance: sort === 'relevance',
      sortValues: sort === 'relevance' ? undefined : this.sortColumn(sort.key),
      ascending: sort !== 'relevance' && sort.order === 'asc',
    };

    let total = 0;
    let totalIsLowerBound = false;
    let touchedCount = 0;
    if (asked === 0) {
      // Every live document is a candidate, with score 0.
      const candidates = this.touched;
      let n = 0;
      for (let d = 0; d < this.docCount; d++) if (this.alive[d]) candidates[n++] = d;
      total = this.collect(candidates, n, plan);
    } else if (!impossible) {
      // Rarest term first: in 'all' mode the first list bounds the candidates.
      const order = [...resolved].sort((a, b) => this.tDf[a.id]! - this.tDf[b.id]! || a.id - b.id);
      const { table, stride } = this.lengthTable();
      const weights = order.map((r) => r.weight * this.idf(this.tDf[r.id]!));
      // MaxScore: a term's contribution is below weight·idf (tf̃/(k1+tf̃) < 1). Allowed only when nothing
      // but the top k is needed (no facet counts, filters or ranges, relevance order, exactTotal false).
      const k = offset + limit;
      const prune =
        !all &&
        request.exactTotal === false &&
        k > 0 &&
        sort === 'relevance' &&
        countColumns.length === 0 &&
        filterColumns.length === 0 &&
        rangeValues.length === 0;
      let rest = weights.reduce((sum, w) => sum + w, 0);
      let i = 0;
      let threshold = Number.NEGATIVE_INFINITY;
      for (; i < order.length; i++) {
        const r = order[i]!;
        rest -= weights[i]!;
        if (all && i > 0 && touchedCount * LOOKUP_RATIO < this.tDf[r.id]!) {
          // Few candidates left and a long list: jump to them instead of decoding the whole list.
          this.lookup(r.id, weights[i]!, table, stride, this.touched, touchedCount, true, i);
        } else {
          touchedCount = this.accumulate(r.id, weights[i]!, table, stride, all, i, touchedCount);
        }
        if (prune && i + 1 < order.length && touchedCount >= k) {
          threshold = kthLargest(this.scores, this.touched, touchedCount, k);
          // No untouched document can reach the k-th score: only the touched ones still matter.
          if (rest < threshold) {
            i++;
            break;
          }
        }
      }
      const touched = this.touched;
      const hitCount = this.hitCount;
      if (prune && i < order.length) {
        // Lookup phase over the touched documents that can still reach the k-th score, in doc order.
        let n = 0;
        let candidates = new Int32Array(touchedCount);
        for (let j = 0; j < touchedCount; j++) {
          const d = touched[j]!;
          if (this.scores[d]! + rest >= threshold) candidates[n++] = d;
        }
        candidates = candidates.subarray(0, n).sort();
        for (; i < order.length; i++) {
          this.lookup(order[i]!.id, weights[i]!, table, stride, candidates, n, false, 0);
        }
        this.collect(candidates, n, plan);
        // Untouched documents may still match the terms handled by lookup only.
        total = touchedCount;
        totalIsLowerBound = true;
      } else {
        // 'all': keep the documents that matched every term (in place; dropped ones are reset here).
        // 'any': every touched document matched a term.
        const need = all ? order.length : 0;
        let n = 0;
        for (let j = 0; j < touchedCount; j++) {
          const d = touched[j]!;
          if (hitCount[d]! >= need) touched[n++] = d;
          else {
            hitCount[d] = 0;
            this.scores[d] = 0;
          }
        }
        touchedCount = n;
        total = this.collect(touched, n, plan);
      }
    }

    const hits: SearchHit[] = top
      .sorted()
      .slice(offset)
      .map((d) => ({ key: this.keys[d]!, score: this.scores[d]! }));
    // Reset the scratch accumulators for the next query.
    for (let i = 0; i < touchedCount; i++) {
      const d = this.touched[i]!;
      this.scores[d] = 0;
      this.hitCount[d] = 0;
    }

    const facets: Record<string, FacetCount[]> = {};
    for (let c = 0; c < countColumns.length; c++) {
      const column = countColumns[c]!;
      const topN = this.facetTopFor(request.facetTop, column.name);
      facets[column.name] = topValues(counts[c]!, column.values, topN);
    }
    return totalIsLowerBound
      ? { total, totalIsLowerBound, hits, facets, terms }
      : { total, hits, facets, terms };
  }

  /**
   * Applies ranges and facet filters to the candidates, counts facets (drill-sideways), feeds the top-k;
   * returns how many candidates are in the result.
   */
  private collect(candidates: Int32Array, n: number, plan: CandidatePlan): number {
    const {
      filterColumns,
      filterSelected,
      filterToCount,
      rangeValues,
      rangeMin,
      rangeMax,
      countColumns,
      counts,
      top,
    } = plan;
    const scores = this.scores;
    const { relevance, sortValues, ascending } = plan;
    const nRanges = rangeValues.length;
    const nFilters = filterColumns.length;
    const nCounts = countColumns.length;
    const countOffsets = countColumns.map((c) => c.offsets);
    const countOrdinals = countColumns.map((c) => c.ordinals);
    const countSingle = countColumns.map((c) => c.single);
    if (nCounts > 0 && this.matched.length < n) this.matched = new Int32Array(Math.max(n, this.keys.length));
    const matched = this.matched;
    const capacity = top.capacity;
    let threshold = Number.NEGATIVE_INFINITY;
    let total = 0;
    nextCandidate: for (let i = 0; i < n; i++) {
      const d = candidates[i]!;
      for (let r = 0; r < nRanges; r++) {
        const v = rangeValues[r]![d]!;
        if (!(v >= rangeMin[r]! && v <= rangeMax[r]!)) continue nextCandidate;
      }
      let failed = -1;
      for (let j = 0; j < nFilters; j++) {
        const column = filterColumns[j]!;
        const selected = filterSelected[j]!;
        const ords = column.ordinals;
        let pass = false;
        for (let k = column.offsets[d]!, e = column.offsets[d + 1]!; k < e; k++) {
          if (selected[ords[k]!]) {
            pass = true;
            break;
          }
        }
        if (!pass) {
          if (failed >= 0) continue nextCandidate; // fails two facets: not even counted sideways
          failed = j;
        }
      }
      if (failed >= 0) {
        // Drill-sideways: fails only this facet's own filter, so it counts for that facet alone.
        const c = filterToCount[failed]!;
        if (c >= 0) {
          const offsets = countOffsets[c]!;
          const ords = countOrdinals[c]!;
          const cnt = counts[c]!;
          for (let k = offsets[d]!, e = offsets[d + 1]!; k < e; k++) cnt[ords[k]!]!++;
        }
        continue;
      }
      total++;
      // Most candidates are strictly worse than the k-th kept one and skip the heap (ties go to the heap).
      if (capacity > 0) {
        let offer = top.size < capacity;
        if (!offer) {
          if (relevance) offer = scores[d]! >= threshold;
          else {
            const v = sortValues![d]!;
            offer =
              Number.isNaN(threshold) || !(Number.isNaN(v) || (ascending ? v > threshold : v < threshold));
          }
        }
        if (offer) {
          top.offer(d);
          if (top.size === capacity) {
            const root = top.heap[0]!;
            threshold = relevance ? scores[root]! : sortValues![root]!;
          }
        }
      }
      if (nCounts > 0) matched[total - 1] = d;
    }
    // Facet counts of the result, one column at a time (tight loops; a column stays in cache).
    for (let c = 0; c < nCounts; c++) {
      const cnt = counts[c]!;
      const single = countSingle[c] ?? null;
      if (single !== null) {
        for (let i = 0; i < total; i++) {
          const v = single[matched[i]!]!;
          if (v !== 0) cnt[v - 1]!++;
        }
        continue;
      }
      const offsets = countOffsets[c]!;
      const ords = countOrdinals[c]!;
      for (let i = 0; i < total; i++) {
        const d = matched[i]!;
        for (let k = offsets[d]!, e = offsets[d + 1]!; k < e; k++) cnt[ords[k]!]!++;
      }
    }
    return total;
  }

  private facetTopFor(facetTop: SearchRequest['facetTop'], name: string): number {
    const n = typeof facetTop === 'number' ? facetTop : (facetTop?.[name] ?? 10);
    if (!Number.isInteger(n) || n < 0) throw new RangeError('facetTop must be an integer ≥ 0');
    return n;
  }

  private facetColumn(name: string): FacetColumn {
    const column = this.facetColumns.find((c) => c.name === name);
    if (!column) throw new RangeError(`unknown facet "${name}"`);
    return column;
  }

  private sortColumn(name: string): Float64Array {
    const s = this.sortNames.indexOf(name);
    if (s < 0) throw new RangeError(`unknown sort key "${name}"`);
    return this.sortValues[s]!;
  }

  private comparator(sort: SortSpec): (a: number, b: number) => boolean {
    const scores = this.scores;
    const keys = this.keys;
    if (sort === 'relevance') {
      return (a, b) => scores[a]! > scores[b]! || (scores[a] === scores[b] && keys[a]! < keys[b]!);
    }
    const values = this.sortColumn(sort.key);
    const asc = sort.order === 'asc';
    return (a, b) => {
      const va = values[a]!;
      const vb = values[b]!;
      if (va !== vb) {
        const aMissing = Number.isNaN(va);
        const bMissing = Number.isNaN(vb);
        if (aMissing !== bMissing) return bMissing; // missing values sort last in either order
        if (!aMissing) return asc ? va < vb : va > vb;
      }
      return scores[a]! > scores[b]! || (scores[a] === scores[b] && keys[a]! < keys[b]!);
    };
  }

  /** Per-term, per-field contributions to the score of the document `key` for these query terms. */
  explain(key: number, terms: readonly QueryTerm[]): Explanation | undefined {
    const d = this.keyToDoc.get(key);
    if (d === undefined) return undefined;
    const { resolved } = this.resolveTerms({ terms });
    const { table, stride } = this.lengthTable();
    const F = this.nFields;
    const out: TermExplanation[] = [];
    let total = 0;
    for (const r of resolved) {
      const df = this.tDf[r.id]!;
      const idf = this.idf(df);
      const tfs = this.findPosting(r.id, d);
      const parts: number[] = [];
      let tilde = 0;
      for (let f = 0; f < F; f++) {
        const part = tfs ? tfs[f]! * table[f * stride + this.fieldLen[d * F + f]!]! : 0;
        parts.push(part);
        tilde += part;
      }
      const score = tilde > 0 ? (r.weight * idf * tilde) / (this.k1 + tilde) : 0;
      total += score;
      out.push({
        term: r.term,
        weight: r.weight,
        df,
        idf,
        score,
        fields: this.fieldNames.map((field, f) => ({
          field,
          tf: tfs ? tfs[f]! : 0,
          length: this.fieldLen[d * F + f]!,
          score: tilde > 0 ? (score * parts[f]!) / tilde : 0,
        })),
      });
    }
    return { key, score: total, terms: out };
  }

  /** The per-field term frequencies of document d in term t's postings, if present. */
  private findPosting(t: number, d: number): number[] | undefined {
    let found: number[] | undefined;
    this.forEachPosting(t, (doc, tfs) => {
      if (doc === d) found = [...tfs];
      return doc < d;
    });
    return found;
  }

  /**
   * Decodes term t's postings in doc order (tombstoned ones included); `visit` returns false to stop.
   * The tfs array is reused between calls.
   */
  private forEachPosting(t: number, visit: (doc: number, tfs: Uint32Array) => boolean): void {
    const pool = this.pool;
    const F = this.nFields;
    const shift = 1 << F;
    const tfs = new Uint32Array(F);
    let addr = this.tHead[t]!;
    let doc = -1;
    while (addr !== 0) {
      const page = pool.page(addr);
      const base = PostingPool.offset(addr);
      const next = pool.readU32(addr);
      let p = base + BLOCK_HEADER;
      const end = addr === this.tTail[t] ? PostingPool.offset(this.tTailPos[t]!) : p + pool.readU32(addr + 4);
      while (p < end) {
        let byte = page[p++]!;
        let v = byte & 0x7f;
        let mul = 128;
        while (byte & 0x80) {
          byte = page[p++]!;
          v += (byte & 0x7f) * mul;
          mul *= 128;
        }
        const mask = v % shift;
        doc += (v - mask) / shift;
        for (let f = 0; f < F; f++) {
          if ((mask & (1 << f)) === 0) {
            tfs[f] = 0;
            continue;
          }
          byte = page[p++]!;
          let tf = byte & 0x7f;
          let tmul = 128;
          while (byte & 0x80) {
            byte = page[p++]!;
            tf += (byte & 0x7f) * tmul;
            tmul *= 128;
          }
          tfs[f] = tf;
        }
        if (!visit(doc, tfs)) return;
      }
      addr = next;
    }
  }

  /** Document frequency of a term (tombstones included until compaction), 0 if unknown. */
  documentFrequency(term: string): number {
    const id = this.vocab.get(term);
    return id === undefined ? 0 : this.tDf[id]!;
  }

  // ---------------------------------------------------------------- compaction & images

  /**
   * Drops tombstoned documents and their postings, renumbers documents densely and rewrites every
   * posting list into one contiguous block. O(total postings); afterwards N and df are exact.
   */
  compact(): void {
    const oldCount = this.docCount;
    const remap = new Int32Array(oldCount).fill(-1);
    let live = 0;
    for (let d = 0; d < oldCount; d++) if (this.alive[d]) remap[d] = live++;
    const F = this.nFields;

    // Documents.
    const keys = new Float64Array(Math.max(16, live));
    const alive = new Uint8Array(Math.max(16, live));
    const fieldLen = new Uint16Array(Math.max(16, live) * F);
    const sortValues = this.sortValues.map(() => new Float64Array(Math.max(16, live)).fill(Number.NaN));
    const columns = this.facetColumns.map((c) => ({
      offsets: new Uint32Array(Math.max(16, live) + 1),
      ordinals: new Uint32Array(Math.max(16, c.ordinalCount)),
      count: 0,
    }));
    for (let d = 0; d < oldCount; d++) {
      const n = remap[d]!;
      if (n < 0) continue;
      keys[n] = this.keys[d]!;
      alive[n] = 1;
      for (let f = 0; f < F; f++) fieldLen[n * F + f] = this.fieldLen[d * F + f]!;
      for (let s = 0; s < sortValues.length; s++) sortValues[s]![n] = this.sortValues[s]![d]!;
      for (let c = 0; c < columns.length; c++) {
        const old = this.facetColumns[c]!;
        const col = columns[c]!;
        for (let k = old.offsets[d]!, e = old.offsets[d + 1]!; k < e; k++)
          col.ordinals[col.count++] = old.ordinals[k]!;
        col.offsets[n + 1] = col.count;
      }
    }

    // Postings: re-encode each list with new ids into a scratch buffer, then copy into exact blocks.
    const pool = new PostingPool();
    const vocab = new Map<string, number>();
    const termStrings: string[] = [];
    let termCount = 0;
    const cap = Math.max(16, this.termCount);
    const head = new Uint32Array(cap);
    const tail = new Uint32Array(cap);
    const tailPos = new Uint32Array(cap);
    const tailEnd = new Uint32Array(cap);
    const lastDoc = new Int32Array(cap);
    const df = new Uint32Array(cap);
    let scratch: Uint8Array = new Uint8Array(1 << 16);
    let boundaries: Uint32Array = new Uint32Array(1 << 12);
    let postingDocs: Int32Array = new Int32Array(1 << 12);
    for (let t = 0; t < this.termCount; t++) {
      let used = 0;
      let postings = 0;
      let prev = -1;
      // Re-encode live postings with new ids; the tf varints are copied as they are.
      const pages = this.pool.pages;
      const tailAddr = this.tTail[t]!;
      let addr = this.tHead[t]!;
      let doc = -1;
      while (addr !== 0) {
        const page = pages[addr >>> PAGE_BITS]!;
        const base = addr & 0xffffff;
        const next = u32(page, base);
        let p = base + BLOCK_HEADER;
        const end = blockEnd(page, addr, tailAddr, this.tTailPos[t]!);
        while (p < end) {
          let byte = page[p++]!;
          let v = byte & 0x7f;
          let mul = 128;
          while (byte & 0x80) {
            byte = page[p++]!;
            v += (byte & 0x7f) * mul;
            mul *= 128;
          }
          const mask = v % (1 << F);
          doc += (v - mask) / (1 << F);
          const tfStart = p;
          for (let m = mask; m !== 0; m >>>= 1) {
            if ((m & 1) === 0) continue;
            while (page[p++]! & 0x80) {}
          }
          const n = remap[doc]!;
          if (n < 0) continue;
          if (used + 16 + (p - tfStart) > scratch.length) scratch = grow(scratch, used + 16 + (p - tfStart));
          used = writeVarint(scratch, used, (n - prev) * (1 << F) + mask);
          for (let q = tfStart; q < p; q++) scratch[used++] = page[q]!;
          prev = n;
          if (postings + 2 > boundaries.length) {
            boundaries = grow(boundaries, postings + 2);
            postingDocs = grow(postingDocs, postings + 2);
          }
          postingDocs[postings] = n;
          boundaries[++postings] = used;
        }
        addr = next;
      }
      if (postings === 0) continue;
      const id = termCount++;
      const term = this.termStrings[t]!;
      vocab.set(term, id);
      termStrings.push(term);
      df[id] = postings;
      lastDoc[id] = prev;
      // Chain of blocks of at most MAX_COMPACT_BLOCK bytes, cut at posting boundaries.
      let from = 0;
      let b = 0;
      let previousBlock = 0;
      while (from < used) {
        let to = b;
        while (to < postings && boundaries[to + 1]! - from + BLOCK_HEADER <= this.compactBlockBytes) to++;
        if (to === b) to = b + 1;
        const bytes = boundaries[to]! - from;
        const addr = pool.allocate(bytes + BLOCK_HEADER);
        pool.page(addr).set(scratch.subarray(from, from + bytes), PostingPool.offset(addr) + BLOCK_HEADER);
        pool.writeU32(addr + 4, bytes);
        pool.writeU32(addr + 8, (b > 0 ? postingDocs[b - 1]! : -1) >>> 0);
        if (previousBlock === 0) head[id] = addr;
        else pool.writeU32(previousBlock, addr);
        previousBlock = addr;
        tail[id] = addr;
        tailPos[id] = addr + BLOCK_HEADER + bytes;
        tailEnd[id] = addr + BLOCK_HEADER + bytes;
        from = boundaries[to]!;
        b = to;
      }
    }

    this.pool = pool;
    this.vocab = vocab;
    this.termStrings = termStrings;
    this.termCount = termCount;
    this.tHead = head;
    this.tTail = tail;
    this.tTailPos = tailPos;
    this.tTailEnd = tailEnd;
    this.tLastDoc = lastDoc;
    this.tDf = df;
    this.termSlot = new Int32Array(cap);
    this.keys = keys;
    this.alive = alive;
    this.fieldLen = fieldLen;
    this.sortValues = sortValues;
    this.facetColumns.forEach((c, i) => {
      c.offsets = columns[i]!.offsets;
      c.ordinals = columns[i]!.ordinals;
      c.ordinalCount = columns[i]!.count;
      c.single = singleValues(c.offsets, c.ordinals, live, c.values.length, keys.length);
    });
    this.docCount = live;
    this.liveCount = live;
    this.keyToDoc = new Map();
    for (let d = 0; d < live; d++) this.keyToDoc.set(keys[d]!, d);
    this.fieldLenSum = new Float64Array(F);
    this.maxFieldLen = 0;
    for (let d = 0; d < live; d++) {
      for (let f = 0; f < F; f++) {
        const len = fieldLen[d * F + f]!;
        this.fieldLenSum[f]! += len;
        if (len > this.maxFieldLen) this.maxFieldLen = len;
      }
    }
    this.scores = new Float64Array(keys.length);
    this.hitCount = new Uint16Array(keys.length);
    this.touched = new Int32Array(keys.length);
  }

  /** The index as plain arrays, for a snapshot. Views share memory with the index: write them out at once. */
  toImage(): IndexImage {
    const D = this.docCount;
    const T = this.termCount;
    return {
      meta: {
        analyzer: { id: this.analyzer.id, version: this.analyzer.version },
        schema: this.schema,
        docCount: D,
        termCount: T,
        facetValues: this.facetColumns.map((c) => c.values),
        pageUsed: [...this.pool.pageUsed],
      },
      terms: this.termStrings,
      termArrays: {
        head: this.tHead.subarray(0, T),
        tail: this.tTail.subarray(0, T),
        tailPos: this.tTailPos.subarray(0, T),
        tailEnd: this.tTailEnd.subarray(0, T),
        lastDoc: this.tLastDoc.subarray(0, T),
        df: this.tDf.subarray(0, T),
      },
      pages: this.pool.pages.map((p, i) => p.subarray(0, this.pool.pageUsed[i]!)),
      docArrays: {
        keys: this.keys.subarray(0, D),
        alive: this.alive.subarray(0, D),
        fieldLen: this.fieldLen.subarray(0, D * this.nFields),
        sortValues: this.sortValues.map((a) => a.subarray(0, D)),
        facetOffsets: this.facetColumns.map((c) => c.offsets.subarray(0, D + 1)),
        facetValues: this.facetColumns.map((c) => c.ordinals.subarray(0, c.ordinalCount)),
      },
    };
  }

  /**
   * Rebuilds an index from {@link toImage} output. The arrays are adopted, not copied. The last page
   * must have room to grow (indexStore allocates it at full page size).
   */
  static fromImage(image: IndexImage, options: IndexOptions = {}): Bm25fIndex {
    const index = new Bm25fIndex(image.meta.schema, options);
    const { meta, termArrays: ta, docArrays: da } = image;
    const D = meta.docCount;
    const T = meta.termCount;
    index.pool = new PostingPool(image.pages, [...meta.pageUsed]);
    index.termCount = T;
    index.termStrings = image.terms;
    index.vocab = new Map();
    for (let t = 0; t < T; t++) index.vocab.set(image.terms[t]!, t);
    index.tHead = ta.head;
    index.tTail = ta.tail;
    index.tTailPos = ta.tailPos;
    index.tTailEnd = ta.tailEnd;
    index.tLastDoc = ta.lastDoc;
    index.tDf = ta.df;
    index.termSlot = new Int32Array(T);
    index.docCount = D;
    index.keys = da.keys;
    index.alive = da.alive;
    index.fieldLen = da.fieldLen;
    index.sortValues = da.sortValues;
    index.facetColumns.forEach((c, i) => {
      const values = meta.facetValues[i] ?? [];
      c.values.push(...values);
      values.forEach((v, id) => {
        c.ids.set(v, id);
      });
      c.offsets = da.facetOffsets[i]!;
      c.ordinals = da.facetValues[i]!;
      c.ordinalCount = da.facetValues[i]!.length;
      c.single = singleValues(c.offsets, c.ordinals, D, c.values.length, da.keys.length);
    });
    const F = index.nFields;
    for (let d = 0; d < D; d++) {
      if (!da.alive[d]) continue;
      index.liveCount++;
      index.keyToDoc.set(da.keys[d]!, d);
      for (let f = 0; f < F; f++) {
        const len = da.fieldLen[d * F + f]!;
        index.fieldLenSum[f]! += len;
        if (len > index.maxFieldLen) index.maxFieldLen = len;
      }
    }
    index.scores = new Float64Array(D);
    index.hitCount = new Uint16Array(D);
    index.touched = new Int32Array(D);
    return index;
  }
}

/** The k-th largest of scores[docs[0..n)] (n ≥ k ≥ 1), with a size-k min-heap. */
function kthLargest(scores: Float64Array, docs: Int32Array, n: number, k: number): number {
  const heap = new Float64Array(k);
  let size = 0;
  for (let i = 0; i < n; i++) {
    const s = scores[docs[i]!]!;
    if (size < k) {
      let j = size++;
      while (j > 0 && heap[(j - 1) >> 1]! > s) {
        heap[j] = heap[(j - 1) >> 1]!;
        j = (j - 1) >> 1;
      }
      heap[j] = s;
    } else if (s > heap[0]!) {
      let j = 0;
      for (;;) {
        const l = 2 * j + 1;
        if (l >= k) break;
        const r = l + 1;
        const c = r < k && heap[r]! < heap[l]! ? r : l;
        if (heap[c]! >= s) break;
        heap[j] = heap[c]!;
        j = c;
      }
      heap[j] = s;
    }
  }
  return heap[0]!;
}

/** The `n` values with the highest non-zero counts, count desc then value asc. */
function topValues(counts: Uint32Array, values: readonly string[], n: number): FacetCount[] {
  const chosen: number[] = [];
  const before = (a: number, b: number) =>
    counts[a]! > counts[b]! || (counts[a] === counts[b] && values[a]! < values[b]!);
  for (let v = 0; v < counts.length; v++) {
    if (counts[v] === 0) continue;
    if (chosen.length === n && (n === 0 || !before(v, chosen[n - 1]!))) continue;
    let i = chosen.length < n ? chosen.length : n - 1;
    if (chosen.length < n) chosen.push(v);
    while (i > 0 && before(v, chosen[i - 1]!)) {
      chosen[i] = chosen[i - 1]!;
      i--;
    }
    chosen[i] = v;
  }
  return chosen.map((v) => ({ value: values[v]!, count: counts[v]! }));
}
