import { describe, expect, it } from 'vitest';
import type { Actor, Scope, UserActor } from './actor';
import {
  ACTIONS,
  type Action,
  actorForRole,
  authorize,
  grantableScopes,
  permissionMatrix,
  ROLE_NAMES,
  type RoleName,
  resourceFor,
} from './permissions';

const KINDS = [
  'university',
  'institute',
  'enterprise',
  'service_organisation',
  'government',
  'bank',
  'other',
];
const ORG_ROLES = KINDS.flatMap((k) => [`${k}.admin`, `${k}.member`]) as RoleName[];
const both = (kind: string) => [`${kind}.admin`, `${kind}.member`] as RoleName[];
const OPERATORS = [...both('service_organisation'), ...both('government')];
const ORG_ADMINS = KINDS.map((k) => `${k}.admin`) as RoleName[];

/**
 * The expected table, written by hand from the product brief (not derived from `authorize`):
 * which roles are allowed for a resource of their own organisation and for one of another organisation.
 */
const EXPECTED: Record<Action, { own: RoleName[]; other: RoleName[] }> = {
  // 'own': an import restricted to the importer's own patents; 'other': records of any holder.
  'catalogue.import': {
    own: ['platformAdmin', ...OPERATORS, ...both('university'), ...both('institute'), ...both('enterprise')],
    other: ['platformAdmin', ...OPERATORS],
  },
  'patent.update': { own: ['platformAdmin', ...ORG_ROLES], other: ['platformAdmin', ...OPERATORS] },
  'openLicence.declare': { own: ORG_ROLES, other: [] },
  'openLicence.withdraw': { own: ORG_ROLES, other: [] },
  // "verification actions only for service organisations"
  'openLicence.verify': { own: [], other: both('service_organisation') },
  'openLicence.publish': { own: [], other: both('service_organisation') },
  'openLicence.suspend': { own: [], other: OPERATORS },
  'licence.take': { own: [], other: ORG_ROLES },
  'demand.create': { own: both('enterprise'), other: [] },
  'demand.update': { own: both('enterprise'), other: [] },
  'demand.read': { own: ORG_ROLES, other: both('government') },
  // The enterprise survey: operators import sheets for enterprises without an account.
  'demand.importForOthers': { own: OPERATORS, other: OPERATORS },
  'organisation.manage': { own: ['platformAdmin'], other: ['platformAdmin'] },
  'user.manage': { own: ['platformAdmin', ...ORG_ADMINS], other: ['platformAdmin'] },
  'token.manage': { own: ['platformAdmin', ...ORG_ROLES], other: ['platformAdmin'] },
  'audit.read': {
    own: ['platformAdmin', ...both('government')],
    other: ['platformAdmin', ...both('government')],
  },
  'audit.export': {
    own: ['platformAdmin', ...both('government')],
    other: ['platformAdmin', ...both('government')],
  },
  'dashboard.read': { own: ['platformAdmin', ...OPERATORS], other: ['platformAdmin', ...OPERATORS] },
  'pledge.read': {
    own: [...both('bank'), ...both('government')],
    other: [...both('bank'), ...both('government')],
  },
  'outbox.manage': { own: ['platformAdmin'], other: ['platformAdmin'] },
};

const IDS = { own: 1, other: 2, ownUserId: 10, otherUserId: 20 };

function user(role: RoleName, patch: Partial<UserActor> = {}): UserActor {
  const a = actorForRole(role, { userId: IDS.ownUserId, organisationId: IDS.own });
  if (a.kind !== 'user') throw new Error('expected a user');
  return { ...a, ...patch };
}

describe('permission table: every role × action × own/other resource', () => {
  it('enumerates 16 roles and every action', () => {
    expect(ROLE_NAMES).toHaveLength(16);
    expect(permissionMatrix()).toHaveLength(16 * ACTIONS.length * 2);
  });

  const rows = ACTIONS.flatMap((action) =>
    ROLE_NAMES.flatMap((role) =>
      (['own', 'other'] as const).map((relation) => ({
        action,
        role,
        relation,
        allowed: EXPECTED[action][relation].includes(role),
      })),
    ),
  );
  it.each(rows)(
    '$action by $role on $relation resource → allowed=$allowed',
    ({ action, role, relation, allowed }) => {
      const actor = actorForRole(role, { userId: IDS.ownUserId, organisationId: IDS.own });
      const d = authorize(actor, action, resourceFor(action, relation, IDS));
      expect(d.allowed).toBe(allowed);
      if (!d.allowed) {
        expect(d.reason.zh.length).toBeGreaterThan(2);
        expect(d.reason.en.length).toBeGreaterThan(5);
        if (role === 'anonymous') expect(d.code).toBe('SIGN_IN_REQUIRED');
      }
    },
  );

  it('permissionMatrix agrees with authorize cell by cell', () => {
    for (const cell of permissionMatrix()) {
      expect(EXPECTED[cell.action][cell.relation].includes(cell.role), `${cell.role} ${cell.action}`).toBe(
        cell.allowed,
      );
    }
  });
});

