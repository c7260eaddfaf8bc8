import { ARTICLES, cite, type RuleRefusal } from './articles';
import { addDays, addMonths, type LocalDate, maxDate, minDate } from './calendarDate';
import { type LegalStatus, normalisePartyName } from './eligibility';
import { LICENCE_KIND_LABEL, type LicenceKind, scopesOverlap, type TimedScope } from './licenceScope';
import { acceptsUptake, type DeclarationState } from './lifecycle';
import { formatYuan, type PaymentTerms, royaltyOf, upfrontPayment } from './paymentTerms';

/**
 * Taking an open licence (Law Art. 51(1)): a written notice to the patentee, then payment under the
 * published terms; the licence is obtained at that point, with no negotiation. The licence is then
 * filed with CNIPA on written proof (Regs Art. 87) within 3 months of taking effect (Regs Art. 15(2)).
 * Other licences recorded on the platform must respect Law Art. 51(3).
 */

export type UptakeRefusalCode =
  | 'DECLARATION_NOT_PUBLISHED'
  | 'NOTICE_NOT_WRITTEN'
  | 'LICENSEE_IS_PATENTEE'
  | 'NOTICE_AFTER_TERM'
  | 'PAYMENT_NOT_POSITIVE'
  | 'PAYMENT_EXCEEDS_AMOUNT_DUE'
  | 'PAYMENT_BEFORE_NOTICE'
  | 'ROYALTY_NOT_IN_TERMS'
  | 'ROYALTY_AMOUNT_MISMATCH'
  | 'EXCLUSIVE_WHILE_OPEN_LICENCE'
  | 'CONFLICTS_WITH_EXCLUSIVE_LICENCE'
  | 'LICENCE_TERM_PAST_EXPIRY'
  | 'LICENCE_TERM_INVALID'
  | 'PATENT_NOT_IN_FORCE';
export type UptakeRefusal = RuleRefusal<UptakeRefusalCode>;
const refusal = cite<UptakeRefusalCode>;

const PLATFORM_LEDGER = { zh: '平台付款记录规则', en: 'platform payment ledger rule' };

export interface NoticeInput {
  declarationState: DeclarationState;
  /** Declared term, both days inclusive. */
  term: { startDate: LocalDate; endDate: LocalDate };
  patentees: readonly string[];
  licenseeName: string;
  /** The written notice: its text or the reference of the signed document (Law Art. 51(1) 书面方式). */
  writtenNotice: string;
  noticeDate: LocalDate;
}

/** Whether a written notice may be recorded. */
export function checkNotice(input: NoticeInput): UptakeRefusal[] {
  const out: UptakeRefusal[] = [];
  if (!acceptsUptake(input.declarationState))
    out.push(
      refusal(
        'DECLARATION_NOT_PUBLISHED',
        ARTICLES.law51_1,
        '该专利的开放许可声明当前未处于发布状态，不能据此获得许可',
        'The open-licence declaration is not published at present; no licence can be taken under it',
      ),
    );
  if (!input.writtenNotice.trim())
    out.push(
      refusal(
        'NOTICE_NOT_WRITTEN',
        ARTICLES.law51_1,
        '实施开放许可应当以书面方式通知专利权人',
        'The patentee must be notified in writing',
        'writtenNotice',
      ),
    );
  const licensee = normalisePartyName(input.licenseeName);
  if (input.patentees.some((p) => normalisePartyName(p) === licensee))
    out.push(
      refusal(
        'LICENSEE_IS_PATENTEE',
        ARTICLES.law51_1,
        '专利权人无需就本人专利获得开放许可',
        'A patentee does not need an open licence of its own patent',
        'licenseeName',
      ),
    );
  if (input.noticeDate > input.term.endDate)
    out.push(
      refusal(
        'NOTICE_AFTER_TERM',
        ARTICLES.regs85_1_4,
        `声明的许可期限已于 ${input.term.endDate} 届满`,
        `The declared term ended on ${input.term.endDate}`,
        'noticeDate',
      ),
    );
  return out;
}

export interface RecordedPayment {
  kind: 'upfront' | 'royalty';
  paidOn: LocalDate;
  amountFen: number;
}

export interface UptakeStatus {
  /** Up-front amount the published terms require (one-time fee or entry fee), in fen. */
  upfrontFen: number;
  /** Up-front amount paid so far. */
  upfrontPaidFen: number;
  outstandingFen: number;
  /** When the up-front amount is due (for try-first: the end of the trial). */
  dueBy: LocalDate | null;
  trialEnds: LocalDate | null;
  /** Day the licence took effect; null while the up-front payment is incomplete. */
  effectiveDate: LocalDate | null;
  /** A try-first licence whose trial ended without the payment due after it. */
  overdue: boolean;
  state: 'awaiting_payment' | 'trial' | 'in_force' | 'payment_overdue';
}

/**
 * Where an uptake stands on `today`, given the payments recorded so far. The licence takes effect on the
 * day the up-front amount is fully paid (Law Art. 51(1)), or on the notice day when nothing is due up
 * front (free, royalty only, or the free trial of try-first).
 */
