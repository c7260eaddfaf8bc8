import type { Queryable } from '../../platform/db/database';
import type { LocalDate } from './calendarDate';
import type { LegalStatus, PatentType, SuspensionKind } from './eligibility';
import type { LicenceKind } from './licenceScope';
import type { Checklist, DeclarationState, LifecycleAction, LifecycleRole } from './lifecycle';
import type { PaymentMode, PaymentTerms, RoyaltyBase } from './paymentTerms';

/** SQL of the open-licence feature and nothing else. Every function takes the db or a transaction. */

// ---------------------------------------------------------------------------------------------------
// Patent facts. The patents feature exports no read function for these yet, so this is a narrowly
// named query over the `patents` and `patent_owners` columns the open-licence rules need, read-only.

export interface OpenLicencePatentRow {
  id: number;
  applicationNumber: string | null;
  publicationNumber: string | null;
  grantNumber: string | null;
  patentType: PatentType;
  title: string;
  filingDate: LocalDate | null;
  grantDate: LocalDate | null;
  expiryDate: LocalDate | null;
  legalStatus: LegalStatus;
  feePaidUntil: LocalDate | null;
  patentees: string[];
  ownerOrganisationIds: number[];
  mainIpc: string | null;
  ipcCodes: string[];
  industryCodes: string[];
  seiCodes: string[];
  regionCode: string | null;
  changeSeq: number;
}

const PATENT_COLUMNS = `
  p.id, p.application_number AS "applicationNumber", p.publication_number AS "publicationNumber",
  p.grant_number AS "grantNumber", p.patent_type AS "patentType", p.title, p.filing_date AS "filingDate",
  p.grant_date AS "grantDate", p.expiry_date AS "expiryDate", p.legal_status AS "legalStatus",
  p.fee_paid_until AS "feePaidUntil", p.patentees,
  ARRAY(SELECT o.organisation_id FROM patent_owners o
        WHERE o.patent_id = p.id AND o.organisation_id IS NOT NULL ORDER BY o.position) AS "ownerOrganisationIds",
  p.main_ipc AS "mainIpc", p.ipc_codes AS "ipcCodes", p.industry_codes AS "industryCodes",
  p.sei_codes AS "seiCodes", p.region_code AS "regionCode", p.change_seq AS "changeSeq"`;

export async function readPatentsForOpenLicence(
  q: Queryable,
  ids: readonly number[],
): Promise<OpenLicencePatentRow[]> {
  if (ids.length === 0) return [];
  const res = await q.query<OpenLicencePatentRow>(
    `SELECT ${PATENT_COLUMNS} FROM patents p WHERE p.id = ANY($1::bigint[]) ORDER BY p.id`,
    [ids],
  );
  return res.rows.map(withNumericOwners);
}

/** node-postgres returns int8[] elements as strings (only scalar int8 has a parser); ids are safe integers. */
function withNumericOwners<T extends { ownerOrganisationIds: unknown[] }>(row: T): T {
  return { ...row, ownerOrganisationIds: row.ownerOrganisationIds.map(Number) };
}

/** Patent id by canonical application number, publication number or grant number. */
export async function findPatentIdByNumber(
  q: Queryable,
  number: { applicationNumber?: string; publicationNumber?: string },
): Promise<number | null> {
  const res = await q.query<{ id: number }>(
    `SELECT id FROM patents
      WHERE ($1::text IS NOT NULL AND application_number = $1)
         OR ($2::text IS NOT NULL AND (publication_number = $2 OR grant_number = $2))
      ORDER BY id LIMIT 1`,
    [number.applicationNumber ?? null, number.publicationNumber ?? null],
  );
  return res.rows[0]?.id ?? null;
}

export async function patentIdsChangedSince(q: Queryable, changeSeq: number): Promise<number[]> {
  const res = await q.query<{ id: number }>('SELECT id FROM patents WHERE change_seq > $1', [changeSeq]);
  return res.rows.map((r) => r.id);
}

// ---------------------------------------------------------------------------------------------------
// Encumbrances: licences, pledges, suspensions, evaluation reports.

export interface LicenceRow {
  id: number;
  patentId: number;
  kind: LicenceKind;
  licensorName: string;
  licensorOrganisationId: number | null;
  licenseeName: string;
  licenseeOrganisationId: number | null;
  startDate: LocalDate;
  endDate: LocalDate | null;
  territory: string[];
  field: string | null;
  effectiveDate: LocalDate;
  filingDeadline: LocalDate;
  filingStatus: 'not_filed' | 'filed' | 'refused';
  filingNumber: string | null;
  filedOn: LocalDate | null;
  remindersSent: number[];
  feeDescription: string;
  feeAmountFen: number | null;
  declarationId: number | null;
  source: 'open_licence_uptake' | 'recorded';
  createdAt: Date;
}

const LICENCE_COLUMNS = `
  id, patent_id AS "patentId", kind, licensor_name AS "licensorName",
  licensor_organisation_id AS "licensorOrganisationId", licensee_name AS "licenseeName",
  licensee_organisation_id AS "licenseeOrganisationId", start_date AS "startDate", end_date AS "endDate",
  territory, field, effective_date AS "effectiveDate", filing_deadline AS "filingDeadline",
  filing_status AS "filingStatus", filing_number AS "filingNumber", filed_on AS "filedOn",
  reminders_sent AS "remindersSent", fee_description AS "feeDescription", fee_amount_fen AS "feeAmountFen",
  declaration_id AS "declarationId", source, created_at AS "createdAt"`;