describe('rules that need more than own/other', () => {
  const anonymous: Actor = { kind: 'anonymous' };
  const cases: Array<{
    name: string;
    actor: Actor;
    action: Action;
    resource: object;
    allowed: boolean;
    code?: string;
  }> = [
    {
      name: 'the public reads a public demand',
      actor: anonymous,
      action: 'demand.read',
      resource: { ownerOrganisationId: 2, visibility: 'public', approvedOrganisationIds: [] },
      allowed: true,
    },
    {
      name: 'a matched party the owner approved reads a private demand',
      actor: user('university.member'),
      action: 'demand.read',
      resource: { ownerOrganisationId: 2, visibility: 'private', approvedOrganisationIds: [3, 1] },
      allowed: true,
    },
    {
      name: 'a service organisation does not read private demands it was not approved for',
      actor: user('service_organisation.admin'),
      action: 'demand.read',
      resource: { ownerOrganisationId: 2, visibility: 'private', approvedOrganisationIds: [3] },
      allowed: false,
      code: 'NOT_VISIBLE',
    },
    {
      name: 'a service organisation reads a private demand imported for an enterprise without an account',
      actor: user('service_organisation.member'),
      action: 'demand.read',
      resource: { ownerOrganisationId: null, visibility: 'private', approvedOrganisationIds: [] },
      allowed: true,
    },
    {
      name: 'an enterprise does not read a private demand of an enterprise without an account',
      actor: user('enterprise.admin'),
      action: 'demand.read',
      resource: { ownerOrganisationId: null, visibility: 'private', approvedOrganisationIds: [] },
      allowed: false,
      code: 'NOT_VISIBLE',
    },
    {
      name: 'a platform administrator (no organisation) is not the owner of a demand without one',
      actor: user('platformAdmin'),
      action: 'demand.read',
      resource: { ownerOrganisationId: null, visibility: 'private', approvedOrganisationIds: [] },
      allowed: false,
      code: 'NOT_VISIBLE',
    },
    {
      name: 'Patent Law Art. 50: a co-owner declares an open licence of a jointly held patent',
      actor: user('institute.member'),
      action: 'openLicence.declare',
      resource: { ownerOrganisationIds: [7, 1] },
      allowed: true,
    },
    {
      name: 'Patent Law Art. 50: a platform administrator without organisation cannot declare',
      actor: user('platformAdmin'),
      action: 'openLicence.declare',
      resource: { ownerOrganisationIds: [1] },
      allowed: false,
      code: 'NOT_OWN_ORGANISATION',
    },
    {
      name: 'conflict of interest: a service organisation does not verify its own patent',
      actor: user('service_organisation.member'),
      action: 'openLicence.verify',
      resource: { ownerOrganisationIds: [5, 1] },
      allowed: false,
      code: 'CONFLICT_OF_INTEREST',
    },
    {
      name: 'Patent Law Art. 51: a patentee takes no licence of a patent it co-owns',
      actor: user('enterprise.member'),
      action: 'licence.take',
      resource: { ownerOrganisationIds: [4, 1] },
      allowed: false,
      code: 'NOT_OWN_ORGANISATION',
    },
    {
      name: 'an organisation administrator cannot create a platform administrator',
      actor: user('university.admin'),
      action: 'user.manage',
      resource: { organisationId: 1, isPlatformAdmin: true },
      allowed: false,
      code: 'ROLE_NOT_PERMITTED',
    },
    {
      name: 'an organisation member cannot manage users of their organisation',
      actor: user('enterprise.member'),
      action: 'user.manage',
      resource: { organisationId: 1, isPlatformAdmin: false },
      allowed: false,
      code: 'ROLE_NOT_PERMITTED',
    },
    {
      name: "an organisation administrator manages the tokens of their organisation's users",
      actor: user('bank.admin'),
      action: 'token.manage',
      resource: { ownerUserId: 99, ownerOrganisationId: 1 },
      allowed: true,
    },
    {
      name: 'a member cannot manage a colleague’s tokens',
      actor: user('bank.member'),
      action: 'token.manage',
      resource: { ownerUserId: 99, ownerOrganisationId: 1 },
      allowed: false,
      code: 'NOT_OWN_ORGANISATION',
    },
    {
      name: 'a user who must change their password is refused everything else',
      actor: user('government.admin', { mustChangePassword: true }),
      action: 'audit.read',
      resource: {},
      allowed: false,
      code: 'PASSWORD_CHANGE_REQUIRED',
    },
    {
      name: 'a private demand is not visible to the public',
      actor: anonymous,
      action: 'demand.read',
      resource: { ownerOrganisationId: 2, visibility: 'private', approvedOrganisationIds: [] },
      allowed: false,
      code: 'SIGN_IN_REQUIRED',
    },
  ];
  it.each(cases)('$name', ({ actor, action, resource, allowed, code }) => {
    const d = authorize(actor, action, resource as never);
    expect(d.allowed).toBe(allowed);
    if (!d.allowed) expect(d.code).toBe(code);
  });
});