export function uptakeStatus(
  terms: PaymentTerms,
  noticeDate: LocalDate,
  payments: readonly RecordedPayment[],
  today: LocalDate,
): UptakeStatus {
  const trial = terms.mode === 'try_first' ? upfrontPayment(terms, noticeDate) : null;
  const after = terms.mode === 'try_first' ? terms.afterTrial : terms;
  const upfrontFen = upfrontPayment(after, noticeDate).amountFen;
  const upfront = [...payments]
    .filter((p) => p.kind === 'upfront')
    .sort((a, b) => (a.paidOn < b.paidOn ? -1 : a.paidOn > b.paidOn ? 1 : 0));
  let paid = 0;
  let completedOn: LocalDate | null = upfrontFen === 0 ? noticeDate : null;
  for (const p of upfront) {
    paid += p.amountFen;
    if (completedOn === null && paid >= upfrontFen) completedOn = p.paidOn;
  }
  const outstandingFen = Math.max(0, upfrontFen - paid);
  if (trial) {
    const trialEnds = trial.trialEnds!;
    const overdue = outstandingFen > 0 && today > trialEnds;
    return {
      upfrontFen,
      upfrontPaidFen: paid,
      outstandingFen,
      dueBy: upfrontFen > 0 ? trialEnds : null,
      trialEnds,
      effectiveDate: noticeDate,
      overdue,
      state: overdue ? 'payment_overdue' : today <= trialEnds ? 'trial' : 'in_force',
    };
  }
  return {
    upfrontFen,
    upfrontPaidFen: paid,
    outstandingFen,
    dueBy: upfrontFen > 0 ? noticeDate : null,
    trialEnds: null,
    effectiveDate: completedOn,
    overdue: false,
    state: completedOn === null ? 'awaiting_payment' : 'in_force',
  };
}

export interface PaymentInput {
  terms: PaymentTerms;
  noticeDate: LocalDate;
  status: UptakeStatus;
  payment: RecordedPayment;
  /** For royalty payments: the reported net sales or profit for the period, in fen. */
  reportedBaseFen?: number | null;
  /** For royalty payments: the royalty computed from the reported base (paymentTerms.royaltyDueFen). */
  computedRoyaltyFen?: number | null;
}

/** Whether a payment may be recorded against the published terms. */
export function checkPayment(input: PaymentInput): UptakeRefusal[] {
  const out: UptakeRefusal[] = [];
  const { payment } = input;
  if (!Number.isSafeInteger(payment.amountFen) || payment.amountFen <= 0)
    out.push(
      refusal(
        'PAYMENT_NOT_POSITIVE',
        PLATFORM_LEDGER,
        '付款金额应为大于 0 的整数（分）',
        'A payment must be a positive whole number of fen',
        'amountFen',
      ),
    );
  if (payment.paidOn < input.noticeDate)
    out.push(
      refusal(
        'PAYMENT_BEFORE_NOTICE',
        ARTICLES.law51_1,
        '应先书面通知专利权人，再依照公告的标准支付许可使用费',
        'The written notice comes first, then payment under the published terms',
        'paidOn',
      ),
    );
  if (payment.kind === 'upfront' && payment.amountFen > input.status.outstandingFen)
    out.push(
      refusal(
        'PAYMENT_EXCEEDS_AMOUNT_DUE',
        ARTICLES.law51_1,
        `按公告的支付标准，尚需支付的固定费用为 ${formatYuan(input.status.outstandingFen)} 元`,
        `Under the published terms the fixed amount still due is CNY ${formatYuan(input.status.outstandingFen)}`,
        'amountFen',
      ),
    );
  if (payment.kind === 'royalty') {
    if (royaltyOf(input.terms) === null)
      out.push(
        refusal(
          'ROYALTY_NOT_IN_TERMS',
          ARTICLES.law51_1,
          '公告的支付方式不含提成费',
          'The published terms contain no royalty',
          'kind',
        ),
      );
    else if (
      input.computedRoyaltyFen !== undefined &&
      input.computedRoyaltyFen !== null &&
      input.computedRoyaltyFen !== payment.amountFen
    )
      out.push(
        refusal(
          'ROYALTY_AMOUNT_MISMATCH',
          ARTICLES.law51_1,
          `按公告的提成比例，应付提成费为 ${formatYuan(input.computedRoyaltyFen)} 元`,
          `Under the published rate the royalty due is CNY ${formatYuan(input.computedRoyaltyFen)}`,
          'amountFen',
        ),
      );
  }
  return out;
}

export interface LicenceRequest extends TimedScope {
  kind: LicenceKind;
}

export interface LicenceContext {
  legalStatus: LegalStatus;
  expiryDate: LocalDate | null;
  /** A declaration on this patent is published or suspended (lifecycle.openLicenceInForce). */
  openLicenceInForce: boolean;
  /** Licences already recorded on the patent (any kind), to detect conflicts. */
  existing: readonly (TimedScope & { kind: LicenceKind })[];
  today: LocalDate;
}

