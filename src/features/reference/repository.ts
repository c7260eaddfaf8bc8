import type { Queryable } from '../../platform/db/database';
import type { IndustryLevel } from './industry';
import type { IpcLevel } from './ipc';
import type { RegionLevel } from './regions';
import type { SeiCategory, SeiRule } from './seiConcordance';

export interface IpcRow {
  code: string;
  level: IpcLevel;
  title: string;
  parent: string | null;
}

export interface IndustryRow {
  code: string;
  name: string;
  level: IndustryLevel;
  parent: string | null;
}

export interface RegionRow {
  code: string;
  name: string;
  level: RegionLevel;
  parent: string | null;
}

export interface DatasetRow {
  name: string;
  checksum: string;
  rowCount: number;
  loadedAt: Date;
}

// IPC order in SQL: subclass, then main-group number numerically (by its length, then its digits), then
// the subgroup digits as a decimal fraction ('5/00' < '5/225' < '5/23' < '11/00').
const IPC_ORDER = "substr(code, 1, 4), length(split_part(code, '/', 1)), code";

/** Titles above subgroup level (sections, classes, subclasses, main groups): about 8,300 rows. */
export async function ipcHeadings(q: Queryable): Promise<IpcRow[]> {
  return (
    await q.query<IpcRow>(
      `SELECT code, level, title, parent FROM ipc_codes WHERE level <> 'subgroup' ORDER BY ${IPC_ORDER}`,
    )
  ).rows;
}

export async function ipcByCodes(q: Queryable, codes: readonly string[]): Promise<IpcRow[]> {
  if (codes.length === 0) return [];
  return (
    await q.query<IpcRow>('SELECT code, level, title, parent FROM ipc_codes WHERE code = ANY($1::text[])', [
      codes,
    ])
  ).rows;
}

export async function ipcChildren(q: Queryable, parent: string): Promise<IpcRow[]> {
  return (
    await q.query<IpcRow>(
      `SELECT code, level, title, parent FROM ipc_codes WHERE parent = $1 ORDER BY ${IPC_ORDER}`,
      [parent],
    )
  ).rows;
}

export interface IpcSearch {
  /** Title substring (case-insensitive). */
  text?: string;
  /** Canonical code prefix: codes starting with it. */
  codePrefix?: string;
  /** Only codes starting with this prefix (a subtree). */
  within?: string;
  /** Only direct children of this code (`null`: sections). */
  parent?: string | null;
  level?: IpcLevel;
  limit: number;
  offset: number;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Codes matching a code prefix or a title substring, exact code first, then code matches, then title
 * matches, each in IPC order.
 */
export async function searchIpc(q: Queryable, s: IpcSearch): Promise<{ total: number; rows: IpcRow[] }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (s.text !== undefined || s.codePrefix !== undefined) {
    const alternatives: string[] = [];
    if (s.codePrefix !== undefined) alternatives.push(`code LIKE ${p(`${escapeLike(s.codePrefix)}%`)}`);
    if (s.text !== undefined) alternatives.push(`title ILIKE ${p(`%${escapeLike(s.text)}%`)}`);
    where.push(`(${alternatives.join(' OR ')})`);
  }
  if (s.within !== undefined) where.push(`code LIKE ${p(`${escapeLike(s.within)}%`)}`);
  if (s.parent !== undefined) where.push(s.parent === null ? 'parent IS NULL' : `parent = ${p(s.parent)}`);
  if (s.level !== undefined) where.push(`level = ${p(s.level)}`);
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM ipc_codes ${clause}`, params))
    .rows[0]!.n;
  // Exact code first, then codes starting with the prefix, then title matches.
  const rank =
    s.codePrefix === undefined
      ? ''
      : `CASE WHEN code = ${p(s.codePrefix)} THEN 0 WHEN code LIKE ${p(`${escapeLike(s.codePrefix)}%`)} THEN 1 ELSE 2 END, `;
  const rows = (
    await q.query<IpcRow>(
      `SELECT code, level, title, parent FROM ipc_codes ${clause}
       ORDER BY ${rank}${IPC_ORDER} LIMIT ${p(s.limit)} OFFSET ${p(s.offset)}`,
      params,
    )
  ).rows;
  return { total, rows };
}

export async function allIndustries(q: Queryable): Promise<IndustryRow[]> {
  return (await q.query<IndustryRow>('SELECT code, name, level, parent FROM industry_codes ORDER BY code'))
    .rows;
}

export interface ListFilter {
  /** Direct children of this code; `null` for the top level; undefined for any level. */
  parent?: string | null;
  text?: string;
  limit: number;
  offset: number;
}

async function listTable<R>(
  q: Queryable,
  table: 'industry_codes' | 'regions',
  f: ListFilter,
): Promise<{ total: number; rows: R[] }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.parent !== undefined) where.push(f.parent === null ? 'parent IS NULL' : `parent = ${p(f.parent)}`);
  if (f.text !== undefined) {
    const like = p(`%${escapeLike(f.text)}%`);
    where.push(`(name ILIKE ${like} OR code LIKE ${p(`${escapeLike(f.text.toUpperCase())}%`)})`);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} ${clause}`, params))
    .rows[0]!.n;
  const rows = (
    await q.query<R>(
      `SELECT code, name, level, parent FROM ${table} ${clause} ORDER BY code LIMIT ${p(f.limit)} OFFSET ${p(f.offset)}`,
      params,
    )
  ).rows;
  return { total, rows };
}

export function listIndustries(q: Queryable, f: ListFilter) {
  return listTable<IndustryRow>(q, 'industry_codes', f);
}

export function listRegions(q: Queryable, f: ListFilter) {
  return listTable<RegionRow>(q, 'regions', f);
}

export async function allRegions(q: Queryable): Promise<RegionRow[]> {
  return (await q.query<RegionRow>('SELECT code, name, level, parent FROM regions ORDER BY code')).rows;
}

export async function seiCategories(q: Queryable): Promise<SeiCategory[]> {
  return (await q.query<SeiCategory>('SELECT code, name, parent FROM sei_categories')).rows;
}

export async function seiRules(q: Queryable): Promise<SeiRule[]> {
  return (
    await q.query<SeiRule>(
      `SELECT id, sei_code AS "seiCode", patterns, exclusions, keywords, source_page AS page
       FROM sei_ipc_rules ORDER BY id`,
    )
  ).rows;
}

export async function referenceDatasets(q: Queryable): Promise<DatasetRow[]> {
  return (
    await q.query<DatasetRow>(
      `SELECT name, checksum, row_count AS "rowCount", loaded_at AS "loadedAt" FROM reference_datasets ORDER BY name`,
    )
  ).rows;
}
