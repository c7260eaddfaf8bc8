/**
 * Test helpers: the real sample patent files and the vendored reference files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { readSampleCsv } from '../../../test/support/samples';
import { REFERENCE_DATA_DIR } from './seed';
import type { SeiCategory, SeiRule } from './seiConcordance';

/** The real sample patent files (data/samples, vendored byte-identical from shared/data/patents). */
export function readSharedCsv(file: string): Record<string, string>[] {
  return readSampleCsv(file);
}

export function readReferenceCsv(file: string): Record<string, string>[] {
  return parse(fs.readFileSync(path.join(REFERENCE_DATA_DIR, file)), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
}

export function readSeiFile(): { categories: SeiCategory[]; rules: SeiRule[] } {
  return JSON.parse(fs.readFileSync(path.join(REFERENCE_DATA_DIR, 'sei-ipc-2021.json'), 'utf8'));
}
