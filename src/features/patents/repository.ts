import type { Queryable } from '../../platform/db/database';
import type { PatentRecord } from './patentRecord';

/** Columns the catalogue stores for a record, camelCase field → SQL column and SQL type. */
const RECORD_COLUMNS: [keyof PatentRecord, string, string][] = [
  ['applicationNumber', 'application_number', 'text'],
  ['publicationNumber', 'publication_number', 'text'],
  ['grantNumber', 'grant_number', 'text'],
  ['patentType', 'patent_type', 'text'],
  ['pct', 'pct', 'boolean'],
  ['title', 'title', 'text'],
  ['abstract', 'abstract', 'text'],
  ['firstClaim', 'first_claim', 'text'],
  ['mainIpc', 'main_ipc', 'text'],
  ['ipcCodes', 'ipc_codes', 'text[]'],
  ['cpcCodes', 'cpc_codes', 'text[]'],
  ['applicants', 'applicants', 'text[]'],
  ['patentees', 'patentees', 'text[]'],
  ['inventors', 'inventors', 'text[]'],
  ['applicantType', 'applicant_type', 'text'],
  ['address', 'address', 'text'],
  ['regionCode', 'region_code', 'text'],
  ['filingDate', 'filing_date', 'date'],
  ['publicationDate', 'publication_date', 'date'],
  ['grantDate', 'grant_date', 'date'],
  ['legalStatus', 'legal_status', 'text'],
  ['legalStatusRaw', 'legal_status_raw', 'text'],
  ['legalEvents', 'legal_events', 'text'],
  ['feePaidUntil', 'fee_paid_until', 'date'],
  ['transferCount', 'transfer_count', 'integer'],
  ['licenceCount', 'licence_count', 'integer'],
  ['pledgeCount', 'pledge_count', 'integer'],
  ['transferDates', 'transfer_dates', 'date[]'],
  ['licenceDates', 'licence_dates', 'date[]'],
  ['pledgeDates', 'pledge_dates', 'date[]'],
  ['lapseDate', 'lapse_date', 'date'],
  ['invalidationDate', 'invalidation_date', 'date'],
  ['industryCodes', 'industry_codes', 'text[]'],
  ['technicalEffects', 'technical_effects', 'text[]'],
  ['trl', 'trl', 'smallint'],
];

/** Values computed from the record when it is written. */
export interface DerivedColumns {
  expiryDate: string | null;
  seiCodes: string[];
  contentHash: string;
  source: string;
}

const DERIVED_COLUMNS: [keyof DerivedColumns, string, string][] = [
  ['expiryDate', 'expiry_date', 'date'],
  ['seiCodes', 'sei_codes', 'text[]'],
  ['contentHash', 'content_hash', 'text'],
  ['source', 'source', 'text'],
];

const ALL = [...RECORD_COLUMNS, ...DERIVED_COLUMNS];
const SELECT_RECORD = RECORD_COLUMNS.map(([f, c]) => `${c} AS "${f}"`).join(', ');

export interface StoredPatent {
  id: number;
  record: PatentRecord;
  contentHash: string;
}

/** Records matching any of the keys: by application number, or by publication/grant number. */
export async function findByKeys(
  q: Queryable,
  applicationNumbers: string[],
  publicationNumbers: string[],
): Promise<StoredPatent[]> {
  if (applicationNumbers.length === 0 && publicationNumbers.length === 0) return [];
  const { rows } = await q.query<PatentRecord & { id: number; contentHash: string }>(
    `SELECT id, content_hash AS "contentHash", ${SELECT_RECORD}
       FROM patents
      WHERE application_number = ANY($1::text[])
         OR publication_number = ANY($2::text[])
         OR grant_number = ANY($2::text[])`,
    [applicationNumbers, publicationNumbers],
  );
  return rows.map(({ id, contentHash, ...record }) => ({ id, contentHash, record: record as PatentRecord }));
}

type Row = PatentRecord & DerivedColumns;

