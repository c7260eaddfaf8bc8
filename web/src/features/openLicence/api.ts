import { api, type Page, type Query } from '../../api/client';

/** Wire types of the open-licence API (src/features/openLicence/schemas.ts on the server). */

export interface Bilingual {
  zh: string;
  en: string;
}

export type RoyaltyBase = 'net_sales' | 'profit';
export type RoyaltyPeriod = 'year' | 'half_year' | 'quarter';
export type PayingTerms =
  | { mode: 'one_time'; amountFen: number }
  | { mode: 'royalty'; base: RoyaltyBase; rateBp: number; period: RoyaltyPeriod }
  | {
      mode: 'entry_fee_plus_royalty';
      entryFeeFen: number;
      base: RoyaltyBase;
      rateBp: number;
      period: RoyaltyPeriod;
    };
export type PaymentTerms =
  | PayingTerms
  | { mode: 'free' }
  | { mode: 'try_first'; trialMonths: number; afterTrial: PayingTerms };
export type PaymentMode = PaymentTerms['mode'];
export const PAYMENT_MODES: PaymentMode[] = [
  'one_time',
  'royalty',
  'entry_fee_plus_royalty',
  'free',
  'try_first',
];

export type DeclarationState =
  | 'draft'
  | 'submitted'
  | 'verified'
  | 'published'
  | 'suspended'
  | 'withdrawn'
  | 'ended';
export type LifecycleAction =
  | 'submit'
  | 'return'
  | 'verify'
  | 'publish'
  | 'suspend'
  | 'reinstate'
  | 'withdraw'
  /** The scheduled end of the term (the system's step; a user is never offered it). */
  | 'end';
export type ChecklistItem =
  | 'validity'
  | 'noExclusiveLicence'
  | 'pledgeStatus'
  | 'feePaid'
  | 'evaluationReport';
export const CHECKLIST_ITEMS: ChecklistItem[] = [
  'validity',
  'noExclusiveLicence',
  'pledgeStatus',
  'feePaid',
  'evaluationReport',
];
export type ChecklistAnswer = 'confirmed' | 'not_applicable' | 'failed';

export interface Refusal {
  code: string;
  article: string;
  field?: string;
  message: Bilingual;
}
export interface Warning {
  code: string;
  source: string;
  message: Bilingual;
}
export interface CheckResult {
  refusals: Refusal[];
  warnings: Warning[];
}

export interface PatentSummary {
  id: number;
  patentNumber: string | null;
  applicationNumber: string | null;
  patentType: 'invention' | 'utility_model' | 'design';
  title: string;
  filingDate: string | null;
  grantDate: string | null;
  expiryDate: string | null;
  legalStatus: string;
  feePaidUntil: string | null;
  patentees: string[];
  mainIpc: string | null;
  ipcCodes: string[];
  industryCodes: string[];
  seiCodes: string[];
  regionCode: string | null;
}

export interface Declaration {
  id: number;
  state: DeclarationState;
  stateLabel: Bilingual;
  patent: PatentSummary;
  patentees: string[];
  paymentTerms: PaymentTerms;
  paymentDescription: Bilingual;
  fixedFeeFen: number | null;
  royaltyRateBp: number | null;
  term: { startDate: string; endDate: string };
  territory: string[];
  territoryDescription: Bilingual;
  field: string | null;
  otherMatters: string;
  contact: string | null;
  checklist: Partial<Record<ChecklistItem, ChecklistAnswer>> | null;
  lastCheck: CheckResult | null;
  lastCheckedOn: string | null;
  publishedOn: string | null;
  withdrawnOn: string | null;
  suspendedBy: 'system' | 'user' | null;
  createdAt: string;
  updatedAt: string;
}

export interface Transition {
  action: string;
  fromState: string | null;
  toState: string;
  actorRole: string;
  actorLabel: string;
  at: string;
  onDate: string;
  reason: string | null;
}

