import type { Queryable } from '../../platform/db/database';
import { problem } from '../../platform/http/problem';
import { assertAllowed } from '../accounts/guards';
import { recordAudit, systemActor } from '../audit';
import { ARTICLES } from './articles';
import { addDays, type LocalDate } from './calendarDate';
import { describeTerritory, LICENCE_KIND_LABEL, type LicenceKind } from './licenceScope';
import { acceptsUptake, openLicenceInForce } from './lifecycle';
import { describePaymentTerms, fixedFeeFen, formatYuan, royaltyDueFen, royaltyOf } from './paymentTerms';
import * as repo from './repository';
import type { LicenceView, UptakeView } from './schemas';
import {
  type Caller,
  isOperator,
  loadDeclaration,
  loadPatent,
  loadSettings,
  notifyOrganisations,
  type OpenLicenceDeps,
  ownsPatent,
  refusalProblem,
  today,
} from './serviceContext';
import {
  checkLicenceGrant,
  checkNotice,
  checkPayment,
  dueFilingReminder,
  filingDeadline,
  openLicenceTerm,
  uptakeStatus,
} from './uptake';
import { licenceView, patentNumberOf, paymentView } from './views';

/**
 * Taking an open licence (Law Art. 51(1)): the written notice, payments under the published terms, and
 * the licence once they are complete; recording negotiated licences (Law Art. 51(3)); filing (Regs Art.
 * 15(2), 87) with reminders before the 3-month deadline.
 */

export interface NoticeInput {
  writtenNotice: string;
  /** Defaults to today; may not be in the future. */
  noticeDate?: LocalDate;
}

function notInFuture(date: LocalDate, onDate: LocalDate, path: string) {
  if (date > onDate)
    throw problem.badRequest({ zh: '日期不能晚于今天', en: 'The date cannot be in the future' }, [
      { path, message: { zh: `不能晚于 ${onDate}`, en: `Must not be after ${onDate}` } },
    ]);
}

async function organisationName(q: Queryable, id: number): Promise<string> {
  const names = await repo.organisationNames(q, [id]);
  const name = names.get(id);
  if (!name) throw problem.notFound({ zh: `机构 ${id} 不存在`, en: `Organisation ${id} not found` });
  return name;
}

/**
 * Creates the open licence once the up-front payment is complete (or at once when nothing is due). The
 * licence is an ordinary licence in substance, kind 'open', over the declared scope until the declared
 * term ends (capped by the patent's expiry); its filing deadline is 3 months from taking effect.
 */
async function grantOpenLicence(
  tx: Queryable,
  deps: OpenLicenceDeps,
  decl: repo.DeclarationRow,
  patent: repo.OpenLicencePatentRow,
  uptake: repo.UptakeRow,
  effectiveDate: LocalDate,
  createdByUserId: number | null,
): Promise<repo.LicenceRow> {
  const term = openLicenceTerm(
    effectiveDate,
    { startDate: decl.termStart, endDate: decl.termEnd },
    patent.expiryDate,
  );
  const existing = await repo.readLicencesOf(tx, patent.id);
  const refusals = checkLicenceGrant(
    { kind: 'open', ...term, scope: { territory: decl.territory, field: decl.field } },
    {
      legalStatus: patent.legalStatus,
      expiryDate: patent.expiryDate,
      openLicenceInForce: true,
      existing: existing.map((l) => ({
        kind: l.kind,
        startDate: l.startDate,
        endDate: l.endDate,
        scope: { territory: l.territory, field: l.field },
      })),
      today: today(deps),
    },
  );
  if (refusals.length > 0)
    throw refusalProblem(refusals, { zh: '不能取得许可', en: 'The licence cannot be granted' });
  const fee = describePaymentTerms(uptake.paymentTerms);
  return repo.insertLicence(tx, {
    patentId: patent.id,
    kind: 'open',
    licensorName: decl.patentees.join('、'),
    licensorOrganisationId: patent.ownerOrganisationIds[0] ?? decl.declaredByOrganisationId,
    licenseeName: uptake.licenseeName,
    licenseeOrganisationId: uptake.licenseeOrganisationId,
    startDate: term.startDate,
    endDate: term.endDate,
    territory: decl.territory,
    field: decl.field,
    effectiveDate,
    filingDeadline: filingDeadline(effectiveDate),
    feeDescription: fee.zh,
    feeAmountFen: fixedFeeFen(uptake.paymentTerms),
    declarationId: decl.id,
    source: 'open_licence_uptake',
    createdByUserId,
  });
}