function recordset(rows: (Row & { id?: number })[], withId: boolean): string {
  const cols = ALL.map(([f]) => f as string);
  return JSON.stringify(
    rows.map((r) => {
      const o: Record<string, unknown> = withId ? { id: r.id } : {};
      for (const c of cols) o[c] = (r as unknown as Record<string, unknown>)[c];
      return o;
    }),
  );
}

// jsonb_to_recordset turns JSON arrays into PostgreSQL arrays (PostgreSQL 10+), so a whole batch is one
// parameter and one statement on both engines.
const RECORDSET_TYPES = ALL.map(([f, , t]) => `"${f}" ${t}`).join(', ');

/** Inserts new records; returns their ids in the order of `rows` (matched back by their unique numbers). */
export async function insertPatents(q: Queryable, rows: Row[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const cols = ALL.map(([, c]) => c).join(', ');
  const vals = ALL.map(([f]) => `r."${f}"`).join(', ');
  const { rows: inserted } = await q.query<{ id: number; a: string | null; p: string | null }>(
    `INSERT INTO patents (${cols})
     SELECT ${vals} FROM jsonb_to_recordset($1::jsonb) AS r(${RECORDSET_TYPES})
     RETURNING id, application_number AS a, publication_number AS p`,
    [recordset(rows, false)],
  );
  const byKey = new Map(inserted.map((r) => [r.a ? `a:${r.a}` : `p:${r.p}`, r.id]));
  return rows.map((r) => {
    const id = byKey.get(r.applicationNumber ? `a:${r.applicationNumber}` : `p:${r.publicationNumber}`);
    if (id === undefined) throw new Error('inserted patent not returned');
    return id;
  });
}

export async function updatePatents(q: Queryable, rows: (Row & { id: number })[]): Promise<void> {
  if (rows.length === 0) return;
  const sets = ALL.map(([f, c]) => `${c} = r."${f}"`).join(', ');
  await q.query(
    `UPDATE patents p
        SET ${sets}, change_seq = nextval('catalogue_change_seq'), updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS r(id bigint, ${RECORDSET_TYPES})
      WHERE p.id = r.id`,
    [recordset(rows, true)],
  );
}

export interface OwnerRow {
  patentId: number;
  position: number;
  name: string;
  organisationId: number | null;
}

export async function replaceOwners(q: Queryable, patentIds: number[], owners: OwnerRow[]): Promise<void> {
  if (patentIds.length === 0) return;
  await q.query('DELETE FROM patent_owners WHERE patent_id = ANY($1::bigint[])', [patentIds]);
  if (owners.length === 0) return;
  await q.query(
    `INSERT INTO patent_owners (patent_id, position, name, organisation_id)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(patent_id bigint, position smallint, name text, organisation_id bigint)`,
    [
      JSON.stringify(
        owners.map((o) => ({
          patent_id: o.patentId,
          position: o.position,
          name: o.name,
          organisation_id: o.organisationId,
        })),
      ),
    ],
  );
}

/** Creates the organisations not yet known (by exact name) and returns every name's id. */
export async function ensureOrganisations(
  q: Queryable,
  orgs: { name: string; kind: string; regionCode: string | null }[],
): Promise<Map<string, number>> {
  if (orgs.length === 0) return new Map();
  await q.query(
    `INSERT INTO organisations (name, kind, region_code)
     SELECT name, kind, region_code FROM jsonb_to_recordset($1::jsonb) AS r(name text, kind text, region_code text)
     ON CONFLICT (name) DO NOTHING`,
    [JSON.stringify(orgs.map((o) => ({ name: o.name, kind: o.kind, region_code: o.regionCode })))],
  );
  const { rows } = await q.query<{ id: number; name: string }>(
    'SELECT id, name FROM organisations WHERE name = ANY($1::text[])',
    [orgs.map((o) => o.name)],
  );
  return new Map(rows.map((r) => [r.name, r.id]));
}
