import { api, type Id, type Page } from '../../../api/client';

export const IMPORT_FORMATS = ['auto', 'csv', 'xlsx', 'jsonl'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export type ImportStatus = 'running' | 'completed' | 'failed';

export interface ImportRun {
  id: Id;
  fileName: string;
  format: string;
  encoding: string | null;
  layout: string | null;
  status: ImportStatus;
  processedRows: number;
  totalRows: number | null;
  accepted: number;
  created: number;
  updated: number;
  unchanged: number;
  rejectedCount: number;
  failure: string | null;
  startedAt: string;
  finishedAt: string | null;
}

export interface RejectedRow {
  row: number;
  field: string | null;
  reason: string;
}

const base = '/api/v1/imports';

export const importsApi = {
  start: (file: File, format: ImportFormat) => {
    const body = new FormData();
    // Fields before the file: a streaming multipart parser sees `format` before it reads the file.
    if (format !== 'auto') body.append('format', format);
    body.append('file', file, file.name);
    return api.post<{ id: Id }>(base, body);
  },
  get: (id: Id, signal?: AbortSignal) => api.get<ImportRun>(`${base}/${encodeURIComponent(id)}`, { signal }),
  list: (page: number, signal?: AbortSignal) => api.get<Page<ImportRun>>(base, { query: { page }, signal }),
  rejected: (id: Id, page: number, pageSize: number, signal?: AbortSignal) =>
    api.get<{ total: number; items: RejectedRow[] }>(`${base}/${encodeURIComponent(id)}/rejected`, {
      query: { page, pageSize },
      signal,
    }),
  reportUrl: (id: Id, kind: 'csv' | 'json') => `${base}/${encodeURIComponent(id)}/report.${kind}`,
  templateUrl: (kind: 'csv' | 'xlsx') => `${base}/template.${kind}`,
};
