import { api, type Id, type Query } from '../../api/client';

export type PatentType = 'invention' | 'utility_model' | 'design' | (string & {});

export const FACET_KEYS = [
  'type',
  'legalStatus',
  'ipcSection',
  'ipcClass',
  'sei',
  'province',
  'city',
  'applicantType',
  'organisation',
  'filingYear',
  'industry',
  'trl',
] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export const SORTS = ['relevance', '-filingDate', 'filingDate', '-grantDate', 'grantDate'] as const;
export type Sort = (typeof SORTS)[number];

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface SearchHit {
  id: Id;
  /** Null for records known only by their publication number (e.g. title/IPC data sets). */
  applicationNumber: string | null;
  publicationNumber: string | null;
  grantNumber: string | null;
  type: PatentType;
  title: string;
  /** HTML-escaped title whose only tags are `<mark>`…`</mark>`. */
  titleHighlight: string;
  /** HTML-escaped abstract excerpt whose only tags are `<mark>`…`</mark>`. */
  snippet: string;
  /** Null for an exact number match or a query without words. */
  score: number | null;
  legalStatus: string;
  legalStatusLabel: string;
  filingDate: string | null;
  grantDate: string | null;
  mainIpc: string | null;
  patentees: string[];
  regionName: string | null;
}

export interface SearchResponse {
  query: string;
  total: number;
  page: number;
  pageSize: number;
  tookMs: number;
  items: SearchHit[];
  facets: Partial<Record<FacetKey, FacetValue[]>>;
  /** The query was a patent number and this is that patent. */
  exactMatch?: boolean;
  /** No patent had every word, so these results have any of them. */
  relaxed?: boolean;
  /** The words the query was segmented into. */
  terms?: string[];
}

export interface CodeTitle {
  code: string;
  /** Null where the IPC list has no title for the code (reference data: 8 subclasses). */
  title: string | null;
}

export interface IpcDetail {
  code: string;
  section: CodeTitle;
  class: CodeTitle;
  subclass: CodeTitle;
  mainGroup: CodeTitle | null;
}

/** The contract names `legalEvents` without fixing its members; the page shows what it recognises. */
export interface PatentDetail {
  id: Id;
  applicationNumber: string | null;
  publicationNumber: string | null;
  grantNumber: string | null;
  type: PatentType;
  pct: boolean | null;
  title: string;
  abstract: string | null;
  firstClaim: string | null;
  mainIpc: string | null;
  ipcCodes: string[];
  ipc: IpcDetail[];
  cpcCodes: string[];
  applicants: string[];
  patentees: string[];
  inventors: string[];
  applicantType: string | null;
  address: string | null;
  region: {
    provinceCode: string;
    provinceName: string | null;
    cityCode: string | null;
    cityName: string | null;
  } | null;
  filingDate: string | null;
  publicationDate: string | null;
  grantDate: string | null;
  expiryDate: string | null;
  legalStatus: string;
  legalStatusLabel: string;
  legalStatusRaw: string | null;
  /** 法律事件 as the source gave it: free text (legalEvents.ts splits it into events). */
  legalEvents: string | null;
  feePaidUntil: string | null;
  transferCount: number | null;
  licenceCount: number | null;
  pledgeCount: number | null;
  transferDates: string[] | null;
  licenceDates: string[] | null;
  pledgeDates: string[] | null;
  industries: { code: string; name: string | null }[];
  technicalEffects: string[];
  trl: number | null;
  sei: { code: string; name: string | null; domainCode: string; domainName: string | null }[];
  organisations: { id: Id; name: string; kind: string }[];
  source: string | null;
  updatedAt: string;
}

export interface TagsPatch {
  industryCodes?: string[];
  technicalEffects?: string[];
  trl?: number | null;
}

export interface Industry {
  code: string;
  name: string;
  level: string;
  parent: string | null;
}

export const patentsApi = {
  search: (query: Query, signal?: AbortSignal) =>
    api.get<SearchResponse>('/api/v1/patents/search', { query, signal }),
  get: (id: Id, signal?: AbortSignal) =>
    api.get<PatentDetail>(`/api/v1/patents/${encodeURIComponent(id)}`, { signal }),
  lookup: (number: string, signal?: AbortSignal) =>
    api.get<PatentDetail>('/api/v1/patents/lookup', { query: { number }, signal }),
  updateTags: (id: Id, patch: TagsPatch) =>
    api.patch<unknown>(`/api/v1/patents/${encodeURIComponent(id)}/tags`, patch),
  industries: (query: { parent?: string; q?: string }, signal?: AbortSignal) =>
    api.get<{ items: Industry[] }>('/api/v1/reference/industries', { query, signal }),
};
