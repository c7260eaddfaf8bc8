import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

/**
 * Test and benchmark documents built from the real sample data vendored in data/samples (sources in NOTICE;
 * tests and benchmarks only). Titles and IPC classes are real. Documents beyond the
 * 7,798 real titles are SYNTHETIC: a real title paired with real abstract/claim text of another patent
 * and a synthetic filing date, so that term statistics stay realistic at 100k–1M documents.
 */
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The vendored sample data (data/samples, the files of shared/data/patents; sources in NOTICE). */
function dataDir(): string {
  const dir = path.join(REPO, 'data', 'samples');
  if (!fs.existsSync(path.join(dir, 'cn-titles-ipc.csv')))
    throw new Error(`vendored sample data not found in ${dir}`);
  return dir;
}

export interface TitleRow {
  readonly publicationNumber: string;
  readonly kind: string;
  readonly title: string;
  readonly ipcSubclasses: string[];
}

export function loadTitles(): TitleRow[] {
  const rows = parse(fs.readFileSync(path.join(dataDir(), 'cn-titles-ipc.csv')), {
    columns: true,
    bom: true,
  }) as Record<string, string>[];
  return rows.map((r) => ({
    publicationNumber: r.publication_number ?? '',
    kind: r.kind ?? '',
    title: r.title ?? '',
    ipcSubclasses: (r.ipc_subclasses ?? '').split('|').filter((s) => s !== ''),
  }));
}

export interface AbstractRow {
  readonly title: string;
  readonly abstract: string;
  readonly claim: string;
}

/** Real abstracts (57 CPC-labelled + 33 CNKI university patents; CNKI rows also carry a first claim). */
export function loadAbstracts(): AbstractRow[] {
  const cpc = parse(fs.readFileSync(path.join(dataDir(), 'cn-abstracts-cpc.csv')), {
    columns: true,
    bom: true,
  }) as Record<string, string>[];
  const cnki = parse(fs.readFileSync(path.join(dataDir(), 'cnki-university-sample.csv')), {
    columns: true,
    bom: true,
    relax_column_count: true,
  }) as Record<string, string>[];
  return [
    ...cpc.map((r) => ({ title: r.title ?? '', abstract: r.abstract ?? '', claim: '' })),
    ...cnki.map((r) => ({
      title: r.title ?? '',
      abstract: r.ChDiv_summary ?? '',
      claim: r.claim_text ?? '',
    })),
  ].filter((r) => r.abstract.length > 0);
}

/** A small deterministic PRNG (mulberry32) so synthetic data and random tests are reproducible. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticPatent {
  readonly key: number;
  readonly title: string;
  readonly abstract: string;
  readonly claims: string;
  readonly ipcClass: string[];
  readonly kind: string;
  /** yyyymmdd */
  readonly filingDate: number;
}

/**
 * `count` SYNTHETIC patents: title and IPC classes cycle through the real titles; abstract and claim are
 * real texts of other patents, cut at a random sentence so lengths vary (~150–300 characters); the
 * filing date is random in 2000–2024. Deterministic for a given seed.
 */
export function syntheticPatents(count: number, seed = 1): SyntheticPatent[] {
  const titles = loadTitles();
  const abstracts = loadAbstracts();
  const claims = abstracts.filter((a) => a.claim.length > 0).map((a) => a.claim);
  const rand = randomSource(seed);
  const out: SyntheticPatent[] = [];
  for (let i = 0; i < count; i++) {
    const t = titles[i % titles.length]!;
    const a = abstracts[Math.floor(rand() * abstracts.length)]!.abstract;
    // Cut at multiples of 20 characters so texts repeat (a benchmark can cache their segmentation).
    const start = 20 * Math.floor((rand() * Math.max(1, a.length - 150)) / 20);
    const abstractLength = 150 + 30 * Math.floor(rand() * 6);
    const c = claims.length > 0 ? claims[Math.floor(rand() * claims.length)]! : '';
    const year = 2000 + Math.floor(rand() * 25);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    out.push({
      key: i + 1,
      title: t.title,
      abstract: a.slice(start, start + abstractLength),
      claims: c.slice(0, 150),
      ipcClass: t.ipcSubclasses.map((s) => s.slice(0, 3)).filter((s, j, all) => all.indexOf(s) === j),
      kind: t.kind,
      filingDate: year * 10000 + month * 100 + day,
    });
  }
  return out;
}