export type NewLicence = Omit<
  LicenceRow,
  'id' | 'filingStatus' | 'filingNumber' | 'filedOn' | 'remindersSent' | 'createdAt'
> & { createdByUserId: number | null };

export async function insertLicence(q: Queryable, l: NewLicence): Promise<LicenceRow> {
  const res = await q.query<LicenceRow>(
    `INSERT INTO licences (patent_id, kind, licensor_name, licensor_organisation_id, licensee_name,
       licensee_organisation_id, start_date, end_date, territory, field, effective_date, filing_deadline,
       fee_description, fee_amount_fen, declaration_id, source, created_by_user_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
     RETURNING ${LICENCE_COLUMNS}`,
    [
      l.patentId,
      l.kind,
      l.licensorName,
      l.licensorOrganisationId,
      l.licenseeName,
      l.licenseeOrganisationId,
      l.startDate,
      l.endDate,
      l.territory,
      l.field,
      l.effectiveDate,
      l.filingDeadline,
      l.feeDescription,
      l.feeAmountFen,
      l.declarationId,
      l.source,
      l.createdByUserId,
    ],
  );
  return res.rows[0]!;
}

export async function readLicencesOf(q: Queryable, patentId: number): Promise<LicenceRow[]> {
  const res = await q.query<LicenceRow>(
    `SELECT ${LICENCE_COLUMNS} FROM licences WHERE patent_id = $1 ORDER BY start_date, id`,
    [patentId],
  );
  return res.rows;
}

export async function getLicence(q: Queryable, id: number): Promise<LicenceRow | null> {
  const res = await q.query<LicenceRow>(`SELECT ${LICENCE_COLUMNS} FROM licences WHERE id = $1`, [id]);
  return res.rows[0] ?? null;
}

/** Licences where the organisation is licensor or licensee, newest first. */
export async function listLicencesOfOrganisation(
  q: Queryable,
  organisationId: number,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: LicenceRow[] }> {
  const total = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM licences
      WHERE licensor_organisation_id = $1 OR licensee_organisation_id = $1
         OR patent_id IN (SELECT patent_id FROM patent_owners WHERE organisation_id = $1)`,
    [organisationId],
  );
  const res = await q.query<LicenceRow>(
    `SELECT ${LICENCE_COLUMNS} FROM licences
      WHERE licensor_organisation_id = $1 OR licensee_organisation_id = $1
         OR patent_id IN (SELECT patent_id FROM patent_owners WHERE organisation_id = $1)
      ORDER BY effective_date DESC, id DESC LIMIT $2 OFFSET $3`,
    [organisationId, page.limit, page.offset],
  );
  return { total: total.rows[0]?.n ?? 0, rows: res.rows };
}

export async function setLicenceFiling(
  q: Queryable,
  id: number,
  filing: { status: 'filed' | 'refused' | 'not_filed'; number: string | null; filedOn: LocalDate | null },
): Promise<LicenceRow> {
  const res = await q.query<LicenceRow>(
    `UPDATE licences SET filing_status = $2, filing_number = $3, filed_on = $4, updated_at = now()
      WHERE id = $1 RETURNING ${LICENCE_COLUMNS}`,
    [id, filing.status, filing.number, filing.filedOn],
  );
  return res.rows[0]!;
}

/** Unfiled licences whose earliest reminder point has been reached. */
export async function licencesAwaitingFiling(q: Queryable, remindFrom: LocalDate): Promise<LicenceRow[]> {
  const res = await q.query<LicenceRow>(
    `SELECT ${LICENCE_COLUMNS} FROM licences
      WHERE filing_status = 'not_filed' AND filing_deadline <= $1
      ORDER BY filing_deadline, id FOR UPDATE SKIP LOCKED`,
    [remindFrom],
  );
  return res.rows;
}

export async function addReminderSent(q: Queryable, id: number, value: number): Promise<void> {
  await q.query('UPDATE licences SET reminders_sent = array_append(reminders_sent, $2::int) WHERE id = $1', [
    id,
    value,
  ]);
}

export interface PledgeRow {
  id: number;
  patentId: number;
  pledgor: string;
  pledgee: string;
  pledgeeOrganisationId: number | null;
  registrationNumber: string | null;
  registeredOn: LocalDate;
  releasedOn: LocalDate | null;
  /** Latest recorded written consent of the pledgee to an open licence. */
  pledgeeConsentOn: LocalDate | null;
  consentDocumentRef: string | null;
}

const PLEDGE_SELECT = `
  SELECT p.id, p.patent_id AS "patentId", p.pledgor, p.pledgee, p.pledgee_organisation_id AS "pledgeeOrganisationId",
         p.registration_number AS "registrationNumber", p.registered_on AS "registeredOn",
         p.released_on AS "releasedOn", c.consented_on AS "pledgeeConsentOn", c.document_ref AS "consentDocumentRef"
    FROM pledges p
    LEFT JOIN LATERAL (SELECT consented_on, document_ref FROM pledgee_consents
                        WHERE pledge_id = p.id ORDER BY consented_on DESC, id DESC LIMIT 1) c ON true`;

export async function readPledgesOf(q: Queryable, patentId: number): Promise<PledgeRow[]> {
  const res = await q.query<PledgeRow>(
    `${PLEDGE_SELECT} WHERE p.patent_id = $1 ORDER BY p.registered_on, p.id`,
    [patentId],
  );
  return res.rows;
}

export async function getPledge(q: Queryable, id: number): Promise<PledgeRow | null> {
  const res = await q.query<PledgeRow>(`${PLEDGE_SELECT} WHERE p.id = $1`, [id]);
  return res.rows[0] ?? null;
}

export async function insertPledge(
  q: Queryable,
  p: Omit<PledgeRow, 'id' | 'pledgeeConsentOn' | 'consentDocumentRef' | 'releasedOn'> & {
    createdByUserId: number | null;
  },
): Promise<number> {
  const res = await q.query<{ id: number }>(
    `INSERT INTO pledges (patent_id, pledgor, pledgee, pledgee_organisation_id, registration_number, registered_on,
       created_by_user_id) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      p.patentId,
      p.pledgor,
      p.pledgee,
      p.pledgeeOrganisationId,
      p.registrationNumber,
      p.registeredOn,
      p.createdByUserId,
    ],
  );
  return res.rows[0]!.id;
}

