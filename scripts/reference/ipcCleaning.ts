/**
 * Cleaning rules for the Chinese IPC 2026.01 list parsed from the patent office's PDFs
 * (GitHub Jingyou-design/cr_zl_v2, via /work/shared/data/reference/ipc_2026_01_zh.csv).
 * Pure functions: vendorReferenceData.ts applies them and writes data/reference/ipc-2026.01-zh.csv plus a
 * log of every change (data/reference/ipc-2026.01-zh.changes.csv). Known defects of the source, and what
 * each rule does about them, are listed in NOTICE.
 */
import {
  compareIpc,
  IPC_TITLE_MISSING,
  type IpcLevel,
  type IpcSymbol,
  parseIpc,
} from '../../src/features/reference/ipc';

export interface RawIpcRow {
  line: number;
  code: string;
  level: string;
  title: string;
  parent: string;
}

export interface CleanIpcRow {
  code: string;
  level: IpcLevel;
  title: string;
  parent: string | null;
}

export type TitleStatus = 'ok' | 'missing' | 'heading';

export interface IpcChange {
  code: string;
  line: number;
  /** ';'-separated fix names, e.g. 'title_line_break_spaces;title_version_marks'. */
  fixes: string;
  sourceCode: string;
  sourceTitle: string;
  title: string;
}

const CJK = /[\u3400-\u9fff]/;
const ONLY_DOTS = /^[.．·…。\s]*$/;
const ONLY_DIGITS = /^\d+$/;
// Version indicators printed after titles: 〔4〕, 〔2，3〕, 〔1，2012.01〕, 〔 2015.01〕, [20250101], a cut-off
// '[2006.01'. Ring-system locants such as 〔3.2.1〕 are chemistry and stay.
const VERSION_ITEM = '\\s*(?:[1-8]|(?:19|20)\\d\\d(?:\\.\\d\\d)?)\\s*';
const VERSION_MARK = new RegExp(`〔${VERSION_ITEM}(?:[，,]${VERSION_ITEM})*〕`, 'g');
const BRACKET_DATE = /\[(?:19|20)\d{6}\]?/g;
const CUT_EDITION = /\[(?:19|20)\d\d\.\d\d\]?$/;
const FILE_NAME_CODE = /([A-H]\d\d[A-Z])\s?(\d{1,4})_(\d{1,6})/g;
// A reference written in a title: 'H04N19/10', 'B62J 40_00' (underscore already mapped to '/').
const CODE_REF = /[A-H]\d\d[A-Z]\s?\d{1,4}\s?\/\s?\d{2,6}/g;
// Characters that, right before a code, make the code part of the sentence ('…入B09B3/00', '用A23B4/02…').
const CONNECTOR = new Set([
  ...'入见组在至或和及于与到用由有含括照述成即被是如从上的对以按行除非将同、，；：-~〔[（(，,',
]);

/** Private-use code points the PDF extraction left in a few titles. */
function fixPrivateUse(title: string): string {
  return title
    .replace(/\ue010/g, '.')
    .replace(/\ue011/g, '-')
    .replace(/[\ue000-\uf8ff]/g, '');
}

/** Whitespace from PDF line breaks ('用于 播种'): dropped next to any non-ASCII character, kept between ASCII words. */
export function removeLineBreakSpaces(title: string): string {
  return title
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ (?=[^ -~])|(?<=[^ -~]) /g, '')
    .trim();
}

/**
 * Notes the PDF merged into titles: '… 注意 1.本小类…', '…；注意C部类名后的附注3…', '… H04N19/10的附注：…',
 * '…为特征的附注 该组中…', '… 1．该小类用于…'. Returns the title without the note.
 */
export function stripMergedNote(title: string): string {
  let cut = title.length;
  const candidates: RegExp[] = [
    /(?:^|[\s;；。])注意(?=[：:\s]|[A-Z\d])/,
    /\s[A-H]?[0-9A-Z/\-至]+的附注(?:[：:]|\s|$)/,
    /附注[：:]?\s/,
    /\s1[．.]\s*(?=[\u4e00-\u9fff])/,
  ];
  for (const re of candidates) {
    const m = re.exec(title);
    if (m && m.index > 0 && m.index < cut) cut = m.index;
  }
  return title.slice(0, cut);
}