/** Step 1 of Law Art. 51(1): the licensee's written notice to the patentee. */
export async function sendNotice(
  deps: OpenLicenceDeps,
  caller: Caller,
  declarationId: number,
  input: NoticeInput,
): Promise<UptakeView> {
  const uptakeId = await deps.db.transaction(async (tx) => {
    const decl = await loadDeclaration(tx, declarationId, true);
    const patent = await loadPatent(tx, decl.patentId);
    assertAllowed(caller.actor, 'licence.take', { ownerOrganisationIds: patent.ownerOrganisationIds });
    const organisationId = caller.actor.organisationId!;
    const onDate = today(deps);
    const noticeDate = input.noticeDate ?? onDate;
    notInFuture(noticeDate, onDate, 'body.noticeDate');
    if (await repo.findUptake(tx, decl.id, organisationId))
      throw problem.conflict({
        zh: '本机构已就该声明发出实施通知',
        en: 'Your organisation has already sent a notice under this declaration',
      });
    const licenseeName = await organisationName(tx, organisationId);
    const refusals = checkNotice({
      declarationState: decl.state,
      term: { startDate: decl.termStart, endDate: decl.termEnd },
      patentees: decl.patentees,
      licenseeName,
      writtenNotice: input.writtenNotice,
      noticeDate,
    });
    if (refusals.length > 0)
      throw refusalProblem(refusals, { zh: '不能发出实施通知', en: 'The notice is refused' });
    const status = uptakeStatus(decl.paymentTerms, noticeDate, [], onDate);
    let uptake = await repo.insertUptake(tx, {
      declarationId: decl.id,
      licenseeName,
      licenseeOrganisationId: organisationId,
      noticeDate,
      writtenNotice: input.writtenNotice.trim(),
      paymentTerms: decl.paymentTerms,
      status: status.state,
      createdByUserId: caller.actor.userId,
    });
    if (status.effectiveDate !== null) {
      const licence = await grantOpenLicence(
        tx,
        deps,
        decl,
        patent,
        uptake,
        status.effectiveDate,
        caller.actor.userId,
      );
      uptake = await repo.updateUptake(tx, uptake.id, { status: status.state, licenceId: licence.id });
    }
    const number = patentNumberOf(patent) ?? `#${patent.id}`;
    await notifyOrganisations(tx, deps, patent.ownerOrganisationIds, {
      kind: 'uptake_notice',
      declarationId: decl.id,
      licenceId: uptake.licenceId,
      subject: `开放许可实施通知：${licenseeName} — ${patent.title}（${number}）`,
      body: `${licenseeName} 于 ${noticeDate} 书面通知实施专利“${patent.title}”（${number}）的开放许可（专利法第51条第1款）。\n${
        status.upfrontFen > 0
          ? `按公告的标准应付 ${formatYuan(status.upfrontFen)} 元${status.dueBy ? `（${status.dueBy} 前）` : ''}，付清后许可生效。`
          : '按公告的支付方式，许可已生效。'
      }\n通知内容：${input.writtenNotice.trim()}`,
    });
    await recordAudit(tx, {
      actor: caller.actor,
      request: caller.request ?? null,
      action: 'licence.take',
      objectType: 'openLicenceUptake',
      objectId: uptake.id,
      after: { declarationId: decl.id, noticeDate, status: uptake.status, licenceId: uptake.licenceId },
    });
    return uptake.id;
  });
  return getUptake(deps, caller, uptakeId);
}

export interface PaymentInput {
  kind: 'upfront' | 'royalty';
  paidOn: LocalDate;
  amountFen: number;
  /** Royalty: the net sales or profit reported for the period, in fen. */
  reportedBaseFen?: number | null;
  periodLabel?: string | null;
  reference?: string | null;
}

