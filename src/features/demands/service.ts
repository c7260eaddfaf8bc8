import type { Database, Queryable } from '../../platform/db/database';
import { type Bilingual, type FieldError, type HttpProblem, problem } from '../../platform/http/problem';
import { type Actor, assertAllowed, authorize } from '../accounts';
import { recordAudit } from '../audit';
import type { ReferenceCatalog } from '../reference';
import {
  type ClosedReason,
  checkTransition,
  type DemandState,
  type PlatformReason,
  type TransitionReasonCode,
  transitionReason,
} from './lifecycle';
import { checkReferences, type DemandInput, type DemandIssue } from './questionnaire';
import * as repo from './repository';
import { type DemandView, demandView } from './views';

export interface DemandsDeps {
  db: Database;
  reference: ReferenceCatalog;
  /** Called after a write commits (matching catches up with the demand). */
  afterWrite?: () => Promise<unknown>;
}

export type RequestInfo = { ip: string; id: string } | null | undefined;

const notFound = (id: number) =>
  problem.notFound({ zh: `没有编号为 ${id} 的技术需求`, en: `No technology demand with id ${id}` });

function ownerOf(actor: Actor): number {
  return actor.kind === 'user' ? (actor.organisationId ?? -1) : -1;
}

/** The resource `demand.read` judges, from a stored row. */
export function readResource(
  row: Pick<repo.DemandRow, 'organisation_id' | 'visibility' | 'approved_organisation_ids'>,
) {
  return {
    ownerOrganisationId: row.organisation_id,
    visibility: row.visibility,
    approvedOrganisationIds: row.approved_organisation_ids,
  };
}

export function mayRead(actor: Actor, row: Parameters<typeof readResource>[0]): boolean {
  return authorize(actor, 'demand.read', readResource(row)).allowed;
}

/**
 * The questionnaire against the reference lists and the owner's registration: codes become canonical, and an
 * enterprise whose credit code is on record can only file demands under that code.
 */
export async function prepareInput(
  q: Queryable,
  ref: ReferenceCatalog,
  organisationId: number | null,
  input: DemandInput,
): Promise<{ ok: true; value: DemandInput } | { ok: false; issues: DemandIssue[] }> {
  const checked = checkReferences(input, {
    regionName: (c) => ref.regionName(c),
    industryCode: (c) => {
      const code = ref.industryCode(c);
      return code && ref.isIndustryCode(code) ? code : null;
    },
    seiName: (c) => ref.seiName(c),
    normaliseIpc: (c) => ref.normaliseIpc(c),
  });
  const issues = checked.ok ? [] : [...checked.issues];
  const org = organisationId === null ? null : await repo.organisation(q, organisationId);
  if (org?.credit_code && org.credit_code !== input.creditCode)
    issues.push({
      path: 'creditCode',
      message: {
        zh: `统一社会信用代码与本企业登记的 ${org.credit_code} 不一致`,
        en: `The unified social credit code differs from your enterprise's registered ${org.credit_code}`,
      },
    });
  if (issues.length || !checked.ok) return { ok: false, issues };
  return { ok: true, value: checked.value };
}

function unprocessable(issues: DemandIssue[], prefix = 'body'): HttpProblem {
  const errors: FieldError[] = issues.map((i) => ({ path: `${prefix}.${i.path}`, message: i.message }));
  return problem.unprocessable(
    { zh: '技术需求问卷有误，请按提示修改', en: 'The demand questionnaire has errors; see the fields' },
    errors,
  );
}

/** Plain data of a demand for the audit log (no derived columns). */
function auditData(d: DemandInput & { state?: DemandState }) {
  return { ...d };
}

