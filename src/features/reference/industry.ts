import type { Bilingual } from '../../platform/http/problem';

/**
 * GB/T 4754-2017 国民经济行业分类 codes. The standard codes 门类 (section) with one letter and the
 * levels below with 2, 3 and 4 digits (大类 division '01', 中类 group '011', 小类 class '0111'); division
 * numbers are unique across sections, so the section follows from the digits. The platform stores the
 * letter-prefixed form of the vendored list ('A', 'A01', 'A011', 'A0111') and accepts both on input.
 */
export type IndustryLevel = 'section' | 'division' | 'group' | 'class';

export const INDUSTRY_LEVELS: readonly IndustryLevel[] = ['section', 'division', 'group', 'class'];

/** GB/T 4754-2017 § 4: the divisions (大类) of each section (门类). */
export const GBT4754_SECTION_DIVISIONS: Readonly<Record<string, readonly [number, number]>> = {
  A: [1, 5],
  B: [6, 12],
  C: [13, 43],
  D: [44, 46],
  E: [47, 50],
  F: [51, 52],
  G: [53, 60],
  H: [61, 62],
  I: [63, 65],
  J: [66, 69],
  K: [70, 70],
  L: [71, 72],
  M: [73, 75],
  N: [76, 79],
  O: [80, 82],
  P: [83, 83],
  Q: [84, 85],
  R: [86, 90],
  S: [91, 96],
  T: [97, 97],
};

export function sectionOfDivision(division: number): string | null {
  for (const [letter, [from, to]] of Object.entries(GBT4754_SECTION_DIVISIONS)) {
    if (division >= from && division <= to) return letter;
  }
  return null;
}

export interface IndustryCode {
  /** Letter-prefixed: 'A0111'. */
  code: string;
  level: IndustryLevel;
  section: string;
  division: string | null;
  group: string | null;
  class: string | null;
  /** The official digits without the letter ('0111'); null for a section. */
  digits: string | null;
}

export type IndustryParseResult =
  | { ok: true; value: IndustryCode }
  | { ok: false; code: 'EMPTY' | 'MALFORMED' | 'UNKNOWN_DIVISION' | 'SECTION_MISMATCH'; reason: Bilingual };

/** 'A0111', '0111', 'a0111', 'Ａ０１１１', ' 01 ' → letter-prefixed code with its level and ancestors. */
export function parseIndustryCode(raw: string | null | undefined): IndustryParseResult {
  const text = (raw ?? '').normalize('NFKC').toUpperCase().replace(/\s+/g, '');
  if (!text)
    return { ok: false, code: 'EMPTY', reason: { zh: '行业代码为空', en: 'Industry code is empty' } };
  const m = /^([A-T])?(\d{2,4})?$/.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined)) {
    return {
      ok: false,
      code: 'MALFORMED',
      reason: {
        zh: `「${text}」不是 GB/T 4754-2017 行业代码（应形如 C、C39、C391、C3911 或 3911）`,
        en: `"${text}" is not a GB/T 4754-2017 industry code (expected e.g. C, C39, C391, C3911 or 3911)`,
      },
    };
  }
  const letter = m[1];
  const digits = m[2];
  if (!digits) return { ok: true, value: build(letter!, null) };
  const section = sectionOfDivision(Number(digits.slice(0, 2)));
  if (!section) {
    return {
      ok: false,
      code: 'UNKNOWN_DIVISION',
      reason: {
        zh: `大类「${digits.slice(0, 2)}」不存在（GB/T 4754-2017 大类为 01–97）`,
        en: `Division "${digits.slice(0, 2)}" does not exist (GB/T 4754-2017 divisions are 01–97)`,
      },
    };
  }
  if (letter && letter !== section) {
    return {
      ok: false,
      code: 'SECTION_MISMATCH',
      reason: {
        zh: `大类 ${digits.slice(0, 2)} 属于门类 ${section}，不属于 ${letter}`,
        en: `Division ${digits.slice(0, 2)} belongs to section ${section}, not ${letter}`,
      },
    };
  }
  return { ok: true, value: build(section, digits) };
}

function build(section: string, digits: string | null): IndustryCode {
  const levels: IndustryLevel[] = ['section', 'division', 'group', 'class'];
  const level = digits ? levels[digits.length - 1]! : 'section';
  return {
    code: `${section}${digits ?? ''}`,
    level,
    section,
    division: digits ? `${section}${digits.slice(0, 2)}` : null,
    group: digits && digits.length >= 3 ? `${section}${digits.slice(0, 3)}` : null,
    class: digits && digits.length === 4 ? `${section}${digits}` : null,
    digits,
  };
}

/** Letter-prefixed code, or null when the text is not a well-formed code (existence is the catalogue's job). */
export function normaliseIndustryCode(raw: string | null | undefined): string | null {
  const r = parseIndustryCode(raw);
  return r.ok ? r.value.code : null;
}

/** Ancestors broadest first: 'A0111' → ['A', 'A01', 'A011']. */
export function industryAncestors(code: string): string[] {
  const r = parseIndustryCode(code);
  if (!r.ok) return [];
  const v = r.value;
  return [v.section, v.division, v.group, v.class].filter((c): c is string => c !== null && c !== v.code);
}

/** Parent code, null for a section or malformed input. */
export function industryParent(code: string): string | null {
  const a = industryAncestors(code);
  return a.length ? a[a.length - 1]! : null;
}