export interface CoOwnerConsent {
  patenteeName: string;
  consentedOn: string;
  documentRef: string;
}

export interface DeclarationDetail extends Declaration {
  coOwnerConsents: CoOwnerConsent[];
  transitions: Transition[];
  writtenWithdrawal: string | null;
  uptakeCount: number;
  availableActions: LifecycleAction[];
}

export interface DeclarationInput {
  patentId: number;
  patentees?: string[];
  paymentTerms: PaymentTerms;
  term: { startDate: string; endDate: string };
  territory: string[];
  field: string | null;
  otherMatters: string;
  contact: string | null;
  coOwnerConsents: CoOwnerConsent[];
}

export interface Licence {
  id: number;
  patentId: number;
  patentTitle: string;
  patentNumber: string | null;
  kind: 'exclusive' | 'sole' | 'ordinary' | 'open';
  kindLabel: Bilingual;
  licensorName: string;
  licenseeName: string;
  startDate: string;
  endDate: string | null;
  effectiveDate: string;
  filingDeadline: string;
  filingStatus: 'not_filed' | 'filed' | 'refused';
  filingNumber: string | null;
  filedOn: string | null;
  daysToFilingDeadline: number;
  feeDescription: string;
  declarationId: number | null;
}

/** GET /open-licence/patents/:id/records: what the patentee, operators, the administration and banks may read. */
export interface PatentRecords {
  licences: Licence[];
  pledges: {
    id: number;
    pledgor: string;
    pledgee: string;
    registrationNumber: string | null;
    registeredOn: string;
    releasedOn: string | null;
    pledgeeConsentOn: string | null;
    consentDocumentRef: string | null;
  }[];
  suspensions: {
    id: number;
    kind: 'ownership_dispute' | 'preservation';
    startDate: string;
    endDate: string | null;
    reference: string;
    note: string | null;
  }[];
  evaluationReport: { reportNumber: string; issuedOn: string | null; conclusion: string | null } | null;
}

export interface Payment {
  id: number;
  kind: 'upfront' | 'royalty';
  paidOn: string;
  amountFen: number;
  reference: string | null;
}

export interface Uptake {
  id: number;
  declarationId: number;
  patentId: number;
  patentTitle: string;
  licenseeName: string;
  noticeDate: string;
  paymentTerms: PaymentTerms;
  paymentDescription: Bilingual;
  status: 'awaiting_payment' | 'trial' | 'in_force' | 'payment_overdue';
  upfrontFen: number;
  outstandingFen: number;
  dueBy: string | null;
  trialEnds: string | null;
  effectiveDate: string | null;
  payments: Payment[];
  licence: Licence | null;
}

export interface Message {
  id: number;
  kind: string;
  declarationId: number | null;
  licenceId: number | null;
  subject: string;
  body: string;
  createdAt: string;
}

export interface BatchRow {
  row: number;
  patentNumber: string;
  status: 'submitted' | 'refused' | 'invalid';
  declarationId: number | null;
  refusals: Refusal[];
  errors: { field: string; message: Bilingual }[];
  warnings: Warning[];
}
export interface BatchResult {
  batchId: string;
  fileName: string;
  total: number;
  submitted: number;
  refused: number;
  invalid: number;
  rows: BatchRow[];
}

export interface AnnualFees {
  reductionBp: number;
  reductionSource: string;
  scheduleSource: string;
  rows: {
    year: number;
    dueDate: string;
    baseFen: number;
    reductionFen: number;
    payableFen: number;
    paid: boolean;
  }[];
}

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
  institution?: string;
}

export interface Me {
  user: {
    id: number;
    email: string;
    displayName: string;
    organisationId: number | null;
    organisationName: string | null;
    organisationKind: string | null;
    isPlatformAdmin: boolean;
  };
}

export interface PatentHit {
  id: string;
  applicationNumber: string;
  title: string;
  patentees: string[];
}

