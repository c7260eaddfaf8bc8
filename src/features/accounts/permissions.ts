/**
 * Who may do what: one pure function, `authorize(actor, action, resource)`. Routes and services call it
 * (through `assertAllowed`) for every write and every non-public read; hiding a button is not enough.
 *
 * Roles (product brief): the public browses; a university/institute (专利权人) manages its own patents and
 * open-licence declarations; an enterprise its own technology demands; a service organisation
 * (运营中心/保护中心) verifies declarations and operates; the IP administration (kind `government`,
 * 市场监管局/知识产权局) sees everything and the dashboards; a bank sees pledge-relevant data. A platform
 * administrator manages organisations and users. An API token narrows its user's rights to its scopes.
 */
import type { Bilingual } from '../../platform/http/problem';
import {
  type Actor,
  ORGANISATION_KINDS,
  ORGANISATION_ROLES,
  type OrganisationKind,
  type OrganisationRole,
  SCOPES,
  type Scope,
  type UserActor,
} from './actor';

export const ACTIONS = [
  'catalogue.import',
  'patent.update',
  'openLicence.declare',
  'openLicence.withdraw',
  'openLicence.verify',
  'openLicence.publish',
  'openLicence.suspend',
  'licence.take',
  'demand.create',
  'demand.update',
  'demand.read',
  'demand.importForOthers',
  'organisation.manage',
  'user.manage',
  'token.manage',
  'audit.read',
  'audit.export',
  'dashboard.read',
  'pledge.read',
  'outbox.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

/** For actions that concern no particular object. */
export type NoResource = Record<string, never>;
/** A patent, by its current right holders' organisations (co-owners: several). */
export interface PatentResource {
  ownerOrganisationIds: readonly number[];
}
/** Something that belongs to one organisation (a demand being created or edited). */
export interface OwnedResource {
  ownerOrganisationId: number;
}
export interface DemandResource {
  /**
   * The enterprise's organisation; null for a demand an operator imported for an enterprise without an
   * account (企业专利技术需求调查问卷 sheets), until that enterprise claims it.
   */
  ownerOrganisationId: number | null;
  visibility: 'public' | 'private';
  /** Organisations the owner approved to see this demand (matched parties). */
  approvedOrganisationIds: readonly number[];
}
/** A user account in one state; an update is checked against the state before and the state after. */
export interface UserResource {
  organisationId: number | null;
  isPlatformAdmin: boolean;
}
export interface TokenResource {
  ownerUserId: number;
  ownerOrganisationId: number | null;
}

export interface ActionResources {
  /** 'any': records of any patentee (operators); 'own': only records the importer's organisation holds. */
  'catalogue.import': { scope: 'any' | 'own' };
  'patent.update': PatentResource;
  'openLicence.declare': PatentResource;
  'openLicence.withdraw': PatentResource;
  'openLicence.verify': PatentResource;
  'openLicence.publish': PatentResource;
  'openLicence.suspend': PatentResource;
  'licence.take': PatentResource;
  'demand.create': OwnedResource;
  'demand.update': OwnedResource;
  'demand.read': DemandResource;
  'demand.importForOthers': NoResource;
  'organisation.manage': NoResource;
  'user.manage': UserResource;
  'token.manage': TokenResource;
  'audit.read': NoResource;
  'audit.export': NoResource;
  'dashboard.read': NoResource;
  'pledge.read': NoResource;
  'outbox.manage': NoResource;
}

export type Decision = { allowed: true } | { allowed: false; code: RefusalCode; reason: Bilingual };

export type RefusalCode =
  | 'SIGN_IN_REQUIRED'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'TOKEN_SCOPE_MISSING'
  | 'ROLE_NOT_PERMITTED'
  | 'NOT_OWN_ORGANISATION'
  | 'CONFLICT_OF_INTEREST'
  | 'NOT_VISIBLE';

/** The token scope each action needs when the request is authenticated with an API token. */
export const ACTION_SCOPE: Record<Action, Scope> = {
  'catalogue.import': 'catalogue:write',
  'patent.update': 'catalogue:write',
  'openLicence.declare': 'open-licence:write',
  'openLicence.withdraw': 'open-licence:write',
  'openLicence.verify': 'open-licence:write',
  'openLicence.publish': 'open-licence:write',
  'openLicence.suspend': 'open-licence:write',
  'licence.take': 'open-licence:write',
  'demand.create': 'demands:write',
  'demand.update': 'demands:write',
  'demand.read': 'demands:read',
  'demand.importForOthers': 'demands:write',
  'organisation.manage': 'admin',
  'user.manage': 'admin',
  'token.manage': 'admin',
  'audit.read': 'audit:read',
  'audit.export': 'audit:read',
  'dashboard.read': 'catalogue:read',
  'pledge.read': 'catalogue:read',
  'outbox.manage': 'admin',
};

/** `admin` covers everything; a write scope covers the matching read scope. */
export function scopeSatisfied(held: readonly Scope[], needed: Scope): boolean {
  if (held.includes(needed) || held.includes('admin')) return true;
  if (needed === 'catalogue:read') return held.includes('catalogue:write');
  if (needed === 'demands:read') return held.includes('demands:write');
  return false;
}

const ALLOWED: Decision = { allowed: true };

function refuse(code: RefusalCode, reason: Bilingual): Decision {
  return { allowed: false, code, reason };
}

const KIND_ZH: Record<OrganisationKind, string> = {
  university: '高校',
  institute: '科研院所',
  enterprise: '企业',
  service_organisation: '服务机构',
  government: '知识产权管理部门',
  bank: '银行',
  other: '其他机构',
};

function roleRefusal(what: Bilingual, kinds: readonly OrganisationKind[], orPlatformAdmin = false): Decision {
  const zh = kinds.map((k) => KIND_ZH[k]).join('、') + (orPlatformAdmin ? '或平台管理员' : '');
  const en = kinds.join(', ') + (orPlatformAdmin ? ' or a platform administrator' : '');
  return refuse('ROLE_NOT_PERMITTED', {
    zh: `只有${zh}可以${what.zh}`,
    en: `Only ${en} users may ${what.en}`,
  });
}

const OPERATORS: readonly OrganisationKind[] = ['service_organisation', 'government'];
const VERIFIERS: readonly OrganisationKind[] = ['service_organisation'];
const PATENTEE_KINDS: readonly OrganisationKind[] = ['university', 'institute', 'enterprise'];

function isKind(actor: UserActor, kinds: readonly OrganisationKind[]): boolean {
  return actor.organisationKind !== null && kinds.includes(actor.organisationKind);
}

function ownsAny(actor: UserActor, ownerOrganisationIds: readonly number[]): boolean {
  return actor.organisationId !== null && ownerOrganisationIds.includes(actor.organisationId);
}

const NOT_OWN_PATENT = (what: Bilingual): Decision =>
  refuse('NOT_OWN_ORGANISATION', {
    zh: `只能${what.zh}本机构作为专利权人的专利`,
    en: `You may only ${what.en} patents your organisation holds`,
  });

type Rule<A extends Action> = (actor: UserActor, resource: ActionResources[A]) => Decision;

const RULES: { [A in Action]: Rule<A> } = {
  // Operators curate the whole catalogue; a patentee organisation (university, institute, enterprise)
  // imports its own patent export, and the importer then refuses rows it does not hold.
  'catalogue.import': (a, r) =>
    a.isPlatformAdmin || isKind(a, OPERATORS) || (r.scope === 'own' && isKind(a, PATENTEE_KINDS))
      ? ALLOWED
      : r.scope === 'own'
        ? roleRefusal(
            { zh: '导入专利数据', en: 'import patent data' },
            [...OPERATORS, ...PATENTEE_KINDS],
            true,
          )
        : roleRefusal({ zh: '导入他人的专利数据', en: "import other holders' patent data" }, OPERATORS, true),

  // Tags and records of a patent: its patentee, or an operator who curates the catalogue.
  'patent.update': (a, r) =>
    a.isPlatformAdmin || isKind(a, OPERATORS) || ownsAny(a, r.ownerOrganisationIds)
      ? ALLOWED
      : NOT_OWN_PATENT({ zh: '修改', en: 'edit' }),

  // Patent Law Art. 50: the patentee (专利权人) declares an open licence; nobody declares for another.
  'openLicence.declare': (a, r) =>
    ownsAny(a, r.ownerOrganisationIds)
      ? ALLOWED
      : NOT_OWN_PATENT({
          zh: '声明开放许可（专利法第五十条）',
          en: 'declare an open licence for (Patent Law Art. 50)',
        }),
  'openLicence.withdraw': (a, r) =>
    ownsAny(a, r.ownerOrganisationIds)
      ? ALLOWED
      : NOT_OWN_PATENT({
          zh: '撤回开放许可声明（专利法第五十条）',
          en: 'withdraw an open licence of (Patent Law Art. 50)',
        }),

  // Verification (二次核查) and publication are the service organisations' alone; the IP administration supervises
  // and may suspend or reinstate a published declaration.
  'openLicence.verify': (a, r) =>
    operatorOnOthersPatent(
      a,
      r,
      { zh: '核查开放许可声明', en: 'verify open-licence declarations' },
      VERIFIERS,
    ),
  'openLicence.publish': (a, r) =>
    operatorOnOthersPatent(a, r, { zh: '发布开放许可', en: 'publish open licences' }, VERIFIERS),
  'openLicence.suspend': (a, r) =>
    operatorOnOthersPatent(a, r, { zh: '暂停开放许可', en: 'suspend open licences' }, OPERATORS),

  // Law Art. 51(1): any unit may take an open licence by written notice; a patentee needs none for its own patent.
  'licence.take': (a, r) => {
    if (a.organisationId === null)
      return refuse('ROLE_NOT_PERMITTED', {
        zh: '获得开放许可须以机构名义（专利法第五十一条）',
        en: 'An open licence is taken on behalf of an organisation (Patent Law Art. 51)',
      });
    if (ownsAny(a, r.ownerOrganisationIds))
      return refuse('NOT_OWN_ORGANISATION', {
        zh: '专利权人无需获得本机构专利的许可',
        en: 'A patentee needs no licence for its own patent',
      });
    return ALLOWED;
  },

  'demand.create': (a, r) =>
    ownEnterpriseDemand(a, r, { zh: '发布技术需求', en: 'publish technology demands' }),
  'demand.update': (a, r) => ownEnterpriseDemand(a, r, { zh: '修改技术需求', en: 'edit technology demands' }),
  'demand.read': (a, r) => {
    if (r.visibility === 'public') return ALLOWED;
    if (isKind(a, ['government'])) return ALLOWED;
    if (r.ownerOrganisationId !== null && a.organisationId === r.ownerOrganisationId) return ALLOWED;
    // Imported by an operator for an enterprise that has no account yet: the service organisations, which run
    // the enterprise survey, hold it (with the administration) until the enterprise claims it.
    if (r.ownerOrganisationId === null && isKind(a, ['service_organisation'])) return ALLOWED;
    if (a.organisationId !== null && r.approvedOrganisationIds.includes(a.organisationId)) return ALLOWED;
    return refuse('NOT_VISIBLE', {
      zh: '该技术需求未公开，仅需求方、知识产权管理部门和经需求方同意的匹配方可查看（尚无企业账户的需求：服务机构和知识产权管理部门）',
      en: 'This demand is private: only its owner, the IP administration and matched parties the owner approved may see it (a demand of an enterprise without an account: service organisations and the IP administration)',
    });
  },

  // The enterprise survey (企业专利技术需求调查问卷) is run by the service organisations (运营中心) and the IP
  // administration: they import sheets for enterprises that have no account yet, each row naming its
  // enterprise by name and credit code. An enterprise imports only its own demands (demand.create).
  'demand.importForOthers': (a) =>
    isKind(a, OPERATORS)
      ? ALLOWED
      : refuse('ROLE_NOT_PERMITTED', {
          zh: '只有服务机构、知识产权管理部门可以为尚无账户的企业导入技术需求；企业用户导入本企业的需求',
          en: 'Only service organisations and the IP administration may import demands for enterprises without an account; an enterprise imports its own',
        }),

  'organisation.manage': (a) =>
    a.isPlatformAdmin ? ALLOWED : roleRefusal({ zh: '管理机构', en: 'manage organisations' }, [], true),

  'user.manage': (a, r) => {
    if (a.isPlatformAdmin) return ALLOWED;
    if (r.isPlatformAdmin)
      return refuse('ROLE_NOT_PERMITTED', {
        zh: '只有平台管理员可以管理平台管理员账户',
        en: 'Only a platform administrator may manage platform administrator accounts',
      });
    if (a.role !== 'admin')
      return refuse('ROLE_NOT_PERMITTED', {
        zh: '只有机构管理员或平台管理员可以管理用户',
        en: 'Only an organisation administrator or a platform administrator may manage users',
      });
    if (a.organisationId === null || r.organisationId !== a.organisationId)
      return refuse('NOT_OWN_ORGANISATION', {
        zh: '机构管理员只能管理本机构的用户',
        en: "An organisation administrator may only manage their own organisation's users",
      });
    return ALLOWED;
  },

  'token.manage': (a, r) => {
    if (a.isPlatformAdmin || r.ownerUserId === a.userId) return ALLOWED;
    if (a.role === 'admin' && a.organisationId !== null && r.ownerOrganisationId === a.organisationId)
      return ALLOWED;
    return refuse('NOT_OWN_ORGANISATION', {
      zh: '只能管理自己的 API 令牌（机构管理员可管理本机构用户的令牌）',
      en: "You may only manage your own API tokens (organisation administrators: their organisation's)",
    });
  },

  'audit.read': (a) => auditor(a, { zh: '查看审计日志', en: 'read the audit log' }),
  'audit.export': (a) => auditor(a, { zh: '导出审计日志', en: 'export the audit log' }),

  'dashboard.read': (a) =>
    a.isPlatformAdmin || isKind(a, OPERATORS)
      ? ALLOWED
      : roleRefusal({ zh: '查看统计看板', en: 'see the dashboards' }, OPERATORS, true),

  'pledge.read': (a) =>
    isKind(a, ['bank', 'government'])
      ? ALLOWED
      : roleRefusal({ zh: '查看质押相关数据', en: 'see pledge data' }, ['bank', 'government']),

  'outbox.manage': (a) =>
    a.isPlatformAdmin
      ? ALLOWED
      : roleRefusal({ zh: '查看邮件发件箱', en: 'see the e-mail outbox' }, [], true),
};

function operatorOnOthersPatent(
  a: UserActor,
  r: PatentResource,
  what: Bilingual,
  kinds: readonly OrganisationKind[],
): Decision {
  if (!isKind(a, kinds)) return roleRefusal(what, kinds);
  // A verifier must not check its own organisation's declaration (回避).
  if (ownsAny(a, r.ownerOrganisationIds))
    return refuse('CONFLICT_OF_INTEREST', {
      zh: `回避：不得对本机构持有的专利${what.zh}`,
      en: `Conflict of interest: you may not ${what.en} on your own organisation's patents`,
    });
  return ALLOWED;
}

function ownEnterpriseDemand(a: UserActor, r: OwnedResource, what: Bilingual): Decision {
  if (!isKind(a, ['enterprise'])) return roleRefusal(what, ['enterprise']);
  if (a.organisationId !== r.ownerOrganisationId)
    return refuse('NOT_OWN_ORGANISATION', {
      zh: `只能为本企业${what.zh}`,
      en: `You may only ${what.en} for your own enterprise`,
    });
  return ALLOWED;
}

function auditor(a: UserActor, what: Bilingual): Decision {
  return a.isPlatformAdmin || isKind(a, ['government']) ? ALLOWED : roleRefusal(what, ['government'], true);
}

/** Public demands are the only thing here the public may see; everything else needs a signed-in user. */
export function authorize<A extends Action>(actor: Actor, action: A, resource: ActionResources[A]): Decision {
  if (actor.kind === 'anonymous') {
    if (action === 'demand.read' && (resource as DemandResource).visibility === 'public') return ALLOWED;
    return refuse('SIGN_IN_REQUIRED', { zh: '请先登录', en: 'Please sign in first' });
  }
  if (actor.mustChangePassword)
    return refuse('PASSWORD_CHANGE_REQUIRED', {
      zh: '请先修改初始密码',
      en: 'Change your initial password first',
    });
  if (actor.via === 'token') {
    const needed = ACTION_SCOPE[action];
    if (!scopeSatisfied(actor.scopes, needed))
      return refuse('TOKEN_SCOPE_MISSING', {
        zh: `此 API 令牌缺少权限范围 ${needed}`,
        en: `This API token lacks the scope ${needed}`,
      });
  }
  return (RULES[action] as Rule<A>)(actor, resource);
}

/**
 * Scopes a user may put on a new token: the read scopes (a token identifies its client even on public
 * data) and those that are the required scope of at least one action the user may perform.
 */
export function grantableScopes(actor: UserActor): Scope[] {
  const session: UserActor = { ...actor, via: 'session', scopes: SCOPES, mustChangePassword: false };
  return SCOPES.filter(
    (scope) =>
      scope === 'catalogue:read' ||
      scope === 'demands:read' ||
      ACTIONS.some(
        (action) =>
          ACTION_SCOPE[action] === scope &&
          authorize(session, action, permissiveResource(action, session)).allowed,
      ),
  );
}

/** The resource most favourable to the actor, to ask "could this actor ever do this?". */
function permissiveResource<A extends Action>(action: A, actor: UserActor): ActionResources[A] {
  const own = actor.organisationId ?? -1;
  const resources: ActionResources = {
    'catalogue.import': { scope: 'own' },
    'patent.update': { ownerOrganisationIds: [own] },
    'openLicence.declare': { ownerOrganisationIds: [own] },
    'openLicence.withdraw': { ownerOrganisationIds: [own] },
    'openLicence.verify': { ownerOrganisationIds: [] },
    'openLicence.publish': { ownerOrganisationIds: [] },
    'openLicence.suspend': { ownerOrganisationIds: [] },
    'licence.take': { ownerOrganisationIds: [] },
    'demand.create': { ownerOrganisationId: own },
    'demand.update': { ownerOrganisationId: own },
    'demand.read': { ownerOrganisationId: own, visibility: 'private', approvedOrganisationIds: [] },
    'demand.importForOthers': {},
    'organisation.manage': {},
    'user.manage': { organisationId: actor.organisationId, isPlatformAdmin: false },
    'token.manage': { ownerUserId: actor.userId, ownerOrganisationId: actor.organisationId },
    'audit.read': {},
    'audit.export': {},
    'dashboard.read': {},
    'pledge.read': {},
    'outbox.manage': {},
  };
  return resources[action];
}

// ---------------------------------------------------------------------------------------------------
// Enumeration for the permission matrix test (every role × every action × own/other resource).

export type RoleName = 'anonymous' | 'platformAdmin' | `${OrganisationKind}.${OrganisationRole}`;

export const ROLE_NAMES: readonly RoleName[] = [
  'anonymous',
  'platformAdmin',
  ...ORGANISATION_KINDS.flatMap((k) => ORGANISATION_ROLES.map((r) => `${k}.${r}` as const)),
];

export interface RoleProfile {
  organisationKind: OrganisationKind | null;
  role: OrganisationRole;
  isPlatformAdmin: boolean;
}

/** Kind and role of a role name; `null` for the anonymous public. */
export function roleProfile(role: RoleName): RoleProfile | null {
  if (role === 'anonymous') return null;
  if (role === 'platformAdmin') return { organisationKind: null, role: 'member', isPlatformAdmin: true };
  const [kind, orgRole] = role.split('.') as [OrganisationKind, OrganisationRole];
  return { organisationKind: kind, role: orgRole, isPlatformAdmin: false };
}

/** A session actor of the given role (a platform administrator has no organisation). */
export function actorForRole(
  role: RoleName,
  ids: { userId: number; organisationId: number | null },
  via: { via: 'session' | 'token'; scopes?: readonly Scope[] } = { via: 'session' },
): Actor {
  const p = roleProfile(role);
  if (!p) return { kind: 'anonymous' };
  return {
    kind: 'user',
    userId: ids.userId,
    email: `${role}@example.test`,
    displayName: role,
    organisationId: p.isPlatformAdmin ? null : ids.organisationId,
    organisationKind: p.organisationKind,
    role: p.role,
    isPlatformAdmin: p.isPlatformAdmin,
    via: via.via,
    credentialId: 0,
    scopes: via.scopes ?? SCOPES,
    mustChangePassword: false,
  };
}

export type Relation = 'own' | 'other';

/**
 * The canonical resource for an action, seen from an actor of organisation `ids.own`: `own` means the
 * object belongs to (or concerns) that organisation, `other` that it belongs to `ids.other` and the actor
 * is not approved for it. Private demands and non-administrator targets are used throughout.
 */
export function resourceFor<A extends Action>(
  action: A,
  relation: Relation,
  ids: { own: number; other: number; ownUserId: number; otherUserId: number },
): ActionResources[A] {
  const org = relation === 'own' ? ids.own : ids.other;
  const userId = relation === 'own' ? ids.ownUserId : ids.otherUserId;
  const resources: ActionResources = {
    'catalogue.import': { scope: relation === 'own' ? 'own' : 'any' },
    'patent.update': { ownerOrganisationIds: [org] },
    'openLicence.declare': { ownerOrganisationIds: [org] },
    'openLicence.withdraw': { ownerOrganisationIds: [org] },
    'openLicence.verify': { ownerOrganisationIds: [org] },
    'openLicence.publish': { ownerOrganisationIds: [org] },
    'openLicence.suspend': { ownerOrganisationIds: [org] },
    'licence.take': { ownerOrganisationIds: [org] },
    'demand.create': { ownerOrganisationId: org },
    'demand.update': { ownerOrganisationId: org },
    'demand.read': { ownerOrganisationId: org, visibility: 'private', approvedOrganisationIds: [] },
    'demand.importForOthers': {},
    'organisation.manage': {},
    'user.manage': { organisationId: org, isPlatformAdmin: false },
    'token.manage': { ownerUserId: userId, ownerOrganisationId: org },
    'audit.read': {},
    'audit.export': {},
    'dashboard.read': {},
    'pledge.read': {},
    'outbox.manage': {},
  };
  return resources[action];
}

export interface MatrixCell {
  role: RoleName;
  action: Action;
  relation: Relation;
  allowed: boolean;
  code?: RefusalCode;
}

/**
 * Every role × action × relation with `authorize`'s verdict. The HTTP matrix test sets up matching
 * users and objects and checks each endpoint answers 403 exactly where this says "refused".
 */
export function permissionMatrix(): MatrixCell[] {
  const ids = { own: 1, other: 2, ownUserId: 10, otherUserId: 20 };
  const cells: MatrixCell[] = [];
  for (const role of ROLE_NAMES) {
    const actor = actorForRole(role, { userId: ids.ownUserId, organisationId: ids.own });
    for (const action of ACTIONS) {
      for (const relation of ['own', 'other'] as const) {
        const d = authorize(actor, action, resourceFor(action, relation, ids));
        cells.push(
          d.allowed
            ? { role, action, relation, allowed: true }
            : { role, action, relation, allowed: false, code: d.code },
        );
      }
    }
  }
  return cells;
}
