/** Who is making a request. Types only: the plugin in `plugin.ts` fills `request.actor`. */

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

export const ORGANISATION_ROLES = ['admin', 'member'] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

/**
 * What an API token may be used for. A token never gives more than its user has; a scope only narrows.
 * `admin` covers every other scope. Sessions carry all scopes.
 */
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

export interface AnonymousActor {
  kind: 'anonymous';
}

export interface UserActor {
  kind: 'user';
  userId: number;
  email: string;
  displayName: string;
  /** `null` only for a platform administrator who belongs to no organisation. */
  organisationId: number | null;
  organisationKind: OrganisationKind | null;
  role: OrganisationRole;
  isPlatformAdmin: boolean;
  via: 'session' | 'token';
  /** `sessions.id` or `api_tokens.id`, recorded in the audit log. */
  credentialId: number;
  scopes: readonly Scope[];
  /** A first sign-in with a generated or administrator-set password: everything but changing it is refused. */
  mustChangePassword: boolean;
}

export type Actor = AnonymousActor | UserActor;

export const ANONYMOUS: AnonymousActor = Object.freeze({ kind: 'anonymous' });

declare module 'fastify' {
  interface FastifyRequest {
    /** Set on every request by `registerAuth` (anonymous when no valid session or token is presented). */
    actor: Actor;
  }
  interface FastifyContextConfig {
    /** Skip the CSRF check for this route (sign-in and password-reset forms, which act with no session's authority). */
    csrfExempt?: boolean;
  }
}
