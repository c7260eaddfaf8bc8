import type { Queryable, Transaction } from '../../platform/db/database';
import { HttpProblem, problem } from '../../platform/http/problem';
import type { UserActor } from '../accounts/actor';
import { assertAllowed } from '../accounts/guards';
import type { Action } from '../accounts/permissions';
import { recordAudit } from '../audit';
import { ARTICLES } from './articles';
import { checkDeclaration, type EligibilityResult } from './eligibility';
import {
  availableActions,
  type Checklist,
  type DeclarationState,
  decideTransition,
  type LifecycleAction,
  ruleFor,
  STATE_LABEL,
} from './lifecycle';
import * as repo from './repository';
import type { CheckResult, DeclarationDetail, DeclarationInput } from './schemas';
import {
  actorLabel,
  type Caller,
  consentedNames,
  declarationContent,
  declarationTerms,
  isParty,
  lifecycleRole,
  loadDeclaration,
  loadPatent,
  loadSettings,
  notifyOrganisations,
  type OpenLicenceDeps,
  patentFacts,
  refusalProblem,
  type ServiceActor,
  today,
} from './serviceContext';
import { eligibilityRulesOf } from './settings';
import { consentView, declarationView, patentNumberOf, visibleTransitions } from './views';

/** The permission (accounts/permissions.ts) each lifecycle action needs. */
const PERMISSION: Record<LifecycleAction, Action | null> = {
  submit: 'openLicence.declare',
  return: 'openLicence.verify',
  verify: 'openLicence.verify',
  publish: 'openLicence.publish',
  suspend: 'openLicence.suspend',
  reinstate: 'openLicence.suspend',
  withdraw: 'openLicence.withdraw',
  end: null,
};

export interface TransitionInput {
  reason?: string | null;
  checklist?: Checklist;
  /** Law Art. 50(2): the written withdrawal (its text or the reference of the signed document). */
  writtenWithdrawal?: string | null;
}

async function declarantNames(q: Queryable, patentId: number, actor: ServiceActor): Promise<string[]> {
  if (actor.kind !== 'user' || actor.organisationId === null) return [];
  return repo.ownerNamesOfOrganisation(q, patentId, actor.organisationId);
}

async function consentsOf(q: Queryable, row: repo.DeclarationRow): Promise<string[]> {
  const recorded = await repo.listCoOwnerConsents(q, row.id);
  return consentedNames(recorded, []);
}

/** The eligibility of a stored declaration on `today`. */
export async function evaluateDeclaration(
  q: Queryable,
  deps: OpenLicenceDeps,
  row: repo.DeclarationRow,
  patent: repo.OpenLicencePatentRow,
): Promise<EligibilityResult> {
  const settings = await loadSettings(q);
  const facts = await patentFacts(q, patent, row.id);
  return checkDeclaration(
    facts,
    declarationTerms(row, await consentsOf(q, row)),
    today(deps),
    eligibilityRulesOf(settings),
  );
}

/** The wizard's live check: the same rules as submission, nothing stored. */
export async function checkDraft(
  deps: OpenLicenceDeps,
  caller: Caller,
  input: DeclarationInput,
): Promise<EligibilityResult> {
  const q = deps.db;
  const patent = await loadPatent(q, input.patentId);
  assertAllowed(caller.actor, 'openLicence.declare', { ownerOrganisationIds: patent.ownerOrganisationIds });
  const settings = await loadSettings(q);
  const facts = await patentFacts(q, patent, null);
  const consents = consentedNames(input.coOwnerConsents, await declarantNames(q, patent.id, caller.actor));
  return checkDeclaration(
    facts,
    declarationTerms(declarationContent(input, patent), consents),
    today(deps),
    eligibilityRulesOf(settings),
  );
}

export interface CreateOptions {
  batchId?: string | null;
  batchRow?: number | null;
  /** Submit at once (batch declarations): refused rows stay drafts with their check recorded. */
  submit?: boolean;
}

