import { describe, expect, it } from 'vitest';
import { abilitiesOf, readsPatentRecords } from './abilities';
import type { OrganisationKind, User } from './api';
import { linkFragment } from './ResetPasswordPage';
import { safeNext } from './SignInPage';

function user(kind: OrganisationKind | null, role: 'admin' | 'member', isPlatformAdmin = false): User {
  return {
    id: 1,
    email: 'u@example.test',
    displayName: 'u',
    organisationId: kind ? 7 : null,
    organisationName: kind ? 'org' : null,
    organisationKind: kind,
    role,
    isPlatformAdmin,
    mustChangePassword: false,
    hasPassword: true,
    disabled: false,
    lastSignInAt: null,
    createdAt: '2026-01-01T00:00:00Z',
  };
}

// What the navigation shows each role; the server's role table (accounts/permissions.ts) decides for real.
describe('navigation abilities by role', () => {
  it.each([
    { role: 'public', u: null, shown: [] },
    { role: 'university member', u: user('university', 'member'), shown: ['importPatents'] },
    { role: 'university admin', u: user('university', 'admin'), shown: ['importPatents', 'manageUsers'] },
    { role: 'enterprise member', u: user('enterprise', 'member'), shown: ['importPatents'] },
    {
      role: 'service organisation member',
      u: user('service_organisation', 'member'),
      shown: ['importPatents', 'readDashboard', 'verifyDeclarations'],
    },
    {
      role: 'IP administration member',
      u: user('government', 'member'),
      shown: ['importPatents', 'readDashboard', 'readAudit', 'verifyDeclarations'],
    },
    { role: 'bank member', u: user('bank', 'member'), shown: [] },
    { role: 'bank admin', u: user('bank', 'admin'), shown: ['manageUsers'] },
    {
      role: 'platform administrator',
      u: user(null, 'member', true),
      shown: ['importPatents', 'readDashboard', 'readAudit', 'manageUsers', 'manageOrganisations'],
    },
  ])('$role', ({ u, shown }) => {
    const a = abilitiesOf(u);
    const on = Object.entries(a)
      .filter(([k, v]) => v && k !== 'signedIn' && k !== 'hasOrganisation')
      .map(([k]) => k);
    expect(on.sort()).toEqual([...shown].sort());
    expect(a.signedIn).toBe(u !== null);
  });

  it('offers nothing but the password change to a user who must still replace a generated password', () => {
    const forced = { ...user(null, 'member', true), mustChangePassword: true };
    expect(Object.values(abilitiesOf(forced)).every((v) => v === false)).toBe(true);
  });
});

describe('sign-in and reset links', () => {
  it.each([
    ['/patents?q=x', '/patents?q=x'],
    [null, '/'],
    ['//evil.example/', '/'],
    ['https://evil.example/', '/'],
    ['/sign-in?next=/x', '/'],
  ])('follows next=%s to %s', (next, to) => {
    expect(safeNext(next)).toBe(to);
  });

  it('reads the token and the invitation flag from the fragment', () => {
    expect(linkFragment('#token=abcdefghijkl&invite=1')).toEqual({ token: 'abcdefghijkl', invite: true });
    expect(linkFragment('#token=abcdefghijkl')).toEqual({ token: 'abcdefghijkl', invite: false });
    expect(linkFragment('')).toEqual({ token: null, invite: false });
    expect(linkFragment('#token=short')).toEqual({ token: null, invite: false });
  });
});

describe("who sees a patent's licence and pledge records", () => {
  const owners = [7, 9];
  it.each([
    { who: 'the public', u: null, sees: false },
    { who: 'a member of an owning university', u: user('university', 'member'), sees: true },
    {
      who: 'a member of another university',
      u: { ...user('university', 'member'), organisationId: 8 },
      sees: false,
    },
    {
      who: 'an enterprise that does not own it',
      u: { ...user('enterprise', 'admin'), organisationId: 8 },
      sees: false,
    },
    { who: 'a bank', u: { ...user('bank', 'member'), organisationId: 8 }, sees: true },
    { who: 'the IP administration', u: { ...user('government', 'member'), organisationId: 8 }, sees: true },
    {
      who: 'a service organisation',
      u: { ...user('service_organisation', 'member'), organisationId: 8 },
      sees: true,
    },
    { who: 'the platform administrator', u: user(null, 'member', true), sees: true },
    {
      who: 'an owner still to replace a generated password',
      u: { ...user('university', 'member'), mustChangePassword: true },
      sees: false,
    },
  ])('$who: $sees', ({ u, sees }) => {
    expect(readsPatentRecords(u, owners)).toBe(sees);
  });
});
