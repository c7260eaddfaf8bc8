import type { Queryable } from '../../platform/db/database';
import { problem } from '../../platform/http/problem';
import { assertAllowed } from '../accounts/guards';
import { authorize } from '../accounts/permissions';
import { recordAudit } from '../audit';
import { type AnnualFeeRow, annualFeeSchedule, DEFAULT_ANNUAL_FEE_CONFIG } from './annualFee';
import { daysBetween, type LocalDate } from './calendarDate';
import type { SuspensionKind } from './eligibility';
import { estimateFee, type FeeEstimate, type FeeEstimateInput } from './feeEstimate';
import * as repo from './repository';
import { reverifyDeclarations } from './reverification';
import {
  type Caller,
  isParty,
  loadPatent,
  loadSettings,
  type OpenLicenceDeps,
  type ServiceActor,
  today,
} from './serviceContext';
import { type OpenLicenceSettings, resolveSettings, type SettingsPatch } from './settings';
import { licenceView } from './views';

/**
 * Records about a patent that the open-licence rules read (Regs Art. 86, Law Art. 50(1)): pledges and
 * pledgee consents, procedure suspensions, the evaluation report. Each change re-verifies the patent's
 * published declaration at once, so a new pledge without consent suspends it the same minute.
 */

async function authorisedPatent(q: Queryable, caller: Caller, patentId: number) {
  const patent = await loadPatent(q, patentId);
  assertAllowed(caller.actor, 'patent.update', { ownerOrganisationIds: patent.ownerOrganisationIds });
  return patent;
}

async function audited<T>(
  deps: OpenLicenceDeps,
  caller: Caller,
  patentId: number,
  action: string,
  objectType: string,
  write: (tx: Queryable) => Promise<{ id: number; after: unknown; result: T }>,
): Promise<T> {
  const result = await deps.db.transaction(async (tx) => {
    await authorisedPatent(tx, caller, patentId);
    const { id, after, result } = await write(tx);
    await recordAudit(tx, {
      actor: caller.actor,
      request: caller.request ?? null,
      action,
      objectType,
      objectId: id,
      after,
    });
    return result;
  });
  await reverifyDeclarations(deps, [patentId]);
  return result;
}

export interface PledgeInput {
  pledgor: string;
  pledgee: string;
  pledgeeOrganisationId?: number | null;
  registrationNumber?: string | null;
  registeredOn: LocalDate;
}

export function recordPledge(deps: OpenLicenceDeps, caller: Caller, patentId: number, input: PledgeInput) {
  return audited(deps, caller, patentId, 'pledge.record', 'pledge', async (tx) => {
    const id = await repo.insertPledge(tx, {
      patentId,
      pledgor: input.pledgor,
      pledgee: input.pledgee,
      pledgeeOrganisationId: input.pledgeeOrganisationId ?? null,
      registrationNumber: input.registrationNumber ?? null,
      registeredOn: input.registeredOn,
      createdByUserId: caller.actor.userId,
    });
    return { id, after: { patentId, ...input }, result: (await repo.getPledge(tx, id))! };
  });
}

async function pledgeOf(q: Queryable, pledgeId: number) {
  const pledge = await repo.getPledge(q, pledgeId);
  if (!pledge) throw problem.notFound({ zh: `质押 ${pledgeId} 不存在`, en: `Pledge ${pledgeId} not found` });
  return pledge;
}

/** Regs Art. 86(iv): the pledgee's written consent to an open licence of the pledged patent. */
export async function recordPledgeeConsent(
  deps: OpenLicenceDeps,
  caller: Caller,
  pledgeId: number,
  input: { consentedOn: LocalDate; documentRef: string },
) {
  const pledge = await pledgeOf(deps.db, pledgeId);
  return audited(deps, caller, pledge.patentId, 'pledge.consent', 'pledge', async (tx) => {
    await repo.insertPledgeeConsent(tx, { pledgeId, ...input, recordedByUserId: caller.actor.userId });
    return { id: pledgeId, after: input, result: (await repo.getPledge(tx, pledgeId))! };
  });
}

export async function releasePledge(
  deps: OpenLicenceDeps,
  caller: Caller,
  pledgeId: number,
  input: { releasedOn: LocalDate },
) {
  const pledge = await pledgeOf(deps.db, pledgeId);
  if (input.releasedOn < pledge.registeredOn)
    throw problem.badRequest({ zh: '注销日期早于登记日期', en: 'Release precedes registration' }, [
      {
        path: 'body.releasedOn',
        message: { zh: `不能早于 ${pledge.registeredOn}`, en: `Not before ${pledge.registeredOn}` },
      },
    ]);
  return audited(deps, caller, pledge.patentId, 'pledge.release', 'pledge', async (tx) => {
    await repo.releasePledge(tx, pledgeId, input.releasedOn);
    return { id: pledgeId, after: input, result: (await repo.getPledge(tx, pledgeId))! };
  });
}

