import type { Bilingual } from '../../platform/http/problem';

/**
 * International Patent Classification (IPC) symbols.
 *
 * Canonical form, as stored and indexed everywhere in the platform: no spaces, upper case, main group and
 * subgroup separated by '/', no leading zeros in the main group number: 'H04N5/225', 'H04N5/00', and for
 * coarser levels 'H04N' (subclass), 'H04' (class), 'H' (section).
 *
 * Structure (IPC Guide §§ 9–24): section A–H · class = section + 2 digits · subclass = class + letter ·
 * main group = subclass + 1–4 digit number + '/00' · subgroup = main group number + '/' + at least two
 * digits other than '00'. Sources write the same symbol in many ways; accepted decorations are:
 *   full-width characters ('Ｈ０４Ｎ５／２２５'), lower case, spaces anywhere ('H04N 5/225', 'H04N  5/00'),
 *   leading zeros in the main group ('H04N 05/225'), a trailing edition indicator as printed on Chinese
 *   gazettes ('H04N5/225(2006.01)', '(2006.01)I'), and the WIPO 14-character fixed format
 *   ('H04N0005225000').
 * Everything else is refused with a reason; nothing is guessed (a bare 'H04N5' is refused, not read as
 * 'H04N5/00').
 */
export type IpcLevel = 'section' | 'class' | 'subclass' | 'main_group' | 'subgroup';

export const IPC_LEVELS: readonly IpcLevel[] = ['section', 'class', 'subclass', 'main_group', 'subgroup'];

/**
 * Title of a vendored IPC entry whose title the source lost (PDF extraction left only dots, digits, a
 * guide heading or nothing). The code is kept; screens may show the parent's title instead.
 */
export const IPC_TITLE_MISSING = '（标题缺失）';

export interface IpcSymbol {
  code: string;
  level: IpcLevel;
  section: string;
  /** 'H04'; null for a section. */
  class: string | null;
  /** 'H04N'; null above subclass level. */
  subclass: string | null;
  /** 'H04N5/00'; null above main-group level. */
  mainGroup: string | null;
  /** Main group number '5'; null above main-group level. */
  groupNumber: string | null;
  /** Subgroup digits '225' ('00' for a main group); null above main-group level. */
  subgroupDigits: string | null;
}

export type IpcError =
  | 'EMPTY'
  | 'NOT_IPC_SECTION'
  | 'MALFORMED'
  | 'CLASS_ZERO'
  | 'GROUP_ZERO'
  | 'SUBGROUP_MISSING'
  | 'SUBGROUP_TOO_SHORT'
  | 'TOO_LONG';

export type IpcParseResult =
  | { ok: true; value: IpcSymbol }
  | { ok: false; code: IpcError; reason: Bilingual };

const EDITION_SUFFIX = /[([]\d{4}\.\d{2}[)\]][A-Z]?$/;
const FIXED_WIDTH = /^([A-H]\d{2}[A-Z])(\d{4})(\d{6})$/;
const SHAPE = /^([A-Z])(?:(\d{2})(?:([A-Z])(?:(\d{1,4})(?:\/(\d+))?)?)?)?$/;
const MAX_RAW_LENGTH = 64;

function refuse(code: IpcError, zh: string, en: string): IpcParseResult {
  return { ok: false, code, reason: { zh, en } };
}

