import { describe, expect, it } from 'vitest';
import {
  compareSeiCodes,
  compileSeiPattern,
  type SeiCategory,
  SeiConcordance,
  type SeiRule,
} from './seiConcordance';
import { readSeiFile } from './testData';

const table = readSeiFile();
const sei = SeiConcordance.compile(table.categories, table.rules);
const literal = SeiConcordance.compile(table.categories, table.rules, { exactCodes: 'exact' });

const categoriesOf = (c: SeiConcordance, ipc: string) => c.categoriesOf(ipc);

describe('SEI–IPC concordance 2021: the vendored table', () => {
  it('has the 9 domains of 战略性新兴产业分类（2018） and 40 categories, each under its domain', () => {
    const domains = table.categories.filter((c) => c.parent === null);
    expect(domains.map((d) => `${d.code} ${d.name}`)).toEqual([
      '1 新一代信息技术产业',
      '2 高端装备制造产业',
      '3 新材料产业',
      '4 生物产业',
      '5 新能源汽车产业',
      '6 新能源产业',
      '7 节能环保产业',
      '8 数字创意产业',
      '9 相关服务业',
    ]);
    const second = table.categories.filter((c) => c.parent !== null);
    expect(second).toHaveLength(40);
    for (const c of second) expect(c.code.split('.')[0]).toBe(c.parent);
    expect(table.rules).toHaveLength(303);
    expect(new Set(table.rules.map((r) => r.seiCode)).size).toBe(40);
  });

  it('every pattern and exclusion compiles; two printing defects are read with a note', () => {
    expect(sei.problems).toEqual([]);
    expect(sei.notes.map((n) => n.text).sort()).toEqual(['G16H', 'H03M13']);
  });
});

describe('SEI–IPC concordance: how patterns read', () => {
  it.each([
    ['G06F*', 'G06F', 'prefix', true],
    ['G16*', 'G16', 'prefix', true],
    ['G06F11*', 'G06F11/', 'prefix', true],
    ['G16H', 'G16H', 'prefix', true],
    ['H03M13', 'H03M13/', 'prefix', true],
    ['G06F12/00', 'G06F12/00', 'exact', false],
    ['G06F3/041', 'G06F3/041', 'prefix', false],
    ['G06F3/04*', 'G06F3/04', 'prefix', true],
  ])('%s', (text, key, scope, wildcard) => {
    const p = compileSeiPattern(text);
    expect(p.ok && [p.key, p.scope, p.wildcard]).toEqual([key, scope, wildcard]);
  });

  it('reads exact subgroup codes literally when asked', () => {
    const p = compileSeiPattern('G06F3/041', 'exact');
    expect(p.ok && p.scope).toBe('exact');
  });

  it.each(['G*1', 'H04*', 'foo', 'H04N5/2'])('refuses %s', (text) => {
    // 'H04*' is a class wildcard and fine; the others are not patterns.
    const p = compileSeiPattern(text);
    expect(p.ok).toBe(text === 'H04*');
  });
});

