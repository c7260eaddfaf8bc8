/**
 * Test helpers: the real sample files in shared/data (tests may read them; the product never does) and
 * the vendored reference files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { REFERENCE_DATA_DIR } from './seed';
import type { SeiCategory, SeiRule } from './seiConcordance';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** shared/data/patents: $ZHUANHUA_SHARED_DATA, else shared/ beside the checkout, else /work/shared. */
export function sharedPatentsDir(): string {
  const candidates = [
    process.env.ZHUANHUA_SHARED_DATA,
    path.resolve(REPO, '../shared/data/patents'),
    '/work/shared/data/patents',
  ].filter((d): d is string => !!d);
  const dir = candidates.find((d) => fs.existsSync(d));
  if (!dir) throw new Error(`shared/data/patents not found (looked in ${candidates.join(', ')})`);
  return dir;
}

export function readSharedCsv(file: string): Record<string, string>[] {
  return parse(fs.readFileSync(path.join(sharedPatentsDir(), file)), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
  }) as Record<string, string>[];
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
