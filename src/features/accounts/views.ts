/** What the API and the audit log show of accounts: never password hashes or token hashes. */
import type { OrganisationKind, OrganisationRole, Scope } from './actor';
import type { OrganisationRow, TokenRow, UserRow } from './repository';

export interface UserView {
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

export function userView(u: UserRow): UserView {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    organisationId: u.organisationId,
    organisationName: u.organisationName,
    organisationKind: u.organisationKind,
    role: u.role,
    isPlatformAdmin: u.isPlatformAdmin,
    mustChangePassword: u.mustChangePassword,
    hasPassword: u.passwordHash !== null,
    disabled: u.disabledAt !== null,
    lastSignInAt: u.lastSignInAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  };
}

/** The audited state of a user: what an administrator can change. */
export function userAuditState(u: UserRow) {
  return {
    email: u.email,
    displayName: u.displayName,
    organisationId: u.organisationId,
    role: u.role,
    isPlatformAdmin: u.isPlatformAdmin,
    disabled: u.disabledAt !== null,
  };
}

export interface OrganisationView {
  id: number;
  name: string;
  kind: OrganisationKind;
  creditCode: string | null;
  regionCode: string | null;
  userCount: number;
  createdAt: string;
  updatedAt: string;
}

export function organisationView(o: OrganisationRow): OrganisationView {
  return {
    id: o.id,
    name: o.name,
    kind: o.kind,
    creditCode: o.creditCode,
    regionCode: o.regionCode,
    userCount: o.userCount,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}

export function organisationAuditState(o: OrganisationRow) {
  return { name: o.name, kind: o.kind, creditCode: o.creditCode, regionCode: o.regionCode };
}

export interface TokenView {
  id: number;
  userId: number;
  name: string;
  /** The first characters of the token, to recognise it; the token itself is shown only once. */
  prefix: string;
  scopes: Scope[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revoked: boolean;
}

export function tokenView(t: TokenRow): TokenView {
  return {
    id: t.id,
    userId: t.userId,
    name: t.name,
    prefix: t.tokenPrefix,
    scopes: t.scopes,
    createdAt: t.createdAt.toISOString(),
    expiresAt: t.expiresAt?.toISOString() ?? null,
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revoked: t.revokedAt !== null,
  };
}
