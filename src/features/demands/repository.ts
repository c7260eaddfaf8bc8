import type { Queryable } from '../../platform/db/database';
import type { ClosedReason, DemandState } from './lifecycle';
import type { DemandInput, EnterpriseSize, Timeline, TransferMode, Visibility } from './questionnaire';

/** Demands, their approvals and transitions: SQL only. Services open the transactions. */

export interface DemandRow {
  id: number;
  organisation_id: number | null;
  enterprise_name: string;
  credit_code: string;
  region_code: string | null;
  industry_code: string | null;
  enterprise_size: EnterpriseSize | null;
  title: string;
  problem: string;
  current_solution: string;
  target_indicators: string;
  desired_field: string;
  desired_ipc: string[];
  sei_codes: string[];
  preferred_modes: TransferMode[];
  budget_min_fen: number | null;
  budget_max_fen: number | null;
  timeline: Timeline | null;
  min_trl: number | null;
  contact_name: string;
  contact_phone: string | null;
  contact_email: string | null;
  visibility: Visibility;
  state: DemandState;
  closed_reason: string | null;
  source: string;
  source_row: number | null;
  created_by_user_id: number | null;
  change_seq: number;
  created_at: Date;
  updated_at: Date;
  /** Organisations the owner approved (private demands), always selected. */
  approved_organisation_ids: number[];
  organisation_name: string | null;
}

/** int8[] arrive as strings from a PostgreSQL server (pg's array parser), numbers from PGlite. */
function withNumericIds<T extends { approved_organisation_ids: (number | string)[] }>(row: T): T {
  return { ...row, approved_organisation_ids: row.approved_organisation_ids.map(Number) };
}

const COLUMNS = `d.id, d.organisation_id, d.enterprise_name, d.credit_code, d.region_code, d.industry_code,
  d.enterprise_size, d.title, d.problem, d.current_solution, d.target_indicators, d.desired_field, d.desired_ipc,
  d.sei_codes, d.preferred_modes, d.budget_min_fen, d.budget_max_fen, d.timeline, d.min_trl, d.contact_name,
  d.contact_phone, d.contact_email, d.visibility, d.state, d.closed_reason, d.source, d.source_row,
  d.created_by_user_id, d.change_seq, d.created_at, d.updated_at,
  ARRAY(SELECT a.organisation_id FROM demand_approvals a WHERE a.demand_id = d.id ORDER BY a.organisation_id)
    AS approved_organisation_ids,
  (SELECT o.name FROM organisations o WHERE o.id = d.organisation_id) AS organisation_name`;

/**
 * The questionnaire's values in column order ($1…$21), absent optionals as null; also what the batch import
 * compares (equal questionnaires give equal arrays).
 */
export function questionnaireParams(d: DemandInput): unknown[] {
  return [
    d.enterpriseName,
    d.creditCode,
    d.regionCode ?? null,
    d.industryCode ?? null,
    d.enterpriseSize ?? null,
    d.title,
    d.problem,
    d.currentSolution,
    d.targetIndicators,
    d.desiredField,
    d.desiredIpc,
    d.seiCodes,
    d.preferredModes,
    d.budgetMinFen ?? null,
    d.budgetMaxFen ?? null,
    d.timeline ?? null,
    d.minTrl ?? null,
    d.contactName,
    d.contactPhone ?? null,
    d.contactEmail ?? null,
    d.visibility,
  ];
}

const QUESTIONNAIRE_COLUMNS = `enterprise_name, credit_code, region_code, industry_code, enterprise_size, title,
  problem, current_solution, target_indicators, desired_field, desired_ipc, sei_codes, preferred_modes,
  budget_min_fen, budget_max_fen, timeline, min_trl, contact_name, contact_phone, contact_email, visibility`;