/** Step 2 of Law Art. 51(1): a payment under the published terms, recorded by the licensee or the patentee. */
export async function recordPayment(
  deps: OpenLicenceDeps,
  caller: Caller,
  uptakeId: number,
  input: PaymentInput,
): Promise<UptakeView> {
  await deps.db.transaction(async (tx) => {
    const uptake = await repo.getUptake(tx, uptakeId, { forUpdate: true });
    if (!uptake)
      throw problem.notFound({ zh: `许可申请 ${uptakeId} 不存在`, en: `Uptake ${uptakeId} not found` });
    const decl = await loadDeclaration(tx, uptake.declarationId);
    const patent = await loadPatent(tx, decl.patentId);
    const isLicensee =
      caller.actor.organisationId !== null && caller.actor.organisationId === uptake.licenseeOrganisationId;
    if (!isLicensee && !ownsPatent(caller.actor, patent))
      throw problem.forbidden({
        zh: '只有被许可人或专利权人可以登记付款',
        en: 'Only the licensee or the patentee may record a payment',
      });
    const onDate = today(deps);
    notInFuture(input.paidOn, onDate, 'body.paidOn');
    const payments = await repo.listPayments(tx, uptake.id);
    const status = uptakeStatus(uptake.paymentTerms, uptake.noticeDate, payments, onDate);
    const royalty = royaltyOf(uptake.paymentTerms);
    if (
      input.kind === 'royalty' &&
      royalty &&
      (input.reportedBaseFen === undefined || input.reportedBaseFen === null)
    )
      throw problem.badRequest(
        { zh: '提成费须同时申报计提基数', en: 'A royalty payment needs the reported base' },
        [{ path: 'body.reportedBaseFen', message: { zh: '必填', en: 'Required' } }],
      );
    const computedRoyaltyFen =
      input.kind === 'royalty' && royalty && typeof input.reportedBaseFen === 'number'
        ? royaltyDueFen(input.reportedBaseFen, royalty.rateBp)
        : null;
    const refusals = checkPayment({
      terms: uptake.paymentTerms,
      noticeDate: uptake.noticeDate,
      status,
      payment: { kind: input.kind, paidOn: input.paidOn, amountFen: input.amountFen },
      reportedBaseFen: input.reportedBaseFen ?? null,
      computedRoyaltyFen,
    });
    if (uptake.licenceId === null && !acceptsUptake(decl.state))
      refusals.push({
        code: 'DECLARATION_NOT_PUBLISHED',
        article: ARTICLES.law51_1.zh,
        message: {
          zh: `开放许可声明当前未处于发布状态，付款不能使许可生效（${ARTICLES.law51_1.zh}）`,
          en: `The declaration is not published at present; a payment cannot bring the licence into force (${ARTICLES.law51_1.en})`,
        },
      });
    if (refusals.length > 0)
      throw refusalProblem(refusals, { zh: '不能登记付款', en: 'The payment is refused' });
    const payment = await repo.insertPayment(tx, {
      uptakeId: uptake.id,
      kind: input.kind,
      paidOn: input.paidOn,
      amountFen: input.amountFen,
      reportedBaseFen: input.reportedBaseFen ?? null,
      periodLabel: input.periodLabel ?? null,
      reference: input.reference ?? null,
      recordedByUserId: caller.actor.userId,
    });
    const after = uptakeStatus(uptake.paymentTerms, uptake.noticeDate, [...payments, payment], onDate);
    let licenceId = uptake.licenceId;
    if (licenceId === null && after.effectiveDate !== null)
      licenceId = (
        await grantOpenLicence(tx, deps, decl, patent, uptake, after.effectiveDate, caller.actor.userId)
      ).id;
    await repo.updateUptake(tx, uptake.id, { status: after.state, licenceId });
    const number = patentNumberOf(patent) ?? `#${patent.id}`;
    await notifyOrganisations(
      tx,
      deps,
      isLicensee ? patent.ownerOrganisationIds : [uptake.licenseeOrganisationId],
      {
        kind: 'payment_recorded',
        declarationId: decl.id,
        licenceId,
        subject: `开放许可付款已登记：${patent.title}（${number}）`,
        body: `${uptake.licenseeName} 于 ${input.paidOn} 支付 ${formatYuan(input.amountFen)} 元（${
          input.kind === 'upfront' ? '固定费用' : `提成费${input.periodLabel ? ` ${input.periodLabel}` : ''}`
        }）。${licenceId !== null && uptake.licenceId === null ? '许可已生效，请在 3 个月内办理备案（专利法实施细则第15条第2款）。' : ''}`,
      },
    );
    await recordAudit(tx, {
      actor: caller.actor,
      request: caller.request ?? null,
      action: 'licence.payment',
      objectType: 'openLicenceUptake',
      objectId: uptake.id,
      after: { payment: paymentView(payment), status: after.state, licenceId },
    });
  });
  return getUptake(deps, caller, uptakeId);
}

