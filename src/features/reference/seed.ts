import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Database, Queryable } from '../../platform/db/database';

/** The vendored code lists (sources and changes in NOTICE). */
export const REFERENCE_DATA_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../data/reference',
);

/** Bumped when the way files become rows changes, so that an unchanged file is still reloaded. */
const LOADER_VERSION = 'reference-seed-1';

export type ReferenceDatasetName = 'ipc' | 'industry' | 'regions' | 'sei';

interface DatasetDefinition {
  name: ReferenceDatasetName;
  files: string[];
  load(tx: Queryable, dir: string): Promise<number>;
}

export interface SeedReport {
  /** Data sets (re)loaded now. */
  loaded: ReferenceDatasetName[];
  /** Data sets whose checksum matched: nothing was done. */
  unchanged: ReferenceDatasetName[];
  rowCounts: Partial<Record<ReferenceDatasetName, number>>;
}

function readCsv(file: string): Record<string, string>[] {
  return parse(fs.readFileSync(file), { columns: true, skip_empty_lines: true, bom: true }) as Record<
    string,
    string
  >[];
}

const CHUNK = 10_000;

/** Inserts column arrays with `unnest` in chunks: a few statements instead of one per row. */
async function insertColumns(tx: Queryable, table: string, columns: string[], values: (string | null)[][]) {
  const n = values[0]?.length ?? 0;
  const list = columns.join(', ');
  const params = columns.map((_, i) => `$${i + 1}::text[]`).join(', ');
  for (let from = 0; from < n; from += CHUNK) {
    await tx.query(
      `INSERT INTO ${table} (${list}) SELECT * FROM unnest(${params})`,
      values.map((col) => col.slice(from, from + CHUNK)),
    );
  }
}

const INDUSTRY_LEVEL: Record<string, string> = {
  门类: 'section',
  大类: 'division',
  中类: 'group',
  小类: 'class',
};

interface SeiFile {
  categories: { code: string; name: string; parent: string | null }[];
  rules: {
    id: number;
    seiCode: string;
    page: number | null;
    patterns: string[];
    exclusions: string[];
    keywords: string | null;
  }[];
}

