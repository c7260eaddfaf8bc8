import {
  type AdvertisingWordList,
  DEFAULT_ADVERTISING_WORDS,
  findAdvertisingWords,
} from './advertisingWords';
import { ARTICLES, cite, type RuleRefusal } from './articles';
import { addDays, addMonths, type LocalDate } from './calendarDate';
import { LICENCE_KIND_LABEL, type LicenceKind, type LicenceScope, scopesOverlap } from './licenceScope';
import {
  DEFAULT_FEE_CAPS,
  type FeeCaps,
  type FeeWarning,
  feeCapWarnings,
  type PaymentTerms,
  validatePaymentTerms,
} from './paymentTerms';

/**
 * Whether a patent may be declared for open licence, and whether a published declaration still may
 * stand. One pure function serves the wizard's live check, submission, verification, the batch
 * importer and the scheduled re-verification. Refusals are values, each citing its article.
 */

export type PatentType = 'invention' | 'utility_model' | 'design';
export type LegalStatus =
  | 'pending'
  | 'in_force'
  | 'lapsed'
  | 'expired'
  | 'invalidated'
  | 'withdrawn'
  | 'rejected'
  | 'abandoned'
  | 'unknown';

export interface ExistingLicence {
  id?: number;
  kind: LicenceKind;
  startDate: LocalDate;
  /** Last day, inclusive; null = no time limit. */
  endDate: LocalDate | null;
  scope: LicenceScope;
}

export type SuspensionKind = 'ownership_dispute' | 'preservation';
export interface SuspensionFact {
  /** Regs Art. 103 (ownership dispute) or Art. 104 (court-ordered preservation). */
  kind: SuspensionKind;
  startDate: LocalDate;
  /** Last day of the suspension; null while it lasts. */
  endDate: LocalDate | null;
}

export interface PledgeFact {
  pledgee: string;
  registeredOn: LocalDate;
  /** The day the pledge was released (cancelled); it no longer binds from that day. */
  releasedOn: LocalDate | null;
  /** Day the pledgee's written consent to the open licence was recorded; null = no consent on record. */
  pledgeeConsentOn: LocalDate | null;
}

/** What the catalogue and this feature's own records know about the patent. */
export interface PatentFacts {
  patentType: PatentType;
  legalStatus: LegalStatus;
  grantDate: LocalDate | null;
  /** Last day of the statutory term (Law Art. 42). */
  expiryDate: LocalDate | null;
  /** Annual fee paid up to and including this day. */
  feePaidUntil: LocalDate | null;
  /** Current right holders as recorded, in order. */
  patentees: readonly string[];
  licences: readonly ExistingLicence[];
  suspensions: readonly SuspensionFact[];
  pledges: readonly PledgeFact[];
  /** 专利权评价报告 (Regs Art. 62–63), if one is on record. */
  evaluationReport: { reportNumber: string; issuedOn: LocalDate | null } | null;
  /** Another declaration for this patent that is not withdrawn (platform rule). */
  otherActiveDeclaration: boolean;
}

export interface DeclarationTerms {
  /** Patentees named in the declaration (Regs Art. 85(1)(ii)). */
  patentees: readonly string[];
  /** Patentees whose written consent to this declaration is on record (Law Art. 14). */
  consentedPatentees: readonly string[];
  paymentTerms: PaymentTerms;
  /** Licence term (Regs Art. 85(1)(iv)); both days inclusive. */
  term: { startDate: LocalDate; endDate: LocalDate };
  scope: LicenceScope;
  /** 其他需要明确的事项 (Regs Art. 85(1)(v)). */
  otherMatters: string;
}

