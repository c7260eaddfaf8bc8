import type { Queryable } from '../../platform/db/database';
import { type ChainBreak, type ChainedContent, checkLink, type Json } from './chain';
import { csvLine, UTF8_BOM } from './csv';

export interface AuditRecord extends ChainedContent {
  prevHash: string;
  hash: string;
}

export interface AuditFilter {
  actorUserId?: number;
  organisationId?: number;
  objectType?: string;
  objectId?: string;
  action?: string;
  from?: Date;
  /** Exclusive upper bound. */
  to?: Date;
  /** Substring of the object id (case-insensitive). */
  q?: string;
  /** Substring of the actor's label — a user's e-mail or a system process's name (case-insensitive). */
  actor?: string;
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const COLUMNS = `seq, at, actor_kind AS "actorKind", actor_user_id AS "actorUserId",
  actor_organisation_id AS "actorOrganisationId", actor_label AS "actorLabel", via,
  credential_id AS "credentialId", ip, request_id AS "requestId", action, object_type AS "objectType",
  object_id AS "objectId", before, after, prev_hash AS "prevHash", hash`;

function where(filter: AuditFilter, params: unknown[]): string {
  const clauses: string[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    clauses.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.actorUserId !== undefined) add('actor_user_id = ?', filter.actorUserId);
  if (filter.organisationId !== undefined) add('actor_organisation_id = ?', filter.organisationId);
  if (filter.objectType !== undefined) add('object_type = ?', filter.objectType);
  if (filter.objectId !== undefined) add('object_id = ?', filter.objectId);
  if (filter.action !== undefined) add('action = ?', filter.action);
  if (filter.from !== undefined) add('at >= ?', filter.from);
  if (filter.to !== undefined) add('at < ?', filter.to);
  if (filter.q !== undefined && filter.q !== '') add("object_id ILIKE ? ESCAPE '\\'", likePattern(filter.q));
  if (filter.actor !== undefined && filter.actor !== '')
    add("actor_label ILIKE ? ESCAPE '\\'", likePattern(filter.actor));
  return clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
}

export async function listAudit(
  db: Queryable,
  filter: AuditFilter,
  page: { page: number; pageSize: number },
): Promise<{ total: number; items: AuditRecord[] }> {
  const params: unknown[] = [];
  const w = where(filter, params);
  const total = await db.query<{ n: number }>(`SELECT count(*)::int8 AS n FROM audit_log ${w}`, params);
  const items = await db.query<AuditRecord>(
    `SELECT ${COLUMNS} FROM audit_log ${w} ORDER BY seq DESC LIMIT ${page.pageSize} OFFSET ${(page.page - 1) * page.pageSize}`,
    params,
  );
  return { total: total.rows[0]?.n ?? 0, items: items.rows };
}

/** All matching rows in chain order, fetched in batches by key (no long-held cursor, no OFFSET). */
export async function* auditRows(
  db: Queryable,
  filter: AuditFilter,
  batchSize = 1000,
): AsyncGenerator<AuditRecord> {
  const top = await db.query<{ seq: number | null }>('SELECT max(seq) AS seq FROM audit_log');
  const until = top.rows[0]?.seq ?? 0;
  let after = 0;
  for (;;) {
    const params: unknown[] = [];
    const w = where(filter, params);
    params.push(after, until);
    const range = `seq > $${params.length - 1} AND seq <= $${params.length}`;
    const batch = await db.query<AuditRecord>(
      `SELECT ${COLUMNS} FROM audit_log ${w ? `${w} AND ${range}` : `WHERE ${range}`} ORDER BY seq LIMIT ${batchSize}`,
      params,
    );
    for (const row of batch.rows) yield row;
    if (batch.rows.length < batchSize) return;
    after = batch.rows[batch.rows.length - 1]!.seq;
  }
}

/** The actions and object types the log holds, for the search form's choices. */
export async function auditVocabulary(db: Queryable): Promise<{ actions: string[]; objectTypes: string[] }> {
  const actions = await db.query<{ v: string }>('SELECT DISTINCT action AS v FROM audit_log ORDER BY 1');
  const types = await db.query<{ v: string }>('SELECT DISTINCT object_type AS v FROM audit_log ORDER BY 1');
  return { actions: actions.rows.map((r) => r.v), objectTypes: types.rows.map((r) => r.v) };
}

export interface ChainVerification {
  ok: boolean;
  /** Rows checked. */
  checked: number;
  /** Last row of the intact chain: record it outside the platform to detect a truncated tail later. */
  lastSeq: number;
  lastHash: string | null;
  firstBreak: ChainBreak | null;
}

/** Walks the whole chain from the first row; stops at the first broken link. */
export async function verifyAuditChain(db: Queryable): Promise<ChainVerification> {
  let previous: { seq: number; hash: string } | null = null;
  let checked = 0;
  for await (const row of auditRows(db, {})) {
    checked++;
    const broken = checkLink(previous, row);
    if (broken)
      return {
        ok: false,
        checked,
        lastSeq: previous?.seq ?? 0,
        lastHash: previous?.hash ?? null,
        firstBreak: broken,
      };
    previous = { seq: row.seq, hash: row.hash };
  }
  return {
    ok: true,
    checked,
    lastSeq: previous?.seq ?? 0,
    lastHash: previous?.hash ?? null,
    firstBreak: null,
  };
}

export const CSV_HEADER = [
  'seq',
  'at',
  'actor_kind',
  'actor_user_id',
  'actor_label',
  'actor_organisation_id',
  'via',
  'credential_id',
  'ip',
  'request_id',
  'action',
  'object_type',
  'object_id',
  'before',
  'after',
  'hash',
];

function jsonCell(value: Json): string | null {
  return value === null ? null : JSON.stringify(value);
}

/** The CSV export as text chunks: BOM + header, then one line per row in chain order. */
export async function* auditCsv(db: Queryable, filter: AuditFilter): AsyncGenerator<string> {
  yield UTF8_BOM + csvLine(CSV_HEADER);
  let chunk = '';
  for await (const r of auditRows(db, filter)) {
    chunk += csvLine([
      r.seq,
      r.at.toISOString(),
      r.actorKind,
      r.actorUserId,
      r.actorLabel,
      r.actorOrganisationId,
      r.via,
      r.credentialId,
      r.ip,
      r.requestId,
      r.action,
      r.objectType,
      r.objectId,
      jsonCell(r.before),
      jsonCell(r.after),
      r.hash,
    ]);
    if (chunk.length >= 64 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
