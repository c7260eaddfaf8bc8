import fs from 'node:fs';
import usearch from 'usearch';

type NativeIndex = InstanceType<typeof usearch.Index>;
type NativeMatches = InstanceType<typeof usearch.Matches>;

/**
 * Approximate nearest neighbours over unit vectors (inner product = cosine): an HNSW graph from `usearch`
 * (Malkov & Yashunin 2016). A thin wrapper that hides the binding's quirks:
 * - vectors must be standalone typed arrays: the binding reads a `subarray` from the start of its buffer
 *   (found while benchmarking: a view of row 5 returned row 0's neighbours), so views are copied first;
 * - keys are `bigint`s; distances are `1 − dot`.
 */
export interface AnnOptions {
  readonly dimensions: number;
  /** Storage of the graph's vectors: 'f16' (default) halves memory with no measurable loss; 'i8' quarters it. */
  readonly quantization?: 'f32' | 'f16' | 'i8';
  /** HNSW M (default 16). */
  readonly connectivity?: number;
  /** ef_construction (default 128). */
  readonly expansionAdd?: number;
  /** ef_search (default 96); a search asking for more neighbours uses max(k, this). */
  readonly expansionSearch?: number;
}

export interface AnnHit {
  key: number;
  similarity: number;
}

const SCALAR = {
  f32: usearch.ScalarKind.F32,
  f16: usearch.ScalarKind.F16,
  i8: usearch.ScalarKind.I8,
} as const;

export class AnnIndex {
  private index: NativeIndex;

  constructor(readonly options: AnnOptions) {
    this.index = AnnIndex.create(options);
  }

  private static create(o: AnnOptions): NativeIndex {
    return new usearch.Index({
      dimensions: o.dimensions,
      metric: usearch.MetricKind.IP,
      quantization: SCALAR[o.quantization ?? 'f16'],
      connectivity: o.connectivity ?? 16,
      expansion_add: o.expansionAdd ?? 128,
      expansion_search: o.expansionSearch ?? 96,
      multi: false,
    });
  }

  get size(): number {
    return this.index.size();
  }

  /** Adds or replaces vectors (`vectors` holds them back to back). */
  upsert(keys: readonly number[], vectors: Float32Array, threads = 0): void {
    if (keys.length === 0) return;
    const big = BigUint64Array.from(keys, (k) => BigInt(k));
    const present = this.index.contains(big);
    const stale = keys.filter((_, i) => (Array.isArray(present) ? present[i] : present));
    if (stale.length) this.index.remove(BigUint64Array.from(stale, (k) => BigInt(k)));
    const flat =
      vectors.byteOffset === 0 && vectors.length === vectors.buffer.byteLength / 4
        ? vectors
        : vectors.slice();
    this.index.add(big, flat, threads);
  }

  remove(key: number): void {
    if (this.index.contains(BigInt(key))) this.index.remove(BigInt(key));
  }

  search(query: Float32Array, k: number): AnnHit[] {
    if (this.index.size() === 0 || k <= 0) return [];
    const q = query.byteOffset === 0 && query.length === query.buffer.byteLength / 4 ? query : query.slice();
    const m = this.index.search(q, Math.min(k, this.index.size()), 1);
    const out: AnnHit[] = [];
    for (let i = 0; i < m.keys.length; i++) {
      const d = m.distances[i]!;
      if (!Number.isFinite(d)) continue;
      out.push({ key: Number(m.keys[i]), similarity: 1 - d });
    }
    return out;
  }

  save(file: string): void {
    const tmp = `${file}.tmp`;
    this.index.save(tmp);
    fs.renameSync(tmp, file);
  }

  /** Replaces the graph with the one saved in `file`; false (graph left empty) when it cannot be read. */
  load(file: string): boolean {
    if (!fs.existsSync(file)) return false;
    const fresh = AnnIndex.create(this.options);
    try {
      fresh.load(file);
    } catch {
      return false;
    }
    if (fresh.dimensions() !== this.options.dimensions) return false;
    this.index = fresh;
    return true;
  }

  clear(): void {
    this.index = AnnIndex.create(this.options);
  }
}

/** Exact top-k by inner product over vectors stored back to back: the brute-force reference. */
export function exactSearch(
  dataset: Float32Array,
  dimensions: number,
  query: Float32Array,
  k: number,
): AnnHit[] {
  const n = dataset.length / dimensions;
  if (n === 0 || k <= 0) return [];
  const q = query.byteOffset === 0 && query.length === query.buffer.byteLength / 4 ? query : query.slice();
  const m = usearch.exactSearch(
    dataset,
    q,
    dimensions,
    Math.min(k, n),
    usearch.MetricKind.IP,
  ) as NativeMatches;
  return Array.from(m.keys, (key, i) => ({ key: Number(key), similarity: 1 - m.distances[i]! }));
}