/** Parses an IPC symbol in any of the accepted source forms. */
export function parseIpc(raw: string | null | undefined): IpcParseResult {
  if (raw == null || raw.trim() === '') return refuse('EMPTY', 'IPC 分类号为空', 'IPC code is empty');
  if (raw.length > MAX_RAW_LENGTH)
    return refuse('TOO_LONG', 'IPC 分类号过长', `IPC code is longer than ${MAX_RAW_LENGTH} characters`);
  let s = raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\u3000]+/g, '');
  s = s.replace(EDITION_SUFFIX, '');
  const fixed = FIXED_WIDTH.exec(s);
  if (fixed) {
    const sub = fixed[3]!.replace(/0+$/, '').padEnd(2, '0');
    s = `${fixed[1]}${Number(fixed[2])}/${sub}`;
  }
  const m = SHAPE.exec(s);
  if (!m) {
    return refuse(
      'MALFORMED',
      `「${raw.trim()}」不是 IPC 分类号（应形如 H04N5/225、H04N5/00、H04N）`,
      `"${raw.trim()}" is not an IPC code (expected e.g. H04N5/225, H04N5/00, H04N)`,
    );
  }
  const [, section, classDigits, subclassLetter, groupRaw, subgroupRaw] = m;
  if (!/[A-H]/.test(section!)) {
    return refuse(
      'NOT_IPC_SECTION',
      `「${section}」不是 IPC 的部（IPC 只有 A–H 部；Y 部等为 CPC 专有）`,
      `"${section}" is not an IPC section (IPC has sections A–H; Y and others are CPC-only)`,
    );
  }
  if (classDigits === undefined) return ok(section!, null, null, null, null);
  if (classDigits === '00')
    return refuse('CLASS_ZERO', 'IPC 大类号不能为 00', 'IPC class number cannot be 00');
  const cls = `${section}${classDigits}`;
  if (subclassLetter === undefined) return ok(section!, cls, null, null, null);
  const subclass = `${cls}${subclassLetter}`;
  if (groupRaw === undefined) return ok(section!, cls, subclass, null, null);
  const group = String(Number(groupRaw));
  if (group === '0') return refuse('GROUP_ZERO', 'IPC 大组号不能为 0', 'IPC main group number cannot be 0');
  if (subgroupRaw === undefined) {
    return refuse(
      'SUBGROUP_MISSING',
      `「${raw.trim()}」缺少“/”后的小组号（大组写作 ${subclass}${group}/00）`,
      `"${raw.trim()}" lacks the subgroup after "/" (a main group is written ${subclass}${group}/00)`,
    );
  }
  if (subgroupRaw.length < 2) {
    return refuse(
      'SUBGROUP_TOO_SHORT',
      `「${raw.trim()}」的小组号至少两位（如 /00、/02）`,
      `"${raw.trim()}" has a subgroup of fewer than two digits (e.g. /00, /02)`,
    );
  }
  if (subgroupRaw.length > 6) {
    return refuse('TOO_LONG', `「${raw.trim()}」的小组号过长`, `"${raw.trim()}" has an overlong subgroup`);
  }
  return ok(section!, cls, subclass, group, subgroupRaw);
}

function ok(
  section: string,
  cls: string | null,
  subclass: string | null,
  group: string | null,
  subgroup: string | null,
): IpcParseResult {
  const mainGroup = subclass && group ? `${subclass}${group}/00` : null;
  let code = section;
  let level: IpcLevel = 'section';
  if (cls) [code, level] = [cls, 'class'];
  if (subclass) [code, level] = [subclass, 'subclass'];
  if (subclass && group && subgroup) {
    code = `${subclass}${group}/${subgroup}`;
    level = subgroup === '00' ? 'main_group' : 'subgroup';
  }
  return {
    ok: true,
    value: {
      code,
      level,
      section,
      class: cls,
      subclass,
      mainGroup,
      groupNumber: group,
      subgroupDigits: subgroup,
    },
  };
}

/** Canonical code, or null when the text is not an IPC symbol. */
export function normaliseIpc(raw: string | null | undefined): string | null {
  const r = parseIpc(raw);
  return r.ok ? r.value.code : null;
}

/**
 * The structural ancestors of a canonical code, broadest first: 'H04N5/225' → ['H', 'H04', 'H04N',
 * 'H04N5/00']. Subgroup-to-subgroup nesting (the dot depth) is not derivable from the symbol.
 */
export function ipcAncestors(code: string): string[] {
  const r = parseIpc(code);
  if (!r.ok) return [];
  const v = r.value;
  const chain = [v.section, v.class, v.subclass, v.mainGroup].filter((c): c is string => c !== null);
  return chain.filter((c) => c !== v.code);
}

/** Parent in the structural hierarchy (a subgroup's parent is its main group); null for a section. */
export function ipcParent(code: string): string | null {
  const a = ipcAncestors(code);
  return a.length ? a[a.length - 1]! : null;
}

/**
 * Orders canonical codes as the IPC does: by section, class, subclass, then main group and subgroup
 * numerically ('H04N5/00' < 'H04N5/225' < 'H04N7/00' < 'H04N19/00'; subgroups compare as decimal
 * fractions, so '5/2253' sorts between '5/225' and '5/23').
 */
export function compareIpc(a: string, b: string): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function sortKey(code: string): string {
  const m = /^([A-H](?:\d{2}(?:[A-Z])?)?)(?:(\d{1,4})\/(\d+))?$/.exec(code);
  if (!m) return `~${code}`;
  if (m[2] === undefined) return m[1]!.padEnd(4, ' ');
  return `${m[1]}${m[2].padStart(4, '0')}/${m[3]!.padEnd(6, '0')}`;
}