export async function insertDemand(
  q: Queryable,
  d: DemandInput,
  meta: { organisationId: number | null; userId: number | null; source: string; sourceRow: number | null },
): Promise<number> {
  const params = questionnaireParams(d);
  const res = await q.query<{ id: number }>(
    `INSERT INTO demands (${QUESTIONNAIRE_COLUMNS}, organisation_id, created_by_user_id, source, source_row)
     VALUES (${params.map((_, i) => `$${i + 1}`).join(', ')}, $22, $23, $24, $25) RETURNING id`,
    [...params, meta.organisationId, meta.userId, meta.source, meta.sourceRow],
  );
  return res.rows[0]!.id;
}

/** Replaces the questionnaire; the change sequence moves so matching and push see the new text. */
export async function updateDemandQuestionnaire(q: Queryable, id: number, d: DemandInput): Promise<void> {
  const params = questionnaireParams(d);
  const set = QUESTIONNAIRE_COLUMNS.split(',')
    .map((c, i) => `${c.trim()} = $${i + 2}`)
    .join(', ');
  await q.query(
    `UPDATE demands SET ${set}, change_seq = nextval('demand_change_seq'), updated_at = now() WHERE id = $1`,
    [id, ...params],
  );
}

export async function setDemandState(
  q: Queryable,
  id: number,
  state: DemandState,
  closedReason: string | null,
): Promise<void> {
  await q.query(
    `UPDATE demands SET state = $2, closed_reason = $3, change_seq = nextval('demand_change_seq'), updated_at = now()
      WHERE id = $1`,
    [id, state, closedReason],
  );
}

