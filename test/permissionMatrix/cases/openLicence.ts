/** Write routes of src/features/openLicence. */
import type { Relation, RoleName } from '../../../src/features/accounts';
import {
  ALLOWED,
  byAction,
  type Cell,
  type Expected,
  everyone,
  FORBIDDEN,
  HIDDEN,
  isOperator,
  isPlatformAdmin,
  json,
  kindOf,
  type RouteCase,
  SIGN_IN_REQUIRED,
  signedIn,
  upload,
} from '../routeCase';
import { API, CHECKLIST, chinaDay, declarationBody, type World } from '../world';

const OL = `${API}/open-licence`;
const BOTH = ['own', 'other'] as const;

/** A declaration route: the role table's action on a declaration of the cell's owner in state `state`. */
function lifecycle(
  action: 'submit' | 'return' | 'verify' | 'publish' | 'suspend' | 'reinstate' | 'withdraw',
  permission: Parameters<typeof byAction>[0],
  state: 'draft' | 'submitted' | 'verified' | 'published' | 'suspended',
  payload: unknown,
): RouteCase {
  return {
    method: 'POST',
    url: `${OL}/declarations/:id/${action}`,
    relations: BOTH,
    expect: byAction(permission),
    success: 200,
    request: async (w, cell) => {
      const d = await w.declaration(cell.ownerOrganisationId, state);
      return json('POST', `${OL}/declarations/${d.id}/${action}`, cell, payload);
    },
  };
}

/** Records of a patent (pledges, suspensions, evaluation report): `patent.update` on its patent. */
function patentRecord(
  method: 'POST' | 'PUT',
  url: string,
  make: (w: World, cell: Cell, patentId: number) => Promise<{ url: string; payload: unknown }>,
  success: number,
): RouteCase {
  return {
    method,
    url: `${OL}${url}`,
    relations: BOTH,
    expect: byAction('patent.update'),
    success,
    request: async (w, cell) => {
      const patentId = await w.patent(cell.ownerOrganisationId);
      const r = await make(w, cell, patentId);
      return json(method, `${OL}${r.url}`, cell, r.payload);
    },
  };
}

async function pledge(w: World, cell: Cell, patentId: number): Promise<number> {
  const owner = await w.ownerSession(cell.ownerOrganisationId);
  const p = await w.call<{ id: number }>(
    {
      method: 'POST',
      url: `${OL}/patents/${patentId}/pledges`,
      headers: owner.headers,
      payload: { pledgor: '专利权人', pledgee: '某银行', registeredOn: chinaDay(-10) },
    },
    201,
  );
  return p.id;
}

/** An ordinary licence recorded by the patentee (Law Art. 51(3) allows only ordinary ones beside an open licence). */
function licenceBody(patentId: number) {
  return {
    patentId,
    kind: 'ordinary',
    licenseeName: '某被许可企业',
    startDate: chinaDay(0),
    endDate: chinaDay(365),
    effectiveDate: chinaDay(0),
    feeDescription: '一次性 10 万元',
  };
}

/** Platform administrators and service organisations, by a check of the route's own (no role-table action). */
const adminOrServiceOrganisation = (role: RoleName): Expected =>
  role === 'anonymous'
    ? SIGN_IN_REQUIRED
    : isPlatformAdmin(role) || kindOf(role) === 'service_organisation'
      ? ALLOWED
      : FORBIDDEN;

const adminOrOperator = (role: RoleName): Expected =>
  role === 'anonymous'
    ? SIGN_IN_REQUIRED
    : isPlatformAdmin(role) || kindOf(role) === 'service_organisation' || kindOf(role) === 'government'
      ? ALLOWED
      : FORBIDDEN;