const BASE = '/api/v1/open-licence';

export const openLicenceApi = {
  pool: (filter: PoolFilter, page: number, signal?: AbortSignal) =>
    api.get<Page<Declaration>>(`${BASE}/pool`, { query: { ...filter, page, pageSize: 20 } as Query, signal }),
  feedUrl: (kind: 'rss' | 'json' | 'csv', filter: PoolFilter) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(filter)) if (v !== undefined && v !== '') params.append(k, String(v));
    const qs = params.toString();
    return `${BASE}/pool.${kind}${qs ? `?${qs}` : ''}`;
  },
  /** The patent's declaration in force (published or suspended), or null: public, for the patent page. */
  patentDeclaration: (patentId: number | string, signal?: AbortSignal) =>
    api.get<{ patentId: number; declaration: Declaration | null }>(
      `${BASE}/patents/${encodeURIComponent(patentId)}/declaration`,
      { signal },
    ),
  declaration: (id: number, signal?: AbortSignal) =>
    api.get<DeclarationDetail>(`${BASE}/declarations/${id}`, { signal }),
  check: (input: DeclarationInput, signal?: AbortSignal) =>
    api.post<CheckResult>(`${BASE}/check`, input, { signal }),
  create: (input: DeclarationInput, submit: boolean) =>
    api.post<{ declaration: DeclarationDetail; check: CheckResult }>(`${BASE}/declarations`, input, {
      query: { submit: String(submit) },
    }),
  act: (id: number, action: LifecycleAction, body: Record<string, unknown>) =>
    api.post<DeclarationDetail>(`${BASE}/declarations/${id}/${action}`, body),
  batch: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return api.post<BatchResult>(`${BASE}/declarations/batch`, form);
  },
  batchTemplateUrl: `${BASE}/declarations/batch-template.csv`,
  queue: (states: DeclarationState[], page: number, signal?: AbortSignal) =>
    api.get<Page<Declaration>>(`${BASE}/queue`, { query: { states: states.join(','), page }, signal }),
  mine: (page: number, signal?: AbortSignal) =>
    api.get<Page<Declaration>>(`${BASE}/mine`, { query: { page }, signal }),
  notice: (declarationId: number, writtenNotice: string) =>
    api.post<Uptake>(`${BASE}/declarations/${declarationId}/uptakes`, { writtenNotice }),
  pay: (
    uptakeId: number,
    body: { kind: 'upfront' | 'royalty'; paidOn: string; amountFen: number; reference?: string },
  ) => api.post<Uptake>(`${BASE}/uptakes/${uptakeId}/payments`, body),
  licences: (page: number, signal?: AbortSignal) =>
    api.get<Page<Licence> & { uptakes: Uptake[] }>(`${BASE}/licences`, { query: { page }, signal }),
  filing: (licenceId: number, body: { status: 'filed'; filingNumber: string; filedOn: string }) =>
    api.patch<Licence>(`${BASE}/licences/${licenceId}/filing`, body),
  filingPackageUrl: (licenceId: number, format: 'xlsx' | 'docx') =>
    `${BASE}/licences/${licenceId}/filing-package.${format}`,
  records: (patentId: number | string, signal?: AbortSignal) =>
    api.get<PatentRecords>(`${BASE}/patents/${patentId}/records`, { signal }),
  annualFees: (patentId: number, signal?: AbortSignal) =>
    api.get<AnnualFees>(`${BASE}/patents/${patentId}/annual-fees`, { signal }),
  messages: (signal?: AbortSignal) => api.get<Message[]>(`${BASE}/messages`, { signal }),
  me: (signal?: AbortSignal) => api.get<Me>('/api/v1/auth/me', { signal }),
  findPatents: (q: string, signal?: AbortSignal) =>
    api.get<{ items: PatentHit[] }>('/api/v1/patents/search', { query: { q, pageSize: 8 }, signal }),
};
