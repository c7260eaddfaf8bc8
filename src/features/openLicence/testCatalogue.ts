import type { Database } from '../../platform/db/database';
import { SCOPES, type UserActor } from '../accounts/actor';
import { checkDigitFor } from '../patents/applicationNumber';

/**
 * A small catalogue for the open-licence database and API tests: organisations of each kind, users
 * with e-mail addresses, and granted patents linked to their owners. Real rows through SQL, no mocks.
 */
export interface TestCatalogue {
  university: number;
  coOwner: number;
  operator: number;
  licensee: number;
  bank: number;
  invention: number;
  utilityModel: number;
  coOwned: number;
  actors: {
    patentee: UserActor;
    coOwner: UserActor;
    verifier: UserActor;
    licensee: UserActor;
    bank: UserActor;
    admin: UserActor;
  };
}

async function organisation(db: Database, name: string, kind: string, region: string): Promise<number> {
  const res = await db.query<{ id: number }>(
    'INSERT INTO organisations (name, kind, region_code) VALUES ($1, $2, $3) RETURNING id',
    [name, kind, region],
  );
  return res.rows[0]!.id;
}

async function user(
  db: Database,
  email: string,
  organisationId: number | null,
  kind: UserActor['organisationKind'],
  isPlatformAdmin = false,
): Promise<UserActor> {
  const res = await db.query<{ id: number }>(
    `INSERT INTO users (email, display_name, organisation_id, is_platform_admin) VALUES ($1, $2, $3, $4) RETURNING id`,
    [email, email.split('@')[0], organisationId, isPlatformAdmin],
  );
  return {
    kind: 'user',
    userId: res.rows[0]!.id,
    email,
    displayName: email.split('@')[0]!,
    organisationId,
    organisationKind: kind,
    role: 'member',
    isPlatformAdmin,
    via: 'session',
    credentialId: 0,
    scopes: SCOPES,
    mustChangePassword: false,
  };
}

let serial = 0;
const TYPE_DIGIT = { invention: '1', utility_model: '2', design: '3' } as const;
/** A canonical application number with a valid check digit, unique within the test process. */
export function nextApplicationNumber(type: keyof typeof TYPE_DIGIT = 'invention'): string {
  serial++;
  const digits = `2018${TYPE_DIGIT[type]}${String(process.pid % 1000).padStart(3, '0')}${String(serial).padStart(4, '0')}`;
  return `${digits}.${checkDigitFor(digits)}`;
}

interface PatentSpec {
  applicationNumber: string;
  type: 'invention' | 'utility_model' | 'design';
  title: string;
  owners: { name: string; organisationId: number }[];
  filingDate: string;
  grantDate: string;
  expiryDate: string;
  feePaidUntil: string;
  ipc: string[];
  industry: string[];
  sei: string[];
  region: string;
}

export async function insertPatent(db: Database, p: PatentSpec): Promise<number> {
  const res = await db.query<{ id: number }>(
    `INSERT INTO patents (application_number, publication_number, patent_type, title, abstract, main_ipc, ipc_codes,
       applicants, patentees, applicant_type, region_code, filing_date, grant_date, legal_status, fee_paid_until,
       expiry_date, industry_codes, sei_codes, source, content_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, 'university', $9, $10, $11, 'in_force', $12, $13, $14, $15, 'test', $1)
     RETURNING id`,
    [
      p.applicationNumber,
      `CN${p.applicationNumber.replace('.', '')}B`,
      p.type,
      p.title,
      `${p.title}的摘要`,
      p.ipc[0] ?? null,
      p.ipc,
      p.owners.map((o) => o.name),
      p.region,
      p.filingDate,
      p.grantDate,
      p.feePaidUntil,
      p.expiryDate,
      p.industry,
      p.sei,
    ],
  );
  const id = res.rows[0]!.id;
  for (const [i, o] of p.owners.entries())
    await db.query(
      'INSERT INTO patent_owners (patent_id, position, name, organisation_id) VALUES ($1, $2, $3, $4)',
      [id, i, o.name, o.organisationId],
    );
  return id;
}

/** Inserts the catalogue; names carry a suffix so several calls in one database do not collide. */
export async function seedTestCatalogue(db: Database, suffix = ''): Promise<TestCatalogue> {
  const university = await organisation(db, `华中科技大学${suffix}`, 'university', '420100');
  const coOwner = await organisation(db, `武汉某科技有限公司${suffix}`, 'enterprise', '420100');
  const operator = await organisation(
    db,
    `湖北省知识产权运营中心${suffix}`,
    'service_organisation',
    '420000',
  );
  const licensee = await organisation(db, `东莞光电有限公司${suffix}`, 'enterprise', '441900');
  const bank = await organisation(db, `某商业银行${suffix}`, 'bank', '420100');
  const tag = suffix.replace(/\W/g, '') || 'x';
  const actors = {
    patentee: await user(db, `tto-${tag}@hust.test`, university, 'university'),
    coOwner: await user(db, `ip-${tag}@coowner.test`, coOwner, 'enterprise'),
    verifier: await user(db, `check-${tag}@operator.test`, operator, 'service_organisation'),
    licensee: await user(db, `legal-${tag}@licensee.test`, licensee, 'enterprise'),
    bank: await user(db, `risk-${tag}@bank.test`, bank, 'bank'),
    admin: await user(db, `admin-${tag}@platform.test`, null, null, true),
  };
  const invention = await insertPatent(db, {
    applicationNumber: nextApplicationNumber(),
    type: 'invention',
    title: `一种光纤传感器的解调方法${suffix}`,
    owners: [{ name: `华中科技大学${suffix}`, organisationId: university }],
    filingDate: '2018-05-21',
    grantDate: '2020-03-10',
    expiryDate: '2038-05-20',
    feePaidUntil: '2026-05-20',
    ipc: ['G01D5/353', 'H04B10/07'],
    industry: ['C3832'],
    sei: ['1.2'],
    region: '420111',
  });
  const utilityModel = await insertPatent(db, {
    applicationNumber: nextApplicationNumber('utility_model'),
    type: 'utility_model',
    title: `一种便携式检测装置${suffix}`,
    owners: [{ name: `华中科技大学${suffix}`, organisationId: university }],
    filingDate: '2021-09-01',
    grantDate: '2022-03-01',
    expiryDate: '2031-08-31',
    feePaidUntil: '2025-08-31',
    ipc: ['G01N21/01'],
    industry: ['C4021'],
    sei: ['2.1'],
    region: '420111',
  });
  const coOwned = await insertPatent(db, {
    applicationNumber: nextApplicationNumber(),
    type: 'invention',
    title: `一种锂电池隔膜及其制备方法${suffix}`,
    owners: [
      { name: `华中科技大学${suffix}`, organisationId: university },
      { name: `武汉某科技有限公司${suffix}`, organisationId: coOwner },
    ],
    filingDate: '2019-01-10',
    grantDate: '2021-06-01',
    expiryDate: '2039-01-09',
    feePaidUntil: '2026-01-09',
    ipc: ['H01M50/403'],
    industry: ['C3841'],
    sei: ['5.1'],
    region: '420111',
  });
  return { university, coOwner, operator, licensee, bank, invention, utilityModel, coOwned, actors };
}