/** Removes version indicators and edition stamps (they belong to the IPC's revision history, not the title). */
export function stripVersionMarks(title: string): string {
  return title.replace(VERSION_MARK, '').replace(BRACKET_DATE, '').replace(CUT_EDITION, '');
}

function outsideParentheses(title: string): string {
  let depth = 0;
  let out = '';
  for (const ch of title) {
    if (ch === '（' || ch === '(') depth++;
    else if (ch === '）' || ch === ')') depth = Math.max(0, depth - 1);
    out += depth === 0 && ch !== '）' && ch !== ')' ? ch : ' ';
  }
  return out;
}

/**
 * A "guide heading" instead of a title: the PDF's table of contents (whose entries carry the group file
 * names, e.g. '火柴容器或盒A24F27_00，A24F29_00 电动吸烟装置A24F47_00 …') was read as the title of the
 * group that follows it. Recognised by an enumerated start ('4.养鱼业…') or by two or more heading
 * segments, i.e. Chinese text directly followed by a group symbol, outside parentheses.
 */
export function isGuideHeading(title: string): boolean {
  if (/^\d+[.．][\u4e00-\u9fff]/.test(title)) return true;
  const text = outsideParentheses(title);
  let segments = 0;
  for (const m of text.matchAll(CODE_REF)) {
    const before = text[m.index - 1] ?? '';
    if (CJK.test(before) && !CONNECTOR.has(before)) segments++;
  }
  return segments >= 2;
}

export interface TitleResult {
  title: string;
  status: TitleStatus;
  fixes: string[];
}

/** Cleans one title; `code` is the row's (repaired) canonical code. */
export function cleanTitle(raw: string, code: string, level: IpcLevel): TitleResult {
  const fixes: string[] = [];
  let t = raw;
  const step = (name: string, next: string) => {
    if (next !== t) fixes.push(name);
    t = next;
  };
  step('private_use_chars', fixPrivateUse(t));
  step('file_name_codes', t.replace(FILE_NAME_CODE, '$1$2/$3'));
  step('merged_note', stripMergedNote(t));
  step('version_marks', stripVersionMarks(t));
  step('line_break_spaces', removeLineBreakSpaces(t));
  if (level === 'subclass' || level === 'class')
    step('own_code_prefix', t.startsWith(code) ? t.slice(code.length) : t);
  step('trailing_punctuation', t.replace(/[；;，,、\s]+$/, ''));
  if (t === '' || ONLY_DOTS.test(t) || ONLY_DIGITS.test(t)) {
    return { title: IPC_TITLE_MISSING, status: 'missing', fixes: [...fixes, 'title_missing'] };
  }
  if (isGuideHeading(t))
    return { title: IPC_TITLE_MISSING, status: 'heading', fixes: [...fixes, 'guide_heading'] };
  return { title: t, status: 'ok', fixes };
}

const STATUS_RANK: Record<TitleStatus, number> = { ok: 2, heading: 1, missing: 0 };

export interface CleaningResult {
  rows: CleanIpcRow[];
  changes: IpcChange[];
  stats: Record<string, number>;
}

/**
 * The whole list: repairs codes split by the PDF, derives level and parent from the code, cleans titles,
 * and keeps one row per code.
 */