describe('API token scopes narrow the user’s rights', () => {
  const token = (role: RoleName, scopes: Scope[]) =>
    actorForRole(role, { userId: IDS.ownUserId, organisationId: IDS.own }, { via: 'token', scopes });
  const cases: Array<{ role: RoleName; scopes: Scope[]; action: Action; allowed: boolean; code?: string }> = [
    {
      role: 'university.member',
      scopes: ['catalogue:read'],
      action: 'patent.update',
      allowed: false,
      code: 'TOKEN_SCOPE_MISSING',
    },
    { role: 'university.member', scopes: ['catalogue:write'], action: 'patent.update', allowed: true },
    {
      role: 'university.member',
      scopes: ['catalogue:write'],
      action: 'openLicence.declare',
      allowed: false,
      code: 'TOKEN_SCOPE_MISSING',
    },
    {
      role: 'university.member',
      scopes: ['open-licence:write'],
      action: 'openLicence.declare',
      allowed: true,
    },
    { role: 'enterprise.member', scopes: ['demands:write'], action: 'demand.read', allowed: true },
    {
      role: 'enterprise.member',
      scopes: ['demands:read'],
      action: 'demand.update',
      allowed: false,
      code: 'TOKEN_SCOPE_MISSING',
    },
    { role: 'government.member', scopes: ['catalogue:write'], action: 'dashboard.read', allowed: true },
    {
      role: 'government.member',
      scopes: ['catalogue:read'],
      action: 'audit.read',
      allowed: false,
      code: 'TOKEN_SCOPE_MISSING',
    },
    { role: 'government.member', scopes: ['audit:read'], action: 'audit.export', allowed: true },
    { role: 'platformAdmin', scopes: ['admin'], action: 'user.manage', allowed: true },
    {
      role: 'platformAdmin',
      scopes: ['catalogue:write'],
      action: 'organisation.manage',
      allowed: false,
      code: 'TOKEN_SCOPE_MISSING',
    },
    // A scope never adds rights the user lacks.
    {
      role: 'bank.member',
      scopes: ['admin'],
      action: 'organisation.manage',
      allowed: false,
      code: 'ROLE_NOT_PERMITTED',
    },
  ];
  it.each(cases)(
    '$role with $scopes → $action allowed=$allowed',
    ({ role, scopes, action, allowed, code }) => {
      const d = authorize(token(role, scopes), action, resourceFor(action, 'own', IDS));
      expect(d.allowed).toBe(allowed);
      if (!d.allowed) expect(d.code).toBe(code);
    },
  );
});

describe('grantableScopes: a token may only carry scopes its user can use', () => {
  const cases: Array<{ role: RoleName; scopes: Scope[] }> = [
    {
      role: 'university.member',
      scopes: ['catalogue:read', 'catalogue:write', 'open-licence:write', 'demands:read', 'admin'],
    },
    {
      role: 'enterprise.member',
      scopes: [
        'catalogue:read',
        'catalogue:write',
        'open-licence:write',
        'demands:read',
        'demands:write',
        'admin',
      ],
    },
    {
      role: 'government.member',
      // demands:write: sheets of the enterprise survey, imported for enterprises without an account.
      scopes: [
        'catalogue:read',
        'catalogue:write',
        'open-licence:write',
        'demands:read',
        'demands:write',
        'audit:read',
        'admin',
      ],
    },
    {
      role: 'bank.member',
      scopes: ['catalogue:read', 'catalogue:write', 'open-licence:write', 'demands:read', 'admin'],
    },
    {
      role: 'platformAdmin',
      scopes: ['catalogue:read', 'catalogue:write', 'demands:read', 'audit:read', 'admin'],
    },
  ];
  it.each(cases)('$role', ({ role, scopes }) => {
    expect(grantableScopes(user(role))).toEqual(scopes);
  });
});
