import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../platform/db/database';
import { type CatalogueReference, type ImportReport, importPatentFile } from './import/importer';

export const SAMPLES_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../data/samples',
);

/**
 * The real sample data the platform starts with (sources in NOTICE), richest first so that title-only
 * records never come before the full ones: the 61-column export, CNKI university patents, abstracts with
 * CPC, then 7,798 titles with IPC subclasses.
 */
export const SAMPLE_FILES = [
  'export-61col-sample.csv',
  'cnki-university-sample.csv',
  'cn-abstracts-cpc.csv',
  'cn-titles-ipc.csv',
] as const;

/** Seeds the catalogue on first start: only when it holds no patents and has never imported anything. */
export async function seedSampleCatalogue(
  db: Database,
  reference: CatalogueReference,
  onFile?: (file: string, report: ImportReport) => void,
): Promise<ImportReport[] | null> {
  const { rows } = await db.query<{ n: number }>(
    'SELECT (SELECT count(*) FROM patents)::int + (SELECT count(*) FROM import_runs)::int AS n',
  );
  if (rows[0]!.n > 0) return null;
  const reports: ImportReport[] = [];
  for (const file of SAMPLE_FILES) {
    const report = await importPatentFile(db, path.join(SAMPLES_DIR, file), {
      reference,
      source: `sample:${file}`,
    });
    reports.push(report);
    onFile?.(file, report);
  }
  return reports;
}
