import type { Queryable } from '../../platform/db/database';
import type { Bilingual } from '../../platform/http/problem';
import type { ReferenceCatalog } from './catalog';
import { compareIpc, IPC_TITLE_MISSING, type IpcLevel, ipcAncestors, parseIpc } from './ipc';
import {
  type IndustryRow,
  type IpcRow,
  ipcByCodes,
  ipcChildren,
  listIndustries,
  listRegions,
  type RegionRow,
  searchIpc,
} from './repository';
import type { SeiExplanation } from './seiConcordance';

export interface IpcEntryView {
  code: string;
  level: IpcLevel;
  title: string;
  titleMissing: boolean;
  parent: string | null;
  /** Section, class, subclass, main group, then subgroups whose number this code extends. */
  ancestors: IpcRow[];
  /** For a subgroup: its subdivisions as numbered (codes extending its digits). */
  children: IpcRow[];
}

export type IpcEntryResult =
  | { kind: 'ok'; entry: IpcEntryView }
  | { kind: 'invalid'; reason: Bilingual }
  | { kind: 'not_found'; code: string };

/** Subgroup digits of `code` extend those of `prefix` in the same main group ('5/2253' extends '5/225'). */
function extendsNumber(code: string, prefix: string): boolean {
  return code.length > prefix.length && code.startsWith(prefix) && !prefix.endsWith('/00');
}

/** One IPC entry with its ancestors and children, as the code browser and patent detail show it. */
export async function ipcEntry(db: Queryable, raw: string): Promise<IpcEntryResult> {
  const parsed = parseIpc(raw);
  if (!parsed.ok) return { kind: 'invalid', reason: parsed.reason };
  const code = parsed.value.code;
  const [row] = await ipcByCodes(db, [code]);
  if (!row) return { kind: 'not_found', code };
  const structural = ipcAncestors(code);
  let ancestors = await ipcByCodes(db, structural);
  let children: IpcRow[];
  if (row.level === 'subgroup') {
    const siblings = await ipcChildren(db, parsed.value.mainGroup!);
    ancestors = [...ancestors, ...siblings.filter((s) => extendsNumber(code, s.code))];
    children = siblings.filter((s) => extendsNumber(s.code, code));
  } else {
    children = await ipcChildren(db, code);
  }
  const byOrder = (a: IpcRow, b: IpcRow) => compareIpc(a.code, b.code);
  return {
    kind: 'ok',
    entry: {
      code: row.code,
      level: row.level,
      title: row.title,
      titleMissing: row.title === IPC_TITLE_MISSING,
      parent: row.parent,
      ancestors: ancestors.sort(byOrder),
      children: children.sort(byOrder),
    },
  };
}

export interface Page<T> {
  total: number;
  page: number;
  pageSize: number;
  items: T[];
}

export interface IpcSearchParams {
  q?: string;
  parent?: string;
  level?: IpcLevel;
  page: number;
  pageSize: number;
}

export type IpcSearchResult =
  | { kind: 'ok'; page: Page<IpcRow> }
  | { kind: 'invalid_parent'; reason: Bilingual };

const CODE_LIKE = /^[A-H](?:\d{1,2}(?:[A-Z](?:\d{1,4}(?:\/\d{0,6})?)?)?)?$/;

/**
 * The code browser and search box. No `q`: the direct children of `parent` (sections without one).
 * With `q`: codes starting with it when it looks like a code ('H04N', 'g06f16/3'), otherwise titles
 * containing it ('电池'); restricted to the subtree of `parent` when given.
 */
export async function searchIpcCodes(db: Queryable, p: IpcSearchParams): Promise<IpcSearchResult> {
  let parent: string | undefined;
  if (p.parent !== undefined) {
    const parsed = parseIpc(p.parent);
    if (!parsed.ok) return { kind: 'invalid_parent', reason: parsed.reason };
    parent = parsed.value.code;
  }
  const offset = (p.page - 1) * p.pageSize;
  const q = p.q?.normalize('NFKC').trim();
  let result: { total: number; rows: IpcRow[] };
  if (q) {
    const compact = q.toUpperCase().replace(/\s+/g, '');
    const within = parent === undefined ? undefined : parent.endsWith('/00') ? parent.slice(0, -2) : parent;
    result = await searchIpc(db, {
      ...(CODE_LIKE.test(compact) ? { codePrefix: compact } : { text: q }),
      ...(within === undefined ? {} : { within }),
      ...(p.level ? { level: p.level } : {}),
      limit: p.pageSize,
      offset,
    });
  } else {
    result = await searchIpc(db, {
      parent: parent ?? null,
      ...(p.level ? { level: p.level } : {}),
      limit: p.pageSize,
      offset,
    });
  }
  return {
    kind: 'ok',
    page: { total: result.total, page: p.page, pageSize: p.pageSize, items: result.rows },
  };
}

export interface TreeListParams {
  parent?: string;
  q?: string;
  page: number;
  pageSize: number;
}

/**
 * GB/T 4754-2017 entries: children of `parent` (sections without one); with `q`, names containing it or
 * codes starting with it, at any level (within `parent`'s children when both are given).
 */
export async function industries(db: Queryable, p: TreeListParams): Promise<Page<IndustryRow>> {
  const q = p.q?.normalize('NFKC').trim();
  const r = await listIndustries(db, {
    ...(q ? { text: q } : {}),
    ...(p.parent !== undefined ? { parent: p.parent.toUpperCase() } : q ? {} : { parent: null }),
    limit: p.pageSize,
    offset: (p.page - 1) * p.pageSize,
  });
  return { total: r.total, page: p.page, pageSize: p.pageSize, items: r.rows };
}

/** GB/T 2260 divisions: provinces, or the subdivisions of `parent`. */
export async function regions(db: Queryable, p: Omit<TreeListParams, 'q'>): Promise<Page<RegionRow>> {
  const r = await listRegions(db, {
    parent: p.parent ?? null,
    limit: p.pageSize,
    offset: (p.page - 1) * p.pageSize,
  });
  return { total: r.total, page: p.page, pageSize: p.pageSize, items: r.rows };
}

export interface SeiMatchItem extends SeiExplanation {
  input: string;
}

/** SEI categories of each IPC code with the rule that placed it there, and the union of codes. */
export function seiMatch(
  catalog: ReferenceCatalog,
  ipcs: readonly string[],
): { items: SeiMatchItem[]; codes: string[] } {
  const items = ipcs.map((input) => ({ input, ...catalog.explainSei(input) }));
  return { items, codes: catalog.seiCodesFor(ipcs) };
}