export async function releasePledge(q: Queryable, id: number, releasedOn: LocalDate): Promise<void> {
  await q.query('UPDATE pledges SET released_on = $2 WHERE id = $1', [id, releasedOn]);
}

export async function insertPledgeeConsent(
  q: Queryable,
  c: { pledgeId: number; consentedOn: LocalDate; documentRef: string; recordedByUserId: number | null },
): Promise<number> {
  const res = await q.query<{ id: number }>(
    `INSERT INTO pledgee_consents (pledge_id, consented_on, document_ref, recorded_by_user_id)
     VALUES ($1, $2, $3, $4) RETURNING id`,
    [c.pledgeId, c.consentedOn, c.documentRef, c.recordedByUserId],
  );
  return res.rows[0]!.id;
}

export interface PatentSuspensionRow {
  id: number;
  patentId: number;
  kind: SuspensionKind;
  startDate: LocalDate;
  endDate: LocalDate | null;
  reference: string;
  note: string | null;
}

const SUSPENSION_COLUMNS = `id, patent_id AS "patentId", kind, start_date AS "startDate", end_date AS "endDate", reference, note`;

export async function readSuspensionsOf(q: Queryable, patentId: number): Promise<PatentSuspensionRow[]> {
  const res = await q.query<PatentSuspensionRow>(
    `SELECT ${SUSPENSION_COLUMNS} FROM patent_suspensions WHERE patent_id = $1 ORDER BY start_date, id`,
    [patentId],
  );
  return res.rows;
}

export async function getPatentSuspension(q: Queryable, id: number): Promise<PatentSuspensionRow | null> {
  const res = await q.query<PatentSuspensionRow>(
    `SELECT ${SUSPENSION_COLUMNS} FROM patent_suspensions WHERE id = $1`,
    [id],
  );
  return res.rows[0] ?? null;
}

export async function insertPatentSuspension(
  q: Queryable,
  s: Omit<PatentSuspensionRow, 'id'> & { createdByUserId: number | null },
): Promise<PatentSuspensionRow> {
  const res = await q.query<PatentSuspensionRow>(
    `INSERT INTO patent_suspensions (patent_id, kind, start_date, end_date, reference, note, created_by_user_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${SUSPENSION_COLUMNS}`,
    [s.patentId, s.kind, s.startDate, s.endDate, s.reference, s.note, s.createdByUserId],
  );
  return res.rows[0]!;
}

export async function endPatentSuspension(q: Queryable, id: number, endDate: LocalDate): Promise<void> {
  await q.query('UPDATE patent_suspensions SET end_date = $2 WHERE id = $1', [id, endDate]);
}

export interface EvaluationReportRow {
  id: number;
  patentId: number;
  reportNumber: string;
  issuedOn: LocalDate | null;
  conclusion: string | null;
}

export async function readEvaluationReport(
  q: Queryable,
  patentId: number,
): Promise<EvaluationReportRow | null> {
  const res = await q.query<EvaluationReportRow>(
    `SELECT id, patent_id AS "patentId", report_number AS "reportNumber", issued_on AS "issuedOn", conclusion
       FROM evaluation_reports WHERE patent_id = $1`,
    [patentId],
  );
  return res.rows[0] ?? null;
}

/** Regs Art. 62–63: one report per patent; a second record replaces the first (a corrected entry). */
export async function upsertEvaluationReport(
  q: Queryable,
  r: Omit<EvaluationReportRow, 'id'> & { createdByUserId: number | null },
): Promise<EvaluationReportRow> {
  const res = await q.query<EvaluationReportRow>(
    `INSERT INTO evaluation_reports (patent_id, report_number, issued_on, conclusion, created_by_user_id)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (patent_id) DO UPDATE SET report_number = EXCLUDED.report_number,
       issued_on = EXCLUDED.issued_on, conclusion = EXCLUDED.conclusion
     RETURNING id, patent_id AS "patentId", report_number AS "reportNumber", issued_on AS "issuedOn", conclusion`,
    [r.patentId, r.reportNumber, r.issuedOn, r.conclusion, r.createdByUserId],
  );
  return res.rows[0]!;
}

// ---------------------------------------------------------------------------------------------------
// Declarations.

export interface DeclarationContent {
  patentees: string[];
  paymentTerms: PaymentTerms;
  paymentMode: PaymentMode;
  fixedFeeFen: number | null;
  royaltyBase: RoyaltyBase | null;
  royaltyRateBp: number | null;
  termStart: LocalDate;
  termEnd: LocalDate;
  territory: string[];
  field: string | null;
  otherMatters: string;
  contact: string | null;
}