export const openLicenceCases: RouteCase[] = [
  {
    method: 'POST',
    url: `${OL}/check`,
    relations: BOTH,
    expect: byAction('openLicence.declare'),
    success: 200,
    audited: false,
    note: "The wizard's live check: stores nothing.",
    request: async (w, cell) =>
      json('POST', `${OL}/check`, cell, declarationBody(await w.patent(cell.ownerOrganisationId))),
  },
  {
    method: 'POST',
    url: `${OL}/declarations`,
    relations: BOTH,
    expect: byAction('openLicence.declare'),
    success: 201,
    request: async (w, cell) =>
      json('POST', `${OL}/declarations`, cell, declarationBody(await w.patent(cell.ownerOrganisationId))),
  },
  {
    method: 'PUT',
    url: `${OL}/declarations/:id`,
    relations: BOTH,
    expect: byAction('openLicence.declare'),
    success: 200,
    request: async (w, cell) => {
      const d = await w.declaration(cell.ownerOrganisationId, 'draft');
      return json('PUT', `${OL}/declarations/${d.id}`, cell, {
        ...declarationBody(d.patentId),
        otherMatters: '修改后的其他事项。',
      });
    },
  },
  {
    method: 'POST',
    url: `${OL}/declarations/:id/consents`,
    relations: BOTH,
    expect: byAction('openLicence.declare'),
    success: 200,
    request: async (w, cell) => {
      const d = await w.declaration(cell.ownerOrganisationId, 'draft');
      return json('POST', `${OL}/declarations/${d.id}/consents`, cell, {
        patenteeName: '共有专利权人',
        consentedOn: chinaDay(-1),
        documentRef: '共有人同意书 2026-01',
      });
    },
  },
  lifecycle('submit', 'openLicence.declare', 'draft', {}),
  lifecycle('return', 'openLicence.verify', 'submitted', { reason: '请补充材料' }),
  lifecycle('verify', 'openLicence.verify', 'submitted', { checklist: CHECKLIST }),
  lifecycle('publish', 'openLicence.publish', 'verified', {}),
  lifecycle('suspend', 'openLicence.suspend', 'published', { reason: '质押登记待核实' }),
  lifecycle('reinstate', 'openLicence.suspend', 'suspended', { reason: '已核实' }),
  lifecycle('withdraw', 'openLicence.withdraw', 'submitted', { writtenWithdrawal: '书面撤回声明 2026-01' }),
  {
    method: 'POST',
    url: `${OL}/declarations/batch`,
    relations: ['other'],
    expect: signedIn,
    note: 'Any signed-in user may upload a sheet; each row is then checked with openLicence.declare and refused rows are reported in the 200 answer.',
    success: 200,
    // The sample row names a patent nobody holds: refused in the answer, nothing stored.
    audited: false,
    request: async (_w, cell) =>
      upload(
        `${OL}/declarations/batch`,
        cell,
        'batch.csv',
        '专利号,支付方式,金额（元）,提成基数,提成比例（%）,许可期限起,许可期限止,其他事项,共有人同意书\r\n' +
          `ZL201810000000.0,一次性付费,1000,,,${chinaDay(30)},${chinaDay(700)},,\r\n`,
      ),
  },
  {
    method: 'POST',
    url: `${OL}/declarations/:id/uptakes`,
    relations: BOTH,
    expect: byAction('licence.take'),
    success: 201,
    request: async (w, cell) => {
      const d = await w.declaration(cell.ownerOrganisationId, 'published');
      return json('POST', `${OL}/declarations/${d.id}/uptakes`, cell, {
        writtenNotice: '我单位依公告条件实施该专利，特此书面通知。',
      });
    },
  },
  {
    method: 'POST',
    url: `${OL}/uptakes/:id/payments`,
    relations: BOTH,
    // own: the caller's organisation took the licence; other: another organisation did. The patentee (a
    // neutral licensor here) may record payments too — that case is in the open-licence API tests.
    expect: (role: RoleName, relation: Relation): Expected =>
      role === 'anonymous'
        ? SIGN_IN_REQUIRED
        : relation === 'own' && kindOf(role) !== null
          ? ALLOWED
          : FORBIDDEN,
    note: 'Only the licensee or the patentee records a payment (Law Art. 51(1)); a check of the service, not a role-table action.',
    success: 200,
    request: async (w, cell) => {
      const d = await w.declaration(w.licensorOrganisationId, 'published');
      const licensee = await w.ownerSession(cell.ownerOrganisationId);
      const uptake = await w.call<{ id: number }>(
        {
          method: 'POST',
          url: `${OL}/declarations/${d.id}/uptakes`,
          headers: licensee.headers,
          payload: { writtenNotice: '书面通知：依公告条件实施。' },
        },
        201,
      );
      return json('POST', `${OL}/uptakes/${uptake.id}/payments`, cell, {
        kind: 'upfront',
        paidOn: chinaDay(0),
        amountFen: 5_000_000,
      });
    },
  },
  {
    method: 'POST',
    url: `${OL}/licences`,
    relations: BOTH,
    expect: byAction('patent.update'),
    success: 201,
    request: async (w, cell) =>
      json('POST', `${OL}/licences`, cell, licenceBody(await w.patent(cell.ownerOrganisationId))),
  },
  {
    method: 'PATCH',
    url: `${OL}/licences/:id/filing`,
    relations: BOTH,
    // Parties to the licence, operators and platform administrators; to anyone else it does not exist.
    expect: (role: RoleName, relation: Relation): Expected =>
      role === 'anonymous'
        ? SIGN_IN_REQUIRED
        : (relation === 'own' && kindOf(role) !== null) || isOperator(role) || isPlatformAdmin(role)
          ? ALLOWED
          : HIDDEN,
    note: 'Non-parties get 404 so licences cannot be probed; a check of the service, not a role-table action.',
    success: 200,
    request: async (w, cell) => {
      const owner = await w.ownerSession(cell.ownerOrganisationId);
      const licence = await w.call<{ id: number }>(
        {
          method: 'POST',
          url: `${OL}/licences`,
          headers: owner.headers,
          payload: licenceBody(await w.patent(cell.ownerOrganisationId)),
        },
        201,
      );
      return json('PATCH', `${OL}/licences/${licence.id}/filing`, cell, { status: 'not_filed' });
    },
  },
  patentRecord(
    'POST',
    '/patents/:id/pledges',
    async (_w, _cell, patentId) => ({
      url: `/patents/${patentId}/pledges`,
      payload: { pledgor: '专利权人', pledgee: '某银行', registeredOn: chinaDay(-10) },
    }),
    201,
  ),
  patentRecord(
    'POST',
    '/pledges/:id/consents',
    async (w, cell, patentId) => ({
      url: `/pledges/${await pledge(w, cell, patentId)}/consents`,
      payload: { consentedOn: chinaDay(-1), documentRef: '质权人同意书' },
    }),
    200,
  ),
  patentRecord(
    'POST',
    '/pledges/:id/release',
    async (w, cell, patentId) => ({
      url: `/pledges/${await pledge(w, cell, patentId)}/release`,
      payload: { releasedOn: chinaDay(-1) },
    }),
    200,
  ),
  patentRecord(
    'POST',
    '/patents/:id/suspensions',
    async (_w, _cell, patentId) => ({
      url: `/patents/${patentId}/suspensions`,
      payload: { kind: 'preservation', startDate: chinaDay(-5), reference: '（2026）民保 1 号' },
    }),
    201,
  ),
  patentRecord(
    'POST',
    '/suspensions/:id/end',
    async (w, cell, patentId) => {
      const owner = await w.ownerSession(cell.ownerOrganisationId);
      const s = await w.call<{ id: number }>(
        {
          method: 'POST',
          url: `${OL}/patents/${patentId}/suspensions`,
          headers: owner.headers,
          payload: { kind: 'ownership_dispute', startDate: chinaDay(-5), reference: '（2026）权属 2 号' },
        },
        201,
      );
      return { url: `/suspensions/${s.id}/end`, payload: { endDate: chinaDay(-1) } };
    },
    200,
  ),
  patentRecord(
    'PUT',
    '/patents/:id/evaluation-report',
    async (_w, _cell, patentId) => ({
      url: `/patents/${patentId}/evaluation-report`,
      payload: { reportNumber: '2026200012345', issuedOn: chinaDay(-30) },
    }),
    200,
  ),
  {
    method: 'POST',
    url: `${OL}/fee-estimate`,
    relations: ['other'],
    expect: everyone,
    note: 'A calculator: stores nothing.',
    success: 200,
    audited: false,
    request: async (_w, cell) =>
      json('POST', `${OL}/fee-estimate`, cell, {
        income: { annualBaseFen: [100_000_000], base: 'net_sales', rateLowBp: 200, rateHighBp: 500 },
      }),
  },
  {
    method: 'PUT',
    url: `${OL}/benchmarks`,
    relations: ['other'],
    expect: adminOrServiceOrganisation,
    note: 'Checked by the service, not a role-table action.',
    success: 200,
    request: async (_w, cell) =>
      json('PUT', `${OL}/benchmarks`, cell, {
        industrySection: 'C',
        base: 'net_sales',
        lowBp: 100,
        highBp: 500,
        source: '权限矩阵测试数据',
        illustrative: true,
      }),
  },
  {
    method: 'PATCH',
    url: `${OL}/settings`,
    relations: ['other'],
    expect: (role) => (role === 'anonymous' ? SIGN_IN_REQUIRED : isPlatformAdmin(role) ? ALLOWED : FORBIDDEN),
    note: 'Platform administrators only; checked by the service, not a role-table action.',
    success: 200,
    request: async (_w, cell) => json('PATCH', `${OL}/settings`, cell, { filingReminderDays: [30, 7] }),
  },
  {
    method: 'POST',
    url: `${OL}/reverify`,
    relations: ['other'],
    expect: adminOrOperator,
    note: 'Checked by the route, not a role-table action: operators (service organisations, the IP administration) and platform administrators.',
    success: 200,
    // Re-checking an eligible declaration changes nothing, so nothing is recorded.
    audited: false,
    request: async (w, cell) =>
      json('POST', `${OL}/reverify`, cell, { patentIds: [await w.patent(w.otherOrganisationId)] }),
  },
];
