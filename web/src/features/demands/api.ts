import { api, type Page, type Query } from '../../api/client';

/** Wire types of the demands API (src/features/demands/schemas.ts and questionnaire.ts on the server). */

export interface Bilingual {
  zh: string;
  en: string;
}

export const TRANSFER_MODES = [
  'transfer',
  'exclusive_licence',
  'sole_licence',
  'ordinary_licence',
  'open_licence',
  'equity',
  'joint_development',
] as const;
export type TransferMode = (typeof TRANSFER_MODES)[number];

export const ENTERPRISE_SIZES = ['large', 'medium', 'small', 'micro'] as const;
export type EnterpriseSize = (typeof ENTERPRISE_SIZES)[number];

export const TIMELINES = ['within_3_months', 'within_6_months', 'within_1_year', 'over_1_year'] as const;
export type Timeline = (typeof TIMELINES)[number];

export const DEMAND_STATES = ['open', 'matched', 'negotiating', 'closed'] as const;
export type DemandState = (typeof DEMAND_STATES)[number];

export const CLOSED_REASONS = ['solved', 'licensed', 'transferred', 'withdrawn', 'other'] as const;
export type ClosedReason = (typeof CLOSED_REASONS)[number];

/** Why the platform itself moved a demand. */
export type PlatformReason = 'relevant_match';

export type Visibility = 'public' | 'private';

export interface Demand {
  id: number;
  organisationId: number | null;
  organisationName: string | null;
  enterpriseName: string;
  creditCode: string;
  region: { code: string; name: string } | null;
  industry: { code: string; name: string | null } | null;
  enterpriseSize: EnterpriseSize | null;
  enterpriseSizeLabel: Bilingual | null;
  title: string;
  problem: string;
  currentSolution: string;
  targetIndicators: string;
  desiredField: string;
  desiredIpc: { code: string; title: string | null }[];
  sei: { code: string; name: string | null }[];
  preferredModes: { code: TransferMode; label: Bilingual }[];
  budgetMinFen: number | null;
  budgetMaxFen: number | null;
  timeline: Timeline | null;
  timelineLabel: Bilingual | null;
  minTrl: number | null;
  /** Null for the public. */
  contact: { name: string; phone: string | null; email: string | null } | null;
  visibility: Visibility;
  state: DemandState;
  stateLabel: Bilingual;
  closedReason: { code: ClosedReason; label: Bilingual; note: string | null } | null;
  source: string;
  sourceRow: number | null;
  createdAt: string;
  updatedAt: string;
  canEdit: boolean;
  availableMoves: DemandState[];
  approvedOrganisationIds: number[] | null;
}

export interface DemandDetail extends Demand {
  transitions: {
    from: DemandState;
    to: DemandState;
    reason: string | null;
    /** A closing reason, or why the platform moved the demand ('relevant_match'). */
    reasonCode: ClosedReason | PlatformReason | null;
    reasonLabel: Bilingual | null;
    note: string | null;
    at: string;
    byPlatform: boolean;
  }[];
}

/** The body of POST/PUT /demands (demandInputSchema). Budgets in fen. */
export interface DemandInput {
  enterpriseName: string;
  creditCode: string;
  regionCode: string | null;
  industryCode: string | null;
  enterpriseSize: EnterpriseSize | null;
  title: string;
  problem: string;
  currentSolution: string;
  targetIndicators: string;
  desiredField: string;
  desiredIpc: string[];
  seiCodes: string[];
  preferredModes: TransferMode[];
  budgetMinFen: number | null;
  budgetMaxFen: number | null;
  timeline: Timeline | null;
  minTrl: number | null;
  contactName: string;
  contactPhone: string | null;
  contactEmail: string | null;
  visibility: Visibility;
}

export interface Approval {
  organisationId: number;
  name: string;
  kind: string;
  approvedAt: string;
}

export interface ImportRow {
  row: number;
  title: string;
  action: 'create' | 'update' | 'unchanged' | 'reject';
  demandId: number | null;
  errors: { field: string; column: string | null; reason: Bilingual }[];
}

export interface ImportReport {
  fileName: string;
  format: string;
  /** 'unclaimed': imported for enterprises without an account (no owner organisation). */
  importedFor: 'own' | 'unclaimed';
  written: boolean;
  dryRun: boolean;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: { row: number; field: string | null; reason: Bilingual }[];
  rows: ImportRow[];
}

export interface Vocabulary {
  modes: { code: TransferMode; label: Bilingual }[];
  sizes: { code: EnterpriseSize; label: Bilingual }[];
  timelines: { code: Timeline; label: Bilingual }[];
  states: { code: DemandState; label: Bilingual }[];
  closedReasons: { code: ClosedReason; label: Bilingual }[];
  sheetColumns: { field: string; headers: string[]; note: string }[];
}

export interface DemandFilter {
  scope?: 'visible' | 'mine';
  state?: DemandState[];
  mode?: TransferMode[];
  regionCode?: string;
  industryCode?: string;
  visibility?: Visibility;
  q?: string;
}

export interface Region {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  parent: string | null;
}

export interface OrganisationSummary {
  id: number;
  name: string;
  kind: string;
  creditCode: string | null;
  regionCode: string | null;
}

const BASE = '/api/v1/demands';

export const demandsApi = {
  vocabulary: (signal?: AbortSignal) => api.get<Vocabulary>(`${BASE}/vocabulary`, { signal }),
  list: (filter: DemandFilter, page: number, signal?: AbortSignal) =>
    api.get<Page<Demand>>(BASE, { query: { ...filter, page, pageSize: 20 } as Query, signal }),
  get: (id: number | string, signal?: AbortSignal) =>
    api.get<DemandDetail>(`${BASE}/${encodeURIComponent(id)}`, { signal }),
  create: (input: DemandInput) => api.post<Demand>(BASE, input),
  replace: (id: number, input: DemandInput) => api.put<Demand>(`${BASE}/${id}`, input),
  transition: (
    id: number,
    body: { to: DemandState; reasonCode?: ClosedReason | null; note?: string | null },
  ) => api.post<DemandDetail>(`${BASE}/${id}/transitions`, body),
  approvals: (id: number, signal?: AbortSignal) => api.get<Approval[]>(`${BASE}/${id}/approvals`, { signal }),
  approve: (id: number, organisationId: number) =>
    api.post<Approval[]>(`${BASE}/${id}/approvals`, { organisationId }),
  revoke: (id: number, organisationId: number) =>
    api.delete<Approval[]>(`${BASE}/${id}/approvals/${organisationId}`),
  importSheet: (file: File, dryRun: boolean) => {
    const form = new FormData();
    form.append('file', file);
    return api.post<ImportReport>(`${BASE}/import`, form, { query: { dryRun: String(dryRun) } });
  },
  templateUrl: `${BASE}/import-template.csv`,
  regions: (parent: string | undefined, signal?: AbortSignal) =>
    api.get<Page<Region>>('/api/v1/reference/regions', { query: { parent, pageSize: 100 }, signal }),
  organisation: (id: number, signal?: AbortSignal) =>
    api.get<OrganisationSummary>(`/api/v1/organisations/${id}`, { signal }),
};