export interface DeclarationRow extends DeclarationContent {
  id: number;
  patentId: number;
  state: DeclarationState;
  declaredByOrganisationId: number | null;
  createdByUserId: number | null;
  checklist: Checklist | null;
  lastCheck: unknown;
  lastCheckedOn: LocalDate | null;
  publishedOn: LocalDate | null;
  suspendedBy: 'system' | 'user' | null;
  withdrawnOn: LocalDate | null;
  writtenWithdrawal: string | null;
  batchId: string | null;
  batchRow: number | null;
  createdAt: Date;
  updatedAt: Date;
}

const DECLARATION_COLUMNS = `
  d.id, d.patent_id AS "patentId", d.state, d.patentees, d.payment_terms AS "paymentTerms",
  d.payment_mode AS "paymentMode", d.fixed_fee_fen AS "fixedFeeFen", d.royalty_base AS "royaltyBase",
  d.royalty_rate_bp AS "royaltyRateBp", d.term_start AS "termStart", d.term_end AS "termEnd", d.territory,
  d.field, d.other_matters AS "otherMatters", d.contact, d.declared_by_organisation_id AS "declaredByOrganisationId",
  d.created_by_user_id AS "createdByUserId", d.checklist, d.last_check AS "lastCheck",
  d.last_checked_on AS "lastCheckedOn", d.published_on AS "publishedOn", d.suspended_by AS "suspendedBy",
  d.withdrawn_on AS "withdrawnOn", d.written_withdrawal AS "writtenWithdrawal", d.batch_id AS "batchId",
  d.batch_row AS "batchRow", d.created_at AS "createdAt", d.updated_at AS "updatedAt"`;

/** The content columns in the order insertDeclaration and updateDeclarationContent bind them ($2–$13). */
function contentParams(d: DeclarationContent): unknown[] {
  return [
    d.patentees,
    JSON.stringify(d.paymentTerms),
    d.paymentMode,
    d.fixedFeeFen,
    d.royaltyBase,
    d.royaltyRateBp,
    d.termStart,
    d.termEnd,
    d.territory,
    d.field,
    d.otherMatters,
    d.contact,
  ];
}

export async function insertDeclaration(
  q: Queryable,
  d: DeclarationContent & {
    patentId: number;
    declaredByOrganisationId: number | null;
    createdByUserId: number | null;
    batchId: string | null;
    batchRow: number | null;
  },
): Promise<DeclarationRow> {
  const res = await q.query<DeclarationRow>(
    `INSERT INTO open_licence_declarations AS d (patent_id, patentees, payment_terms, payment_mode, fixed_fee_fen,
       royalty_base, royalty_rate_bp, term_start, term_end, territory, field, other_matters, contact,
       declared_by_organisation_id, created_by_user_id, batch_id, batch_row)
     VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
     RETURNING ${DECLARATION_COLUMNS}`,
    [d.patentId, ...contentParams(d), d.declaredByOrganisationId, d.createdByUserId, d.batchId, d.batchRow],
  );
  return res.rows[0]!;
}

export async function updateDeclarationContent(
  q: Queryable,
  id: number,
  d: DeclarationContent,
): Promise<DeclarationRow> {
  const res = await q.query<DeclarationRow>(
    `UPDATE open_licence_declarations AS d SET patentees = $2, payment_terms = $3::jsonb, payment_mode = $4,
       fixed_fee_fen = $5, royalty_base = $6, royalty_rate_bp = $7, term_start = $8, term_end = $9, territory = $10,
       field = $11, other_matters = $12, contact = $13, updated_at = now()
     WHERE id = $1 RETURNING ${DECLARATION_COLUMNS}`,
    [id, ...contentParams(d)],
  );
  return res.rows[0]!;
}

