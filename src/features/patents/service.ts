import type { Database, Queryable } from '../../platform/db/database';
import { type Bilingual, type Language, problem } from '../../platform/http/problem';
import type { Actor } from '../accounts';
import { assertAllowed } from '../accounts';
import { recordAudit } from '../audit';
import type { ReferenceCatalog } from '../reference';
import { APPLICANT_TYPE_LABEL, type ApplicantType } from './holderName';
import { LEGAL_STATUS_LABEL, type LegalStatus } from './legalStatus';
import { parseNumberQuery } from './lookup';
import { PATENT_TYPE_LABEL, type PatentType } from './patentType';

interface DetailRow {
  id: number;
  application_number: string | null;
  publication_number: string | null;
  grant_number: string | null;
  patent_type: PatentType;
  pct: boolean;
  title: string;
  abstract: string | null;
  first_claim: string | null;
  main_ipc: string | null;
  ipc_codes: string[];
  cpc_codes: string[];
  applicants: string[];
  patentees: string[];
  inventors: string[];
  applicant_type: ApplicantType | null;
  address: string | null;
  region_code: string | null;
  filing_date: string | null;
  publication_date: string | null;
  grant_date: string | null;
  expiry_date: string | null;
  legal_status: LegalStatus;
  legal_status_raw: string | null;
  legal_events: string | null;
  fee_paid_until: string | null;
  transfer_count: number;
  licence_count: number;
  pledge_count: number;
  transfer_dates: string[];
  licence_dates: string[];
  pledge_dates: string[];
  industry_codes: string[];
  technical_effects: string[];
  trl: number | null;
  sei_codes: string[];
  source: string;
  updated_at: Date;
}

const heading = (ref: ReferenceCatalog, code: string) => ({ code, title: ref.ipcTitle(code) });

/** Everything the detail page shows, with code lists resolved to names. */
export async function getPatentDetail(db: Queryable, ref: ReferenceCatalog, id: number, lang: Language) {
  const { rows } = await db.query<DetailRow>('SELECT * FROM patents WHERE id = $1', [id]);
  const r = rows[0];
  if (!r) throw problem.notFound({ zh: `没有编号为 ${id} 的专利`, en: `No patent with id ${id}` });
  const orgs = await db.query<{ id: number; name: string; kind: string }>(
    `SELECT o.id, o.name, o.kind FROM patent_owners po JOIN organisations o ON o.id = po.organisation_id
      WHERE po.patent_id = $1 ORDER BY po.position`,
    [id],
  );
  const region = r.region_code
    ? {
        code: r.region_code,
        provinceCode: r.region_code.slice(0, 2),
        provinceName: ref.regionName(r.region_code.slice(0, 2)),
        cityCode: r.region_code.length >= 4 ? r.region_code.slice(0, 4) : null,
        cityName:
          r.region_code.length >= 4 ? (ref.regionPathNames(r.region_code.slice(0, 4)).at(-1) ?? null) : null,
      }
    : null;
  return {
    id: r.id,
    applicationNumber: r.application_number,
    publicationNumber: r.publication_number,
    grantNumber: r.grant_number,
    type: r.patent_type,
    typeLabel: PATENT_TYPE_LABEL[r.patent_type][lang],
    pct: r.pct,
    title: r.title,
    abstract: r.abstract,
    firstClaim: r.first_claim,
    mainIpc: r.main_ipc,
    ipcCodes: r.ipc_codes,
    ipc: r.ipc_codes.map((code) => ({
      code,
      section: heading(ref, code.slice(0, 1)),
      class: heading(ref, code.slice(0, 3)),
      subclass: heading(ref, code.slice(0, 4)),
      mainGroup: code.includes('/') ? heading(ref, `${code.split('/')[0]}/00`) : null,
    })),
    cpcCodes: r.cpc_codes,
    applicants: r.applicants,
    patentees: r.patentees,
    inventors: r.inventors,
    applicantType: r.applicant_type,
    applicantTypeLabel: r.applicant_type ? APPLICANT_TYPE_LABEL[r.applicant_type][lang] : null,
    address: r.address,
    region,
    filingDate: r.filing_date,
    publicationDate: r.publication_date,
    grantDate: r.grant_date,
    expiryDate: r.expiry_date,
    legalStatus: r.legal_status,
    legalStatusLabel: LEGAL_STATUS_LABEL[r.legal_status][lang],
    legalStatusRaw: r.legal_status_raw,
    legalEvents: r.legal_events,
    feePaidUntil: r.fee_paid_until,
    transferCount: r.transfer_count,
    licenceCount: r.licence_count,
    pledgeCount: r.pledge_count,
    transferDates: r.transfer_dates,
    licenceDates: r.licence_dates,
    pledgeDates: r.pledge_dates,
    industries: r.industry_codes.map((code) => ({ code, name: ref.industryName(code) })),
    technicalEffects: r.technical_effects,
    trl: r.trl,
    sei: r.sei_codes
      .filter((c) => c.includes('.'))
      .map((code) => {
        const domainCode = code.split('.')[0]!;
        return { code, name: ref.seiName(code), domainCode, domainName: ref.seiName(domainCode) };
      }),
    organisations: orgs.rows,
    source: r.source,
    updatedAt: r.updated_at.toISOString(),
  };
}

