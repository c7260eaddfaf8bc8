import { api } from '../../api/client';
import type { FacetValue } from '../patents/api';

/** What the overview lists of recent imports; the contract leaves the members open, so all are optional. */
export interface ImportSummary {
  id: string;
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
  overview: (signal?: AbortSignal) => api.get<Overview>('/api/v1/stats/overview', { signal }),
};