/** Creates a draft declaration, records the co-owner consents given, and checks it. */
export async function createDeclaration(
  deps: OpenLicenceDeps,
  caller: Caller,
  input: DeclarationInput,
  options: CreateOptions = {},
): Promise<{ declaration: DeclarationDetail; check: CheckResult }> {
  const id = await deps.db.transaction(async (tx) => {
    const patent = await loadPatent(tx, input.patentId);
    assertAllowed(caller.actor, 'openLicence.declare', { ownerOrganisationIds: patent.ownerOrganisationIds });
    if (await repo.hasOtherActiveDeclaration(tx, patent.id, null))
      throw problem.conflict(
        {
          zh: `该专利已有一项未撤回的开放许可声明（${ARTICLES.platformOneDeclaration.zh}）`,
          en: `This patent already has a declaration that is not withdrawn (${ARTICLES.platformOneDeclaration.en})`,
        },
        { code: 'DECLARATION_ALREADY_ACTIVE', article: ARTICLES.platformOneDeclaration.zh },
      );
    const content = declarationContent(input, patent);
    const row = await repo.insertDeclaration(tx, {
      ...content,
      patentId: patent.id,
      declaredByOrganisationId: caller.actor.organisationId,
      createdByUserId: caller.actor.userId,
      batchId: options.batchId ?? null,
      batchRow: options.batchRow ?? null,
    });
    await saveConsents(tx, deps, caller.actor, row.id, patent.id, input.coOwnerConsents);
    const check = await evaluateDeclaration(tx, deps, row, patent);
    await repo.recordCheck(tx, row.id, check, today(deps));
    await repo.insertTransition(tx, {
      declarationId: row.id,
      action: 'create',
      fromState: null,
      toState: 'draft',
      actorKind: 'user',
      actorRole: 'patentee',
      actorUserId: caller.actor.userId,
      actorOrganisationId: caller.actor.organisationId,
      actorLabel: actorLabel(caller.actor),
      at: new Date(),
      onDate: today(deps),
      reason: options.batchId ? `批量声明 ${options.batchId} 第 ${options.batchRow} 行` : null,
      details: null,
    });
    await recordAudit(tx, {
      actor: caller.actor,
      request: caller.request ?? null,
      action: 'openLicence.declare',
      objectType: 'openLicenceDeclaration',
      objectId: row.id,
      after: { patentId: patent.id, state: 'draft', ...content },
    });
    return row.id;
  });
  return finish(deps, caller, id, options.submit ?? false);
}

/** Optionally submits, then reads the declaration back with its latest check. */
async function finish(
  deps: OpenLicenceDeps,
  caller: Caller,
  id: number,
  submit: boolean,
): Promise<{ declaration: DeclarationDetail; check: CheckResult }> {
  if (submit) {
    try {
      await transitionDeclaration(deps, caller, id, 'submit', {});
    } catch (err) {
      // A refused submission leaves the draft with its recorded check; the caller reads it below.
      if (!(err instanceof HttpProblem && err.status === 422)) throw err;
    }
  }
  const declaration = await getDeclarationDetail(deps, caller.actor, id);
  return { declaration, check: declaration.lastCheck ?? { refusals: [], warnings: [] } };
}

async function saveConsents(
  tx: Queryable,
  deps: OpenLicenceDeps,
  actor: UserActor,
  declarationId: number,
  patentId: number,
  consents: DeclarationInput['coOwnerConsents'],
): Promise<void> {
  // The declaring organisation's own consent is the declaration itself.
  for (const name of await declarantNames(tx, patentId, actor))
    await repo.upsertCoOwnerConsent(tx, {
      declarationId,
      patenteeName: name,
      consentedOn: today(deps),
      documentRef: `本声明（${actor.email} 提交）`,
      recordedByUserId: actor.userId,
    });
  for (const c of consents)
    await repo.upsertCoOwnerConsent(tx, { declarationId, ...c, recordedByUserId: actor.userId });
}

