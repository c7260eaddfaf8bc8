import { addDays, addYears, type LocalDate, minDate, rangesOverlap } from './calendarDate';
import type { PatentType } from './eligibility';

/**
 * The patentee's annual-fee schedule, with the reduction granted while the open licence is in force.
 *
 * - Law Art. 51(2) [P]: 开放许可实施期间，对专利权人缴纳专利年费相应给予减免 — the law sets no rate.
 * - The rate, 15%, comes from CNIPA's 运用促进司 director (Xinhua 2024-12-23) [R]; whether it stacks with
 *   other fee reductions is [U], so it is applied alone and the rate is configurable.
 * - Annual fees are due before the previous patent year ends (Regs Art. 115); patent years are counted
 *   from the filing date; the first annual fee is the one for the year of grant (Law Art. 43).
 * - The amounts per year are CNIPA's published fee standard as commonly reprinted; they are not among
 *   the sources checked for this project, so they ship as configurable defaults labelled [U].
 */
export interface FeeBand {
  fromYear: number;
  toYear: number;
  amountFen: number;
}

export interface AnnualFeeConfig {
  schedule: Record<PatentType, readonly FeeBand[]>;
  scheduleSource: string;
  /** Open-licence reduction in basis points (1500 = 15%). */
  openLicenceReductionBp: number;
  reductionSource: string;
}

const yuan = (n: number) => n * 100;

export const DEFAULT_ANNUAL_FEE_CONFIG: AnnualFeeConfig = {
  schedule: {
    invention: [
      { fromYear: 1, toYear: 3, amountFen: yuan(900) },
      { fromYear: 4, toYear: 6, amountFen: yuan(1200) },
      { fromYear: 7, toYear: 9, amountFen: yuan(2000) },
      { fromYear: 10, toYear: 12, amountFen: yuan(4000) },
      { fromYear: 13, toYear: 15, amountFen: yuan(6000) },
      { fromYear: 16, toYear: 20, amountFen: yuan(8000) },
    ],
    utility_model: [
      { fromYear: 1, toYear: 3, amountFen: yuan(600) },
      { fromYear: 4, toYear: 5, amountFen: yuan(900) },
      { fromYear: 6, toYear: 8, amountFen: yuan(1200) },
      { fromYear: 9, toYear: 10, amountFen: yuan(2000) },
    ],
    design: [
      { fromYear: 1, toYear: 3, amountFen: yuan(600) },
      { fromYear: 4, toYear: 5, amountFen: yuan(900) },
      { fromYear: 6, toYear: 8, amountFen: yuan(1200) },
      { fromYear: 9, toYear: 10, amountFen: yuan(2000) },
      { fromYear: 11, toYear: 15, amountFen: yuan(3000) },
    ],
  },
  scheduleSource: '[U] 国家知识产权局专利收费标准（年费，未在本项目资料中核实原文，可配置）',
  openLicenceReductionBp: 1500,
  reductionSource:
    '[R] 开放许可实施期间专利年费减免15%（国家知识产权局运用促进司，新华社 2024-12-23；可配置）',
};

export interface AnnualFeeRow {
  /** Patent year, counted from the filing date (1 = the first year). */
  year: number;
  periodStart: LocalDate;
  periodEnd: LocalDate;
  /** Last day to pay without surcharge: the day before the year starts (Regs Art. 115); the grant day for the grant year. */
  dueDate: LocalDate;
  baseFen: number;
  /** Open-licence reduction (Law Art. 51(2)); 0 when the open licence was not in force on the due date. */
  reductionFen: number;
  payableFen: number;
  paid: boolean;
}

export interface AnnualFeeInput {
  patentType: PatentType;
  filingDate: LocalDate;
  /** Years before the grant year carry no annual fee (the grant year's fee is paid at registration). */
  grantDate: LocalDate;
  /** Last day of the statutory term (Law Art. 42). */
  expiryDate: LocalDate;
  /** Annual fee paid up to and including this day. */
  feePaidUntil: LocalDate | null;
  /** Periods the open licence was or is in force (published), last day inclusive, null = ongoing. */
  openLicencePeriods: readonly { from: LocalDate; to: LocalDate | null }[];
}

function bandAmount(bands: readonly FeeBand[], year: number): number | null {
  return bands.find((b) => year >= b.fromYear && year <= b.toYear)?.amountFen ?? null;
}

/** Reduction of `baseFen` by `rateBp`, rounded half up to the fen. */
export function reductionFen(baseFen: number, rateBp: number): number {
  return Math.floor((baseFen * rateBp + 5000) / 10000);
}

/**
 * The fee schedule from the year of grant to the last year of the term. A year's fee is reduced when the
 * open licence is in force on its due date — the platform's reading of "开放许可实施期间" (inference): a
 * fee paid before the declaration was published is not reduced afterwards.
 */
export function annualFeeSchedule(
  input: AnnualFeeInput,
  config: AnnualFeeConfig = DEFAULT_ANNUAL_FEE_CONFIG,
): AnnualFeeRow[] {
  const bands = config.schedule[input.patentType];
  const rows: AnnualFeeRow[] = [];
  for (let year = 1; ; year++) {
    const periodStart = addYears(input.filingDate, year - 1);
    if (periodStart > input.expiryDate) break;
    const fullEnd = addDays(addYears(input.filingDate, year), -1);
    // The grant year is the year whose period contains the grant date; earlier years carry no annual fee.
    if (fullEnd < input.grantDate) continue;
    const periodEnd = minDate(fullEnd, input.expiryDate);
    const baseFen = bandAmount(bands, year);
    if (baseFen === null) break;
    // The grant year's fee is paid when the grant is registered; later years' before the year starts.
    const dueDate = rows.length === 0 ? input.grantDate : addDays(periodStart, -1);
    const reduced = input.openLicencePeriods.some((p) => rangesOverlap(p.from, p.to, dueDate, dueDate));
    const reduction = reduced ? reductionFen(baseFen, config.openLicenceReductionBp) : 0;
    rows.push({
      year,
      periodStart,
      periodEnd,
      dueDate,
      baseFen,
      reductionFen: reduction,
      payableFen: baseFen - reduction,
      paid: input.feePaidUntil !== null && input.feePaidUntil >= periodEnd,
    });
  }
  return rows;
}
