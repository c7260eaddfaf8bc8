/**
 * The people and objects the permission matrix acts on, in the real application: one organisation of each
 * kind with a signed-in administrator and member, a platform administrator, "another" organisation whose
 * objects nobody else owns, and a neutral service organisation and patentee used only to set things up.
 * Objects are made through the API as their owners would make them (or in SQL where no API exists), fresh
 * for every cell.
 */
import type { InjectOptions } from 'fastify';
import {
  ORGANISATION_KINDS,
  type OrganisationKind,
  ROLE_NAMES,
  type RoleName,
  roleProfile,
} from '../../src/features/accounts';
import { insertPatent, nextApplicationNumber } from '../../src/features/openLicence/testCatalogue';
import type { Database } from '../../src/platform/db/database';
import type { HttpServer } from '../../src/platform/http/httpServer';
import { createOrganisation, createUser, type TestUser } from '../support/auth';

export const API = '/api/v1';

export interface Session {
  headers: Record<string, string>;
}

export interface World {
  app: HttpServer;
  db: Database;
  organisations: Record<OrganisationKind, number>;
  /** Owner of the `other` relation's objects: an organisation no tested role belongs to. */
  otherOrganisationId: number;
  users: Record<RoleName, TestUser | null>;
  sessions: Record<RoleName, Session | null>;
  /** The organisation whose object a cell concerns (the caller's own, or the other one). */
  ownerOf(role: RoleName, relation: 'own' | 'other'): number;
  /** A new user of the role (own organisation, same role), signed in: for writes that end the caller's session. */
  freshUser(role: RoleName): Promise<{ user: TestUser; session: Session | null }>;
  /** A signed-in administrator of an organisation, for set-up writes in its name. */
  ownerSession(organisationId: number): Promise<Session>;
  /** The neutral service organisation's verifier (set-up of verify/publish/suspend). */
  operator: Session;
  /** A neutral patentee organisation (licensor of uptakes the tested roles take). */
  licensorOrganisationId: number;
  /** Runs a set-up request and returns its JSON, failing loudly when it does not give `status`. */
  call<T = Record<string, unknown>>(options: InjectOptions, status: number): Promise<T>;
  patent(ownerOrganisationId: number): Promise<number>;
  declaration(
    ownerOrganisationId: number,
    state: 'draft' | 'submitted' | 'verified' | 'published' | 'suspended',
  ): Promise<{ id: number; patentId: number }>;
}