export async function createDemand(
  deps: DemandsDeps,
  actor: Actor,
  request: RequestInfo,
  input: DemandInput,
  meta: { source?: string; sourceRow?: number | null } = {},
): Promise<DemandView> {
  assertAllowed(actor, 'demand.create', { ownerOrganisationId: ownerOf(actor) });
  const user = actor.kind === 'user' ? actor : null;
  const orgId = user!.organisationId!;
  const id = await deps.db.transaction(async (tx) => {
    const prepared = await prepareInput(tx, deps.reference, orgId, input);
    if (!prepared.ok) throw unprocessable(prepared.issues);
    const newId = await repo.insertDemand(tx, prepared.value, {
      organisationId: orgId,
      userId: user!.userId,
      source: meta.source ?? 'form',
      sourceRow: meta.sourceRow ?? null,
    });
    await recordAudit(tx, {
      actor,
      request,
      action: 'demand.create',
      objectType: 'demand',
      objectId: newId,
      after: auditData(prepared.value),
    });
    return newId;
  });
  await deps.afterWrite?.();
  return getDemand(deps, actor, id);
}

/** Replaces the questionnaire of an own demand (PUT semantics: the form sends every field). */
export async function updateDemand(
  deps: DemandsDeps,
  actor: Actor,
  request: RequestInfo,
  id: number,
  input: DemandInput,
): Promise<DemandView> {
  await deps.db.transaction(async (tx) => {
    const row = await repo.getDemandRow(tx, id, { forUpdate: true });
    if (!row) throw notFound(id);
    assertAllowed(actor, 'demand.update', { ownerOrganisationId: row.organisation_id ?? -1 });
    if (row.state === 'closed')
      throw problem.conflict(
        { zh: '已关闭的技术需求不能再修改', en: 'A closed demand cannot be edited' },
        { code: 'DEMAND_CLOSED' },
      );
    const prepared = await prepareInput(tx, deps.reference, row.organisation_id!, input);
    if (!prepared.ok) throw unprocessable(prepared.issues);
    await repo.updateDemandQuestionnaire(tx, id, prepared.value);
    await recordAudit(tx, {
      actor,
      request,
      action: 'demand.update',
      objectType: 'demand',
      objectId: id,
      before: rowAsInput(row),
      after: auditData(prepared.value),
    });
  });
  await deps.afterWrite?.();
  return getDemand(deps, actor, id);
}

/** The questionnaire part of a stored demand, in the input's shape (for audit and comparison). */
export function rowAsInput(row: repo.DemandRow): DemandInput {
  return {
    enterpriseName: row.enterprise_name,
    creditCode: row.credit_code,
    regionCode: row.region_code,
    industryCode: row.industry_code,
    enterpriseSize: row.enterprise_size,
    title: row.title,
    problem: row.problem,
    currentSolution: row.current_solution,
    targetIndicators: row.target_indicators,
    desiredField: row.desired_field,
    desiredIpc: row.desired_ipc,
    seiCodes: row.sei_codes,
    preferredModes: row.preferred_modes,
    budgetMinFen: row.budget_min_fen,
    budgetMaxFen: row.budget_max_fen,
    timeline: row.timeline,
    minTrl: row.min_trl,
    contactName: row.contact_name,
    contactPhone: row.contact_phone,
    contactEmail: row.contact_email,
    visibility: row.visibility,
  };
}

/** A demand the actor may read, or 404 / 403 (`NOT_VISIBLE` for a private demand of another enterprise). */
export async function loadReadableDemand(q: Queryable, actor: Actor, id: number): Promise<repo.DemandRow> {
  const row = await repo.getDemandRow(q, id);
  if (!row) throw notFound(id);
  assertAllowed(actor, 'demand.read', readResource(row));
  return row;
}

export async function getDemand(deps: DemandsDeps, actor: Actor, id: number): Promise<DemandView> {
  const row = await loadReadableDemand(deps.db, actor, id);
  return demandView(row, deps.reference, actor);
}

export interface DemandDetail extends DemandView {
  transitions: {
    from: DemandState;
    to: DemandState;
    /** As stored: a closing reason 'code: note', the platform's reason code, or a user's note. */
    reason: string | null;
    reasonCode: TransitionReasonCode | null;
    reasonLabel: Bilingual | null;
    note: string | null;
    at: string;
    byPlatform: boolean;
  }[];
}

