import { api, type Page, type Query, toQueryString } from '../../api/client';

/** Wire types of the audit API (src/features/audit/routes.ts on the server). */
export interface AuditEntry {
  seq: number;
  at: string;
  actor: {
    kind: 'anonymous' | 'user' | 'system';
    userId: number | null;
    organisationId: number | null;
    label: string | null;
    via: 'session' | 'token' | null;
    credentialId: number | null;
  };
  ip: string | null;
  requestId: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  before: unknown;
  after: unknown;
  prevHash: string;
  hash: string;
}

export interface AuditFilter {
  actor?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  from?: string;
  to?: string;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  lastSeq: number;
  lastHash: string | null;
  firstBreak: { seq: number; reason: string; expectedSeq?: number } | null;
}

const BASE = '/api/v1/audit';

export const auditApi = {
  search: (filter: AuditFilter, page: number, signal?: AbortSignal) =>
    api.get<Page<AuditEntry>>(BASE, { query: { ...filter, page, pageSize: 25 } as Query, signal }),
  vocabulary: (signal?: AbortSignal) =>
    api.get<{ actions: string[]; objectTypes: string[] }>(`${BASE}/vocabulary`, { signal }),
  verify: () => api.get<ChainVerification>(`${BASE}/verify`),
  /** The CSV of the same filter (a plain link: the browser downloads it with the session cookie). */
  exportUrl: (filter: AuditFilter) => `${BASE}/export.csv${toQueryString(filter as Query)}`,
};
