import { api } from '../../api/client';
import type { Bilingual, Demand, TransferMode } from '../demands/api';

/** Wire types of the matching API (src/features/matching/schemas.ts on the server). */

export const SIGNAL_NAMES = [
  'text',
  'ipc',
  'legal',
  'licence',
  'region',
  'sei',
  'industry',
  'readiness',
] as const;
export type SignalName = (typeof SIGNAL_NAMES)[number];

export interface Breakdown {
  total: number;
  contributions: Record<SignalName, number>;
}

export interface Signals {
  /** `title`: the subclass's Chinese title, from the server (null when unknown). */
  ipc: {
    value: number;
    subclass: string | null;
    title: string | null;
    how: 'desired' | 'predicted' | 'none';
  };
  legal: { value: number; status: string };
  licence: { value: number; openLicence: boolean; preferred: boolean };
  region: { value: number; level: 'city' | 'province' | 'none' };
  sei: { value: number; code: string | null; name: string | null };
  industry: { value: number; code: string | null };
  readiness: { value: number; trl: number | null };
}

export type ReasonKind =
  | 'concepts'
  | 'semantic'
  | 'ipc'
  | 'sei'
  | 'industry'
  | 'openLicence'
  | 'legal'
  | 'ownerRegion'
  | 'readiness';

export interface Reason {
  kind: ReasonKind;
  text: Bilingual;
  /** What in the demand the reason refers to (its words, or labels of its fields). */
  demand: string[];
  /** What in the patent the reason refers to. */
  patent: string[];
  contribution: number;
  caution: boolean;
}

export interface TextRelevance {
  value: number;
  bm25Rank: number | null;
  bm25Score: number | null;
  denseRank: number | null;
  similarity: number | null;
}

export interface PoolEntry {
  declarationId: number;
  terms: Bilingual;
  termEnd: string;
  fixedFeeFen: number | null;
}

export interface MatchItem {
  rank: number;
  patent: {
    id: number;
    title: string;
    applicationNumber: string | null;
    publicationNumber: string | null;
    grantNumber: string | null;
    type: string;
    legalStatus: string;
    legalStatusLabel: Bilingual;
    mainIpc: string | null;
    owners: string[];
    region: { code: string; name: string } | null;
  };
  score: number;
  breakdown: Breakdown;
  text: TextRelevance;
  signals: Signals;
  openLicence: PoolEntry | null;
  reasons: Reason[];
  demoted: boolean;
}

export interface PredictedSubclass {
  subclass: string;
  title: string | null;
  probability: number;
}

interface ResultShape {
  mode: 'hybrid' | 'lexical';
  modeMessage: Bilingual;
  rankingMs: number;
  embeddingMs: number;
  terms: string[];
  predicted: PredictedSubclass[];
  considered: number;
  items: MatchItem[];
}

export type Relevance = 'relevant' | 'not_relevant';

export interface Verdict {
  patentId: number;
  relevance: Relevance | null;
  contacted: boolean;
}

export interface DemandMatches extends ResultShape {
  demandId: number;
  stored: boolean;
  feedback: Verdict[];
}

export interface AdHocMatches extends ResultShape {
  hints: {
    modes: { code: TransferMode; words: string; label: Bilingual }[];
    budget: { minFen: number | null; maxFen: number; words: string } | null;
  };
}

export interface AdHocQuery {
  text: string;
  title?: string;
  regionCode?: string | null;
  industryCode?: string | null;
  modes?: TransferMode[];
  limit?: number;
}

export interface ReverseMatches {
  patentId: number;
  mode: 'hybrid' | 'lexical';
  items: {
    rank: number;
    demand: Demand;
    score: number;
    breakdown: Breakdown;
    signals: Signals;
    reasons: Reason[];
  }[];
  enterprises: {
    name: string;
    organisationId: number | null;
    region: { code: string; name: string } | null;
    demands: number;
    bestScore: number;
  }[];
}

/** GET /patents/:id/similar: `patent` cites the patent asked about, `similar` the one listed. */
export interface SimilarReason {
  kind: 'concepts' | 'semantic' | 'ipc';
  text: Bilingual;
  patent: string[];
  similar: string[];
}

export interface SimilarPatents {
  patentId: number;
  mode: 'hybrid' | 'lexical';
  modeMessage: Bilingual;
  terms: string[];
  items: {
    rank: number;
    patent: {
      id: number;
      title: string;
      applicationNumber: string | null;
      publicationNumber: string | null;
      mainIpc: string | null;
      legalStatus: string;
      legalStatusLabel: Bilingual;
    };
    score: number;
    text: TextRelevance;
    sameSubclass: string | null;
    reasons: SimilarReason[];
  }[];
}

export interface FeedbackView {
  demandId: number;
  patentId: number;
  organisationId: number;
  relevance: Relevance | null;
  contacted: boolean;
  contactedAt: string | null;
  rankSeen: number | null;
  scoreSeen: number | null;
  updatedAt: string;
  demandMatched: boolean;
}

export interface MatchingStatus {
  mode: 'hybrid' | 'lexical';
  reason: string | null;
  message: Bilingual;
  model: string;
  patents: number;
  embedded: number;
  pending: number;
  watermark: number;
  demands: number;
  demandsEmbedded: number;
  openLicences: number;
}

export const matchingApi = {
  status: (signal?: AbortSignal) => api.get<MatchingStatus>('/api/v1/matching/status', { signal }),
  demandMatches: (
    demandId: number | string,
    options: { limit?: number; includeInactive?: boolean },
    signal?: AbortSignal,
  ) =>
    api.get<DemandMatches>(`/api/v1/demands/${encodeURIComponent(demandId)}/matches`, {
      query: { limit: options.limit, includeInactive: options.includeInactive ? 'true' : undefined },
      signal,
    }),
  query: (body: AdHocQuery, signal?: AbortSignal) =>
    api.post<AdHocMatches>('/api/v1/matching/query', body, { signal }),
  matchingDemands: (patentId: number | string, signal?: AbortSignal) =>
    api.get<ReverseMatches>(`/api/v1/patents/${encodeURIComponent(patentId)}/matching-demands`, {
      query: { limit: 20 },
      signal,
    }),
  similar: (patentId: number | string, signal?: AbortSignal) =>
    api.get<SimilarPatents>(`/api/v1/patents/${encodeURIComponent(patentId)}/similar`, {
      query: { limit: 8 },
      signal,
    }),
  feedback: (
    demandId: number,
    patentId: number,
    body: { relevance?: Relevance | null; contacted?: boolean },
  ) => api.post<FeedbackView>(`/api/v1/demands/${demandId}/matches/${patentId}/feedback`, body),
};
