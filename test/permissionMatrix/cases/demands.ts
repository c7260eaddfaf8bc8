/** Write routes of src/features/demands and the matching feedback/query routes of src/features/matching. */
import type { Relation, RoleName } from '../../../src/features/accounts';
import { createOrganisation } from '../../support/auth';
import {
  ALLOWED,
  byAction,
  type Cell,
  type Expected,
  everyone,
  FORBIDDEN,
  fromRoleTable,
  isPlatformAdmin,
  json,
  kindOf,
  type RouteCase,
  SIGN_IN_REQUIRED,
  upload,
} from '../routeCase';
import { API, type World } from '../world';

const BOTH = ['own', 'other'] as const;
/** A real, valid 统一社会信用代码 (宁德时代, on its business licence). */
const CREDIT_CODE = '91350900587527783P';

let serial = 0;
export function questionnaire(visibility: 'public' | 'private' = 'public') {
  serial++;
  return {
    enterpriseName: '宁德时代新能源科技股份有限公司',
    creditCode: CREDIT_CODE,
    regionCode: '3509',
    industryCode: '3841',
    enterpriseSize: 'large',
    title: `提高锂电池正极材料能量密度 ${serial}`,
    problem: '我们想把锂电池正极材料的能量密度提高10%，预算50万，希望独占许可',
    currentSolution: '磷酸铁锂正极材料',
    targetIndicators: '能量密度提高10%',
    desiredField: '电化学储能',
    desiredIpc: ['h01m'],
    preferredModes: ['exclusive_licence'],
    budgetMaxFen: 50_000_000,
    timeline: 'within_1_year',
    contactName: '王经理',
    contactPhone: '13812345678',
    visibility,
  };
}

const otherEnterprise = new WeakMap<World, number>();

/**
 * Demands are filed by enterprises only: a demand "of the caller's organisation" exists for enterprise roles;
 * for every other role the verdict does not depend on the owner, and another enterprise's demand is used.
 */
async function demandOwner(w: World, cell: Cell): Promise<number> {
  if (cell.relation === 'own' && kindOf(cell.role) === 'enterprise') return cell.ownerOrganisationId;
  let id = otherEnterprise.get(w);
  if (id === undefined) {
    id = await createOrganisation(w.db, 'enterprise', '矩阵测试 另一家企业');
    otherEnterprise.set(w, id);
  }
  return id;
}

async function demand(w: World, ownerOrganisationId: number, visibility: 'public' | 'private' = 'public') {
  const owner = await w.ownerSession(ownerOrganisationId);
  return w.call<{ id: number }>(
    { method: 'POST', url: `${API}/demands`, headers: owner.headers, payload: questionnaire(visibility) },
    201,
  );
}

/** `demand.update` on a demand of the cell's enterprise (see `demandOwner`). */
function ownDemandRoute(
  method: 'PUT' | 'POST' | 'DELETE',
  url: string,
  build: (
    w: World,
    cell: Cell,
    demandId: number,
    owner: number,
  ) => Promise<{ url: string; payload?: unknown }>,
): RouteCase {
  return {
    method,
    url: `${API}${url}`,
    relations: BOTH,
    expect: byAction('demand.update'),
    success: 200,
    request: async (w, cell) => {
      const owner = await demandOwner(w, cell);
      const d = await demand(w, owner, 'private');
      const r = await build(w, cell, d.id, owner);
      return json(method, `${API}${r.url}`, cell, r.payload);
    },
  };
}

export const demandsCases: RouteCase[] = [
  {
    method: 'POST',
    url: `${API}/demands`,
    relations: ['own'],
    // A demand is always filed for the caller's own enterprise (the owner is not in the body).
    expect: byAction('demand.create'),
    success: 201,
    request: async (_w, cell) => json('POST', `${API}/demands`, cell, questionnaire()),
  },
  {
    method: 'POST',
    url: `${API}/demands/import`,
    relations: ['own'],
    // An enterprise imports its own demands; any other signed-in user imports for enterprises without an
    // account (the enterprise survey), which the role table grants to the operators only.
    expect: (role, relation) =>
      role === 'anonymous' || kindOf(role) === 'enterprise'
        ? fromRoleTable('demand.create', role, relation)
        : fromRoleTable('demand.importForOthers', role, relation),
    success: 200,
    request: async (_w, cell) => {
      serial++;
      return upload(
        `${API}/demands/import`,
        cell,
        'demands.csv',
        '企业名称,统一社会信用代码,所在地区,所属行业,企业规模,需求名称,需要解决的技术问题,预期技术指标,IPC分类号,合作方式,预算（万元）,期望完成时间,联系人,联系电话,电子邮箱,是否公开\n' +
          `宁德时代新能源科技股份有限公司,${CREDIT_CODE},3509,3841,大型,快充负极材料 ${serial},负极析锂导致快充寿命短,4C快充循环2000次,H01M,普通许可,,,赵工,13900001111,,公开\n`,
      );
    },
  },
  ownDemandRoute('PUT', '/demands/:id', async (_w, _cell, id) => ({
    url: `/demands/${id}`,
    payload: { ...questionnaire('private'), targetIndicators: '能量密度提高15%' },
  })),
  ownDemandRoute('POST', '/demands/:id/transitions', async (_w, _cell, id) => ({
    url: `/demands/${id}/transitions`,
    payload: { to: 'negotiating', note: '与某大学洽谈' },
  })),
  ownDemandRoute('POST', '/demands/:id/approvals', async (w, _cell, id) => ({
    url: `/demands/${id}/approvals`,
    payload: { organisationId: w.otherOrganisationId },
  })),
  ownDemandRoute('DELETE', '/demands/:id/approvals/:organisationId', async (w, _cell, id, owner) => {
    const session = await w.ownerSession(owner);
    await w.call(
      {
        method: 'POST',
        url: `${API}/demands/${id}/approvals`,
        headers: session.headers,
        payload: { organisationId: w.otherOrganisationId },
      },
      200,
    );
    return { url: `/demands/${id}/approvals/${w.otherOrganisationId}` };
  }),
  {
    method: 'POST',
    url: `${API}/demands/:id/matches/:patentId/feedback`,
    relations: BOTH,
    // own: a public demand (the caller's own for enterprises); other: another enterprise's private demand.
    expect: (role: RoleName, relation: Relation): Expected =>
      role === 'anonymous'
        ? SIGN_IN_REQUIRED
        : isPlatformAdmin(role)
          ? FORBIDDEN
          : relation === 'own'
            ? ALLOWED
            : fromRoleTable('demand.read', role, 'other'),
    note: 'Anyone who may read the demand (demand.read) and acts for an organisation; a platform administrator has none.',
    success: 200,
    request: async (w, cell) => {
      const owner = await demandOwner(w, cell);
      const d = await demand(w, owner, cell.relation === 'own' ? 'public' : 'private');
      const patentId = await w.patent(w.otherOrganisationId);
      return json('POST', `${API}/demands/${d.id}/matches/${patentId}/feedback`, cell, {
        relevance: 'relevant',
      });
    },
  },
  {
    method: 'POST',
    url: `${API}/matching/query`,
    relations: ['other'],
    expect: everyone,
    note: 'Free-text matching for anyone typing a need: reads the catalogue, stores nothing.',
    success: 200,
    audited: false,
    request: async (_w, cell) =>
      json('POST', `${API}/matching/query`, cell, { text: '提高锂电池正极材料的能量密度，希望独占许可' }),
  },
];
