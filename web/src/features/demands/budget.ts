import { formatYuan, yuanToFen } from '../openLicence/money';

/**
 * Budgets are integer fen on the wire (the server's budgetMinFen / budgetMaxFen) and yuan in the form.
 * Pure; the page turns the parts into words with the message catalogue.
 */

/** The server refuses budgets above 100 亿元 (MAX_BUDGET_FEN in demands/questionnaire.ts). */
export const MAX_BUDGET_FEN = 1_000_000_000_000;

export type BudgetProblem = 'notAmount' | 'tooLarge' | 'maxBelowMin';

export interface BudgetFields {
  minFen: number | null;
  maxFen: number | null;
  /** Which field is wrong and why, checked before the request (the server checks the same). */
  problems: { field: 'budgetMinYuan' | 'budgetMaxYuan'; problem: BudgetProblem }[];
}

function one(text: string | number | null | undefined): { fen: number | null; problem?: BudgetProblem } {
  if (text === null || text === undefined || String(text).trim() === '') return { fen: null };
  const fen = yuanToFen(text);
  if (fen === null) return { fen: null, problem: 'notAmount' };
  if (fen > MAX_BUDGET_FEN) return { fen: null, problem: 'tooLarge' };
  return { fen };
}

/** The two budget inputs (yuan, as typed: '500000', '12,000.5', blank) → fen, with what is wrong. */
export function budgetFromYuan(
  minYuan: string | number | null | undefined,
  maxYuan: string | number | null | undefined,
): BudgetFields {
  const min = one(minYuan);
  const max = one(maxYuan);
  const problems: BudgetFields['problems'] = [];
  if (min.problem) problems.push({ field: 'budgetMinYuan', problem: min.problem });
  if (max.problem) problems.push({ field: 'budgetMaxYuan', problem: max.problem });
  if (min.fen !== null && max.fen !== null && min.fen > max.fen)
    problems.push({ field: 'budgetMaxYuan', problem: 'maxBelowMin' });
  return { minFen: min.fen, maxFen: max.fen, problems };
}

/** Fen → the yuan text a form field shows (no grouping, so it parses back): 50000000 → '500000'. */
export function fenToYuanInput(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '';
  const cents = fen % 100;
  return `${Math.floor(fen / 100)}${cents ? `.${String(cents).padStart(2, '0').replace(/0$/, '')}` : ''}`;
}

/** An amount for reading: whole 万 in Chinese (50万), grouped yuan otherwise. */
export interface Amount {
  unit: 'wan' | 'yuan';
  value: string;
}

export function amountOf(fen: number, lang: 'zh' | 'en'): Amount {
  if (lang === 'zh' && fen >= 1_000_000 && fen % 10_000 === 0) {
    // 10 000 yuan = 1 000 000 fen; a whole number of hundreds of yuan reads as 万 with up to two decimals.
    const wan = fen / 1_000_000;
    return { unit: 'wan', value: String(Math.round(wan * 100) / 100) };
  }
  return { unit: 'yuan', value: formatYuan(fen) };
}

export type BudgetText =
  | { kind: 'none' }
  | { kind: 'range'; min: Amount; max: Amount }
  | { kind: 'upTo'; max: Amount }
  | { kind: 'from'; min: Amount }
  | { kind: 'exactly'; amount: Amount };

export function budgetText(minFen: number | null, maxFen: number | null, lang: 'zh' | 'en'): BudgetText {
  if (minFen === null && maxFen === null) return { kind: 'none' };
  if (minFen !== null && maxFen !== null)
    return minFen === maxFen
      ? { kind: 'exactly', amount: amountOf(minFen, lang) }
      : { kind: 'range', min: amountOf(minFen, lang), max: amountOf(maxFen, lang) };
  if (maxFen !== null) return { kind: 'upTo', max: amountOf(maxFen, lang) };
  return { kind: 'from', min: amountOf(minFen as number, lang) };
}
