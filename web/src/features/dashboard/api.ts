import { api } from '../../api/client';

/** Imports per day for the administration's dashboard (src/features/dashboard/routes.ts). */
export interface ImportDay {
  date: string;
  runs: number;
  accepted: number;
  rejected: number;
  created: number;
  updated: number;
}

export interface ImportSeries {
  from: string;
  to: string;
  days: ImportDay[];
  totals: Omit<ImportDay, 'date'>;
}

export const dashboardApi = {
  imports: (days: number, signal?: AbortSignal) =>
    api.get<ImportSeries>('/api/v1/dashboard/imports', { query: { days }, signal }),
};