export async function getUptake(
  deps: OpenLicenceDeps,
  caller: Caller,
  uptakeId: number,
): Promise<UptakeView> {
  const q = deps.db;
  const uptake = await repo.getUptake(q, uptakeId);
  if (!uptake)
    throw problem.notFound({ zh: `许可申请 ${uptakeId} 不存在`, en: `Uptake ${uptakeId} not found` });
  const decl = await loadDeclaration(q, uptake.declarationId);
  const patent = await loadPatent(q, decl.patentId);
  const isLicensee =
    caller.actor.organisationId !== null && caller.actor.organisationId === uptake.licenseeOrganisationId;
  if (
    !isLicensee &&
    !ownsPatent(caller.actor, patent) &&
    !isOperator(caller.actor) &&
    !caller.actor.isPlatformAdmin
  )
    throw problem.notFound({ zh: `许可申请 ${uptakeId} 不存在`, en: `Uptake ${uptakeId} not found` });
  return uptakeView(q, deps, uptake, patent);
}

async function uptakeView(
  q: Queryable,
  deps: OpenLicenceDeps,
  uptake: repo.UptakeRow,
  patent: repo.OpenLicencePatentRow,
): Promise<UptakeView> {
  const payments = await repo.listPayments(q, uptake.id);
  const onDate = today(deps);
  const status = uptakeStatus(uptake.paymentTerms, uptake.noticeDate, payments, onDate);
  const licence = uptake.licenceId ? await repo.getLicence(q, uptake.licenceId) : null;
  return {
    id: uptake.id,
    declarationId: uptake.declarationId,
    patentId: patent.id,
    patentTitle: patent.title,
    licenseeName: uptake.licenseeName,
    licenseeOrganisationId: uptake.licenseeOrganisationId,
    noticeDate: uptake.noticeDate,
    writtenNotice: uptake.writtenNotice,
    paymentTerms: uptake.paymentTerms,
    paymentDescription: describePaymentTerms(uptake.paymentTerms),
    status: status.state,
    upfrontFen: status.upfrontFen,
    outstandingFen: status.outstandingFen,
    dueBy: status.dueBy,
    trialEnds: status.trialEnds,
    effectiveDate: status.effectiveDate,
    payments: payments.map(paymentView),
    licence: licence ? licenceView(licence, patent, onDate) : null,
  };
}

/** The organisation's licences (as licensor or licensee) and its running uptakes. */
export async function myLicences(
  deps: OpenLicenceDeps,
  caller: Caller,
  page: { page: number; pageSize: number },
): Promise<{ total: number; page: number; pageSize: number; items: LicenceView[]; uptakes: UptakeView[] }> {
  const organisationId = caller.actor.organisationId;
  if (organisationId === null)
    throw problem.forbidden({
      zh: '须以机构身份查看本机构的许可',
      en: 'Sign in as a member of an organisation',
    });
  const q = deps.db;
  const { total, rows } = await repo.listLicencesOfOrganisation(q, organisationId, {
    limit: page.pageSize,
    offset: (page.page - 1) * page.pageSize,
  });
  const patents = new Map(
    (await repo.readPatentsForOpenLicence(q, [...new Set(rows.map((r) => r.patentId))])).map((p) => [
      p.id,
      p,
    ]),
  );
  const onDate = today(deps);
  const uptakes: UptakeView[] = [];
  for (const u of await repo.listUptakesOfOrganisation(q, organisationId)) {
    if (u.licenceId !== null) continue;
    const decl = await loadDeclaration(q, u.declarationId);
    uptakes.push(await uptakeView(q, deps, u, await loadPatent(q, decl.patentId)));
  }
  return {
    total,
    page: page.page,
    pageSize: page.pageSize,
    items: rows.map((l) => licenceView(l, patents.get(l.patentId)!, onDate)),
    uptakes,
  };
}