/** A calendar day in China Standard Time, `days` from today. */
export function chinaDay(days = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

export const CHECKLIST = {
  validity: 'confirmed',
  noExclusiveLicence: 'confirmed',
  pledgeStatus: 'confirmed',
  feePaid: 'confirmed',
  evaluationReport: 'not_applicable',
} as const;

export function declarationBody(patentId: number) {
  return {
    patentId,
    paymentTerms: { mode: 'one_time', amountFen: 5_000_000 },
    term: { startDate: chinaDay(30), endDate: chinaDay(700) },
    otherMatters: '许可方提供技术资料。',
  };
}

async function signIn(app: HttpServer, user: { email: string; password: string }): Promise<Session> {
  const res = await app.inject({
    method: 'POST',
    url: `${API}/auth/login`,
    payload: { email: user.email, password: user.password },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${user.email}: ${res.statusCode} ${res.body}`);
  const cookie = (name: string) => res.cookies.find((c) => c.name === name)?.value ?? '';
  return {
    headers: {
      cookie: `zh_session=${cookie('zh_session')}; zh_csrf=${cookie('zh_csrf')}`,
      'x-csrf-token': cookie('zh_csrf'),
    },
  };
}

export async function buildWorld(app: HttpServer, db: Database): Promise<World> {
  const organisations = {} as Record<OrganisationKind, number>;
  for (const kind of ORGANISATION_KINDS)
    organisations[kind] = await createOrganisation(db, kind, `矩阵测试 ${kind}`);
  const otherOrganisationId = await createOrganisation(db, 'university', '矩阵测试 另一所大学');
  const licensorOrganisationId = await createOrganisation(db, 'university', '矩阵测试 许可方大学');
  const operatorOrganisationId = await createOrganisation(db, 'service_organisation', '矩阵测试 运营中心');

  const users = {} as Record<RoleName, TestUser | null>;
  const sessions = {} as Record<RoleName, Session | null>;
  const newUser = async (role: RoleName): Promise<TestUser | null> => {
    const p = roleProfile(role);
    if (!p) return null;
    return createUser(db, {
      isPlatformAdmin: p.isPlatformAdmin,
      ...(p.organisationKind ? { organisationId: organisations[p.organisationKind] } : {}),
      role: p.role,
    });
  };
  for (const role of ROLE_NAMES) {
    users[role] = await newUser(role);
    sessions[role] = users[role] ? await signIn(app, users[role]) : null;
  }

  const orgSessions = new Map<number, Session>();
  for (const kind of ORGANISATION_KINDS) orgSessions.set(organisations[kind], sessions[`${kind}.admin`]!);
  const ownerSession = async (organisationId: number): Promise<Session> => {
    let s = orgSessions.get(organisationId);
    if (!s) {
      s = await signIn(app, await createUser(db, { organisationId, role: 'admin' }));
      orgSessions.set(organisationId, s);
    }
    return s;
  };
  const operator = await ownerSession(operatorOrganisationId);

  const names = new Map<number, string>();
  const organisationName = async (id: number) => {
    if (!names.has(id)) {
      const r = await db.query<{ name: string }>('SELECT name FROM organisations WHERE id = $1', [id]);
      names.set(id, r.rows[0]!.name);
    }
    return names.get(id)!;
  };

  const call = async <T>(options: InjectOptions, status: number): Promise<T> => {
    const res = await app.inject(options);
    if (res.statusCode !== status)
      throw new Error(
        `set-up ${options.method} ${options.url}: expected ${status}, got ${res.statusCode} ${res.body}`,
      );
    return (res.body ? res.json() : undefined) as T;
  };

  const patent = async (ownerOrganisationId: number) =>
    insertPatent(db, {
      applicationNumber: nextApplicationNumber(),
      type: 'invention',
      title: `一种权限矩阵测试用的传感器 ${ownerOrganisationId}`,
      owners: [{ name: await organisationName(ownerOrganisationId), organisationId: ownerOrganisationId }],
      filingDate: '2019-05-21',
      grantDate: '2021-03-10',
      expiryDate: '2039-05-20',
      feePaidUntil: chinaDay(300),
      ipc: ['G01D5/353'],
      industry: ['C3832'],
      sei: ['1.2'],
      region: '420111',
    });

  const declaration: World['declaration'] = async (ownerOrganisationId, state) => {
    const patentId = await patent(ownerOrganisationId);
    const owner = await ownerSession(ownerOrganisationId);
    const created = await call<{ declaration: { id: number } }>(
      {
        method: 'POST',
        url: `${API}/open-licence/declarations${state === 'draft' ? '' : '?submit=true'}`,
        headers: owner.headers,
        payload: declarationBody(patentId),
      },
      201,
    );
    const id = created.declaration.id;
    const step = (action: string, payload: unknown) =>
      call(
        {
          method: 'POST',
          url: `${API}/open-licence/declarations/${id}/${action}`,
          headers: operator.headers,
          payload: payload as InjectOptions['payload'],
        },
        200,
      );
    const order = ['submitted', 'verified', 'published', 'suspended'];
    const reach = order.indexOf(state);
    if (reach >= 1) await step('verify', { checklist: CHECKLIST });
    if (reach >= 2) await step('publish', {});
    if (reach >= 3) await step('suspend', { reason: '权限矩阵测试：暂停' });
    return { id, patentId };
  };

  return {
    app,
    db,
    organisations,
    otherOrganisationId,
    users,
    sessions,
    ownerOf(role, relation) {
      const kind = roleProfile(role)?.organisationKind;
      return relation === 'own' && kind ? organisations[kind] : otherOrganisationId;
    },
    async freshUser(role) {
      const user = await newUser(role);
      if (!user) {
        // The public: a user it may name (a sign-in form, a reset request) in the other organisation.
        const u = await createUser(db, { organisationId: otherOrganisationId });
        return { user: u, session: null };
      }
      return { user, session: await signIn(app, user) };
    },
    ownerSession,
    operator,
    licensorOrganisationId,
    call,
    patent,
    declaration,
  };
}