/** Edits a draft (only drafts: a submitted declaration is returned to draft by the verifier first). */
export async function updateDraft(
  deps: OpenLicenceDeps,
  caller: Caller,
  id: number,
  input: DeclarationInput,
  options: { submit?: boolean } = {},
): Promise<{ declaration: DeclarationDetail; check: CheckResult }> {
  await deps.db.transaction(async (tx) => {
    const row = await loadDeclaration(tx, id, true);
    const patent = await loadPatent(tx, row.patentId);
    assertAllowed(caller.actor, 'openLicence.declare', { ownerOrganisationIds: patent.ownerOrganisationIds });
    if (row.state !== 'draft')
      throw problem.conflict({
        zh: `只能修改草稿；当前状态为“${STATE_LABEL[row.state].zh}”`,
        en: `Only drafts can be edited; this declaration is ${STATE_LABEL[row.state].en}`,
      });
    if (input.patentId !== row.patentId)
      throw problem.badRequest(
        { zh: '不能更换声明的专利', en: 'The patent of a declaration cannot be changed' },
        [{ path: 'body.patentId', message: { zh: '与原声明不一致', en: 'Differs from the declaration' } }],
      );
    const content = declarationContent(input, patent);
    const updated = await repo.updateDeclarationContent(tx, id, content);
    await saveConsents(tx, deps, caller.actor, id, patent.id, input.coOwnerConsents);
    const check = await evaluateDeclaration(tx, deps, updated, patent);
    await repo.recordCheck(tx, id, check, today(deps));
    await recordAudit(tx, {
      actor: caller.actor,
      request: caller.request ?? null,
      action: 'openLicence.update',
      objectType: 'openLicenceDeclaration',
      objectId: id,
      before: row,
      after: content,
    });
  });
  return finish(deps, caller, id, options.submit ?? false);
}

/** Records a co-owner's written consent (Law Art. 14) on a declaration that is not yet published. */
export async function addCoOwnerConsent(
  deps: OpenLicenceDeps,
  caller: Caller,
  id: number,
  consent: DeclarationInput['coOwnerConsents'][number],
): Promise<DeclarationDetail> {
  await deps.db.transaction(async (tx) => {
    const row = await loadDeclaration(tx, id, true);
    const patent = await loadPatent(tx, row.patentId);
    assertAllowed(caller.actor, 'openLicence.declare', { ownerOrganisationIds: patent.ownerOrganisationIds });
    if (!['draft', 'submitted'].includes(row.state))
      throw problem.conflict({
        zh: '声明已进入核查或发布阶段，不能再补充共有人同意',
        en: 'Consents can only be added to drafts and submitted declarations',
      });
    await repo.upsertCoOwnerConsent(tx, {
      declarationId: id,
      ...consent,
      recordedByUserId: caller.actor.userId,
    });
    await repo.recordCheck(tx, id, await evaluateDeclaration(tx, deps, row, patent), today(deps));
    await recordAudit(tx, {
      actor: caller.actor,
      request: caller.request ?? null,
      action: 'openLicence.coOwnerConsent',
      objectType: 'openLicenceDeclaration',
      objectId: id,
      after: consent,
    });
  });
  return getDeclarationDetail(deps, caller.actor, id);
}

/** Runs one lifecycle action by a user (submit, return, verify, publish, suspend, reinstate, withdraw). */
export async function transitionDeclaration(
  deps: OpenLicenceDeps,
  caller: Caller,
  id: number,
  action: Exclude<LifecycleAction, 'end'>,
  input: TransitionInput,
): Promise<DeclarationDetail> {
  await deps.db.transaction(async (tx) => {
    const row = await loadDeclaration(tx, id, true);
    const patent = await loadPatent(tx, row.patentId);
    const permission = PERMISSION[action];
    if (permission)
      assertAllowed(caller.actor, permission, { ownerOrganisationIds: patent.ownerOrganisationIds });
    await applyTransition(tx, deps, caller, row, patent, action, input);
  });
  return getDeclarationDetail(deps, caller.actor, id);
}

/**
 * Decides and records one transition in the caller's transaction: the state, the transition row (who,
 * when, why), a message to the patentee where it concerns them, and the audit entry (last).
 */
