import type { Bilingual } from '../../platform/http/problem';
import { addMonths, type LocalDate } from './calendarDate';

/**
 * Licence-fee payment mode and standard (许可使用费支付方式、标准), which Patent Law Art. 50(1) and
 * Regs Art. 85(3) require in every open-licence declaration. Money is integer fen (分); rates are basis
 * points (1 bp = 0.01%, so 20% = 2000 bp).
 *
 * Modes seen in practice (DOMAIN-RULES §1.5/§1.6): 一次性付费, 提成支付 (on net sales or on profit),
 * 入门费附加提成, 免费 (pilots), and 先试后付 (a trial period, then one of the paying modes).
 */
export type RoyaltyBase = 'net_sales' | 'profit';
export type RoyaltyPeriod = 'year' | 'half_year' | 'quarter';

export interface OneTimeTerms {
  mode: 'one_time';
  amountFen: number;
}
export interface RoyaltyTerms {
  mode: 'royalty';
  base: RoyaltyBase;
  rateBp: number;
  /** How often royalties are reported and paid. */
  period: RoyaltyPeriod;
}
export interface EntryFeePlusRoyaltyTerms {
  mode: 'entry_fee_plus_royalty';
  entryFeeFen: number;
  base: RoyaltyBase;
  rateBp: number;
  period: RoyaltyPeriod;
}
export interface FreeTerms {
  mode: 'free';
}
export type PayingTerms = OneTimeTerms | RoyaltyTerms | EntryFeePlusRoyaltyTerms;
export interface TryFirstTerms {
  mode: 'try_first';
  /** Trial period in whole months, free of charge; the `afterTrial` terms apply from its end. */
  trialMonths: number;
  afterTrial: PayingTerms;
}
export type PaymentTerms = PayingTerms | FreeTerms | TryFirstTerms;
export type PaymentMode = PaymentTerms['mode'];

export const PAYMENT_MODES: readonly PaymentMode[] = [
  'one_time',
  'royalty',
  'entry_fee_plus_royalty',
  'free',
  'try_first',
];

export const PAYMENT_MODE_LABEL: Record<PaymentMode, Bilingual> = {
  one_time: { zh: '一次性付费', en: 'one-time fee' },
  royalty: { zh: '提成支付', en: 'royalty' },
  entry_fee_plus_royalty: { zh: '入门费附加提成', en: 'entry fee plus royalty' },
  free: { zh: '免费', en: 'free of charge' },
  try_first: { zh: '先试后付', en: 'try first, pay later' },
};

const BASE_LABEL: Record<RoyaltyBase, Bilingual> = {
  net_sales: { zh: '净销售额', en: 'net sales' },
  profit: { zh: '利润额', en: 'profit' },
};
const PERIOD_LABEL: Record<RoyaltyPeriod, Bilingual> = {
  year: { zh: '每年', en: 'yearly' },
  half_year: { zh: '每半年', en: 'half-yearly' },
  quarter: { zh: '每季度', en: 'quarterly' },
};

/** Upper bounds of what the platform accepts at all (input sanity, not law). */
export const MAX_AMOUNT_FEN = 100_000_000_000_000; // 1 万亿元
export const MAX_RATE_BP = 10_000; // 100%
export const MAX_TRIAL_MONTHS = 60;

export interface TermsIssue {
  /** Path inside the terms object, e.g. `afterTrial.rateBp`. */
  path: string;
  message: Bilingual;
}

/** Structural checks: whole fen, rates within 0–100%, a trial followed by a paying mode. */
export function validatePaymentTerms(terms: PaymentTerms, prefix = ''): TermsIssue[] {
  const issues: TermsIssue[] = [];
  const at = (p: string) => (prefix ? `${prefix}.${p}` : p);
  const amount = (p: string, v: number, allowZero: boolean) => {
    if (!Number.isSafeInteger(v) || v < (allowZero ? 0 : 1) || v > MAX_AMOUNT_FEN)
      issues.push({
        path: at(p),
        message: {
          zh: `金额应为${allowZero ? '不小于 0' : '大于 0'}的整数（单位：分），且不超过 1 万亿元`,
          en: `Amount must be a whole number of fen ${allowZero ? '≥ 0' : '> 0'} and at most 1 trillion yuan`,
        },
      });
  };
  const rate = (p: string, v: number) => {
    if (!Number.isInteger(v) || v < 1 || v > MAX_RATE_BP)
      issues.push({
        path: at(p),
        message: {
          zh: '提成比例应为 1–10000 个基点（0.01%–100%）的整数',
          en: 'Royalty rate must be a whole number of basis points from 1 to 10000 (0.01%–100%)',
        },
      });
  };
  switch (terms.mode) {
    case 'one_time':
      amount('amountFen', terms.amountFen, false);
      break;
    case 'royalty':
      rate('rateBp', terms.rateBp);
      break;
    case 'entry_fee_plus_royalty':
      amount('entryFeeFen', terms.entryFeeFen, false);
      rate('rateBp', terms.rateBp);
      break;
    case 'free':
      break;
    case 'try_first':
      if (
        !Number.isInteger(terms.trialMonths) ||
        terms.trialMonths < 1 ||
        terms.trialMonths > MAX_TRIAL_MONTHS
      )
        issues.push({
          path: at('trialMonths'),
          message: {
            zh: `试用期应为 1–${MAX_TRIAL_MONTHS} 个月的整数`,
            en: `Trial period must be a whole number of months from 1 to ${MAX_TRIAL_MONTHS}`,
          },
        });
      if (
        (terms.afterTrial as PaymentTerms).mode === 'try_first' ||
        (terms.afterTrial as PaymentTerms).mode === 'free'
      )
        issues.push({
          path: at('afterTrial.mode'),
          message: {
            zh: '试用期后应为一次性付费、提成支付或入门费附加提成之一',
            en: 'After the trial the terms must be one-time, royalty, or entry fee plus royalty',
          },
        });
      else issues.push(...validatePaymentTerms(terms.afterTrial, at('afterTrial')));
      break;
  }
  return issues;
}

