import { ApiError, api, type Id, type Page } from '../../api/client';
import type { Declaration } from '../openLicence/api';
import type { FacetValue } from '../patents/api';

/** What the overview lists of recent imports; the contract leaves the members open, so all are optional. */
export interface ImportSummary {
  id: Id;
  fileName?: string;
  status?: string;
  startedAt?: string;
  finishedAt?: string | null;
  accepted?: number;
  rejectedCount?: number;
}

export interface Overview {
  patents: number;
  inForce: number;
  organisations: number;
  universities: number;
  byType: FacetValue[];
  byLegalStatus: FacetValue[];
  bySection: FacetValue[];
  /** Top-level strategic emerging industries (SEI 2018). */
  bySei: FacetValue[];
  /** Provinces (GB/T 2260). */
  byProvince: FacetValue[];
  latestImports: ImportSummary[];
  indexedDocuments: number;
}

/** The few members of a demand the home page shows (the demands API, src/features/demands). */
export interface DemandSummary {
  id: number;
  title: string;
  enterpriseName: string;
  region: { code: string; name: string } | null;
  createdAt: string;
}

export const statsApi = {
  overview: (lang: 'zh' | 'en', signal?: AbortSignal) =>
    api.get<Overview>('/api/v1/stats/overview', { query: { lang }, signal }),
  latestOpenLicences: (signal?: AbortSignal) =>
    api.get<Page<Declaration>>('/api/v1/open-licence/pool', { query: { pageSize: 5 }, signal }),
  /** `null` when the platform has no demands API (the home page then leaves the section out). */
  latestDemands: (signal?: AbortSignal) =>
    api
      .get<Page<DemandSummary>>('/api/v1/demands', { query: { pageSize: 5 }, signal })
      .catch((err: unknown) => {
        if (err instanceof ApiError && (err.status === 404 || err.status === 405)) return null;
        throw err;
      }),
};