export async function getDemandDetail(deps: DemandsDeps, actor: Actor, id: number): Promise<DemandDetail> {
  const view = await getDemand(deps, actor, id);
  const transitions = await repo.listTransitions(deps.db, id);
  return {
    ...view,
    transitions: transitions.map((t) => {
      const why = transitionReason(t.reason, t.to_state, t.user_id === null);
      return {
        from: t.from_state,
        to: t.to_state,
        reason: t.reason,
        reasonCode: why.code,
        reasonLabel: why.label,
        note: why.note,
        at: t.at.toISOString(),
        byPlatform: t.user_id === null,
      };
    }),
  };
}

export function viewerOf(actor: Actor): repo.Viewer {
  if (actor.kind !== 'user') return { organisationId: null, seesAll: false, seesUnclaimed: false };
  return {
    organisationId: actor.organisationId,
    seesAll: actor.organisationKind === 'government',
    seesUnclaimed: actor.organisationKind === 'service_organisation',
  };
}

export async function listDemands(
  deps: DemandsDeps,
  actor: Actor,
  filter: repo.DemandFilter,
  page: { page: number; pageSize: number },
): Promise<{ total: number; page: number; pageSize: number; items: DemandView[] }> {
  if (filter.mine && (actor.kind !== 'user' || actor.organisationId === null))
    throw problem.unauthorized({
      zh: '查看本企业的需求须以企业用户登录',
      en: 'Sign in as an enterprise user to see your own demands',
    });
  const { total, rows } = await repo.queryDemands(deps.db, viewerOf(actor), filter, {
    limit: page.pageSize,
    offset: (page.page - 1) * page.pageSize,
  });
  // The SQL mirrors `demand.read`; the rule itself has the last word.
  const items = rows.filter((r) => mayRead(actor, r)).map((r) => demandView(r, deps.reference, actor));
  return { total, page: page.page, pageSize: page.pageSize, items };
}

export interface TransitionRequest {
  to: DemandState;
  reasonCode?: ClosedReason | null;
  note?: string | null;
}

export async function transitionDemand(
  deps: DemandsDeps,
  actor: Actor,
  request: RequestInfo,
  id: number,
  t: TransitionRequest,
): Promise<DemandDetail> {
  await deps.db.transaction(async (tx) => {
    const row = await repo.getDemandRow(tx, id, { forUpdate: true });
    if (!row) throw notFound(id);
    assertAllowed(actor, 'demand.update', { ownerOrganisationId: row.organisation_id ?? -1 });
    const check = checkTransition(row.state, t.to, t.reasonCode ?? null, t.note ?? null);
    if (!check.ok)
      throw check.code === 'REASON_REQUIRED'
        ? problem.unprocessable(
            check.message,
            [{ path: t.reasonCode ? 'body.note' : 'body.reasonCode', message: check.message }],
            {
              code: check.code,
            },
          )
        : problem.conflict(check.message, { code: check.code });
    const reason =
      t.to === 'closed' ? repo.closedReasonText(t.reasonCode!, t.note ?? null) : t.note?.trim() || null;
    await repo.setDemandState(tx, id, t.to, t.to === 'closed' ? reason : null);
    await repo.insertTransition(tx, {
      demandId: id,
      from: row.state,
      to: t.to,
      reason,
      userId: actor.kind === 'user' ? actor.userId : null,
    });
    await recordAudit(tx, {
      actor,
      request,
      action: 'demand.transition',
      objectType: 'demand',
      objectId: id,
      before: { state: row.state },
      after: { state: t.to, reason },
    });
  });
  await deps.afterWrite?.();
  return getDemandDetail(deps, actor, id);
}

/**
 * The platform's own move: the owner marked a match relevant while the demand was open, so it is matched.
 * Runs in the caller's transaction (the feedback write, which is audited there). Returns whether it moved.
 */