export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = abs % 100;
  const grouped = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${cents ? `.${String(cents).padStart(2, '0')}` : ''}`;
}

export function formatRate(bp: number): string {
  const whole = Math.floor(bp / 100);
  const frac = bp % 100;
  return `${whole}${frac ? `.${String(frac).padStart(2, '0').replace(/0$/, '')}` : ''}%`;
}

/** The payment mode and standard in words, as published and as written on the filing form. */
export function describePaymentTerms(terms: PaymentTerms): Bilingual {
  switch (terms.mode) {
    case 'one_time':
      return {
        zh: `一次性付费：人民币 ${formatYuan(terms.amountFen)} 元`,
        en: `One-time fee: CNY ${formatYuan(terms.amountFen)}`,
      };
    case 'royalty':
      return {
        zh: `提成支付：按${BASE_LABEL[terms.base].zh}的 ${formatRate(terms.rateBp)}，${PERIOD_LABEL[terms.period].zh}结算`,
        en: `Royalty: ${formatRate(terms.rateBp)} of ${BASE_LABEL[terms.base].en}, settled ${PERIOD_LABEL[terms.period].en}`,
      };
    case 'entry_fee_plus_royalty':
      return {
        zh: `入门费附加提成：入门费人民币 ${formatYuan(terms.entryFeeFen)} 元，另按${BASE_LABEL[terms.base].zh}的 ${formatRate(terms.rateBp)} 提成，${PERIOD_LABEL[terms.period].zh}结算`,
        en: `Entry fee CNY ${formatYuan(terms.entryFeeFen)} plus ${formatRate(terms.rateBp)} of ${BASE_LABEL[terms.base].en}, settled ${PERIOD_LABEL[terms.period].en}`,
      };
    case 'free':
      return { zh: '免费（无偿许可）', en: 'Free of charge' };
    case 'try_first': {
      const then = describePaymentTerms(terms.afterTrial);
      return {
        zh: `先试后付：试用期 ${terms.trialMonths} 个月（免费），期满后${then.zh}`,
        en: `Try first, pay later: ${terms.trialMonths}-month free trial, then ${then.en}`,
      };
    }
  }
}

/** The terms that set the money, looking through a trial. */
export function payingTerms(terms: PaymentTerms): PayingTerms | FreeTerms {
  return terms.mode === 'try_first' ? terms.afterTrial : terms;
}

/** Fixed amount (one-time fee or entry fee) in fen, if any: used for the pool's fee filter and the caps. */
export function fixedFeeFen(terms: PaymentTerms): number | null {
  const t = payingTerms(terms);
  if (t.mode === 'one_time') return t.amountFen;
  if (t.mode === 'entry_fee_plus_royalty') return t.entryFeeFen;
  if (t.mode === 'free') return 0;
  return null;
}

export function royaltyOf(terms: PaymentTerms): { base: RoyaltyBase; rateBp: number } | null {
  const t = payingTerms(terms);
  if (t.mode === 'royalty' || t.mode === 'entry_fee_plus_royalty') return { base: t.base, rateBp: t.rateBp };
  return null;
}

/**
 * Royalty owed on a reported base amount, rounded half up to the fen. BigInt keeps large sales exact
 * (a base of 10^15 fen × 10^4 bp would pass 2^53 as a float).
 */
export function royaltyDueFen(baseAmountFen: number, rateBp: number): number {
  if (!Number.isSafeInteger(baseAmountFen) || baseAmountFen < 0)
    throw new RangeError('base amount must be a non-negative whole number of fen');
  const scaled = BigInt(baseAmountFen) * BigInt(rateBp);
  return Number((scaled + 5_000n) / 10_000n);
}

/**
 * What must be paid before the licence takes effect under Law Art. 51(1) ("依照公告的许可使用费支付方式、
 * 标准支付许可使用费后，即获得专利实施许可"). Platform reading (no rule says otherwise):
 * - one-time fee: the whole amount; entry fee + royalty: the entry fee; royalties fall due per period
 *   as sales or profit arise, so a royalty-only licence needs no payment up front;
 * - free: nothing;
 * - try first: nothing during the trial; the paying terms' up-front amount falls due when the trial ends.
 */
export function upfrontPayment(
  terms: PaymentTerms,
  noticeDate: LocalDate,
): { amountFen: number; dueBy: LocalDate | null; trialEnds: LocalDate | null } {
  if (terms.mode === 'try_first') {
    const trialEnds = addMonths(noticeDate, terms.trialMonths);
    const after = upfrontPayment(terms.afterTrial, trialEnds);
    return { amountFen: 0, dueBy: after.amountFen > 0 ? trialEnds : null, trialEnds };
  }
  const fixed = terms.mode === 'free' ? 0 : (fixedFeeFen(terms) ?? 0);
  return { amountFen: fixed, dueBy: fixed > 0 ? noticeDate : null, trialEnds: null };
}

// --- Soft caps, [U]: reported from the 2024 CNIPA notice 关于全面推进专利开放许可制度实施工作的通知 only
// through copies of a People's Daily story; the notice text itself was not read (DOMAIN-RULES §1.5).
export const FEE_CAP_LABEL = '[U] 2024 通知（未核实原文）';

export interface FeeCaps {
  /** 固定费用 一般不高于 2000 万元. */
  fixedFeeFen: number;
  /** 提成 一般不高于净销售额的 20%. */
  netSalesRateBp: number;
  /** 提成 一般不高于利润额的 40%. */
  profitRateBp: number;
}

export const DEFAULT_FEE_CAPS: FeeCaps = {
  fixedFeeFen: 20_000_000 * 100,
  netSalesRateBp: 2000,
  profitRateBp: 4000,
};

export interface FeeWarning {
  code: 'FIXED_FEE_ABOVE_GUIDANCE' | 'NET_SALES_ROYALTY_ABOVE_GUIDANCE' | 'PROFIT_ROYALTY_ABOVE_GUIDANCE';
  /** Always the unverified-source label: these are guidance, never refusals. */
  source: typeof FEE_CAP_LABEL;
  message: Bilingual;
}

/** Warnings when the terms exceed the 2024 guidance; amounts exactly at the cap are within it. */
export function feeCapWarnings(terms: PaymentTerms, caps: FeeCaps = DEFAULT_FEE_CAPS): FeeWarning[] {
  const warnings: FeeWarning[] = [];
  const fixed = fixedFeeFen(terms);
  if (fixed !== null && fixed > caps.fixedFeeFen)
    warnings.push({
      code: 'FIXED_FEE_ABOVE_GUIDANCE',
      source: FEE_CAP_LABEL,
      message: {
        zh: `固定费用 ${formatYuan(fixed)} 元高于一般不超过 ${formatYuan(caps.fixedFeeFen)} 元的指导标准（${FEE_CAP_LABEL}）。这是提示，不影响提交。`,
        en: `Fixed fee CNY ${formatYuan(fixed)} is above the guidance of CNY ${formatYuan(caps.fixedFeeFen)} (${FEE_CAP_LABEL}, unverified). A warning only.`,
      },
    });
  const royalty = royaltyOf(terms);
  if (royalty?.base === 'net_sales' && royalty.rateBp > caps.netSalesRateBp)
    warnings.push({
      code: 'NET_SALES_ROYALTY_ABOVE_GUIDANCE',
      source: FEE_CAP_LABEL,
      message: {
        zh: `提成比例 ${formatRate(royalty.rateBp)} 高于一般不超过净销售额 ${formatRate(caps.netSalesRateBp)} 的指导标准（${FEE_CAP_LABEL}）。这是提示，不影响提交。`,
        en: `Royalty ${formatRate(royalty.rateBp)} of net sales is above the guidance of ${formatRate(caps.netSalesRateBp)} (${FEE_CAP_LABEL}, unverified). A warning only.`,
      },
    });
  if (royalty?.base === 'profit' && royalty.rateBp > caps.profitRateBp)
    warnings.push({
      code: 'PROFIT_ROYALTY_ABOVE_GUIDANCE',
      source: FEE_CAP_LABEL,
      message: {
        zh: `提成比例 ${formatRate(royalty.rateBp)} 高于一般不超过利润额 ${formatRate(caps.profitRateBp)} 的指导标准（${FEE_CAP_LABEL}）。这是提示，不影响提交。`,
        en: `Royalty ${formatRate(royalty.rateBp)} of profit is above the guidance of ${formatRate(caps.profitRateBp)} (${FEE_CAP_LABEL}, unverified). A warning only.`,
      },
    });
  return warnings;
}