const DATASETS: DatasetDefinition[] = [
  {
    name: 'ipc',
    files: ['ipc-2026.01-zh.csv'],
    async load(tx, dir) {
      const rows = readCsv(path.join(dir, 'ipc-2026.01-zh.csv'));
      await tx.query('DELETE FROM ipc_codes');
      await insertColumns(
        tx,
        'ipc_codes',
        ['code', 'level', 'title', 'parent'],
        [
          rows.map((r) => r.code!),
          rows.map((r) => r.level!),
          rows.map((r) => r.title!),
          rows.map((r) => r.parent || null),
        ],
      );
      return rows.length;
    },
  },
  {
    name: 'industry',
    files: ['gbt4754-2017.csv'],
    async load(tx, dir) {
      const rows = readCsv(path.join(dir, 'gbt4754-2017.csv'));
      for (const r of rows) {
        if (!INDUSTRY_LEVEL[r.level!])
          throw new Error(`gbt4754-2017.csv: unknown level "${r.level}" for ${r.code}`);
      }
      await tx.query('DELETE FROM industry_codes');
      await insertColumns(
        tx,
        'industry_codes',
        ['code', 'name', 'level', 'parent'],
        [
          rows.map((r) => r.code!),
          rows.map((r) => r.name!.trim()),
          rows.map((r) => INDUSTRY_LEVEL[r.level!]!),
          rows.map((r) => r.parent || null),
        ],
      );
      return rows.length;
    },
  },
  {
    name: 'regions',
    files: ['cn-divisions/provinces.csv', 'cn-divisions/cities.csv', 'cn-divisions/areas.csv'],
    async load(tx, dir) {
      const provinces = readCsv(path.join(dir, 'cn-divisions/provinces.csv'));
      const cities = readCsv(path.join(dir, 'cn-divisions/cities.csv'));
      const areas = readCsv(path.join(dir, 'cn-divisions/areas.csv'));
      const rows = [
        ...provinces.map((r) => [r.code!, r.name!, 'province', null] as const),
        ...cities.map((r) => [r.code!, r.name!, 'city', r.provinceCode!] as const),
        ...areas.map((r) => [r.code!, r.name!, 'county', r.cityCode!] as const),
      ];
      await tx.query('DELETE FROM regions');
      await insertColumns(
        tx,
        'regions',
        ['code', 'name', 'level', 'parent'],
        [0, 1, 2, 3].map((i) => rows.map((r) => r[i] as string | null)),
      );
      return rows.length;
    },
  },
  {
    name: 'sei',
    files: ['sei-ipc-2021.json'],
    async load(tx, dir) {
      const data = JSON.parse(fs.readFileSync(path.join(dir, 'sei-ipc-2021.json'), 'utf8')) as SeiFile;
      await tx.query('DELETE FROM sei_ipc_rules');
      await tx.query('DELETE FROM sei_categories');
      await insertColumns(
        tx,
        'sei_categories',
        ['code', 'name', 'parent'],
        [
          data.categories.map((c) => c.code),
          data.categories.map((c) => c.name),
          data.categories.map((c) => c.parent),
        ],
      );
      // 303 rules with array columns: one multi-row INSERT (unnest cannot carry ragged text[][]).
      const params: unknown[] = [];
      const tuples = data.rules.map((r) => {
        params.push(r.id, r.seiCode, r.patterns, r.exclusions, r.keywords, r.page);
        const b = params.length - 6;
        return `($${b + 1}::int, $${b + 2}, $${b + 3}::text[], $${b + 4}::text[], $${b + 5}, $${b + 6}::int)`;
      });
      if (tuples.length) {
        await tx.query(
          `INSERT INTO sei_ipc_rules (id, sei_code, patterns, exclusions, keywords, source_page) VALUES ${tuples.join(', ')}`,
          params,
        );
      }
      return data.categories.length + data.rules.length;
    },
  },
];

function checksum(dir: string, files: string[]): string {
  const h = createHash('sha256');
  h.update(LOADER_VERSION);
  for (const f of files) {
    h.update(`\0${f}\0`);
    h.update(fs.readFileSync(path.join(dir, f)));
  }
  return h.digest('hex');
}

/**
 * Loads the vendored code lists into the reference tables. Idempotent: each data set's checksum is
 * kept in `reference_datasets`, and a data set whose files are unchanged is left alone (a re-run with
 * unchanged files reads the files and one table row, and writes nothing). Changed data sets are
 * replaced in one transaction, so readers never see a half-loaded list; concurrent starters on a
 * server are serialised by an advisory lock.
 */
export async function seedReferenceData(
  db: Database,
  options: { dataDir?: string } = {},
): Promise<SeedReport> {
  const dir = options.dataDir ?? REFERENCE_DATA_DIR;
  const wanted = new Map(DATASETS.map((d) => [d.name, checksum(dir, d.files)]));
  const stale = async (q: Queryable) => {
    const { rows } = await q.query<{ name: string; checksum: string }>(
      'SELECT name, checksum FROM reference_datasets',
    );
    const have = new Map(rows.map((r) => [r.name, r.checksum]));
    return DATASETS.filter((d) => have.get(d.name) !== wanted.get(d.name));
  };
  const report: SeedReport = { loaded: [], unchanged: [], rowCounts: {} };
  if ((await stale(db)).length === 0) {
    report.unchanged = DATASETS.map((d) => d.name);
    return report;
  }
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7262002)');
    const todo = await stale(tx);
    for (const d of DATASETS) {
      if (!todo.includes(d)) {
        report.unchanged.push(d.name);
        continue;
      }
      const count = await d.load(tx, dir);
      await tx.query(
        `INSERT INTO reference_datasets (name, checksum, row_count, loaded_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, row_count = EXCLUDED.row_count,
           loaded_at = EXCLUDED.loaded_at`,
        [d.name, wanted.get(d.name), count],
      );
      report.loaded.push(d.name);
      report.rowCounts[d.name] = count;
    }
  });
  return report;
}