export type PatentDetail = Awaited<ReturnType<typeof getPatentDetail>>;

/** Resolves any number form (申请号, 公开号, 授权公告号) to a patent id. */
export async function findPatentIdByNumber(db: Queryable, raw: string): Promise<number | null> {
  const n = parseNumberQuery(raw);
  if (n.kind === 'none') return null;
  const { rows } = await db.query<{ id: number }>(
    n.kind === 'application'
      ? 'SELECT id FROM patents WHERE application_number = $1'
      : 'SELECT id FROM patents WHERE publication_number = $1 OR grant_number = $1',
    [n.canonical],
  );
  return rows[0]?.id ?? null;
}

/** Organisations currently holding the patent (for permission checks). */
export async function ownerOrganisationIds(db: Queryable, patentId: number): Promise<number[]> {
  const { rows } = await db.query<{ organisation_id: number }>(
    'SELECT organisation_id FROM patent_owners WHERE patent_id = $1 AND organisation_id IS NOT NULL',
    [patentId],
  );
  return rows.map((r) => r.organisation_id);
}

export interface TagUpdate {
  industryCodes?: string[];
  technicalEffects?: string[];
  trl?: number | null;
}

/**
 * Manual tags (GB/T 4754 industry, technical effect, TRL 1–9): only the patentee's organisation or an operator
 * may set them; the change is audited in the same transaction and bumps the change sequence for the index.
 */
export async function updatePatentTags(
  db: Database,
  ref: ReferenceCatalog,
  actor: Actor,
  request: { ip: string; id: string } | null,
  patentId: number,
  update: TagUpdate,
): Promise<void> {
  const fieldErrors: { path: string; message: Bilingual }[] = [];
  const industries = update.industryCodes?.map((c) => ref.industryCode(c) ?? c);
  industries?.forEach((c, i) => {
    if (!ref.isIndustryCode(c))
      fieldErrors.push({
        path: `body.industryCodes.${i}`,
        message: { zh: `不是 GB/T 4754-2017 行业代码：${c}`, en: `Not a GB/T 4754-2017 industry code: ${c}` },
      });
  });
  if (fieldErrors.length)
    throw problem.unprocessable({ zh: '行业代码无效', en: 'Invalid industry code' }, fieldErrors);
  await db.transaction(async (tx) => {
    const before = await tx.query<{
      industry_codes: string[];
      technical_effects: string[];
      trl: number | null;
    }>('SELECT industry_codes, technical_effects, trl FROM patents WHERE id = $1 FOR UPDATE', [patentId]);
    const row = before.rows[0];
    if (!row)
      throw problem.notFound({ zh: `没有编号为 ${patentId} 的专利`, en: `No patent with id ${patentId}` });
    assertAllowed(actor, 'patent.update', { ownerOrganisationIds: await ownerOrganisationIds(tx, patentId) });
    const after = {
      industry_codes: industries ? [...new Set(industries)] : row.industry_codes,
      technical_effects: update.technicalEffects
        ? [...new Set(update.technicalEffects.map((t) => t.trim()).filter(Boolean))]
        : row.technical_effects,
      trl: update.trl === undefined ? row.trl : update.trl,
    };
    await tx.query(
      `UPDATE patents SET industry_codes = $2, technical_effects = $3, trl = $4,
              change_seq = nextval('catalogue_change_seq'), updated_at = now()
        WHERE id = $1`,
      [patentId, after.industry_codes, after.technical_effects, after.trl],
    );
    await recordAudit(tx, {
      actor,
      request,
      action: 'patent.tag',
      objectType: 'patent',
      objectId: patentId,
      before: row,
      after,
    });
  });
}
