import { api, type Page } from '../../api/client';

/** Wire types of the accounts API (src/features/accounts/routes.ts on the server). */

export const ORGANISATION_KINDS = [
  'university',
  'institute',
  'enterprise',
  'service_organisation',
  'government',
  'bank',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export type OrganisationRole = 'admin' | 'member';

export const SCOPES = [
  'catalogue:read',
  'catalogue:write',
  'open-licence:write',
  'demands:read',
  'demands:write',
  'audit:read',
  'admin',
] as const;
export type Scope = (typeof SCOPES)[number];

export interface User {
  id: number;
  email: string;
  displayName: string;
  organisationId: number | null;
  organisationName: string | null;
  organisationKind: OrganisationKind | null;
  role: OrganisationRole;
  isPlatformAdmin: boolean;
  mustChangePassword: boolean;
  hasPassword: boolean;
  disabled: boolean;
  lastSignInAt: string | null;
  createdAt: string;
}

export interface Me {
  user: User;
  via: 'session' | 'token';
  scopes: Scope[];
  grantableScopes: Scope[];
  csrfToken: string | null;
}

export interface SignInAnswer {
  user: User;
  csrfToken: string;
  expiresAt: string;
  mustChangePassword: boolean;
}

export interface Organisation {
  id: number;
  name: string;
  kind: OrganisationKind;
  creditCode: string | null;
  regionCode: string | null;
  userCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface ApiToken {
  id: number;
  userId: number;
  name: string;
  prefix: string;
  scopes: Scope[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revoked: boolean;
}

export interface NewUser {
  email: string;
  displayName: string;
  organisationId: number | null;
  role: OrganisationRole;
  isPlatformAdmin?: boolean;
}

export interface UserChange {
  displayName?: string;
  organisationId?: number | null;
  role?: OrganisationRole;
  isPlatformAdmin?: boolean;
  disabled?: boolean;
}

const V1 = '/api/v1';

export const accountsApi = {
  me: (signal?: AbortSignal) => api.get<Me>(`${V1}/auth/me`, { signal }),
  /** `{ me: null }` for the public: asking does not provoke a 401. */
  session: (signal?: AbortSignal) => api.get<{ me: Me | null }>(`${V1}/auth/session`, { signal }),
  signIn: (email: string, password: string) =>
    api.post<SignInAnswer>(`${V1}/auth/login`, { email, password }),
  signOut: () => api.post<void>(`${V1}/auth/logout`),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<void>(`${V1}/auth/password`, { currentPassword, newPassword }),
  requestReset: (email: string) => api.post<{ message: string }>(`${V1}/auth/password-reset`, { email }),
  confirmReset: (token: string, newPassword: string) =>
    api.post<{ email: string }>(`${V1}/auth/password-reset/confirm`, { token, newPassword }),

  organisations: (query: { kind?: string; q?: string; page?: number }, signal?: AbortSignal) =>
    api.get<Page<Organisation>>(`${V1}/organisations`, { query: { ...query, pageSize: 50 }, signal }),
  organisation: (id: number, signal?: AbortSignal) =>
    api.get<Organisation>(`${V1}/organisations/${id}`, { signal }),
  createOrganisation: (body: { name: string; kind: OrganisationKind; creditCode?: string | null }) =>
    api.post<Organisation>(`${V1}/organisations`, body),

  users: (
    query: { organisationId?: number; q?: string; includeDisabled?: boolean; page?: number },
    signal?: AbortSignal,
  ) => api.get<Page<User>>(`${V1}/users`, { query: { ...query, pageSize: 50 }, signal }),
  createUser: (body: NewUser) => api.post<{ user: User; invitationSent: boolean }>(`${V1}/users`, body),
  updateUser: (id: number, change: UserChange) => api.patch<User>(`${V1}/users/${id}`, change),
  unlockUser: (id: number) => api.post<void>(`${V1}/users/${id}/unlock`),
  sendPasswordLink: (id: number) => api.post<{ queued: true }>(`${V1}/users/${id}/password-link`),

  tokens: (signal?: AbortSignal) => api.get<{ items: ApiToken[] }>(`${V1}/tokens`, { signal }),
  createToken: (body: { name: string; scopes: Scope[]; expiresInDays: number | null }) =>
    api.post<ApiToken & { token: string }>(`${V1}/tokens`, body),
  revokeToken: (id: number) => api.delete<void>(`${V1}/tokens/${id}`),
};