export type RefusalCode =
  | 'NOT_GRANTED'
  | 'PATENT_LAPSED'
  | 'PATENT_EXPIRED'
  | 'PATENT_INVALIDATED'
  | 'PATENT_NOT_IN_FORCE'
  | 'PATENTEES_INCOMPLETE'
  | 'PATENTEE_NOT_RECORDED'
  | 'CO_OWNER_CONSENT_MISSING'
  | 'INVALID_PAYMENT_TERMS'
  | 'TERM_INVALID'
  | 'TERM_TOO_SHORT'
  | 'TERM_PAST_EXPIRY'
  | 'TERM_ENDED'
  | 'EXCLUSIVE_LICENCE_IN_FORCE'
  | 'OWNERSHIP_DISPUTE_SUSPENSION'
  | 'PRESERVATION_SUSPENSION'
  | 'ANNUAL_FEE_STATUS_UNKNOWN'
  | 'ANNUAL_FEE_IN_GRACE_PERIOD'
  | 'ANNUAL_FEE_UNPAID'
  | 'PLEDGED_WITHOUT_CONSENT'
  | 'EVALUATION_REPORT_MISSING'
  | 'ADVERTISING_WORDING'
  | 'DECLARATION_ALREADY_ACTIVE';

export type Refusal = RuleRefusal<RefusalCode>;

export type Warning = FeeWarning;

export interface EligibilityResult {
  refusals: Refusal[];
  warnings: Warning[];
}

export interface EligibilityRules {
  /**
   * Minimum licence term in months; null switches the rule off. Default 12: the pilot plan's
   * "许可期限原则上不低于一年" and local practice (Hefei/怀宁: 不少于1年（含）) [T], so configurable.
   */
  minimumTermMonths: number | null;
  advertisingWords: AdvertisingWordList;
  feeCaps: FeeCaps;
}

export const DEFAULT_ELIGIBILITY_RULES: EligibilityRules = {
  minimumTermMonths: 12,
  advertisingWords: DEFAULT_ADVERTISING_WORDS,
  feeCaps: DEFAULT_FEE_CAPS,
};

/** Regs Art. 115: a late annual fee may still be paid within 6 months after it fell due. */
export const ANNUAL_FEE_GRACE_MONTHS = 6;

const refusal = cite<RefusalCode>;

/** Names compare after NFKC (full-width brackets and spaces fold to their ASCII forms) and trimming. */
export function normalisePartyName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').trim();
}

/** Checks a declaration against the law on `today`. Pure: same input, same answer. */
export function checkDeclaration(
  facts: PatentFacts,
  declaration: DeclarationTerms,
  today: LocalDate,
  rules: EligibilityRules = DEFAULT_ELIGIBILITY_RULES,
): EligibilityResult {
  const refusals: Refusal[] = [
    ...checkPatentStatus(facts, today),
    ...checkPatentees(facts, declaration),
    ...checkTermsContent(facts, declaration, today, rules),
    ...checkEncumbrances(facts, declaration, today),
  ];
  if (facts.otherActiveDeclaration)
    refusals.push(
      refusal(
        'DECLARATION_ALREADY_ACTIVE',
        ARTICLES.platformOneDeclaration,
        '该专利已有一项未撤回的开放许可声明',
        'This patent already has an open-licence declaration that has not been withdrawn',
      ),
    );
  return { refusals, warnings: feeCapWarnings(declaration.paymentTerms, rules.feeCaps) };
}