export interface RecordedLicenceInput {
  patentId: number;
  kind: Exclude<LicenceKind, 'open'>;
  licenseeName: string;
  licenseeOrganisationId?: number | null;
  startDate: LocalDate;
  endDate: LocalDate | null;
  territory: string[];
  field: string | null;
  effectiveDate: LocalDate;
  feeDescription: string;
  feeAmountFen?: number | null;
}

/**
 * Records a licence concluded outside the open licence (a negotiated licence). While an open licence is
 * in force only an ordinary licence may be granted (Law Art. 51(3)); exclusive and sole licences conflict
 * with any licence in their scope (JI Art. 25).
 */
export async function recordLicence(
  deps: OpenLicenceDeps,
  caller: Caller,
  input: RecordedLicenceInput,
): Promise<LicenceView> {
  const licence = await deps.db.transaction(async (tx) => {
    const patent = await loadPatent(tx, input.patentId);
    assertAllowed(caller.actor, 'patent.update', { ownerOrganisationIds: patent.ownerOrganisationIds });
    const onDate = today(deps);
    const existing = await repo.readLicencesOf(tx, patent.id);
    const declaration = await repo.declarationInForceOn(tx, patent.id);
    const refusals = checkLicenceGrant(
      {
        kind: input.kind,
        startDate: input.startDate,
        endDate: input.endDate,
        scope: { territory: input.territory, field: input.field },
      },
      {
        legalStatus: patent.legalStatus,
        expiryDate: patent.expiryDate,
        openLicenceInForce: declaration !== null && openLicenceInForce(declaration.state),
        existing: existing.map((l) => ({
          kind: l.kind,
          startDate: l.startDate,
          endDate: l.endDate,
          scope: { territory: l.territory, field: l.field },
        })),
        today: onDate,
      },
    );
    if (refusals.length > 0)
      throw refusalProblem(refusals, { zh: '不能登记该许可', en: 'The licence cannot be recorded' });
    const row = await repo.insertLicence(tx, {
      patentId: patent.id,
      kind: input.kind,
      licensorName: patent.patentees.join('、'),
      licensorOrganisationId: patent.ownerOrganisationIds[0] ?? null,
      licenseeName: input.licenseeName,
      licenseeOrganisationId: input.licenseeOrganisationId ?? null,
      startDate: input.startDate,
      endDate: input.endDate,
      territory: input.territory,
      field: input.field,
      effectiveDate: input.effectiveDate,
      filingDeadline: filingDeadline(input.effectiveDate),
      feeDescription: input.feeDescription,
      feeAmountFen: input.feeAmountFen ?? null,
      declarationId: null,
      source: 'recorded',
      createdByUserId: caller.actor.userId,
    });
    await recordAudit(tx, {
      actor: caller.actor,
      request: caller.request ?? null,
      action: 'licence.record',
      objectType: 'licence',
      objectId: row.id,
      after: row,
    });
    return licenceView(row, patent, onDate);
  });
  return licence;
}

export interface FilingInput {
  status: 'filed' | 'refused' | 'not_filed';
  filingNumber?: string | null;
  filedOn?: LocalDate | null;
}

async function loadLicenceForParty(q: Queryable, caller: Caller, id: number) {
  const licence = await repo.getLicence(q, id);
  if (!licence) throw problem.notFound({ zh: `许可 ${id} 不存在`, en: `Licence ${id} not found` });
  const patent = await loadPatent(q, licence.patentId);
  const org = caller.actor.organisationId;
  const party =
    ownsPatent(caller.actor, patent) ||
    (org !== null && (org === licence.licenseeOrganisationId || org === licence.licensorOrganisationId)) ||
    isOperator(caller.actor) ||
    caller.actor.isPlatformAdmin;
  if (!party) throw problem.notFound({ zh: `许可 ${id} 不存在`, en: `Licence ${id} not found` });
  return { licence, patent };
}

