import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/databases';
import { REFERENCE_DATA_DIR, seedReferenceData } from './seed';

const temps: string[] = [];
afterAll(() => {
  for (const d of temps) fs.rmSync(d, { recursive: true, force: true });
});

/** A copy of data/reference with one file edited. */
function copyWith(edit: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-reference-'));
  temps.push(dir);
  fs.cpSync(REFERENCE_DATA_DIR, dir, { recursive: true });
  edit(dir);
  return dir;
}

const renameRice = (dir: string) => {
  const f = path.join(dir, 'gbt4754-2017.csv');
  fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('A0111,"稻谷种植"', 'A0111,"稻谷种植（测试）"'));
};

describeEachEngine('reference seed', (db) => {
  const datasets = async () =>
    (
      await db().query<{ name: string; checksum: string; row_count: number; loaded_at: Date }>(
        'SELECT name, checksum, row_count, loaded_at FROM reference_datasets ORDER BY name',
      )
    ).rows;
  const count = async (table: string) =>
    (await db().query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;
  const riceName = async () =>
    (await db().query<{ name: string }>("SELECT name FROM industry_codes WHERE code = 'A0111'")).rows[0]
      ?.name;

  it('every test database starts with the four code lists loaded', async () => {
    const rows = await datasets();
    expect(rows.map((r) => [r.name, r.row_count])).toEqual([
      ['industry', 1967],
      ['ipc', 77396],
      ['regions', 3351],
      ['sei', 352],
    ]);
    expect(await count('ipc_codes')).toBe(77396);
    expect(await count('industry_codes')).toBe(1967);
    expect(await count('regions')).toBe(31 + 342 + 2978);
    expect(await count('sei_categories')).toBe(49);
    expect(await count('sei_ipc_rules')).toBe(303);
    const rule = (
      await db().query<{ patterns: string[]; exclusions: string[]; source_page: number }>(
        'SELECT patterns, exclusions, source_page FROM sei_ipc_rules WHERE id = 1',
      )
    ).rows[0];
    expect(rule).toEqual({
      patterns: ['G06F11*', 'G06F21*', 'H04L1*'],
      exclusions: ['G06F11/14', 'G06F11/36', 'G06F21/60', 'G06F21/62'],
      source_page: 148,
    });
  });

  it('a re-run with unchanged files does nothing', async () => {
    const before = await datasets();
    const report = await seedReferenceData(db());
    expect(report).toEqual({ loaded: [], unchanged: ['ipc', 'industry', 'regions', 'sei'], rowCounts: {} });
    expect(await datasets()).toEqual(before);
  });

  it('a changed file reloads its data set only, once', async () => {
    const before = new Map((await datasets()).map((r) => [r.name, r]));
    const dir = copyWith(renameRice);
    const report = await seedReferenceData(db(), { dataDir: dir });
    expect(report.loaded).toEqual(['industry']);
    expect(report.rowCounts).toEqual({ industry: 1967 });
    expect(await riceName()).toBe('稻谷种植（测试）');
    const after = new Map((await datasets()).map((r) => [r.name, r]));
    expect(after.get('industry')!.checksum).not.toBe(before.get('industry')!.checksum);
    for (const name of ['ipc', 'regions', 'sei']) expect(after.get(name)).toEqual(before.get(name));
    expect((await seedReferenceData(db(), { dataDir: dir })).loaded).toEqual([]);
    // Back to the vendored files.
    expect((await seedReferenceData(db())).loaded).toEqual(['industry']);
    expect(await riceName()).toBe('稻谷种植');
  });

  it('is transactional: a failing data set leaves every table and checksum as it was', async () => {
    const before = await datasets();
    const dir = copyWith((d) => {
      renameRice(d);
      const f = path.join(d, 'sei-ipc-2021.json');
      const data = JSON.parse(fs.readFileSync(f, 'utf8'));
      data.rules[0].seiCode = '99.9'; // not a category: the foreign key refuses it
      fs.writeFileSync(f, JSON.stringify(data));
    });
    await expect(seedReferenceData(db(), { dataDir: dir })).rejects.toThrow();
    expect(await riceName()).toBe('稻谷种植');
    expect(await datasets()).toEqual(before);
    expect(await count('sei_ipc_rules')).toBe(303);
  });
});