/** Grant, validity and the annual fee. */
function checkPatentStatus(facts: PatentFacts, today: LocalDate): Refusal[] {
  const out: Refusal[] = [];
  // Regs Art. 85(1): a declaration is made only after the grant is announced.
  if (facts.legalStatus === 'pending' || facts.grantDate === null || facts.grantDate > today) {
    out.push(
      refusal(
        'NOT_GRANTED',
        ARTICLES.regs85_1,
        '专利尚未公告授权，开放许可声明应当在公告授予专利权后提出',
        'The patent has not been granted; a declaration may only be made after the grant is announced',
      ),
    );
    return out;
  }
  switch (facts.legalStatus) {
    case 'lapsed':
      out.push(
        refusal(
          'PATENT_LAPSED',
          ARTICLES.law44,
          '专利权因未缴年费等原因已终止，不能实行开放许可',
          'The patent right has terminated (e.g. annual fee not paid); it cannot be open-licensed',
        ),
      );
      return out;
    case 'expired':
      out.push(expired(facts.expiryDate));
      return out;
    case 'invalidated':
      out.push(
        refusal(
          'PATENT_INVALIDATED',
          ARTICLES.law47,
          '专利权已被宣告无效，视为自始不存在，不能实行开放许可',
          'The patent has been declared invalid and is deemed never to have existed',
        ),
      );
      return out;
    case 'withdrawn':
    case 'rejected':
    case 'abandoned':
    case 'unknown':
      out.push(
        refusal(
          'PATENT_NOT_IN_FORCE',
          ARTICLES.regs86_5,
          facts.legalStatus === 'unknown'
            ? '专利法律状态未知，无法确认专利权有效'
            : '专利权不处于有效状态（已撤回、驳回或放弃）',
          facts.legalStatus === 'unknown'
            ? 'The legal status is unknown, so the right cannot be confirmed as in force'
            : 'The patent is not in force (withdrawn, rejected or abandoned)',
        ),
      );
      return out;
    case 'in_force':
      break;
  }
  // Law Art. 42: the right ends with the last day of its term; on that day it is still in force.
  if (facts.expiryDate !== null && facts.expiryDate < today) {
    out.push(expired(facts.expiryDate));
    return out;
  }
  out.push(...checkAnnualFee(facts.feePaidUntil, today));
  return out;
}

function expired(expiryDate: LocalDate | null): Refusal {
  return refusal(
    'PATENT_EXPIRED',
    ARTICLES.law42,
    `专利权期限已届满${expiryDate ? `（届满日 ${expiryDate}）` : ''}`,
    `The patent term has ended${expiryDate ? ` (last day ${expiryDate})` : ''}`,
  );
}

/**
 * Regs Art. 86(iii) with Art. 115: the fee for the next year falls due when the paid-up period ends; a
 * patent inside the 6-month late-payment period has not paid "按照规定", so it is refused too.
 */
export function checkAnnualFee(feePaidUntil: LocalDate | null, today: LocalDate): Refusal[] {
  if (feePaidUntil === null)
    return [
      refusal(
        'ANNUAL_FEE_STATUS_UNKNOWN',
        ARTICLES.regs86_3,
        '未记录年费缴至日期，无法确认已按规定缴纳年费',
        'No annual-fee paid-until date is recorded, so payment cannot be confirmed',
        'feePaidUntil',
      ),
    ];
  if (feePaidUntil >= today) return [];
  const graceEnds = addMonths(feePaidUntil, ANNUAL_FEE_GRACE_MONTHS);
  if (today <= graceEnds)
    return [
      refusal(
        'ANNUAL_FEE_IN_GRACE_PERIOD',
        ARTICLES.regs86_3_115,
        `年费只缴至 ${feePaidUntil}，现处于滞纳期（至 ${graceEnds}），未按规定缴纳年费的专利不得实行开放许可`,
        `Annual fee paid only until ${feePaidUntil}; the patent is in the late-payment period (until ${graceEnds}) and may not be open-licensed`,
        'feePaidUntil',
      ),
    ];
  return [
    refusal(
      'ANNUAL_FEE_UNPAID',
      ARTICLES.regs86_3,
      `年费只缴至 ${feePaidUntil}，滞纳期已于 ${graceEnds} 届满`,
      `Annual fee paid only until ${feePaidUntil}; the late-payment period ended on ${graceEnds}`,
      'feePaidUntil',
    ),
  ];
}

