import type { Bilingual } from '../../platform/http/problem';
import { formatRate, formatYuan, type RoyaltyBase } from './paymentTerms';

/**
 * A helper for patentees setting an open-licence fee. It is NOT the formula of CNIPA's
 * 《专利开放许可使用费估算指引（试行）》(国知办发运字〔2022〕56号): only that notice's covering letter
 * was found, not its methods or coefficients (DOMAIN-RULES §2.1 [U]). What it does is the three
 * approaches common in Chinese valuation practice [T] — income (收益法), market (市场法), cost (成本法) —
 * each with its arithmetic written out, and a range across them.
 */

export const FEE_ESTIMATE_DISCLAIMER: Bilingual = {
  zh: '本估算为平台提供的参考工具，采用收益法、市场法、成本法的通用算法，并非《专利开放许可使用费估算指引（试行）》（国知办发运字〔2022〕56号）规定的计算公式（该指引的具体方法未获取）。结果仅供参考，不构成评估意见。',
  en: "A reference tool using the generic income, market and cost approaches. It is not the formula of CNIPA's Guideline for Estimating Open-Licence Fees (2022 No. 56), whose methods were not available. Indicative only; not a valuation opinion.",
};

/** One row of the editable market benchmark table, by GB/T 4754-2017 section (门类). */
export interface RoyaltyBenchmark {
  industrySection: string;
  base: RoyaltyBase;
  lowBp: number;
  highBp: number;
  /** Where the numbers come from. */
  source: string;
  /** True for placeholder values that are not real statistics; shown as such. */
  illustrative: boolean;
}

export interface IncomeInput {
  /** Expected net sales (or profit) the licensee makes with the patent, per year from year 1, in fen. */
  annualBaseFen: readonly number[];
  base: RoyaltyBase;
  /** Royalty rate range assumed by the user, in basis points. */
  rateLowBp: number;
  rateHighBp: number;
}

export interface FeeEstimateInput {
  income?: IncomeInput;
  /** Market approach: the industry section and the same sales forecast as the income approach. */
  market?: { industrySection: string; annualBaseFen: readonly number[]; base: RoyaltyBase };
  cost?: {
    /** R&D cost of the invention, in fen. */
    developmentCostFen: number;
    /** Filing, prosecution and annual fees so far, in fen. */
    maintenanceCostFen: number;
    /** Reasonable profit on cost, basis points. */
    markupBp: number;
    /** How many licensees the fee is expected to be spread over (an open licence is one-to-many). */
    expectedLicensees: number;
  };
  /** Discount rate per year, basis points (800 = 8%). */
  discountRateBp: number;
  /** Whole years of protection left (from the expiry date); forecasts beyond it are ignored. */
  remainingYears: number;
  /** Statutory term of this patent type in years (Law Art. 42: 20 / 10 / 15). */
  statutoryYears: number;
}

export type ApproachName = 'income' | 'market' | 'cost';

export interface ApproachResult {
  approach: ApproachName;
  available: boolean;
  lowFen: number | null;
  highFen: number | null;
  reasoning: Bilingual[];
}

export interface FeeEstimate {
  approaches: ApproachResult[];
  /** Across the available approaches; null when none could be computed. */
  range: { lowFen: number; highFen: number } | null;
  disclaimer: Bilingual;
}

const APPROACH_LABEL: Record<ApproachName, Bilingual> = {
  income: { zh: '收益法', en: 'Income approach' },
  market: { zh: '市场法', en: 'Market approach' },
  cost: { zh: '成本法', en: 'Cost approach' },
};
const BASE_LABEL: Record<RoyaltyBase, Bilingual> = {
  net_sales: { zh: '净销售额', en: 'net sales' },
  profit: { zh: '利润额', en: 'profit' },
};

/** Present value of royalties: Σ base_t × rate ÷ (1 + d)^t, t = 1…n, rounded to the fen. */
export function discountedRoyalties(
  annualBaseFen: readonly number[],
  rateBp: number,
  discountRateBp: number,
): number {
  let total = 0;
  annualBaseFen.forEach((base, i) => {
    total += (base * rateBp) / 10_000 / (1 + discountRateBp / 10_000) ** (i + 1);
  });
  return Math.round(total);
}

function truncate(
  forecast: readonly number[],
  remainingYears: number,
  reasoning: Bilingual[],
): readonly number[] {
  if (forecast.length <= remainingYears) return forecast;
  reasoning.push({
    zh: `专利剩余保护期约 ${remainingYears} 年，仅计算前 ${remainingYears} 年的预测（许可合同仅在专利权存续期间有效，民法典第865条）`,
    en: `About ${remainingYears} years of protection remain; only the first ${remainingYears} forecast years count (Civil Code Art. 865)`,
  });
  return forecast.slice(0, Math.max(0, remainingYears));
}

