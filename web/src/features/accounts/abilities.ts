import type { OrganisationKind, User } from './api';

/**
 * What the navigation offers a user. It mirrors the server's role table (src/features/accounts/permissions.ts)
 * only to hide what a role cannot do: the API enforces every rule whatever the page shows.
 */
export interface Abilities {
  /** Signed in and free to use the platform (not waiting to replace a generated password). */
  signedIn: boolean;
  hasOrganisation: boolean;
  /** catalogue.import: operators, platform administrators, and patentee organisations (their own records). */
  importPatents: boolean;
  /** dashboard.read: service organisations, the IP administration, platform administrators. */
  readDashboard: boolean;
  /** audit.read: the IP administration and platform administrators. */
  readAudit: boolean;
  /** user.manage: platform administrators, and organisation administrators for their organisation. */
  manageUsers: boolean;
  /** organisation.manage: platform administrators. */
  manageOrganisations: boolean;
  /** openLicence.verify: service organisations and the IP administration. */
  verifyDeclarations: boolean;
}

const OPERATORS: readonly OrganisationKind[] = ['service_organisation', 'government'];
const PATENTEES: readonly OrganisationKind[] = ['university', 'institute', 'enterprise'];

export function abilitiesOf(user: User | null | undefined): Abilities {
  // A user who must still replace a generated password may do nothing else yet (the API answers
  // PASSWORD_CHANGE_REQUIRED): the menu and the header offer them what the public sees.
  if (!user || user.mustChangePassword)
    return {
      signedIn: false,
      hasOrganisation: false,
      importPatents: false,
      readDashboard: false,
      readAudit: false,
      manageUsers: false,
      manageOrganisations: false,
      verifyDeclarations: false,
    };
  const kind = user.organisationKind;
  const operator = kind !== null && OPERATORS.includes(kind);
  const admin = user.isPlatformAdmin;
  return {
    signedIn: true,
    hasOrganisation: user.organisationId !== null,
    importPatents: admin || operator || (kind !== null && PATENTEES.includes(kind)),
    readDashboard: admin || operator,
    readAudit: admin || kind === 'government',
    manageUsers: admin || (user.role === 'admin' && user.organisationId !== null),
    manageOrganisations: admin,
    verifyDeclarations: operator,
  };
}

/**
 * Whether the patent page shows the licence and pledge records (GET /open-licence/patents/:id/records, which
 * decides for real): members of an owning organisation, operators and platform administrators (the parties of
 * openLicence/serviceContext.ts isParty), and banks and the IP administration (pledge.read).
 */
export function readsPatentRecords(
  user: User | null | undefined,
  ownerOrganisationIds: readonly number[],
): boolean {
  if (!user || user.mustChangePassword) return false;
  if (user.isPlatformAdmin) return true;
  const kind = user.organisationKind;
  if (kind !== null && (OPERATORS.includes(kind) || kind === 'bank')) return true;
  return user.organisationId !== null && ownerOrganisationIds.includes(user.organisationId);
}
