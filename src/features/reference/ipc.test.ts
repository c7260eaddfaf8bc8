import { describe, expect, it } from 'vitest';
import { compareIpc, ipcAncestors, ipcParent, normaliseIpc, parseIpc } from './ipc';
import { readSharedCsv } from './testData';

describe('IPC symbols: accepted source forms normalise to the canonical code', () => {
  it.each([
    ['H04N5/225', 'H04N5/225', 'subgroup'],
    ['H04N 5/225', 'H04N5/225', 'subgroup'],
    ['H04N  5/00', 'H04N5/00', 'main_group'],
    ['h04n5/225', 'H04N5/225', 'subgroup'],
    ['G06F16/3329', 'G06F16/3329', 'subgroup'],
    ['Ｇ０６Ｆ１６／３３２９', 'G06F16/3329', 'subgroup'],
    ['Ｈ０４Ｎ\u30005／２２５', 'H04N5/225', 'subgroup'],
    [' H04N05/225 ', 'H04N5/225', 'subgroup'],
    ['H04N5/225(2006.01)', 'H04N5/225', 'subgroup'],
    ['H04N 5/225 (2006.01)I', 'H04N5/225', 'subgroup'],
    ['H04N0005225000', 'H04N5/225', 'subgroup'],
    ['H04N0005000000', 'H04N5/00', 'main_group'],
    ['A01B0001240000', 'A01B1/24', 'subgroup'],
    ['H01L21/02107', 'H01L21/02107', 'subgroup'],
    ['A01M', 'A01M', 'subclass'],
    ['g06f', 'G06F', 'subclass'],
    ['H04', 'H04', 'class'],
    ['H', 'H', 'section'],
    ['B64U20/80', 'B64U20/80', 'subgroup'],
    ['B64U101/30', 'B64U101/30', 'subgroup'],
  ])('%s → %s (%s)', (raw, code, level) => {
    const r = parseIpc(raw);
    expect(r.ok && r.value.code).toBe(code);
    expect(r.ok && r.value.level).toBe(level);
  });
});

describe('IPC symbols: garbage is refused with a reason', () => {
  it.each([
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['Y02E10/50', 'NOT_IPC_SECTION'],
    ['I01B1/00', 'NOT_IPC_SECTION'],
    ['H04N5', 'SUBGROUP_MISSING'],
    ['H04N5/2', 'SUBGROUP_TOO_SHORT'],
    ['E01D101/0', 'SUBGROUP_TOO_SHORT'],
    ['H00N5/00', 'CLASS_ZERO'],
    ['H04N0/00', 'GROUP_ZERO'],
    ['H04N5/1234567', 'TOO_LONG'],
    ['H04N5/225/1', 'MALFORMED'],
    ['H4N5/225', 'MALFORMED'],
    ['H04NN5/225', 'MALFORMED'],
    ['H04N12345/00', 'MALFORMED'],
    ['5/225', 'MALFORMED'],
    ['电池', 'MALFORMED'],
    ['H04N5-225', 'MALFORMED'],
    ['x'.repeat(65), 'TOO_LONG'],
  ])('%j is refused (%s)', (raw, code) => {
    const r = parseIpc(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.reason.zh.length).toBeGreaterThan(0);
      expect(r.reason.en.length).toBeGreaterThan(0);
    }
  });

  it('null and undefined are empty', () => {
    expect(normaliseIpc(null)).toBeNull();
    expect(normaliseIpc(undefined)).toBeNull();
  });
});

describe('IPC symbols: split into section, class, subclass and main group', () => {
  it('H04N5/225', () => {
    const r = parseIpc('H04N 5/225');
    expect(r.ok && r.value).toEqual({
      code: 'H04N5/225',
      level: 'subgroup',
      section: 'H',
      class: 'H04',
      subclass: 'H04N',
      mainGroup: 'H04N5/00',
      groupNumber: '5',
      subgroupDigits: '225',
    });
  });

  it.each([
    ['H04N5/225', ['H', 'H04', 'H04N', 'H04N5/00'], 'H04N5/00'],
    ['H04N5/00', ['H', 'H04', 'H04N'], 'H04N'],
    ['H04N', ['H', 'H04'], 'H04'],
    ['H04', ['H'], 'H'],
    ['H', [], null],
    ['junk', [], null],
  ])('ancestors of %s', (code, ancestors, parent) => {
    expect(ipcAncestors(code)).toEqual(ancestors);
    expect(ipcParent(code)).toBe(parent);
  });

  it('orders codes as the IPC does (group numbers numerically, subgroups as decimal fractions)', () => {
    const codes = [
      'H04N7/00',
      'H04N5/23',
      'H04N',
      'H04N19/00',
      'H04N5/225',
      'H04N5/2253',
      'H04N5/00',
      'H04M11/00',
      'H04',
    ];
    expect([...codes].sort(compareIpc)).toEqual([
      'H04',
      'H04M11/00',
      'H04N',
      'H04N5/00',
      'H04N5/225',
      'H04N5/2253',
      'H04N5/23',
      'H04N7/00',
      'H04N19/00',
    ]);
  });
});

describe('IPC symbols in the real sample data', () => {
  it('every code of the 61-column export (主分类号, 分类号) normalises to itself', () => {
    const rows = readSharedCsv('export-61col-sample.csv');
    const codes = rows.flatMap((r) => [r.主分类号!, ...r.分类号!.split(';')]).filter(Boolean);
    expect(codes.length).toBeGreaterThan(20);
    for (const c of codes) expect(normaliseIpc(c)).toBe(c);
  });

  it('every subclass of the title data set parses as a subclass', () => {
    const rows = readSharedCsv('cn-titles-ipc.csv');
    const codes = new Set(rows.flatMap((r) => r.ipc_subclasses!.split('|')));
    expect(codes.size).toBeGreaterThan(300);
    for (const c of codes) {
      const r = parseIpc(c);
      expect(r.ok && r.value.level, c).toBe('subclass');
    }
  });

  it('CPC groups of the abstracts data set parse when they are IPC-shaped (the same syntax)', () => {
    const rows = readSharedCsv('cn-abstracts-cpc.csv');
    const codes = rows.flatMap((r) => r.cpc_groups!.split('|')).filter(Boolean);
    expect(codes).toContain('G06F16/3329');
    const refused = codes.filter((c) => normaliseIpc(c) !== c);
    // CPC-only section Y (e.g. Y02…) is the one thing the IPC does not have.
    for (const c of refused) expect(c.startsWith('Y'), c).toBe(true);
  });
});
