/**
 * Rebuilds data/reference/ from the shared source files (build time only; the product never reads
 * /work/shared). Run: `npx tsx scripts/reference/vendorReferenceData.ts [sourceDir]`
 * (default sourceDir /work/shared/data/reference). Deterministic: the same input gives byte-identical
 * output, which is committed. The SEI–IPC concordance has its own converter (convertSeiConcordance.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { cleanIpcRows, type RawIpcRow } from './ipcCleaning';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, 'data/reference');

function csvField(v: string | number | null): string {
  const s = v == null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function writeCsv(file: string, header: string[], rows: (string | number | null)[][]) {
  const body = [header, ...rows].map((r) => r.map(csvField).join(',')).join('\n');
  fs.writeFileSync(file, `${body}\n`);
}

function main() {
  const source = process.argv[2] ?? '/work/shared/data/reference';
  fs.mkdirSync(OUT, { recursive: true });

  // IPC 2026.01 (Chinese), cleaned.
  const records = parse(fs.readFileSync(path.join(source, 'ipc_2026_01_zh.csv')), {
    columns: true,
    skip_empty_lines: true,
    relax_column_count: true,
  }) as Record<string, string>[];
  const raw: RawIpcRow[] = records.map((r, i) => ({
    line: i + 2,
    code: r.code ?? '',
    level: r.level ?? '',
    title: r.title ?? '',
    parent: r.parent ?? '',
  }));
  const { rows, changes, stats } = cleanIpcRows(raw);
  writeCsv(
    path.join(OUT, 'ipc-2026.01-zh.csv'),
    ['code', 'level', 'title', 'parent'],
    rows.map((r) => [r.code, r.level, r.title, r.parent]),
  );
  writeCsv(
    path.join(OUT, 'ipc-2026.01-zh.changes.csv'),
    // The cleaned title is in ipc-2026.01-zh.csv; the log keeps what the source said.
    ['code', 'source_line', 'fixes', 'source_code', 'source_title'],
    changes.map((c) => [c.code, c.line, c.fixes, c.sourceCode, c.sourceTitle]),
  );

  // GB/T 4754-2017 and GB/T 2260: copied unchanged (their cleaning, if any, happens at seed time).
  const copy = (from: string, to: string) => fs.writeFileSync(to, fs.readFileSync(from));
  copy(path.join(source, 'gbt4754_2017.csv'), path.join(OUT, 'gbt4754-2017.csv'));
  const divisions = path.join(OUT, 'cn-divisions');
  fs.mkdirSync(divisions, { recursive: true });
  for (const f of ['provinces.csv', 'cities.csv', 'areas.csv', 'LICENSE']) {
    copy(path.join(source, 'cn-divisions', f), path.join(divisions, f));
  }

  console.log(JSON.stringify(stats, null, 2));
}

main();