export async function markMatchedInTransaction(tx: Queryable, demandId: number): Promise<boolean> {
  const row = await repo.getDemandRow(tx, demandId, { forUpdate: true });
  if (row?.state !== 'open') return false;
  await repo.setDemandState(tx, demandId, 'matched', null);
  await repo.insertTransition(tx, {
    demandId,
    from: 'open',
    to: 'matched',
    reason: 'relevant_match' satisfies PlatformReason,
    userId: null,
  });
  return true;
}

export interface ApprovalView {
  organisationId: number;
  name: string;
  kind: string;
  approvedAt: string;
}

async function ownDemandForApproval(tx: Queryable, actor: Actor, id: number): Promise<repo.DemandRow> {
  const row = await repo.getDemandRow(tx, id, { forUpdate: true });
  if (!row) throw notFound(id);
  assertAllowed(actor, 'demand.update', { ownerOrganisationId: row.organisation_id ?? -1 });
  return row;
}

export async function listApprovals(deps: DemandsDeps, actor: Actor, id: number): Promise<ApprovalView[]> {
  const row = await loadReadableDemand(deps.db, actor, id);
  const view = demandView(row, deps.reference, actor);
  if (view.approvedOrganisationIds === null)
    throw problem.forbidden({
      zh: '只有需求方和知识产权管理部门可以查看授权名单',
      en: 'Only the owner and the IP administration may see who was approved',
    });
  return (await repo.listApprovals(deps.db, id)).map((a) => ({
    organisationId: a.organisation_id,
    name: a.name,
    kind: a.kind,
    approvedAt: a.approved_at.toISOString(),
  }));
}

/** The owner lets a matched party (an organisation) see a private demand. */
export async function approveOrganisation(
  deps: DemandsDeps,
  actor: Actor,
  request: RequestInfo,
  id: number,
  organisationId: number,
): Promise<ApprovalView[]> {
  await deps.db.transaction(async (tx) => {
    const row = await ownDemandForApproval(tx, actor, id);
    const org = await repo.organisation(tx, organisationId);
    if (!org)
      throw problem.unprocessable({ zh: '没有该机构', en: 'No such organisation' }, [
        {
          path: 'body.organisationId',
          message: { zh: `没有编号为 ${organisationId} 的机构`, en: `No organisation ${organisationId}` },
        },
      ]);
    if (organisationId === row.organisation_id)
      throw problem.unprocessable({ zh: '需求方本身无需授权', en: 'The owner needs no approval' }, [
        { path: 'body.organisationId', message: { zh: '这是本企业', en: 'This is your own enterprise' } },
      ]);
    const added = await repo.addApproval(tx, id, organisationId);
    if (!added) return;
    await repo.touchDemand(tx, id);
    await recordAudit(tx, {
      actor,
      request,
      action: 'demand.approve',
      objectType: 'demand',
      objectId: id,
      before: { approvedOrganisationIds: row.approved_organisation_ids },
      after: {
        approvedOrganisationIds: [...row.approved_organisation_ids, organisationId].sort((a, b) => a - b),
      },
    });
  });
  await deps.afterWrite?.();
  return listApprovals(deps, actor, id);
}

export async function revokeOrganisation(
  deps: DemandsDeps,
  actor: Actor,
  request: RequestInfo,
  id: number,
  organisationId: number,
): Promise<ApprovalView[]> {
  await deps.db.transaction(async (tx) => {
    const row = await ownDemandForApproval(tx, actor, id);
    const removed = await repo.removeApproval(tx, id, organisationId);
    if (!removed)
      throw problem.notFound({
        zh: `机构 ${organisationId} 未获授权查看该需求`,
        en: `Organisation ${organisationId} was not approved for this demand`,
      });
    await repo.touchDemand(tx, id);
    await recordAudit(tx, {
      actor,
      request,
      action: 'demand.revoke',
      objectType: 'demand',
      objectId: id,
      before: { approvedOrganisationIds: row.approved_organisation_ids },
      after: { approvedOrganisationIds: row.approved_organisation_ids.filter((o) => o !== organisationId) },
    });
  });
  await deps.afterWrite?.();
  return listApprovals(deps, actor, id);
}