export async function applyTransition(
  tx: Transaction,
  deps: OpenLicenceDeps,
  caller: Caller<ServiceActor>,
  row: repo.DeclarationRow,
  patent: repo.OpenLicencePatentRow,
  action: LifecycleAction,
  input: TransitionInput,
  precomputed?: EligibilityResult,
): Promise<repo.DeclarationRow> {
  const actor = caller.actor;
  const role = lifecycleRole(actor, patent);
  const onDate = today(deps);
  const rule = ruleFor(action);
  const check = rule.needsEligibility
    ? (precomputed ?? (await evaluateDeclaration(tx, deps, row, patent)))
    : undefined;
  const reason =
    input.reason?.trim() || (action === 'withdraw' ? input.writtenWithdrawal?.trim() : null) || null;
  const decision = decideTransition({
    state: row.state,
    action,
    role,
    reason,
    refusals: check?.refusals,
    checklist: input.checklist,
    isInvention: patent.patentType === 'invention',
    writtenWithdrawal: input.writtenWithdrawal ?? null,
    termEndDate: row.termEnd,
    today: onDate,
  });
  if (!decision.ok) {
    const r = decision.refusal;
    throw refusalProblem(r.refusals ?? [r], {
      zh: `不能${rule.label.zh}`,
      en: `Cannot ${rule.label.en}`,
    });
  }
  const patch: repo.StatePatch = { state: decision.to };
  if (check) {
    patch.lastCheck = check;
    patch.lastCheckedOn = onDate;
  }
  if (action === 'verify') patch.checklist = input.checklist ?? null;
  if (action === 'return') patch.checklist = null;
  if (action === 'publish') patch.publishedOn = onDate;
  if (action === 'suspend') patch.suspendedBy = actor.kind === 'system' ? 'system' : 'user';
  if (action === 'reinstate') patch.suspendedBy = null;
  if (action === 'withdraw') {
    patch.withdrawnOn = onDate;
    patch.writtenWithdrawal = input.writtenWithdrawal?.trim() ?? null;
  }
  const updated = await repo.updateDeclarationState(tx, row.id, patch);
  await repo.insertTransition(tx, {
    declarationId: row.id,
    action,
    fromState: row.state,
    toState: decision.to,
    actorKind: actor.kind === 'system' ? 'system' : 'user',
    actorRole: role,
    actorUserId: actor.kind === 'user' ? actor.userId : null,
    actorOrganisationId: actor.kind === 'user' ? actor.organisationId : null,
    actorLabel: actorLabel(actor),
    at: new Date(),
    onDate,
    reason,
    details: {
      ...(check ? { check } : {}),
      ...(input.checklist ? { checklist: input.checklist } : {}),
      ...(input.writtenWithdrawal ? { writtenWithdrawal: input.writtenWithdrawal } : {}),
    },
  });
  await notifyPatentee(tx, deps, updated, patent, action, reason);
  await recordAudit(tx, {
    actor,
    request: caller.request ?? null,
    action: `openLicence.${action}`,
    objectType: 'openLicenceDeclaration',
    objectId: row.id,
    before: { state: row.state },
    after: { state: decision.to, reason, ...(check ? { refusals: check.refusals.map((r) => r.code) } : {}) },
  });
  return updated;
}

async function notifyPatentee(
  tx: Queryable,
  deps: OpenLicenceDeps,
  row: repo.DeclarationRow,
  patent: repo.OpenLicencePatentRow,
  action: LifecycleAction,
  reason: string | null,
): Promise<void> {
  const kinds: Partial<Record<LifecycleAction, { kind: repo.MessageKind; zh: string }>> = {
    suspend: { kind: 'declaration_suspended', zh: '已中止' },
    reinstate: { kind: 'declaration_reinstated', zh: '已恢复' },
    end: { kind: 'declaration_ended', zh: '许可期限已届满' },
    return: { kind: 'declaration_returned', zh: '被退回修改' },
  };
  const k = kinds[action];
  if (!k) return;
  const number = patentNumberOf(patent) ?? `#${patent.id}`;
  await notifyOrganisations(tx, deps, [...patent.ownerOrganisationIds, row.declaredByOrganisationId], {
    kind: k.kind,
    declarationId: row.id,
    licenceId: null,
    subject: `开放许可声明${k.zh}：${patent.title}（${number}）`,
    body: `专利“${patent.title}”（${number}）的开放许可声明${k.zh}。${reason ? `\n原因：${reason}` : ''}`,
  });
}