/** Records the outcome of the filing with CNIPA (Regs Art. 15(2), 87). */
export async function updateFiling(
  deps: OpenLicenceDeps,
  caller: Caller,
  licenceId: number,
  input: FilingInput,
): Promise<LicenceView> {
  return deps.db.transaction(async (tx) => {
    const { licence, patent } = await loadLicenceForParty(tx, caller, licenceId);
    const onDate = today(deps);
    if (input.status === 'filed') {
      if (!input.filingNumber?.trim() || !input.filedOn)
        throw problem.badRequest(
          { zh: '已备案须填写备案号和备案日期', en: 'A filing needs its number and date' },
          [
            ...(!input.filingNumber?.trim()
              ? [{ path: 'body.filingNumber', message: { zh: '必填', en: 'Required' } }]
              : []),
            ...(!input.filedOn ? [{ path: 'body.filedOn', message: { zh: '必填', en: 'Required' } }] : []),
          ],
        );
      notInFuture(input.filedOn, onDate, 'body.filedOn');
    }
    const updated = await repo.setLicenceFiling(tx, licenceId, {
      status: input.status,
      number: input.status === 'filed' ? input.filingNumber!.trim() : (input.filingNumber ?? null),
      filedOn: input.status === 'filed' ? input.filedOn! : (input.filedOn ?? null),
    });
    await recordAudit(tx, {
      actor: caller.actor,
      request: caller.request ?? null,
      action: 'licence.filing',
      objectType: 'licence',
      objectId: licenceId,
      before: { filingStatus: licence.filingStatus, filingNumber: licence.filingNumber },
      after: {
        filingStatus: updated.filingStatus,
        filingNumber: updated.filingNumber,
        filedOn: updated.filedOn,
      },
    });
    return licenceView(updated, patent, onDate);
  });
}

/** The fields of the filing form (DOMAIN-RULES §4.2) and the documents to attach, for one licence. */
export interface FilingPackage {
  licenceId: number;
  generatedOn: LocalDate;
  patentCount: number;
  patents: {
    title: string;
    patentNumber: string | null;
    patentType: string;
    filingDate: string | null;
    grantDate: string | null;
    expiryDate: string | null;
  }[];
  licenceKind: string;
  territory: string;
  field: string | null;
  effectiveDate: LocalDate;
  endDate: string;
  feeAndPayment: string;
  feeAmountYuan: string | null;
  currency: 'CNY';
  licensor: { name: string };
  licensee: { name: string };
  filingDeadline: LocalDate;
  filingStatus: string;
  basis: string[];
  documents: string[];
  openLicence: { declarationId: number; noticeDate: LocalDate | null; writtenNotice: string | null } | null;
}

