import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../../test/support/databases';
import { loadReferenceCatalog, type ReferenceCatalog } from '../../reference';
import { checkDigitFor } from '../applicationNumber';
import { importPatentFile } from './importer';

const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * SYNTHETIC: the ten real rows of the 61-column sample repeated with new application and publication numbers
 * (valid check digits) until the file reaches 50 MB, to prove the importer streams and never stops.
 */
function writeLargeExport(file: string, bytes: number): number {
  const [header, ...rows] = parse(
    fs.readFileSync(path.resolve(import.meta.dirname, '../../../../data/samples/export-61col-sample.csv')),
    {
      bom: true,
    },
  ) as string[][];
  const col = (name: string) => header!.indexOf(name);
  const [app, pub, grant, type] = [col('申请号'), col('公开号'), col('授权公告号'), col('专利类型')];
  const fd = fs.openSync(file, 'w');
  let written = fs.writeSync(fd, `${header!.map(quote).join(',')}\n`);
  let n = 0;
  while (written < bytes) {
    const cells = [...rows[n % rows.length]!];
    const digits = `2020${cells[type]!.startsWith('实用新型') ? 2 : 1}${String(1_000_000 + n).padStart(7, '0')}`;
    cells[app] = `CN${digits}.${checkDigitFor(digits)}`;
    cells[pub] = `CN${300_000_000 + n}${cells[type]!.startsWith('实用新型') ? 'U' : 'A'}`;
    cells[grant] = '';
    cells[type] = cells[type]!.startsWith('实用新型') ? '实用新型' : '发明公开';
    written += fs.writeSync(fd, `${cells.map(quote).join(',')}\n`);
    n++;
  }
  fs.closeSync(fd);
  return n;
}

describeEachEngine('import of a 50 MB file', (db) => {
  let ref: ReferenceCatalog;
  let file: string;
  let rows: number;
  beforeAll(async () => {
    ref = await loadReferenceCatalog(db());
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zh-large-')), 'synthetic-50mb.csv');
    rows = writeLargeExport(file, 50 * 1024 * 1024);
  });

  it('streams every row in, reports progress, and a second run changes nothing', async () => {
    expect(fs.statSync(file).size).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    const progress: number[] = [];
    const first = await importPatentFile(db(), file, {
      reference: ref,
      onProgress: (p) => progress.push(p.bytesRead / p.totalBytes),
    });
    expect(first).toMatchObject({ totalRows: rows, accepted: rows, created: rows, rejected: [] });
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.at(-1)).toBe(1);
    const count = await db().query<{ n: number }>('SELECT count(*)::int AS n FROM patents');
    expect(count.rows[0]!.n).toBe(rows);
    const again = await importPatentFile(db(), file, { reference: ref });
    expect(again).toMatchObject({ accepted: rows, created: 0, updated: 0, unchanged: rows });
  });
});