function incomeLike(
  approach: 'income' | 'market',
  forecast: readonly number[],
  base: RoyaltyBase,
  lowBp: number,
  highBp: number,
  input: FeeEstimateInput,
  reasoning: Bilingual[],
): ApproachResult {
  const years = truncate(forecast, input.remainingYears, reasoning);
  const total = years.reduce((a, b) => a + b, 0);
  const low = discountedRoyalties(years, lowBp, input.discountRateBp);
  const high = discountedRoyalties(years, highBp, input.discountRateBp);
  reasoning.push(
    {
      zh: `预测${BASE_LABEL[base].zh}：${years.length} 年合计 ${formatYuan(total)} 元`,
      en: `Forecast ${BASE_LABEL[base].en}: CNY ${formatYuan(total)} over ${years.length} years`,
    },
    {
      zh: `许可费 = Σ 第 t 年${BASE_LABEL[base].zh} × 提成率 ÷ (1 + ${formatRate(input.discountRateBp)})^t；提成率 ${formatRate(lowBp)}–${formatRate(highBp)}`,
      en: `Fee = Σ ${BASE_LABEL[base].en} in year t × rate ÷ (1 + ${formatRate(input.discountRateBp)})^t; rate ${formatRate(lowBp)}–${formatRate(highBp)}`,
    },
    {
      zh: `${APPROACH_LABEL[approach].zh}结果：${formatYuan(low)}–${formatYuan(high)} 元（现值）`,
      en: `${APPROACH_LABEL[approach].en}: CNY ${formatYuan(low)}–${formatYuan(high)} (present value)`,
    },
  );
  return { approach, available: true, lowFen: low, highFen: high, reasoning };
}

export function estimateFee(input: FeeEstimateInput, benchmarks: readonly RoyaltyBenchmark[]): FeeEstimate {
  const approaches: ApproachResult[] = [];
  if (input.income) {
    const { annualBaseFen, base, rateLowBp, rateHighBp } = input.income;
    const [lo, hi] = rateLowBp <= rateHighBp ? [rateLowBp, rateHighBp] : [rateHighBp, rateLowBp];
    approaches.push(incomeLike('income', annualBaseFen, base, lo, hi, input, []));
  }
  if (input.market) {
    const { industrySection, annualBaseFen, base } = input.market;
    const row = benchmarks.find((b) => b.industrySection === industrySection && b.base === base);
    if (!row) {
      approaches.push({
        approach: 'market',
        available: false,
        lowFen: null,
        highFen: null,
        reasoning: [
          {
            zh: `参考费率表中没有门类 ${industrySection}（按${BASE_LABEL[base].zh}）的数据。国家知识产权局“十三五”分行业许可费数据的具体数值未获取，参考表需由管理员录入。`,
            en: `The benchmark table has no row for section ${industrySection} (${BASE_LABEL[base].en}). CNIPA's per-industry royalty statistics were not available; an administrator must fill in the table.`,
          },
        ],
      });
    } else {
      const reasoning: Bilingual[] = [
        {
          zh: `参考费率：门类 ${row.industrySection}，${formatRate(row.lowBp)}–${formatRate(row.highBp)}，来源：${row.source}${row.illustrative ? '（示例数值，非统计数据）' : ''}`,
          en: `Benchmark: section ${row.industrySection}, ${formatRate(row.lowBp)}–${formatRate(row.highBp)}, source: ${row.source}${row.illustrative ? ' (illustrative, not statistics)' : ''}`,
        },
      ];
      approaches.push(incomeLike('market', annualBaseFen, base, row.lowBp, row.highBp, input, reasoning));
    }
  }
  if (input.cost) {
    const { developmentCostFen, maintenanceCostFen, markupBp, expectedLicensees } = input.cost;
    const licensees = Math.max(1, Math.floor(expectedLicensees));
    const costBase = developmentCostFen + maintenanceCostFen;
    const remainingShare = Math.min(1, Math.max(0, input.remainingYears / input.statutoryYears));
    const low = Math.round((costBase * remainingShare) / licensees);
    const high = Math.round((costBase * (1 + markupBp / 10_000) * remainingShare) / licensees);
    approaches.push({
      approach: 'cost',
      available: true,
      lowFen: low,
      highFen: high,
      reasoning: [
        {
          zh: `成本 = 研发成本 ${formatYuan(developmentCostFen)} 元 + 维持费用 ${formatYuan(maintenanceCostFen)} 元 = ${formatYuan(costBase)} 元`,
          en: `Cost = R&D CNY ${formatYuan(developmentCostFen)} + maintenance CNY ${formatYuan(maintenanceCostFen)} = CNY ${formatYuan(costBase)}`,
        },
        {
          zh: `按剩余保护期比例 ${input.remainingYears}/${input.statutoryYears} 折算，合理利润率 0–${formatRate(markupBp)}，分摊给预计 ${licensees} 家被许可人`,
          en: `Scaled by remaining term ${input.remainingYears}/${input.statutoryYears}, markup 0–${formatRate(markupBp)}, spread over ${licensees} expected licensee(s)`,
        },
        {
          zh: `成本法结果：每家 ${formatYuan(low)}–${formatYuan(high)} 元`,
          en: `Cost approach: CNY ${formatYuan(low)}–${formatYuan(high)} per licensee`,
        },
      ],
    });
  }
  const available = approaches.filter((a) => a.available && a.lowFen !== null && a.highFen !== null);
  const range =
    available.length === 0
      ? null
      : {
          lowFen: Math.min(...available.map((a) => a.lowFen!)),
          highFen: Math.max(...available.map((a) => a.highFen!)),
        };
  return { approaches, range, disclaimer: FEE_ESTIMATE_DISCLAIMER };
}