describe('SEI–IPC concordance: known answers from the table', () => {
  it('wildcard hit: A01B1/00 falls under 2.1 智能制造装备产业 through A01B* (p. 152)', () => {
    const e = sei.explain('A01B1/00');
    expect(e.categories.map((c) => c.code)).toEqual(['2.1']);
    expect(e.categories[0]!.hits[0]).toMatchObject({ pattern: 'A01B*', how: 'wildcard', page: 152 });
    expect(e.categories[0]!.domain).toEqual({ code: '2', name: '高端装备制造产业' });
  });

  it('the star follows a whole group number: G06F11* covers G06F11/3698 but not G06F110/…', () => {
    const rules: SeiRule[] = [
      { id: 1, seiCode: '1.1', patterns: ['G06F11*'], exclusions: [], keywords: null, page: 1 },
    ];
    const cats: SeiCategory[] = [
      { code: '1', name: 'd', parent: null },
      { code: '1.1', name: 'c', parent: '1' },
    ];
    const c = SeiConcordance.compile(cats, rules);
    expect(c.categoriesOf('G06F11/3698')).toEqual(['1.1']);
    expect(c.categoriesOf('G06F11/00')).toEqual(['1.1']);
    expect(c.categoriesOf('G06F110/00')).toEqual([]);
    expect(c.categoriesOf('G06F1/00')).toEqual([]);
  });

  it('exclusion hit: H04W4/02 is excluded from 1.1 rule 3 (H04W4* 不含 H04W4/02) and lands in 1.4 only', () => {
    const e = sei.explain('H04W4/02');
    expect(e.categories.map((c) => c.code)).toEqual(['1.4']);
    expect(e.excluded).toContainEqual(
      expect.objectContaining({ seiCode: '1.1', pattern: 'H04W4*', exclusion: 'H04W4/02', page: 148 }),
    );
  });

  it('an exclusion binds its own rule only: H04W4/00 is excluded by 1.1 rule 3 but included by 1.1 rule 4', () => {
    const e = sei.explain('H04W4/00');
    expect(e.categories.map((c) => c.code)).toEqual(['1.1']);
    expect(e.categories[0]!.hits.map((h) => h.pattern)).toEqual(['H04W4/00']);
    expect(e.excluded.map((x) => x.exclusion)).toEqual(['H04W4/00']);
  });

  it('a code listed both as pattern and exclusion of one rule stays matched (G01S1/02 in 1.1)', () => {
    expect(categoriesOf(sei, 'G01S1/02')).toEqual(['1.1']);
  });

  it('exact code: G06F3/041 (digitisers) is taken out of 1.1 and put in 1.2 电子核心产业', () => {
    const e = sei.explain('G06F3/041');
    expect(e.categories.map((c) => c.code)).toEqual(['1.2']);
    expect(e.categories[0]!.hits[0]).toMatchObject({ pattern: 'G06F3/041', how: 'exact', page: 149 });
  });

  it("exact code's subdivisions: G06F3/0416 follows G06F3/041 to 1.2 (literal reading: stays in 1.1)", () => {
    const e = sei.explain('G06F3/0416');
    expect(e.categories.map((c) => c.code)).toEqual(['1.2']);
    expect(e.categories[0]!.hits[0]).toMatchObject({ pattern: 'G06F3/041', how: 'subdivision' });
    expect(categoriesOf(literal, 'G06F3/0416')).toEqual(['1.1']);
  });

  it("a main group entry '/00' is that entry only: G06F12/00 → 1.1, G06F12/0802 → 1.1 via G06F12/08, G06F12/16 → 1.4", () => {
    expect(categoriesOf(sei, 'G06F12/00')).toEqual(['1.1']);
    expect(categoriesOf(sei, 'G06F12/0802')).toEqual(['1.1']);
    expect(categoriesOf(sei, 'G06F12/16')).toEqual(['1.4']);
    // Read literally, the subdivision G06F12/0802 is not G06F12/08 and stays with G06F12* in 1.4.
    expect(categoriesOf(literal, 'G06F12/0802')).toEqual(['1.4']);
  });

  it('code in two categories: G16H50/20 is in 1.3 (G16* 不含 G16B*) and 1.5 人工智能 (G16H)', () => {
    expect(categoriesOf(sei, 'G16H50/20')).toEqual(['1.3', '1.5']);
    // G16B (bioinformatics) is excluded from 1.3 and listed by 4.2 生物医学工程产业 instead.
    expect(categoriesOf(sei, 'G16B40/00')).toEqual(['4.2']);
    expect(sei.codesFor(['G16H50/20'])).toEqual(['1', '1.3', '1.5']);
  });

  it('code in two domains: G01N33/49 (blood analysis) is in 4.2 and 4.4; with H04N21/00 the patent gets 4 and 8 too', () => {
    expect(categoriesOf(sei, 'G01N33/49')).toEqual(['4.2', '4.4']);
    expect(sei.codesFor(['H04N21/00', 'G01N33/49', 'not a code'])).toEqual(['4', '4.2', '4.4', '8', '8.2']);
  });

  it('a subclass-only symbol matches subclass-wide patterns only', () => {
    expect(categoriesOf(sei, 'G06F')).toEqual(['1.1']);
    expect(categoriesOf(sei, 'H04W')).toEqual([]);
  });

  it('codes of the 61-column sample', () => {
    expect(sei.codesFor(['H04N5/225', 'H04N5/232', 'H04N5/76', 'H02J7/00'])).toEqual([
      '5',
      '5.3',
      '8',
      '8.1',
    ]);
    expect(sei.codesFor(['B64U20/80', 'B64U101/30'])).toEqual([]);
    expect(sei.codesFor(['H04L43/02', 'H04L9/40', 'H04L67/025'])).toEqual(['1', '1.3']);
  });

  it('invalid input maps to nothing', () => {
    expect(sei.explain('Y02E10/50')).toEqual({ ipc: null, categories: [], excluded: [] });
    expect(sei.codesFor([])).toEqual([]);
  });

  it('sorts SEI codes numerically per segment', () => {
    expect(['9.2', '1', '10', '1.10', '1.2'].sort(compareSeiCodes)).toEqual([
      '1',
      '1.2',
      '1.10',
      '9.2',
      '10',
    ]);
  });

  it('memoised results equal fresh ones and are not shared mutable state', () => {
    const a = sei.codesFor(['G16H50/20']);
    a.push('x');
    expect(sei.codesFor(['G16H50/20'])).toEqual(['1', '1.3', '1.5']);
  });
});