export async function getDemandRow(
  q: Queryable,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<DemandRow | null> {
  if (options.forUpdate) await q.query('SELECT 1 FROM demands WHERE id = $1 FOR UPDATE', [id]);
  const res = await q.query<DemandRow>(`SELECT ${COLUMNS} FROM demands d WHERE d.id = $1`, [id]);
  return res.rows[0] ? withNumericIds(res.rows[0]) : null;
}

export async function getDemandRows(q: Queryable, ids: readonly number[]): Promise<DemandRow[]> {
  if (ids.length === 0) return [];
  const res = await q.query<DemandRow>(`SELECT ${COLUMNS} FROM demands d WHERE d.id = ANY($1::bigint[])`, [
    [...ids],
  ]);
  return res.rows.map(withNumericIds);
}

/** Who is asking, for the visibility rule of accounts/permissions.ts `demand.read` written as SQL. */
export interface Viewer {
  organisationId: number | null;
  /** The IP administration (organisation kind government) sees every demand. */
  seesAll: boolean;
  /** Service organisations see the private demands imported for enterprises without an account. */
  seesUnclaimed: boolean;
}

export interface DemandFilter {
  /** Only demands of the viewer's organisation. */
  mine?: boolean;
  states?: readonly DemandState[];
  /** GB/T 2260 prefix ('41' finds every demand in Henan). */
  regionCode?: string;
  /** GB/T 4754 prefix ('C38'). */
  industryCode?: string;
  visibility?: Visibility;
  modes?: readonly TransferMode[];
  /** Words in the title, problem or enterprise name. */
  q?: string;
}

/**
 * Demands the viewer may read (public; own; approved; everything for the administration), filtered, newest
 * first. Mirrors `authorize(actor, 'demand.read', …)`; the service tests check both agree.
 */
export async function queryDemands(
  q: Queryable,
  viewer: Viewer,
  f: DemandFilter,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: DemandRow[] }> {
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const conds: string[] = [];
  if (!viewer.seesAll) {
    const org = p(viewer.organisationId);
    conds.push(
      `(d.visibility = 'public' OR d.organisation_id = ${org}::bigint
        OR EXISTS (SELECT 1 FROM demand_approvals a WHERE a.demand_id = d.id AND a.organisation_id = ${org}::bigint)
        ${viewer.seesUnclaimed ? 'OR d.organisation_id IS NULL' : ''})`,
    );
  }
  if (f.mine) conds.push(`d.organisation_id = ${p(viewer.organisationId)}::bigint`);
  if (f.states?.length) conds.push(`d.state = ANY(${p([...f.states])}::text[])`);
  if (f.regionCode) conds.push(`d.region_code LIKE ${p(`${f.regionCode}%`)}`);
  if (f.industryCode) conds.push(`d.industry_code LIKE ${p(`${f.industryCode}%`)}`);
  if (f.visibility) conds.push(`d.visibility = ${p(f.visibility)}`);
  if (f.modes?.length) conds.push(`d.preferred_modes && ${p([...f.modes])}::text[]`);
  if (f.q) {
    const x = p(`%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
    conds.push(`(d.title ILIKE ${x} OR d.problem ILIKE ${x} OR d.enterprise_name ILIKE ${x})`);
  }
  const where = conds.length ? `WHERE ${conds.join(' AND ')}` : '';
  const total = await q.query<{ n: number }>(`SELECT count(*)::int8 AS n FROM demands d ${where}`, params);
  const rows = await q.query<DemandRow>(
    `SELECT ${COLUMNS} FROM demands d ${where} ORDER BY d.created_at DESC, d.id DESC
      LIMIT ${p(page.limit)} OFFSET ${p(page.offset)}`,
    params,
  );
  return { total: total.rows[0]?.n ?? 0, rows: rows.rows.map(withNumericIds) };
}

/**
 * A demand the batch import wrote before: same enterprise (owner and credit code) and title. Owner null: a
 * demand imported for an enterprise without an account.
 */
export async function findImported(
  q: Queryable,
  organisationId: number | null,
  creditCode: string,
  title: string,
): Promise<DemandRow | null> {
  const owner = organisationId === null ? 'd.organisation_id IS NULL' : 'd.organisation_id = $3';
  const res = await q.query<DemandRow>(
    `SELECT ${COLUMNS} FROM demands d WHERE ${owner} AND d.credit_code = $1 AND d.title = $2
      ORDER BY d.id LIMIT 1`,
    organisationId === null ? [creditCode, title] : [creditCode, title, organisationId],
  );
  return res.rows[0] ? withNumericIds(res.rows[0]) : null;
}

export async function addApproval(q: Queryable, demandId: number, organisationId: number): Promise<boolean> {
  const res = await q.query(
    `INSERT INTO demand_approvals (demand_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
    [demandId, organisationId],
  );
  return res.rowCount > 0;
}

export async function removeApproval(
  q: Queryable,
  demandId: number,
  organisationId: number,
): Promise<boolean> {
  const res = await q.query('DELETE FROM demand_approvals WHERE demand_id = $1 AND organisation_id = $2', [
    demandId,
    organisationId,
  ]);
  return res.rowCount > 0;
}

export interface ApprovalRow {
  organisation_id: number;
  name: string;
  kind: string;
  approved_at: Date;
}

export async function listApprovals(q: Queryable, demandId: number): Promise<ApprovalRow[]> {
  const res = await q.query<ApprovalRow>(
    `SELECT a.organisation_id, o.name, o.kind, a.approved_at FROM demand_approvals a
       JOIN organisations o ON o.id = a.organisation_id WHERE a.demand_id = $1 ORDER BY a.approved_at, o.id`,
    [demandId],
  );
  return res.rows;
}

export interface OrganisationRow {
  id: number;
  name: string;
  kind: string;
  credit_code: string | null;
  region_code: string | null;
}

export async function organisation(q: Queryable, id: number): Promise<OrganisationRow | null> {
  const res = await q.query<OrganisationRow>(
    'SELECT id, name, kind, credit_code, region_code FROM organisations WHERE id = $1',
    [id],
  );
  return res.rows[0] ? { ...res.rows[0], id: Number(res.rows[0].id) } : null;
}

/** The organisation registered under a 统一社会信用代码, if any (the code is unique among organisations). */
export async function organisationByCreditCode(
  q: Queryable,
  creditCode: string,
): Promise<OrganisationRow | null> {
  const res = await q.query<OrganisationRow>(
    'SELECT id, name, kind, credit_code, region_code FROM organisations WHERE credit_code = $1',
    [creditCode],
  );
  return res.rows[0] ? { ...res.rows[0], id: Number(res.rows[0].id) } : null;
}

export interface TransitionRow {
  id: number;
  from_state: DemandState;
  to_state: DemandState;
  reason: string | null;
  user_id: number | null;
  at: Date;
}

export async function insertTransition(
  q: Queryable,
  t: { demandId: number; from: DemandState; to: DemandState; reason: string | null; userId: number | null },
): Promise<void> {
  await q.query(
    'INSERT INTO demand_transitions (demand_id, from_state, to_state, reason, user_id) VALUES ($1, $2, $3, $4, $5)',
    [t.demandId, t.from, t.to, t.reason, t.userId],
  );
}

export async function listTransitions(q: Queryable, demandId: number): Promise<TransitionRow[]> {
  const res = await q.query<TransitionRow>(
    'SELECT id, from_state, to_state, reason, user_id, at FROM demand_transitions WHERE demand_id = $1 ORDER BY id',
    [demandId],
  );
  return res.rows;
}

/** `closed_reason` is stored as the code, with the free text after a colon ('other: moved abroad'). */
export function closedReasonText(code: ClosedReason, note: string | null): string {
  return note?.trim() ? `${code}: ${note.trim()}` : code;
}

// Matching and push: demands by change sequence, and their stored embeddings -----------------------------

export interface DemandTextRow {
  id: number;
  change_seq: number;
  organisation_id: number | null;
  title: string;
  problem: string;
  current_solution: string;
  target_indicators: string;
  desired_field: string;
  desired_ipc: string[];
  sei_codes: string[];
  industry_code: string | null;
  region_code: string | null;
  preferred_modes: TransferMode[];
  min_trl: number | null;
  visibility: Visibility;
  state: DemandState;
  approved_organisation_ids: number[];
  embedding: Uint8Array | null;
  embedding_model: string | null;
  embedding_hash: number | null;
}

const TEXT_COLUMNS = `d.id, d.change_seq, d.organisation_id, d.title, d.problem, d.current_solution,
  d.target_indicators, d.desired_field, d.desired_ipc, d.sei_codes, d.industry_code, d.region_code,
  d.preferred_modes, d.min_trl, d.visibility, d.state,
  ARRAY(SELECT a.organisation_id FROM demand_approvals a WHERE a.demand_id = d.id ORDER BY a.organisation_id)
    AS approved_organisation_ids,
  d.embedding, d.embedding_model, d.embedding_hash`;

/** Demands written after `seq`, in sequence order, at most `limit`. */
export async function demandsChangedSince(
  q: Queryable,
  seq: number,
  limit: number,
): Promise<DemandTextRow[]> {
  const res = await q.query<DemandTextRow>(
    `SELECT ${TEXT_COLUMNS} FROM demands d WHERE d.change_seq > $1 ORDER BY d.change_seq LIMIT ${limit}`,
    [seq],
  );
  return res.rows.map(withNumericIds);
}

export async function demandTexts(q: Queryable, ids: readonly number[]): Promise<DemandTextRow[]> {
  if (ids.length === 0) return [];
  const res = await q.query<DemandTextRow>(
    `SELECT ${TEXT_COLUMNS} FROM demands d WHERE d.id = ANY($1::bigint[])`,
    [[...ids]],
  );
  return res.rows.map(withNumericIds);
}

/** Stores a demand's embedding. Derived data: the change sequence does not move (nothing a reader sees changed). */
export async function storeEmbedding(
  q: Queryable,
  id: number,
  e: { bytes: Uint8Array; model: string; hash: number },
): Promise<void> {
  await q.query(
    'UPDATE demands SET embedding = $2, embedding_model = $3, embedding_hash = $4 WHERE id = $1',
    [id, e.bytes, e.model, e.hash],
  );
}

export async function currentDemandSeq(q: Queryable): Promise<number> {
  const res = await q.query<{ n: number | null }>('SELECT max(change_seq)::int8 AS n FROM demands');
  return res.rows[0]?.n ?? 0;
}

/** A change of who may see a demand (approvals) moves its sequence, so the matching index catches up. */
export async function touchDemand(q: Queryable, id: number): Promise<void> {
  await q.query(
    `UPDATE demands SET change_seq = nextval('demand_change_seq'), updated_at = now() WHERE id = $1`,
    [id],
  );
}
