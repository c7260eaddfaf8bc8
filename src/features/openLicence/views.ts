import type { Bilingual } from '../../platform/http/problem';
import { daysBetween, type LocalDate } from './calendarDate';
import type { EligibilityResult } from './eligibility';
import { describeTerritory, LICENCE_KIND_LABEL } from './licenceScope';
import { STATE_LABEL } from './lifecycle';
import { describePaymentTerms } from './paymentTerms';
import type {
  CoOwnerConsentRow,
  DeclarationRow,
  LicenceRow,
  OpenLicencePatentRow,
  PaymentRow,
  TransitionRow,
} from './repository';
import type { DeclarationView, LicenceView } from './schemas';

/** Rows → API views. No I/O. */

/** 专利号: 'ZL' + application number, the form used on CNIPA certificates and in declarations. */
export function patentNumberOf(p: Pick<OpenLicencePatentRow, 'applicationNumber'>): string | null {
  return p.applicationNumber ? `ZL${p.applicationNumber}` : null;
}

export function patentSummary(p: OpenLicencePatentRow) {
  return {
    id: p.id,
    patentNumber: patentNumberOf(p),
    applicationNumber: p.applicationNumber,
    publicationNumber: p.publicationNumber,
    grantNumber: p.grantNumber,
    patentType: p.patentType,
    title: p.title,
    filingDate: p.filingDate,
    grantDate: p.grantDate,
    expiryDate: p.expiryDate,
    legalStatus: p.legalStatus,
    feePaidUntil: p.feePaidUntil,
    patentees: p.patentees,
    mainIpc: p.mainIpc,
    ipcCodes: p.ipcCodes,
    industryCodes: p.industryCodes,
    seiCodes: p.seiCodes,
    regionCode: p.regionCode,
  };
}

function isCheck(value: unknown): value is EligibilityResult {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as EligibilityResult).refusals) &&
    Array.isArray((value as EligibilityResult).warnings)
  );
}

export function declarationView(
  d: DeclarationRow,
  patent: OpenLicencePatentRow,
  regionNames?: ReadonlyMap<string, string>,
): DeclarationView {
  return {
    id: d.id,
    state: d.state,
    stateLabel: STATE_LABEL[d.state],
    patent: patentSummary(patent),
    patentees: d.patentees,
    paymentTerms: d.paymentTerms,
    paymentDescription: describePaymentTerms(d.paymentTerms),
    fixedFeeFen: d.fixedFeeFen,
    royaltyRateBp: d.royaltyRateBp,
    term: { startDate: d.termStart, endDate: d.termEnd },
    territory: d.territory,
    territoryDescription: describeTerritory(d.territory, regionNames),
    field: d.field,
    otherMatters: d.otherMatters,
    contact: d.contact,
    declaredByOrganisationId: d.declaredByOrganisationId,
    checklist: d.checklist,
    lastCheck: isCheck(d.lastCheck) ? d.lastCheck : null,
    lastCheckedOn: d.lastCheckedOn,
    publishedOn: d.publishedOn,
    withdrawnOn: d.withdrawnOn,
    suspendedBy: d.suspendedBy,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}

const PUBLIC_ACTIONS = new Set(['publish', 'suspend', 'reinstate', 'withdraw', 'end']);
const ROLE_PUBLIC_LABEL: Record<string, string> = {
  patentee: '专利权人',
  verifier: '核查机构',
  admin: '平台',
  system: '系统核查',
};

/** The public sees the announced steps without who did them; parties and operators see everything. */
export function transitionView(t: TransitionRow, full: boolean) {
  return {
    action: t.action,
    fromState: t.fromState,
    toState: t.toState,
    actorRole: t.actorRole,
    actorLabel: full ? t.actorLabel : (ROLE_PUBLIC_LABEL[t.actorRole] ?? t.actorRole),
    at: t.at.toISOString(),
    onDate: t.onDate,
    reason: t.reason,
    details: full ? t.details : null,
  };
}

export function visibleTransitions(rows: TransitionRow[], full: boolean) {
  return rows.filter((t) => full || PUBLIC_ACTIONS.has(t.action)).map((t) => transitionView(t, full));
}

export function consentView(c: CoOwnerConsentRow) {
  return { patenteeName: c.patenteeName, consentedOn: c.consentedOn, documentRef: c.documentRef };
}

export function licenceView(
  l: LicenceRow,
  patent: Pick<OpenLicencePatentRow, 'title' | 'applicationNumber'>,
  today: LocalDate,
): LicenceView {
  return {
    id: l.id,
    patentId: l.patentId,
    patentTitle: patent.title,
    patentNumber: patentNumberOf(patent),
    kind: l.kind,
    kindLabel: LICENCE_KIND_LABEL[l.kind],
    licensorName: l.licensorName,
    licenseeName: l.licenseeName,
    licensorOrganisationId: l.licensorOrganisationId,
    licenseeOrganisationId: l.licenseeOrganisationId,
    startDate: l.startDate,
    endDate: l.endDate,
    territory: l.territory,
    field: l.field,
    effectiveDate: l.effectiveDate,
    filingDeadline: l.filingDeadline,
    filingStatus: l.filingStatus,
    filingNumber: l.filingNumber,
    filedOn: l.filedOn,
    daysToFilingDeadline: daysBetween(today, l.filingDeadline),
    feeDescription: l.feeDescription,
    declarationId: l.declarationId,
    source: l.source,
  };
}

export function paymentView(p: PaymentRow) {
  return {
    id: p.id,
    kind: p.kind,
    paidOn: p.paidOn,
    amountFen: p.amountFen,
    reportedBaseFen: p.reportedBaseFen,
    periodLabel: p.periodLabel,
    reference: p.reference,
  };
}

export function joinBilingual(items: Bilingual[], zhSep = '；', enSep = '; '): Bilingual {
  return { zh: items.map((i) => i.zh).join(zhSep), en: items.map((i) => i.en).join(enSep) };
}