function checkPatentees(facts: PatentFacts, declaration: DeclarationTerms): Refusal[] {
  const out: Refusal[] = [];
  const recorded = facts.patentees.map(normalisePartyName);
  const declared = new Set(declaration.patentees.map(normalisePartyName));
  const missing = facts.patentees.filter((_, i) => !declared.has(recorded[i]!));
  if (missing.length > 0)
    out.push(
      refusal(
        'PATENTEES_INCOMPLETE',
        ARTICLES.regs85_1_2,
        `声明未写明全部专利权人：缺少 ${missing.join('、')}`,
        `The declaration does not name every patentee: missing ${missing.join(', ')}`,
        'patentees',
      ),
    );
  const extra = declaration.patentees.filter((p) => !recorded.includes(normalisePartyName(p)));
  if (extra.length > 0)
    out.push(
      refusal(
        'PATENTEE_NOT_RECORDED',
        ARTICLES.regs85_1_2,
        `${extra.join('、')} 不是登记的专利权人`,
        `${extra.join(', ')} ${extra.length > 1 ? 'are' : 'is'} not a recorded patentee`,
        'patentees',
      ),
    );
  if (facts.patentees.length > 1) {
    const consented = new Set(declaration.consentedPatentees.map(normalisePartyName));
    const without = facts.patentees.filter((_, i) => !consented.has(recorded[i]!));
    if (without.length > 0)
      out.push(
        refusal(
          'CO_OWNER_CONSENT_MISSING',
          ARTICLES.law14,
          `共有专利权人 ${without.join('、')} 的书面同意尚未记录`,
          `Written consent of co-owner(s) ${without.join(', ')} is not on record`,
          'consentedPatentees',
        ),
      );
  }
  return out;
}

function checkTermsContent(
  facts: PatentFacts,
  declaration: DeclarationTerms,
  today: LocalDate,
  rules: EligibilityRules,
): Refusal[] {
  const out: Refusal[] = [];
  const issues = validatePaymentTerms(declaration.paymentTerms);
  for (const issue of issues)
    out.push({
      code: 'INVALID_PAYMENT_TERMS',
      article: ARTICLES.regs85_1_3.zh,
      field: `paymentTerms.${issue.path}`,
      message: {
        zh: `许可使用费支付方式、标准不明确：${issue.message.zh}（${ARTICLES.law50_1.zh}；${ARTICLES.regs85_1_3.zh}）`,
        en: `Fee payment mode or standard unclear: ${issue.message.en} (${ARTICLES.law50_1.en}; ${ARTICLES.regs85_1_3.en})`,
      },
    });

  const { startDate, endDate } = declaration.term;
  if (endDate < startDate) {
    out.push(
      refusal(
        'TERM_INVALID',
        ARTICLES.regs85_1_4,
        `许可期限的终止日 ${endDate} 早于起始日 ${startDate}`,
        `The licence term ends (${endDate}) before it starts (${startDate})`,
        'term.endDate',
      ),
    );
  } else {
    // A term "of at least N months" from the start day runs through the day before the same day N months
    // later: 2025-01-01 … 2025-12-31 is exactly one year.
    if (rules.minimumTermMonths !== null) {
      const earliestEnd = addDays(addMonths(startDate, rules.minimumTermMonths), -1);
      if (endDate < earliestEnd)
        out.push(
          refusal(
            'TERM_TOO_SHORT',
            ARTICLES.pilotMinimumTerm,
            `许可期限不足 ${rules.minimumTermMonths} 个月：自 ${startDate} 起最早应至 ${earliestEnd}`,
            `The term is shorter than ${rules.minimumTermMonths} months: from ${startDate} it must run at least until ${earliestEnd}`,
            'term.endDate',
          ),
        );
    }
    // Civil Code Art. 865: a licence contract is valid only while the patent right exists.
    if (facts.expiryDate !== null && endDate > facts.expiryDate)
      out.push(
        refusal(
          'TERM_PAST_EXPIRY',
          ARTICLES.civil865,
          `许可期限终止日 ${endDate} 超过专利权期限届满日 ${facts.expiryDate}`,
          `The term ends (${endDate}) after the patent expires (${facts.expiryDate})`,
          'term.endDate',
        ),
      );
    if (endDate < today)
      out.push(
        refusal(
          'TERM_ENDED',
          ARTICLES.regs85_1_4,
          `许可期限已于 ${endDate} 届满`,
          `The licence term ended on ${endDate}`,
          'term.endDate',
        ),
      );
  }

  // Regs Art. 85(2): accurate and clear, no commercial advertising wording.
  const matches = findAdvertisingWords(declaration.otherMatters, rules.advertisingWords);
  if (matches.length > 0) {
    const words = [...new Set(matches.map((m) => m.word))];
    out.push(
      refusal(
        'ADVERTISING_WORDING',
        ARTICLES.regs85_2,
        `声明中不得出现商业性宣传用语：“${words.join('”“')}”`,
        `The declaration must not contain commercial advertising wording: "${words.join('", "')}"`,
        'otherMatters',
      ),
    );
  }

  // Law Art. 50(1): utility models and designs need a patent evaluation report.
  if (facts.patentType !== 'invention' && facts.evaluationReport === null)
    out.push(
      refusal(
        'EVALUATION_REPORT_MISSING',
        ARTICLES.law50_1,
        `${facts.patentType === 'design' ? '外观设计' : '实用新型'}专利提出开放许可声明，应当提供专利权评价报告`,
        `A ${facts.patentType === 'design' ? 'design' : 'utility model'} declaration must come with a patent evaluation report`,
        'evaluationReport',
      ),
    );
  return out;
}

