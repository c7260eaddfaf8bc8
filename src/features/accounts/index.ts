/** The accounts feature's surface for other features and the composition root. */
export {
  type Actor,
  ANONYMOUS,
  type AnonymousActor,
  ORGANISATION_KINDS,
  ORGANISATION_ROLES,
  type OrganisationKind,
  type OrganisationRole,
  SCOPES,
  type Scope,
  type UserActor,
} from './actor';
export { type BootstrapResult, DEFAULT_ADMIN_EMAIL, ensureBootstrapAdmin } from './bootstrap';
export { assertAllowed, requireActor } from './guards';
export { type PurgeReport, purgeExpiredCredentials } from './housekeeping';
export {
  ACTION_SCOPE,
  ACTIONS,
  type Action,
  type ActionResources,
  actorForRole,
  authorize,
  type Decision,
  type DemandResource,
  grantableScopes,
  type MatrixCell,
  type OwnedResource,
  type PatentResource,
  permissionMatrix,
  type RefusalCode,
  type Relation,
  ROLE_NAMES,
  type RoleName,
  resourceFor,
  roleProfile,
} from './permissions';
export { CSRF_COOKIE, CSRF_HEADER, registerAuth, SESSION_COOKIE } from './plugin';
export { organisationEmails } from './repository';
export { accountsRoutes } from './routes';
export { type AccountsDeps, type AuthSettings, loadAuthSettings } from './settings';
