import { createHash } from 'node:crypto';
import type { CalendarDate } from '../../platform/calendarDate';
import type { ApplicantType } from './holderName';
import type { LegalStatus } from './legalStatus';
import type { PatentType } from './patentType';

/** The bibliographic and status data of one patent as the catalogue stores it (what imports write). */
export interface PatentRecord {
  applicationNumber: string | null;
  publicationNumber: string | null;
  grantNumber: string | null;
  patentType: PatentType;
  pct: boolean;
  title: string;
  abstract: string | null;
  firstClaim: string | null;
  mainIpc: string | null;
  ipcCodes: string[];
  cpcCodes: string[];
  applicants: string[];
  patentees: string[];
  inventors: string[];
  applicantType: ApplicantType | null;
  address: string | null;
  regionCode: string | null;
  filingDate: CalendarDate | null;
  publicationDate: CalendarDate | null;
  grantDate: CalendarDate | null;
  legalStatus: LegalStatus;
  legalStatusRaw: string | null;
  legalEvents: string | null;
  feePaidUntil: CalendarDate | null;
  transferCount: number;
  licenceCount: number;
  pledgeCount: number;
  transferDates: CalendarDate[];
  licenceDates: CalendarDate[];
  pledgeDates: CalendarDate[];
  lapseDate: CalendarDate | null;
  invalidationDate: CalendarDate | null;
  industryCodes: string[];
  technicalEffects: string[];
  trl: number | null;
}

export type PatentRecordField = keyof PatentRecord;

export const EMPTY_RECORD: Omit<PatentRecord, 'patentType' | 'title'> = {
  applicationNumber: null,
  publicationNumber: null,
  grantNumber: null,
  pct: false,
  abstract: null,
  firstClaim: null,
  mainIpc: null,
  ipcCodes: [],
  cpcCodes: [],
  applicants: [],
  patentees: [],
  inventors: [],
  applicantType: null,
  address: null,
  regionCode: null,
  filingDate: null,
  publicationDate: null,
  grantDate: null,
  legalStatus: 'unknown',
  legalStatusRaw: null,
  legalEvents: null,
  feePaidUntil: null,
  transferCount: 0,
  licenceCount: 0,
  pledgeCount: 0,
  transferDates: [],
  licenceDates: [],
  pledgeDates: [],
  lapseDate: null,
  invalidationDate: null,
  industryCodes: [],
  technicalEffects: [],
  trl: null,
};

/**
 * Applies the fields a source row provides onto what the catalogue holds. Fields the row leaves out (or
 * empty) keep their stored value: importing a title/IPC data set after a full export does not erase
 * abstracts, and re-importing the same file changes nothing.
 */
export function mergeRecord(
  existing: PatentRecord | null,
  provided: Partial<PatentRecord>,
): PatentRecord | null {
  const base = existing ?? null;
  const patentType = provided.patentType ?? base?.patentType;
  const title = provided.title ?? base?.title;
  if (!patentType || !title) return null;
  const merged: PatentRecord = { ...EMPTY_RECORD, ...(base ?? {}), patentType, title } as PatentRecord;
  for (const [k, v] of Object.entries(provided) as [PatentRecordField, PatentRecord[PatentRecordField]][]) {
    if (v === undefined) continue;
    (merged as unknown as Record<string, unknown>)[k] = v;
  }
  return merged;
}

/** A stable fingerprint of the record's content: equal records, equal hash (key order irrelevant). */
export function contentHash(record: PatentRecord): string {
  const keys = Object.keys(record).sort() as PatentRecordField[];
  const canonical = JSON.stringify(keys.map((k) => [k, record[k]]));
  return createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}