/** Regs Art. 86(i), (ii), (iv): licences, suspensions and pledges that bar an open licence. */
function checkEncumbrances(facts: PatentFacts, declaration: DeclarationTerms, today: LocalDate): Refusal[] {
  const out: Refusal[] = [];
  const declared = {
    startDate: declaration.term.startDate,
    endDate: declaration.term.endDate,
    scope: declaration.scope,
  };
  for (const licence of facts.licences) {
    if (licence.kind !== 'exclusive' && licence.kind !== 'sole') continue;
    // Ended before today: no longer "处于独占或者排他许可有效期限内".
    if (licence.endDate !== null && licence.endDate < today) continue;
    if (!scopesOverlap(licence, declared)) continue;
    const label = LICENCE_KIND_LABEL[licence.kind];
    const until = licence.endDate ?? '无期限';
    out.push(
      refusal(
        'EXCLUSIVE_LICENCE_IN_FORCE',
        ARTICLES.regs86_1,
        `专利权处于${label.zh}有效期限内（${licence.startDate} 至 ${until}），与声明的许可范围重叠`,
        `An ${label.en} (${licence.startDate} to ${licence.endDate ?? 'no end'}) overlaps the declared scope`,
      ),
    );
  }
  for (const s of facts.suspensions) {
    if (s.startDate > today || (s.endDate !== null && s.endDate < today)) continue;
    out.push(
      s.kind === 'ownership_dispute'
        ? refusal(
            'OWNERSHIP_DISPUTE_SUSPENSION',
            ARTICLES.regs86_2_103,
            `专利权因权属纠纷自 ${s.startDate} 起中止有关程序`,
            `Proceedings on the patent are suspended since ${s.startDate} because of an ownership dispute`,
          )
        : refusal(
            'PRESERVATION_SUSPENSION',
            ARTICLES.regs86_2_104,
            `专利权自 ${s.startDate} 起被人民法院采取财产保全措施，有关程序中止`,
            `The patent is under a court preservation order since ${s.startDate}; proceedings are suspended`,
          ),
    );
  }
  for (const p of facts.pledges) {
    const active = p.registeredOn <= today && (p.releasedOn === null || p.releasedOn > today);
    if (!active || p.pledgeeConsentOn !== null) continue;
    out.push(
      refusal(
        'PLEDGED_WITHOUT_CONSENT',
        ARTICLES.regs86_4,
        `专利权已于 ${p.registeredOn} 出质给 ${p.pledgee}，未记录质权人同意开放许可`,
        `The patent was pledged to ${p.pledgee} on ${p.registeredOn} and the pledgee's consent is not on record`,
        'pledges',
      ),
    );
  }
  return out;
}
