import { describe, expect, it } from 'vitest';
import {
  GBT4754_SECTION_DIVISIONS,
  industryAncestors,
  industryParent,
  normaliseIndustryCode,
  parseIndustryCode,
} from './industry';
import { readReferenceCsv } from './testData';

describe('GB/T 4754-2017 codes', () => {
  it.each([
    ['A', 'A', 'section'],
    ['A01', 'A01', 'division'],
    ['A011', 'A011', 'group'],
    ['A0111', 'A0111', 'class'],
    ['0111', 'A0111', 'class'],
    ['01', 'A01', 'division'],
    ['c3911', 'C3911', 'class'],
    ['Ｃ３９１１', 'C3911', 'class'],
    [' 3911 ', 'C3911', 'class'],
    ['I65', 'I65', 'division'],
    ['T97', 'T97', 'division'],
  ])('%s → %s (%s)', (raw, code, level) => {
    const r = parseIndustryCode(raw);
    expect(r.ok && [r.value.code, r.value.level]).toEqual([code, level]);
  });

  it.each([
    ['', 'EMPTY'],
    ['B0111', 'SECTION_MISMATCH'],
    ['98', 'UNKNOWN_DIVISION'],
    ['00', 'UNKNOWN_DIVISION'],
    ['U', 'MALFORMED'],
    ['A01111', 'MALFORMED'],
    ['A1', 'MALFORMED'],
    ['制造业', 'MALFORMED'],
  ])('%j is refused (%s)', (raw, code) => {
    const r = parseIndustryCode(raw);
    expect(r.ok ? 'ok' : r.code).toBe(code);
    if (!r.ok) expect(r.reason.zh && r.reason.en).toBeTruthy();
  });

  it('ancestry A → A01 → A011 → A0111', () => {
    expect(industryAncestors('A0111')).toEqual(['A', 'A01', 'A011']);
    expect(industryAncestors('0111')).toEqual(['A', 'A01', 'A011']);
    expect(industryAncestors('A')).toEqual([]);
    expect(industryParent('C391')).toBe('C39');
    expect(industryParent('C')).toBeNull();
    expect(normaliseIndustryCode('x')).toBeNull();
  });

  it('agrees with every entry of the vendored list: code form, level and parent', () => {
    const rows = readReferenceCsv('gbt4754-2017.csv');
    expect(rows).toHaveLength(1967);
    const level = { 门类: 'section', 大类: 'division', 中类: 'group', 小类: 'class' } as Record<
      string,
      string
    >;
    for (const r of rows) {
      const p = parseIndustryCode(r.code!);
      expect(p.ok && p.value.code, r.code).toBe(r.code);
      expect(p.ok && p.value.level, r.code).toBe(level[r.level!]);
      expect(industryParent(r.code!), r.code).toBe(r.parent || null);
    }
    // § 4 division ranges: every section's divisions are exactly those of the table.
    for (const [section, [from, to]] of Object.entries(GBT4754_SECTION_DIVISIONS)) {
      const divisions = rows
        .filter((r) => r.level === '大类' && r.parent === section)
        .map((r) => Number(r.code!.slice(1)));
      expect(Math.min(...divisions), section).toBe(from);
      expect(Math.max(...divisions), section).toBe(to);
    }
  });
});