export async function getDeclaration(
  q: Queryable,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<DeclarationRow | null> {
  const res = await q.query<DeclarationRow>(
    `SELECT ${DECLARATION_COLUMNS} FROM open_licence_declarations d WHERE d.id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return res.rows[0] ?? null;
}

export interface StatePatch {
  state: DeclarationState;
  checklist?: Checklist | null;
  lastCheck?: unknown;
  lastCheckedOn?: LocalDate;
  publishedOn?: LocalDate | null;
  suspendedBy?: 'system' | 'user' | null;
  withdrawnOn?: LocalDate | null;
  writtenWithdrawal?: string | null;
}

export async function updateDeclarationState(
  q: Queryable,
  id: number,
  patch: StatePatch,
): Promise<DeclarationRow> {
  const sets: string[] = ['state = $2', 'updated_at = now()'];
  const params: unknown[] = [id, patch.state];
  const add = (column: string, value: unknown, cast = '') => {
    params.push(value);
    sets.push(`${column} = $${params.length}${cast}`);
  };
  if (patch.checklist !== undefined)
    add('checklist', patch.checklist === null ? null : JSON.stringify(patch.checklist), '::jsonb');
  if (patch.lastCheck !== undefined) add('last_check', JSON.stringify(patch.lastCheck), '::jsonb');
  if (patch.lastCheckedOn !== undefined) add('last_checked_on', patch.lastCheckedOn);
  if (patch.publishedOn !== undefined) add('published_on', patch.publishedOn);
  if (patch.suspendedBy !== undefined) add('suspended_by', patch.suspendedBy);
  if (patch.withdrawnOn !== undefined) add('withdrawn_on', patch.withdrawnOn);
  if (patch.writtenWithdrawal !== undefined) add('written_withdrawal', patch.writtenWithdrawal);
  const res = await q.query<DeclarationRow>(
    `UPDATE open_licence_declarations AS d SET ${sets.join(', ')} WHERE id = $1 RETURNING ${DECLARATION_COLUMNS}`,
    params,
  );
  return res.rows[0]!;
}

export async function recordCheck(q: Queryable, id: number, check: unknown, on: LocalDate): Promise<void> {
  await q.query(
    'UPDATE open_licence_declarations SET last_check = $2::jsonb, last_checked_on = $3 WHERE id = $1',
    [id, JSON.stringify(check), on],
  );
}

export async function hasOtherActiveDeclaration(
  q: Queryable,
  patentId: number,
  exceptId: number | null,
): Promise<boolean> {
  const res = await q.query(
    `SELECT 1 FROM open_licence_declarations
      WHERE patent_id = $1 AND state NOT IN ('withdrawn', 'ended') AND ($2::bigint IS NULL OR id <> $2) LIMIT 1`,
    [patentId, exceptId],
  );
  return res.rowCount > 0;
}

/** The declaration on the patent whose open licence counts as in force (published or suspended), if any. */
export async function declarationInForceOn(q: Queryable, patentId: number): Promise<DeclarationRow | null> {
  const res = await q.query<DeclarationRow>(
    `SELECT ${DECLARATION_COLUMNS} FROM open_licence_declarations d
      WHERE d.patent_id = $1 AND d.state IN ('published', 'suspended') LIMIT 1`,
    [patentId],
  );
  return res.rows[0] ?? null;
}

/** Published or suspended declarations, optionally only on the given patents (for re-verification). */
export async function declarationIdsToReverify(
  q: Queryable,
  patentIds: readonly number[] | null,
): Promise<number[]> {
  const res = await q.query<{ id: number }>(
    `SELECT id FROM open_licence_declarations
      WHERE state IN ('published', 'suspended') AND ($1::bigint[] IS NULL OR patent_id = ANY($1::bigint[]))
      ORDER BY id`,
    [patentIds],
  );
  return res.rows.map((r) => r.id);
}

export interface QueueFilter {
  states: DeclarationState[];
  organisationId?: number;
  limit: number;
  offset: number;
}

export async function listDeclarations(
  q: Queryable,
  f: QueueFilter,
): Promise<{
  total: number;
  rows: (DeclarationRow & { patentTitle: string; applicationNumber: string | null })[];
}> {
  const params: unknown[] = [f.states];
  let where = 'd.state = ANY($1::text[])';
  if (f.organisationId !== undefined) {
    params.push(f.organisationId);
    where += ` AND (d.declared_by_organisation_id = $${params.length}
                OR d.patent_id IN (SELECT patent_id FROM patent_owners WHERE organisation_id = $${params.length}))`;
  }
  const total = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM open_licence_declarations d WHERE ${where}`,
    params,
  );
  const res = await q.query<DeclarationRow & { patentTitle: string; applicationNumber: string | null }>(
    `SELECT ${DECLARATION_COLUMNS}, p.title AS "patentTitle", p.application_number AS "applicationNumber"
       FROM open_licence_declarations d JOIN patents p ON p.id = d.patent_id
      WHERE ${where} ORDER BY d.updated_at, d.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, f.limit, f.offset],
  );
  return { total: total.rows[0]?.n ?? 0, rows: res.rows };
}

export interface CoOwnerConsentRow {
  id: number;
  declarationId: number;
  patenteeName: string;
  consentedOn: LocalDate;
  documentRef: string;
}

export async function upsertCoOwnerConsent(
  q: Queryable,
  c: Omit<CoOwnerConsentRow, 'id'> & { recordedByUserId: number | null },
): Promise<void> {
  await q.query(
    `INSERT INTO open_licence_co_owner_consents (declaration_id, patentee_name, consented_on, document_ref,
       recorded_by_user_id) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (declaration_id, patentee_name) DO UPDATE SET consented_on = EXCLUDED.consented_on,
       document_ref = EXCLUDED.document_ref, recorded_by_user_id = EXCLUDED.recorded_by_user_id`,
    [c.declarationId, c.patenteeName, c.consentedOn, c.documentRef, c.recordedByUserId],
  );
}

export async function listCoOwnerConsents(q: Queryable, declarationId: number): Promise<CoOwnerConsentRow[]> {
  const res = await q.query<CoOwnerConsentRow>(
    `SELECT id, declaration_id AS "declarationId", patentee_name AS "patenteeName", consented_on AS "consentedOn",
            document_ref AS "documentRef"
       FROM open_licence_co_owner_consents WHERE declaration_id = $1 ORDER BY id`,
    [declarationId],
  );
  return res.rows;
}

export interface TransitionRow {
  id: number;
  declarationId: number;
  action: LifecycleAction | 'create';
  fromState: DeclarationState | null;
  toState: DeclarationState;
  actorKind: 'user' | 'system';
  actorRole: LifecycleRole;
  actorUserId: number | null;
  actorOrganisationId: number | null;
  actorLabel: string;
  at: Date;
  onDate: LocalDate;
  reason: string | null;
  details: unknown;
}

export async function insertTransition(
  q: Queryable,
  t: Omit<TransitionRow, 'id' | 'at'> & { at: Date },
): Promise<void> {
  await q.query(
    `INSERT INTO open_licence_transitions (declaration_id, action, from_state, to_state, actor_kind, actor_role,
       actor_user_id, actor_organisation_id, actor_label, at, on_date, reason, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb)`,
    [
      t.declarationId,
      t.action,
      t.fromState,
      t.toState,
      t.actorKind,
      t.actorRole,
      t.actorUserId,
      t.actorOrganisationId,
      t.actorLabel,
      t.at,
      t.onDate,
      t.reason,
      t.details === undefined || t.details === null ? null : JSON.stringify(t.details),
    ],
  );
}

export async function listTransitions(q: Queryable, declarationId: number): Promise<TransitionRow[]> {
  const res = await q.query<TransitionRow>(
    `SELECT id, declaration_id AS "declarationId", action, from_state AS "fromState", to_state AS "toState",
            actor_kind AS "actorKind", actor_role AS "actorRole", actor_user_id AS "actorUserId",
            actor_organisation_id AS "actorOrganisationId", actor_label AS "actorLabel", at, on_date AS "onDate",
            reason, details
       FROM open_licence_transitions WHERE declaration_id = $1 ORDER BY id`,
    [declarationId],
  );
  return res.rows;
}

// ---------------------------------------------------------------------------------------------------
// The public pool.

export interface PoolFilter {
  q?: string;
  industry?: string;
  ipc?: string;
  sei?: string;
  region?: string;
  paymentMode?: PaymentMode;
  feeMinFen?: number;
  feeMaxFen?: number;
  maxRateBp?: number;
  institutionId?: number;
  institution?: string;
  patentType?: PatentType;
  /** Published on or after (feeds). */
  publishedSince?: LocalDate;
}

export interface PoolRow extends DeclarationRow {
  patent: OpenLicencePatentRow;
}

function poolWhere(f: PoolFilter): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const conds: string[] = ["d.state = 'published'"];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.q) {
    const x = p(`%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
    conds.push(
      `(p.title ILIKE ${x} OR coalesce(p.abstract, '') ILIKE ${x} OR p.application_number ILIKE ${x}
        OR array_to_string(p.patentees, ' ') ILIKE ${x})`,
    );
  }
  if (f.industry) {
    // The code itself or any code below it in GB/T 4754 (section letter → divisions → groups → classes).
    const x = p(f.industry);
    conds.push(`p.industry_codes && ARRAY(
      WITH RECURSIVE sub(code) AS (SELECT ${x}::text UNION SELECT i.code FROM industry_codes i JOIN sub ON i.parent = sub.code)
      SELECT code FROM sub)`);
  }
  if (f.ipc) {
    const x = p(`${f.ipc.replace(/\s+/g, '').toUpperCase()}%`);
    conds.push(`EXISTS (SELECT 1 FROM unnest(p.ipc_codes) c WHERE replace(c, ' ', '') LIKE ${x})`);
  }
  if (f.sei) {
    const x = p(f.sei);
    conds.push(`EXISTS (SELECT 1 FROM unnest(p.sei_codes) c WHERE c = ${x} OR c LIKE ${x} || '.%')`);
  }
  if (f.region) conds.push(`p.region_code LIKE ${p(f.region)} || '%'`);
  if (f.paymentMode) conds.push(`d.payment_mode = ${p(f.paymentMode)}`);
  if (f.feeMinFen !== undefined) conds.push(`d.fixed_fee_fen >= ${p(f.feeMinFen)}`);
  if (f.feeMaxFen !== undefined) conds.push(`d.fixed_fee_fen <= ${p(f.feeMaxFen)}`);
  if (f.maxRateBp !== undefined) conds.push(`d.royalty_rate_bp <= ${p(f.maxRateBp)}`);
  if (f.patentType) conds.push(`p.patent_type = ${p(f.patentType)}`);
  if (f.institutionId !== undefined)
    conds.push(
      `EXISTS (SELECT 1 FROM patent_owners o WHERE o.patent_id = p.id AND o.organisation_id = ${p(f.institutionId)})`,
    );
  if (f.institution) {
    const x = p(`%${f.institution.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
    conds.push(`array_to_string(p.patentees, ' ') ILIKE ${x}`);
  }
  if (f.publishedSince) conds.push(`d.published_on >= ${p(f.publishedSince)}`);
  return { where: conds.join(' AND '), params };
}

export async function queryPool(
  q: Queryable,
  f: PoolFilter,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: PoolRow[] }> {
  const { where, params } = poolWhere(f);
  const total = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM open_licence_declarations d JOIN patents p ON p.id = d.patent_id WHERE ${where}`,
    params,
  );
  const res = await q.query<DeclarationRow & { patent: OpenLicencePatentRow }>(
    `SELECT ${DECLARATION_COLUMNS},
            (SELECT row_to_json(x) FROM (SELECT ${PATENT_COLUMNS}) x) AS patent
       FROM open_licence_declarations d JOIN patents p ON p.id = d.patent_id
      WHERE ${where}
      ORDER BY d.published_on DESC, d.id DESC
      LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, page.limit, page.offset],
  );
  return {
    total: total.rows[0]?.n ?? 0,
    rows: res.rows.map((r) => ({ ...r, patent: withNumericOwners(r.patent) })),
  };
}

// ---------------------------------------------------------------------------------------------------
// Uptake.

export type UptakeState = 'awaiting_payment' | 'trial' | 'in_force' | 'payment_overdue';

export interface UptakeRow {
  id: number;
  declarationId: number;
  licenseeName: string;
  licenseeOrganisationId: number | null;
  noticeDate: LocalDate;
  writtenNotice: string;
  paymentTerms: PaymentTerms;
  status: UptakeState;
  licenceId: number | null;
  createdAt: Date;
}

const UPTAKE_COLUMNS = `
  id, declaration_id AS "declarationId", licensee_name AS "licenseeName",
  licensee_organisation_id AS "licenseeOrganisationId", notice_date AS "noticeDate", written_notice AS "writtenNotice",
  payment_terms AS "paymentTerms", status, licence_id AS "licenceId", created_at AS "createdAt"`;

export async function insertUptake(
  q: Queryable,
  u: Omit<UptakeRow, 'id' | 'createdAt' | 'licenceId'> & { createdByUserId: number | null },
): Promise<UptakeRow> {
  const res = await q.query<UptakeRow>(
    `INSERT INTO open_licence_uptakes (declaration_id, licensee_name, licensee_organisation_id, notice_date,
       written_notice, payment_terms, status, created_by_user_id)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8) RETURNING ${UPTAKE_COLUMNS}`,
    [
      u.declarationId,
      u.licenseeName,
      u.licenseeOrganisationId,
      u.noticeDate,
      u.writtenNotice,
      JSON.stringify(u.paymentTerms),
      u.status,
      u.createdByUserId,
    ],
  );
  return res.rows[0]!;
}

export async function getUptake(
  q: Queryable,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<UptakeRow | null> {
  const res = await q.query<UptakeRow>(
    `SELECT ${UPTAKE_COLUMNS} FROM open_licence_uptakes WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return res.rows[0] ?? null;
}

export async function findUptake(
  q: Queryable,
  declarationId: number,
  licenseeOrganisationId: number,
): Promise<UptakeRow | null> {
  const res = await q.query<UptakeRow>(
    `SELECT ${UPTAKE_COLUMNS} FROM open_licence_uptakes WHERE declaration_id = $1 AND licensee_organisation_id = $2`,
    [declarationId, licenseeOrganisationId],
  );
  return res.rows[0] ?? null;
}

export async function listUptakesOfDeclaration(q: Queryable, declarationId: number): Promise<UptakeRow[]> {
  const res = await q.query<UptakeRow>(
    `SELECT ${UPTAKE_COLUMNS} FROM open_licence_uptakes WHERE declaration_id = $1 ORDER BY id`,
    [declarationId],
  );
  return res.rows;
}

export async function listUptakesOfOrganisation(q: Queryable, organisationId: number): Promise<UptakeRow[]> {
  const res = await q.query<UptakeRow>(
    `SELECT ${UPTAKE_COLUMNS} FROM open_licence_uptakes WHERE licensee_organisation_id = $1 ORDER BY id DESC`,
    [organisationId],
  );
  return res.rows;
}

export async function updateUptake(
  q: Queryable,
  id: number,
  patch: { status: UptakeState; licenceId?: number | null },
): Promise<UptakeRow> {
  const res = await q.query<UptakeRow>(
    `UPDATE open_licence_uptakes SET status = $2, licence_id = coalesce($3, licence_id) WHERE id = $1
     RETURNING ${UPTAKE_COLUMNS}`,
    [id, patch.status, patch.licenceId ?? null],
  );
  return res.rows[0]!;
}

export interface PaymentRow {
  id: number;
  uptakeId: number;
  kind: 'upfront' | 'royalty';
  paidOn: LocalDate;
  amountFen: number;
  reportedBaseFen: number | null;
  periodLabel: string | null;
  reference: string | null;
  createdAt: Date;
}

const PAYMENT_COLUMNS = `id, uptake_id AS "uptakeId", kind, paid_on AS "paidOn", amount_fen AS "amountFen",
  reported_base_fen AS "reportedBaseFen", period_label AS "periodLabel", reference, created_at AS "createdAt"`;

export async function listPayments(q: Queryable, uptakeId: number): Promise<PaymentRow[]> {
  const res = await q.query<PaymentRow>(
    `SELECT ${PAYMENT_COLUMNS} FROM open_licence_payments WHERE uptake_id = $1 ORDER BY paid_on, id`,
    [uptakeId],
  );
  return res.rows;
}

export async function insertPayment(
  q: Queryable,
  p: Omit<PaymentRow, 'id' | 'createdAt'> & { recordedByUserId: number | null },
): Promise<PaymentRow> {
  const res = await q.query<PaymentRow>(
    `INSERT INTO open_licence_payments (uptake_id, kind, paid_on, amount_fen, reported_base_fen, period_label,
       reference, recorded_by_user_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${PAYMENT_COLUMNS}`,
    [
      p.uptakeId,
      p.kind,
      p.paidOn,
      p.amountFen,
      p.reportedBaseFen,
      p.periodLabel,
      p.reference,
      p.recordedByUserId,
    ],
  );
  return res.rows[0]!;
}

// ---------------------------------------------------------------------------------------------------
// Messages to organisations.

export type MessageKind =
  | 'declaration_suspended'
  | 'declaration_reinstated'
  | 'declaration_ended'
  | 'declaration_returned'
  | 'uptake_notice'
  | 'payment_recorded'
  | 'filing_reminder'
  | 'filing_overdue';

export interface MessageRow {
  id: number;
  organisationId: number;
  kind: MessageKind;
  declarationId: number | null;
  licenceId: number | null;
  subject: string;
  body: string;
  createdAt: Date;
  readAt: Date | null;
}

export async function insertMessage(
  q: Queryable,
  m: Omit<MessageRow, 'id' | 'createdAt' | 'readAt'>,
): Promise<void> {
  await q.query(
    `INSERT INTO open_licence_messages (organisation_id, kind, declaration_id, licence_id, subject, body)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [m.organisationId, m.kind, m.declarationId, m.licenceId, m.subject, m.body],
  );
}

export async function listMessages(
  q: Queryable,
  organisationId: number,
  limit: number,
): Promise<MessageRow[]> {
  const res = await q.query<MessageRow>(
    `SELECT id, organisation_id AS "organisationId", kind, declaration_id AS "declarationId",
            licence_id AS "licenceId", subject, body, created_at AS "createdAt", read_at AS "readAt"
       FROM open_licence_messages WHERE organisation_id = $1 ORDER BY id DESC LIMIT $2`,
    [organisationId, limit],
  );
  return res.rows;
}

export async function organisationNames(q: Queryable, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const res = await q.query<{ id: number; name: string }>(
    'SELECT id, name FROM organisations WHERE id = ANY($1::bigint[])',
    [ids],
  );
  return new Map(res.rows.map((r) => [r.id, r.name]));
}

export async function regionNames(q: Queryable, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const res = await q.query<{ code: string; name: string }>(
    'SELECT code, name FROM regions WHERE code = ANY($1::text[])',
    [codes],
  );
  return new Map(res.rows.map((r) => [r.code, r.name]));
}

// ---------------------------------------------------------------------------------------------------
// Settings and benchmarks.

export async function readSettingsRow(q: Queryable): Promise<unknown> {
  const res = await q.query<{ settings: unknown }>('SELECT settings FROM open_licence_settings WHERE id = 1');
  return res.rows[0]?.settings ?? null;
}

export async function writeSettingsRow(q: Queryable, settings: unknown): Promise<void> {
  await q.query(
    `INSERT INTO open_licence_settings (id, settings) VALUES (1, $1::jsonb)
     ON CONFLICT (id) DO UPDATE SET settings = EXCLUDED.settings, updated_at = now()`,
    [JSON.stringify(settings)],
  );
}

export interface BenchmarkRow {
  industrySection: string;
  base: RoyaltyBase;
  lowBp: number;
  highBp: number;
  source: string;
  illustrative: boolean;
}

export async function listBenchmarks(q: Queryable): Promise<BenchmarkRow[]> {
  const res = await q.query<BenchmarkRow>(
    `SELECT industry_section AS "industrySection", base, low_bp AS "lowBp", high_bp AS "highBp", source, illustrative
       FROM royalty_benchmarks ORDER BY industry_section, base`,
  );
  return res.rows;
}

export async function upsertBenchmark(q: Queryable, b: BenchmarkRow): Promise<void> {
  await q.query(
    `INSERT INTO royalty_benchmarks (industry_section, base, low_bp, high_bp, source, illustrative)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (industry_section, base) DO UPDATE SET low_bp = EXCLUDED.low_bp, high_bp = EXCLUDED.high_bp,
       source = EXCLUDED.source, illustrative = EXCLUDED.illustrative, updated_at = now()`,
    [b.industrySection, b.base, b.lowBp, b.highBp, b.source, b.illustrative],
  );
}

export async function deleteBenchmark(
  q: Queryable,
  industrySection: string,
  base: RoyaltyBase,
): Promise<boolean> {
  const res = await q.query('DELETE FROM royalty_benchmarks WHERE industry_section = $1 AND base = $2', [
    industrySection,
    base,
  ]);
  return res.rowCount > 0;
}

/** Names under which the organisation is recorded as a patentee of the patent. */
export async function ownerNamesOfOrganisation(
  q: Queryable,
  patentId: number,
  organisationId: number,
): Promise<string[]> {
  const res = await q.query<{ name: string }>(
    'SELECT name FROM patent_owners WHERE patent_id = $1 AND organisation_id = $2 ORDER BY position',
    [patentId, organisationId],
  );
  return res.rows.map((r) => r.name);
}

/** Publication, withdrawal and end of every declaration on the patent, in order (annual-fee reduction periods). */
export async function openLicencePeriodEvents(
  q: Queryable,
  patentId: number,
): Promise<{ declarationId: number; action: 'publish' | 'withdraw' | 'end'; onDate: LocalDate }[]> {
  const res = await q.query<{
    declarationId: number;
    action: 'publish' | 'withdraw' | 'end';
    onDate: LocalDate;
  }>(
    `SELECT t.declaration_id AS "declarationId", t.action, t.on_date AS "onDate"
       FROM open_licence_transitions t JOIN open_licence_declarations d ON d.id = t.declaration_id
      WHERE d.patent_id = $1 AND t.action IN ('publish', 'withdraw', 'end') ORDER BY t.id`,
    [patentId],
  );
  return res.rows;
}

/** The patent's declaration that is neither withdrawn nor ended, if any (at most one, by the unique index). */
export async function activeDeclarationOf(q: Queryable, patentId: number): Promise<DeclarationRow | null> {
  const res = await q.query<DeclarationRow>(
    `SELECT ${DECLARATION_COLUMNS} FROM open_licence_declarations d
      WHERE d.patent_id = $1 AND d.state NOT IN ('withdrawn', 'ended')`,
    [patentId],
  );
  return res.rows[0] ?? null;
}