export function cleanIpcRows(raw: readonly RawIpcRow[]): CleaningResult {
  const changes: IpcChange[] = [];
  const stats: Record<string, number> = { input_rows: raw.length };
  const count = (k: string) => {
    stats[k] = (stats[k] ?? 0) + 1;
  };

  interface Candidate extends CleanIpcRow {
    line: number;
    status: TitleStatus;
    levelAsListed: boolean;
    change: IpcChange | null;
  }
  const byCode = new Map<string, Candidate[]>();

  for (const r of raw) {
    const fixes: string[] = [];
    let code = r.code.trim();
    let title = r.title.trim();
    // The PDF wrapped the last digits of some symbols onto the title line: 'E01C23/08' + title '2' is
    // E01C23/082 (title lost); 'E01D101/0' + '0 桥梁的材料组成' is E01D101/00 '桥梁的材料组成'.
    if (ONLY_DIGITS.test(title)) {
      if (parseIpc(code + title).ok) {
        code += title;
        title = '';
        fixes.push('code_tail_in_title');
      }
    } else if (!parseIpc(code).ok) {
      const m = /^(\d+)\s+(.*)$/.exec(title);
      if (m && parseIpc(code + m[1]).ok) {
        code += m[1];
        title = m[2]!;
        fixes.push('code_tail_in_title');
      }
    }
    const parsed = parseIpc(code);
    const record = (fix: string[], cleanedTitle: string): IpcChange | null => {
      for (const f of fix) count(f);
      return fix.length
        ? {
            code,
            line: r.line,
            fixes: fix.join(';'),
            sourceCode: r.code,
            sourceTitle: r.title,
            title: cleanedTitle,
          }
        : null;
    };
    if (!parsed.ok || parsed.value.code !== code) {
      changes.push(record([...fixes, 'invalid_code_dropped'], '')!);
      continue;
    }
    const level = parsed.value.level;
    const parent = structuralParent(parsed.value);
    if (r.level !== level) fixes.push('level_from_code');
    if ((r.parent || null) !== parent) fixes.push('parent_from_code');
    const cleaned = cleanTitle(title, code, level);
    fixes.push(...cleaned.fixes.map((f) => `title_${f}`));
    const list = byCode.get(code) ?? [];
    list.push({
      code,
      level,
      title: cleaned.title,
      parent,
      line: r.line,
      status: cleaned.status,
      levelAsListed: r.level === level,
      change: record(fixes, cleaned.title),
    });
    byCode.set(code, list);
  }

  const rows: CleanIpcRow[] = [];
  for (const [code, list] of byCode) {
    // Duplicates: keep the best title (a real title over a guide heading over none; among those, a row
    // whose listed level agrees with its symbol); on a tie the later row, because the PDF prints a
    // group's guide heading before the group itself.
    const rank = (c: Candidate) => STATUS_RANK[c.status] * 2 + (c.levelAsListed ? 1 : 0);
    let best = list[0]!;
    for (const c of list.slice(1)) if (rank(c) >= rank(best)) best = c;
    if (list.length > 1) count('duplicated_codes');
    for (const c of list) {
      if (c !== best) {
        count('duplicate_dropped');
        const base = c.change ?? {
          code,
          line: c.line,
          fixes: '',
          sourceCode: code,
          sourceTitle: '',
          title: '',
        };
        c.change = {
          ...base,
          fixes: [base.fixes, `duplicate_dropped(kept line ${best.line})`].filter(Boolean).join(';'),
        };
      }
      if (c.change) changes.push(c.change);
    }
    if (best.status !== 'ok') count(`final_title_${best.status}`);
    rows.push({ code: best.code, level: best.level, title: best.title, parent: best.parent });
  }

  // Ancestors the list lacks (e.g. C23C24/00, whose row the PDF mislabelled C23C12/00) are added with
  // the placeholder title so that every parent reference resolves.
  const present = new Map(rows.map((r) => [r.code, r]));
  for (const r of [...rows]) {
    let parent = r.parent;
    while (parent && !present.has(parent)) {
      const p = parseIpc(parent);
      if (!p.ok) break;
      const added: CleanIpcRow = {
        code: parent,
        level: p.value.level,
        title: IPC_TITLE_MISSING,
        parent: structuralParent(p.value),
      };
      rows.push(added);
      present.set(parent, added);
      count('missing_ancestor_added');
      changes.push({
        code: parent,
        line: 0,
        fixes: 'missing_ancestor_added',
        sourceCode: '',
        sourceTitle: '',
        title: IPC_TITLE_MISSING,
      });
      parent = added.parent;
    }
  }
  rows.sort((a, b) => compareIpc(a.code, b.code));
  changes.sort((a, b) => a.line - b.line || compareIpc(a.code, b.code));
  stats.output_rows = rows.length;
  return { rows, changes, stats };
}

function structuralParent(v: IpcSymbol): string | null {
  switch (v.level) {
    case 'section':
      return null;
    case 'class':
      return v.section;
    case 'subclass':
      return v.class;
    case 'main_group':
      return v.subclass;
    case 'subgroup':
      return v.mainGroup;
  }
}
