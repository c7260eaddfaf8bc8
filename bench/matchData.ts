/**
 * Shared by the matching benchmarks: the labelled titles, the model, cached embeddings and table printing.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { type Embedder, loadEmbedder, MODEL_NAME } from '../src/features/matching/embedder';
import type { DemandWants } from '../src/features/matching/signals';

/** A demand that states no structured wants: text relevance and the IPC signal alone. */
export const NO_WANTS: DemandWants = {
  region: null,
  industry: null,
  sei: [],
  desiredIpc: [],
  minTrl: null,
  modes: [],
};

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The 7,798 labelled titles (vendored copy of ../shared/data/patents/cn-titles-ipc.csv, see NOTICE). */
export const TITLES_CSV = path.join(ROOT, 'data', 'samples', 'cn-titles-ipc.csv');
export const RESULTS_DIR = path.join(ROOT, 'bench', 'results');

export interface LabelledTitle {
  publicationNumber: string;
  title: string;
  subclasses: string[];
}

export function loadTitles(file = TITLES_CSV): LabelledTitle[] {
  const rows = parse(fs.readFileSync(file), { columns: true, skip_empty_lines: true }) as {
    publication_number: string;
    title: string;
    ipc_subclasses: string;
  }[];
  return rows.map((r) => ({
    publicationNumber: r.publication_number,
    title: r.title,
    subclasses: r.ipc_subclasses.split('|').filter(Boolean),
  }));
}

/** A small deterministic generator (LCG), so folds and synthetic data are the same on every run. */
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

/** Fold number (0..k-1) per item: a seeded shuffle dealt round-robin. */
export function folds(n: number, k: number, seed = 42): Int8Array {
  const random = rng(seed);
  const perm = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [perm[i], perm[j]] = [perm[j]!, perm[i]!];
  }
  const fold = new Int8Array(n);
  perm.forEach((p, i) => {
    fold[p] = i % k;
  });
  return fold;
}

export function modelDir(): string {
  return path.resolve(process.env.ZHUANHUA_MODEL_DIR || path.join(ROOT, 'models'));
}

export async function requireEmbedder(): Promise<Embedder> {
  const loaded = await loadEmbedder(modelDir());
  if (!loaded.embedder) {
    process.stderr.write(`${loaded.reason}\n`);
    process.exit(2);
  }
  return loaded.embedder;
}

/**
 * Embeddings of `texts`, cached under the OS temp directory by content and model (a re-run of the benchmark
 * skips 7,798 model calls; the embedding speed is measured separately on every run).
 */
export async function embedAll(
  embedder: Embedder,
  texts: readonly string[],
  onProgress?: (done: number) => void,
): Promise<Float32Array[]> {
  const id = createHash('sha256').update(MODEL_NAME).update(texts.join('\n')).digest('hex').slice(0, 16);
  const file = path.join(os.tmpdir(), 'zhuanhua-bench-cache', `embeddings-${id}.f32`);
  const D = embedder.dimensions;
  if (fs.existsSync(file)) {
    const buf = fs.readFileSync(file);
    const all = new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
    if (all.length === texts.length * D) return texts.map((_, i) => all.slice(i * D, (i + 1) * D));
  }
  const out: Float32Array[] = [];
  for (let s = 0; s < texts.length; s += 512) {
    out.push(...(await embedder.embed(texts.slice(s, s + 512))));
    onProgress?.(out.length);
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const flat = new Float32Array(texts.length * D);
  out.forEach((v, i) => {
    flat.set(v, i * D);
  });
  fs.writeFileSync(file, Buffer.from(flat.buffer));
  return out;
}

export function printTable(headers: string[], rows: (string | number)[][]): void {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, c) => Math.max(...cells.map((r) => [...(r[c] ?? '')].length)));
  const line = (r: string[]) =>
    `| ${r.map((v, c) => (c === 0 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join(' | ')} |`;
  process.stdout.write(`${line(headers)}\n`);
  process.stdout.write(
    `|${widths.map((w, c) => (c === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|\n`,
  );
  for (const r of cells.slice(1)) process.stdout.write(`${line(r)}\n`);
}

export function writeResult(name: string, data: unknown): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.json`);
  fs.writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return file;
}

export function machine() {
  return {
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  };
}