export async function filingPackage(
  deps: OpenLicenceDeps,
  caller: Caller,
  licenceId: number,
): Promise<FilingPackage> {
  const q = deps.db;
  const { licence, patent } = await loadLicenceForParty(q, caller, licenceId);
  const regions = await repo.regionNames(q, licence.territory);
  let openLicence: FilingPackage['openLicence'] = null;
  if (licence.declarationId !== null) {
    const uptake = (await repo.listUptakesOfDeclaration(q, licence.declarationId)).find(
      (u) => u.licenceId === licence.id,
    );
    openLicence = {
      declarationId: licence.declarationId,
      noticeDate: uptake?.noticeDate ?? null,
      writtenNotice: uptake?.writtenNotice ?? null,
    };
  }
  const typeLabel = { invention: '发明', utility_model: '实用新型', design: '外观设计' }[patent.patentType];
  return {
    licenceId: licence.id,
    generatedOn: today(deps),
    patentCount: 1,
    patents: [
      {
        title: patent.title,
        patentNumber: patentNumberOf(patent),
        patentType: typeLabel,
        filingDate: patent.filingDate,
        grantDate: patent.grantDate,
        expiryDate: patent.expiryDate,
      },
    ],
    licenceKind: licence.kind === 'open' ? '普通实施许可（开放许可）' : LICENCE_KIND_LABEL[licence.kind].zh,
    territory: describeTerritory(licence.territory, regions).zh,
    field: licence.field,
    effectiveDate: licence.effectiveDate,
    endDate: licence.endDate ?? '无期限',
    // A zero fee is filed as 无偿 (filing guide, DOMAIN-RULES §4.2).
    feeAndPayment: licence.feeAmountFen === 0 ? '无偿' : licence.feeDescription,
    feeAmountYuan: licence.feeAmountFen === null ? null : formatYuan(licence.feeAmountFen),
    currency: 'CNY',
    licensor: { name: licence.licensorName },
    licensee: { name: licence.licenseeName },
    filingDeadline: licence.filingDeadline,
    filingStatus: { not_filed: '未备案', filed: '已备案', refused: '不予备案' }[licence.filingStatus],
    basis: [
      '专利法实施细则第15条第2款：专利实施许可合同应当自合同生效之日起3个月内向国务院专利行政部门备案',
      ...(licence.kind === 'open'
        ? ['专利法实施细则第87条：通过开放许可达成专利实施许可的，凭能够证明达成许可的书面文件备案']
        : []),
      '专利实施许可合同备案办法（国家知识产权局令第62号）第8条、第9条',
    ],
    documents: [
      '专利实施许可合同备案申请表（许可人或其委托的专利代理机构签字或盖章）',
      licence.kind === 'open' ? '证明达成开放许可的书面文件：书面实施通知及付款凭证' : '专利实施许可合同',
      '双方当事人的身份证明',
      '委托专利代理机构的，注明委托权限的委托书',
      '其他需要提供的材料',
    ],
    openLicence,
  };
}

/**
 * Sends the filing reminders due today (settings.filingReminderDays before the deadline, and one
 * overdue notice) to the licensor's and the licensee's organisations. Returns how many were sent.
 */
const FILING_REMINDER_ACTOR = systemActor('open-licence-filing-reminders');

export async function sendFilingReminders(deps: OpenLicenceDeps): Promise<number> {
  const settings = await loadSettings(deps.db);
  const onDate = today(deps);
  const horizon = addDays(onDate, Math.max(...settings.filingReminderDays));
  return deps.db.transaction(async (tx) => {
    let sent = 0;
    for (const licence of await repo.licencesAwaitingFiling(tx, horizon)) {
      const reminder = dueFilingReminder(
        licence.filingDeadline,
        onDate,
        licence.remindersSent,
        settings.filingReminderDays,
      );
      if (!reminder) continue;
      const patent = await loadPatent(tx, licence.patentId);
      const number = patentNumberOf(patent) ?? `#${patent.id}`;
      const overdue = reminder.kind === 'overdue';
      await notifyOrganisations(
        tx,
        deps,
        [licence.licensorOrganisationId, licence.licenseeOrganisationId, ...patent.ownerOrganisationIds],
        {
          kind: overdue ? 'filing_overdue' : 'filing_reminder',
          declarationId: licence.declarationId,
          licenceId: licence.id,
          subject: overdue
            ? `许可合同备案已逾期：${patent.title}（${number}）`
            : `许可合同备案提醒：${reminder.daysBefore} 天后到期 — ${patent.title}（${number}）`,
          body: overdue
            ? `${licence.licensorName} 与 ${licence.licenseeName} 的许可自 ${licence.effectiveDate} 生效，备案期限 ${licence.filingDeadline} 已过（专利法实施细则第15条第2款）。合同仍有效的，可附书面说明补办备案。`
            : `${licence.licensorName} 与 ${licence.licenseeName} 的许可自 ${licence.effectiveDate} 生效，应于 ${licence.filingDeadline} 前向国家知识产权局备案（专利法实施细则第15条第2款）。备案材料可在“我的许可”中下载。`,
        },
      );
      await repo.addReminderSent(tx, licence.id, overdue ? -1 : reminder.daysBefore);
      await recordAudit(tx, {
        actor: FILING_REMINDER_ACTOR,
        action: overdue ? 'licence.filingOverdue' : 'licence.filingReminder',
        objectType: 'licence',
        objectId: licence.id,
        after: { filingDeadline: licence.filingDeadline, reminder },
      });
      sent++;
    }
    return sent;
  });
}
