import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

/**
 * The real sample patent files, vendored byte-identical in data/samples (sources in NOTICE). Tests read them
 * from the repository so a clean clone on a fresh machine has everything the suite needs.
 */
export const SAMPLES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/samples');

export function samplePath(file: string): string {
  return path.join(SAMPLES_DIR, file);
}

export function readSampleCsv(file: string): Record<string, string>[] {
  return parse(fs.readFileSync(samplePath(file)), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
  }) as Record<string, string>[];
}