/** Whether a licence (negotiated or from an open-licence uptake) may be recorded on the patent. */
export function checkLicenceGrant(request: LicenceRequest, context: LicenceContext): UptakeRefusal[] {
  const out: UptakeRefusal[] = [];
  const label = LICENCE_KIND_LABEL[request.kind];
  if (context.legalStatus !== 'in_force')
    out.push(
      refusal(
        'PATENT_NOT_IN_FORCE',
        ARTICLES.civil865,
        '专利权不处于有效状态，不能订立实施许可',
        'The patent is not in force; no licence can be granted',
      ),
    );
  if (request.endDate !== null && request.endDate < request.startDate)
    out.push(
      refusal(
        'LICENCE_TERM_INVALID',
        ARTICLES.civil865,
        '许可终止日早于起始日',
        'The licence ends before it starts',
        'endDate',
      ),
    );
  if (context.expiryDate !== null && (request.endDate === null || request.endDate > context.expiryDate))
    out.push(
      refusal(
        'LICENCE_TERM_PAST_EXPIRY',
        ARTICLES.civil865,
        `专利实施许可合同仅在专利权存续期间（至 ${context.expiryDate}）内有效`,
        `A licence is valid only while the patent exists (until ${context.expiryDate})`,
        'endDate',
      ),
    );
  // Law Art. 51(3): 不得就该专利给予独占或者排他许可 while the open licence is in force.
  if ((request.kind === 'exclusive' || request.kind === 'sole') && context.openLicenceInForce)
    out.push(
      refusal(
        'EXCLUSIVE_WHILE_OPEN_LICENCE',
        ARTICLES.law51_3,
        `该专利正在实行开放许可，不得给予${label.zh}；可协商给予普通许可`,
        `The patent is under an open licence: no ${label.en} may be granted; a negotiated ordinary licence is allowed`,
        'kind',
      ),
    );
  // JI Art. 25: within an exclusive or sole licence's scope there is exactly one licensee.
  for (const other of context.existing) {
    if (other.endDate !== null && other.endDate < context.today) continue;
    const exclusiveInvolved =
      request.kind === 'exclusive' ||
      request.kind === 'sole' ||
      other.kind === 'exclusive' ||
      other.kind === 'sole';
    if (!exclusiveInvolved || !scopesOverlap(request, other)) continue;
    const otherLabel = LICENCE_KIND_LABEL[other.kind];
    out.push(
      refusal(
        'CONFLICTS_WITH_EXCLUSIVE_LICENCE',
        ARTICLES.ji25,
        `与已记录的${otherLabel.zh}（${other.startDate} 至 ${other.endDate ?? '无期限'}）范围重叠`,
        `Overlaps the scope of a recorded ${otherLabel.en} (${other.startDate} to ${other.endDate ?? 'no end'})`,
      ),
    );
  }
  return out;
}

/**
 * An open-licence uptake runs from its effective date (or the declared term's first day, if later: a
 * notice may be sent as soon as the declaration is published) to the end of the declared term, within the
 * patent term.
 */
export function openLicenceTerm(
  effectiveDate: LocalDate,
  declaredTerm: { startDate: LocalDate; endDate: LocalDate },
  expiryDate: LocalDate | null,
): { startDate: LocalDate; endDate: LocalDate } {
  return {
    startDate: maxDate(effectiveDate, declaredTerm.startDate),
    endDate: expiryDate ? minDate(declaredTerm.endDate, expiryDate) : declaredTerm.endDate,
  };
}

/**
 * Regs Art. 15(2): 专利实施许可合同应当自合同生效之日起3个月内备案. The effective day is not counted
 * (民法典第201条); the period ends on the same day three months later, or on the last day of that month
 * when it has no such day (民法典第202条). 2024-01-15 → 2024-04-15; 2023-11-30 → 2024-02-29.
 * A deadline falling on a public holiday would move to the next working day (民法典第203条); the platform
 * has no holiday calendar, so it reminds by the calendar day, which is never later than the legal one.
 */
export function filingDeadline(effectiveDate: LocalDate): LocalDate {
  return addMonths(effectiveDate, 3);
}

export const DEFAULT_REMINDER_DAYS: readonly number[] = [30, 7, 1];

export type FilingReminder = { kind: 'before_deadline'; daysBefore: number } | { kind: 'overdue' };

/**
 * The reminder to send today, if any: the nearest reminder point already reached and not yet sent (an
 * earlier, larger one that was missed is skipped, so nobody gets three mails at once), or a single
 * overdue notice after the deadline (late filing is still possible with an explanation [T]).
 * `sent` holds the `daysBefore` values already sent, and -1 for the overdue notice.
 */
export function dueFilingReminder(
  deadline: LocalDate,
  today: LocalDate,
  sent: readonly number[],
  reminderDays: readonly number[] = DEFAULT_REMINDER_DAYS,
): FilingReminder | null {
  if (today > deadline) return sent.includes(-1) ? null : { kind: 'overdue' };
  const reached = reminderDays.filter((d) => addDays(deadline, -d) <= today).sort((a, b) => a - b);
  const nearest = reached[0];
  if (nearest === undefined) return null;
  if (sent.some((s) => s >= 0 && s <= nearest)) return null;
  return { kind: 'before_deadline', daysBefore: nearest };
}