/** A declaration with its patent, consents, history and the caller's possible actions. */
export async function getDeclarationDetail(
  deps: OpenLicenceDeps,
  actor: ServiceActor | null,
  id: number,
): Promise<DeclarationDetail> {
  const q = deps.db;
  const row = await loadDeclaration(q, id);
  const patent = await loadPatent(q, row.patentId);
  const party = isParty(actor, patent);
  const isPublic: DeclarationState[] = ['published', 'suspended', 'withdrawn', 'ended'];
  if (!party && !isPublic.includes(row.state))
    throw problem.notFound({ zh: `开放许可声明 ${id} 不存在`, en: `Declaration ${id} not found` });
  const [consents, transitions, uptakes, regions] = [
    await repo.listCoOwnerConsents(q, id),
    await repo.listTransitions(q, id),
    await repo.listUptakesOfDeclaration(q, id),
    await repo.regionNames(q, row.territory),
  ];
  let actions: LifecycleAction[] = [];
  if (actor && party) {
    try {
      actions = availableActions(row.state, lifecycleRole(actor, patent));
    } catch {
      actions = [];
    }
  }
  const view = declarationView(row, patent, regions);
  return {
    ...view,
    // The eligibility check and checklist are for the parties; the public sees the declaration.
    lastCheck: party ? view.lastCheck : null,
    checklist: party ? view.checklist : null,
    coOwnerConsents: party ? consents.map(consentView) : [],
    transitions: visibleTransitions(transitions, party),
    writtenWithdrawal: row.state === 'withdrawn' || party ? row.writtenWithdrawal : null,
    uptakeCount: uptakes.filter((u) => u.licenceId !== null).length,
    availableActions: actions,
  };
}

/**
 * Declarations awaiting verification or publication: the service organisations' work list (二次核查), which the IP
 * administration also reads as supervisor — every operator that may suspend a declaration may read the queue.
 */
export async function verificationQueue(
  deps: OpenLicenceDeps,
  caller: Caller,
  states: DeclarationState[],
  page: { page: number; pageSize: number },
) {
  assertAllowed(caller.actor, 'openLicence.suspend', { ownerOrganisationIds: [] });
  return listWithPatents(
    deps,
    { states, limit: page.pageSize, offset: (page.page - 1) * page.pageSize },
    page,
  );
}

/** The caller's organisation's declarations in any state. */
export async function myDeclarations(
  deps: OpenLicenceDeps,
  caller: Caller,
  states: DeclarationState[],
  page: { page: number; pageSize: number },
) {
  if (caller.actor.organisationId === null)
    throw problem.forbidden({
      zh: '须以机构身份查看本机构的声明',
      en: 'Sign in as a member of an organisation',
    });
  return listWithPatents(
    deps,
    {
      states,
      organisationId: caller.actor.organisationId,
      limit: page.pageSize,
      offset: (page.page - 1) * page.pageSize,
    },
    page,
  );
}

async function listWithPatents(
  deps: OpenLicenceDeps,
  filter: repo.QueueFilter,
  page: { page: number; pageSize: number },
) {
  const { total, rows } = await repo.listDeclarations(deps.db, filter);
  const patents = new Map(
    (await repo.readPatentsForOpenLicence(deps.db, [...new Set(rows.map((r) => r.patentId))])).map((p) => [
      p.id,
      p,
    ]),
  );
  return {
    total,
    page: page.page,
    pageSize: page.pageSize,
    items: rows.map((r) => declarationView(r, patents.get(r.patentId)!)),
  };
}