export interface PatentSuspensionInput {
  kind: SuspensionKind;
  startDate: LocalDate;
  endDate?: LocalDate | null;
  reference: string;
  note?: string | null;
}

/** Regs Art. 103 (ownership dispute) / 104 (court preservation): procedures on the patent are suspended. */
export function recordPatentSuspension(
  deps: OpenLicenceDeps,
  caller: Caller,
  patentId: number,
  input: PatentSuspensionInput,
) {
  return audited(deps, caller, patentId, 'patentSuspension.record', 'patentSuspension', async (tx) => {
    const row = await repo.insertPatentSuspension(tx, {
      patentId,
      kind: input.kind,
      startDate: input.startDate,
      endDate: input.endDate ?? null,
      reference: input.reference,
      note: input.note ?? null,
      createdByUserId: caller.actor.userId,
    });
    return { id: row.id, after: row, result: row };
  });
}

export async function endPatentSuspension(
  deps: OpenLicenceDeps,
  caller: Caller,
  suspensionId: number,
  input: { endDate: LocalDate },
) {
  const s = await repo.getPatentSuspension(deps.db, suspensionId);
  if (!s)
    throw problem.notFound({
      zh: `中止记录 ${suspensionId} 不存在`,
      en: `Suspension ${suspensionId} not found`,
    });
  if (input.endDate < s.startDate)
    throw problem.badRequest({ zh: '结束日期早于开始日期', en: 'End precedes start' }, [
      { path: 'body.endDate', message: { zh: `不能早于 ${s.startDate}`, en: `Not before ${s.startDate}` } },
    ]);
  return audited(deps, caller, s.patentId, 'patentSuspension.end', 'patentSuspension', async (tx) => {
    await repo.endPatentSuspension(tx, suspensionId, input.endDate);
    return { id: suspensionId, after: input, result: (await repo.getPatentSuspension(tx, suspensionId))! };
  });
}

/** Law Art. 50(1), Regs Art. 62–63: the patent evaluation report (one per patent). */
export function recordEvaluationReport(
  deps: OpenLicenceDeps,
  caller: Caller,
  patentId: number,
  input: { reportNumber: string; issuedOn?: LocalDate | null; conclusion?: string | null },
) {
  return audited(deps, caller, patentId, 'evaluationReport.record', 'evaluationReport', async (tx) => {
    const row = await repo.upsertEvaluationReport(tx, {
      patentId,
      reportNumber: input.reportNumber,
      issuedOn: input.issuedOn ?? null,
      conclusion: input.conclusion ?? null,
      createdByUserId: caller.actor.userId,
    });
    return { id: row.id, after: row, result: row };
  });
}

/** What the platform knows about the patent's licences and encumbrances (parties and operators only). */
export async function patentRecords(deps: OpenLicenceDeps, actor: ServiceActor | null, patentId: number) {
  const q = deps.db;
  const patent = await loadPatent(q, patentId);
  // Banks (质押融资) and the IP administration read them too (accounts/permissions.ts, pledge.read): a pledge, an
  // exclusive licence or a procedure suspension is what a lender must know before taking a patent as collateral.
  const lender = actor?.kind === 'user' && authorize(actor, 'pledge.read', {}).allowed;
  if (!isParty(actor, patent) && !lender)
    throw problem.forbidden({
      zh: '只有专利权人、服务机构、知识产权管理部门和银行可以查看许可与质押记录',
      en: 'Only the patentee, operators, the IP administration and banks see licence and pledge records',
    });
  const onDate = today(deps);
  return {
    licences: (await repo.readLicencesOf(q, patentId)).map((l) => licenceView(l, patent, onDate)),
    pledges: await repo.readPledgesOf(q, patentId),
    suspensions: await repo.readSuspensionsOf(q, patentId),
    evaluationReport: await repo.readEvaluationReport(q, patentId),
  };
}

