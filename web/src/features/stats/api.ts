import { api, type Id } from '../../api/client';
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
  latestImports: ImportSummary[];
}

export const statsApi = {
  overview: (lang: 'zh' | 'en', signal?: AbortSignal) =>
    api.get<Overview>('/api/v1/stats/overview', { query: { lang }, signal }),
};