/** The patentee's annual-fee schedule with the open-licence reduction (Law Art. 51(2)). */
export async function annualFees(
  deps: OpenLicenceDeps,
  actor: ServiceActor | null,
  patentId: number,
): Promise<{ rows: AnnualFeeRow[]; reductionBp: number; reductionSource: string; scheduleSource: string }> {
  const q = deps.db;
  const patent = await loadPatent(q, patentId);
  if (!isParty(actor, patent))
    throw problem.forbidden({
      zh: '只有专利权人和服务机构可以查看年费计划',
      en: 'Only the patentee and operators',
    });
  if (!patent.filingDate || !patent.grantDate || !patent.expiryDate)
    throw problem.unprocessable({
      zh: '专利缺少申请日、授权日或届满日，无法计算年费',
      en: 'Filing, grant or expiry date missing; the fee schedule cannot be computed',
    });
  const settings = await loadSettings(q);
  const events = await repo.openLicencePeriodEvents(q, patentId);
  // The open licence is "实施期间" from publication until withdrawal or the end of the term.
  const periods: { from: LocalDate; to: LocalDate | null }[] = [];
  for (const t of events) {
    if (t.action === 'publish') periods.push({ from: t.onDate, to: null });
    else {
      const open = periods.find((p) => p.to === null);
      if (open) open.to = t.onDate;
    }
  }
  const config = { ...DEFAULT_ANNUAL_FEE_CONFIG, openLicenceReductionBp: settings.annualFeeReductionBp };
  return {
    rows: annualFeeSchedule(
      {
        patentType: patent.patentType,
        filingDate: patent.filingDate,
        grantDate: patent.grantDate,
        expiryDate: patent.expiryDate,
        feePaidUntil: patent.feePaidUntil,
        openLicencePeriods: periods,
      },
      config,
    ),
    reductionBp: config.openLicenceReductionBp,
    reductionSource: config.reductionSource,
    scheduleSource: config.scheduleSource,
  };
}

const STATUTORY_YEARS = { invention: 20, utility_model: 10, design: 15 } as const;

/** The fee helper, with the remaining term taken from the patent when one is named. */
export async function feeEstimate(
  deps: OpenLicenceDeps,
  input: Omit<FeeEstimateInput, 'remainingYears' | 'statutoryYears'> & {
    patentId?: number;
    remainingYears?: number;
    statutoryYears?: number;
  },
): Promise<FeeEstimate> {
  let remainingYears = input.remainingYears ?? 20;
  let statutoryYears = input.statutoryYears ?? 20;
  if (input.patentId !== undefined) {
    const patent = await loadPatent(deps.db, input.patentId);
    statutoryYears = STATUTORY_YEARS[patent.patentType];
    if (patent.expiryDate)
      remainingYears = Math.max(0, Math.floor(daysBetween(today(deps), patent.expiryDate) / 365.25));
  }
  const benchmarks = await repo.listBenchmarks(deps.db);
  return estimateFee({ ...input, remainingYears, statutoryYears }, benchmarks);
}

export async function getSettings(deps: OpenLicenceDeps): Promise<OpenLicenceSettings> {
  return loadSettings(deps.db);
}

/** Platform administrators adjust the configurable rules; the change is audited. */
export async function updateSettings(
  deps: OpenLicenceDeps,
  caller: Caller,
  patch: SettingsPatch,
): Promise<OpenLicenceSettings> {
  if (!caller.actor.isPlatformAdmin)
    throw problem.forbidden({
      zh: '只有平台管理员可以修改开放许可规则设置',
      en: 'Platform administrators only',
    });
  return deps.db.transaction(async (tx) => {
    const before = (await repo.readSettingsRow(tx)) ?? {};
    const merged = { ...(before as object), ...patch };
    await repo.writeSettingsRow(tx, merged);
    await recordAudit(tx, {
      actor: caller.actor,
      request: caller.request ?? null,
      action: 'openLicence.settings',
      objectType: 'openLicenceSettings',
      objectId: 1,
      before,
      after: merged,
    });
    return resolveSettings(merged);
  });
}

export async function listBenchmarks(deps: OpenLicenceDeps) {
  return repo.listBenchmarks(deps.db);
}

export async function saveBenchmark(deps: OpenLicenceDeps, caller: Caller, row: repo.BenchmarkRow) {
  if (!caller.actor.isPlatformAdmin && caller.actor.organisationKind !== 'service_organisation')
    throw problem.forbidden({
      zh: '只有平台管理员或服务机构可以维护参考费率表',
      en: 'Administrators and operators only',
    });
  if (row.lowBp > row.highBp)
    throw problem.badRequest({ zh: '下限高于上限', en: 'Low rate above high rate' }, [
      { path: 'body.lowBp', message: { zh: '不能高于上限', en: 'Must not exceed highBp' } },
    ]);
  await deps.db.transaction(async (tx) => {
    await repo.upsertBenchmark(tx, row);
    await recordAudit(tx, {
      actor: caller.actor,
      request: caller.request ?? null,
      action: 'openLicence.benchmark',
      objectType: 'royaltyBenchmark',
      objectId: `${row.industrySection}/${row.base}`,
      after: row,
    });
  });
  return repo.listBenchmarks(deps.db);
}

export async function messages(deps: OpenLicenceDeps, caller: Caller, limit = 50) {
  if (caller.actor.organisationId === null) return [];
  return repo.listMessages(deps.db, caller.actor.organisationId, limit);
}
