import { describe, expect, it } from 'vitest';
import {
  discountedRoyalties,
  estimateFee,
  FEE_ESTIMATE_DISCLAIMER,
  type RoyaltyBenchmark,
} from './feeEstimate';

const yuan = (n: number) => n * 100;

describe('fee estimation helper (not the 估算指引 formula, DOMAIN-RULES §2.1)', () => {
  it('discounts royalties year by year', () => {
    // 1,000,000 元 a year for 2 years at 5%, discount 10%: 50,000/1.1 + 50,000/1.21 = 86,776.86 元
    expect(discountedRoyalties([yuan(1_000_000), yuan(1_000_000)], 500, 1000)).toBe(8_677_686);
    expect(discountedRoyalties([yuan(1_000_000)], 500, 0)).toBe(yuan(50_000));
  });

  it('income approach gives a range with its reasoning, truncated to the remaining term', () => {
    const result = estimateFee(
      {
        income: {
          annualBaseFen: [yuan(1_000_000), yuan(1_000_000), yuan(1_000_000)],
          base: 'net_sales',
          rateLowBp: 500,
          rateHighBp: 300,
        },
        discountRateBp: 1000,
        remainingYears: 2,
        statutoryYears: 20,
      },
      [],
    );
    const income = result.approaches[0]!;
    expect(income).toMatchObject({
      approach: 'income',
      available: true,
      lowFen: 5_206_612,
      highFen: 8_677_686,
    });
    expect(income.reasoning.map((r) => r.zh).join('\n')).toContain('仅计算前 2 年');
    expect(result.range).toEqual({ lowFen: 5_206_612, highFen: 8_677_686 });
    expect(result.disclaimer).toBe(FEE_ESTIMATE_DISCLAIMER);
    expect(result.disclaimer.zh).toContain('并非');
  });

  it('market approach needs a benchmark row and says so when the table is empty', () => {
    const input = {
      market: { industrySection: 'C', annualBaseFen: [yuan(2_000_000)], base: 'net_sales' as const },
      discountRateBp: 0,
      remainingYears: 10,
      statutoryYears: 20,
    };
    const empty = estimateFee(input, []);
    expect(empty.approaches[0]).toMatchObject({ approach: 'market', available: false });
    expect(empty.range).toBeNull();
    const table: RoyaltyBenchmark[] = [
      {
        industrySection: 'C',
        base: 'net_sales',
        lowBp: 200,
        highBp: 600,
        source: '示例',
        illustrative: true,
      },
    ];
    const filled = estimateFee(input, table);
    expect(filled.approaches[0]).toMatchObject({
      available: true,
      lowFen: yuan(40_000),
      highFen: yuan(120_000),
    });
    expect(filled.approaches[0]!.reasoning[0]!.zh).toContain('示例数值');
  });

  it('cost approach scales by remaining term and spreads over licensees; range spans approaches', () => {
    const result = estimateFee(
      {
        income: { annualBaseFen: [yuan(1_000_000)], base: 'profit', rateLowBp: 1000, rateHighBp: 2000 },
        cost: {
          developmentCostFen: yuan(800_000),
          maintenanceCostFen: yuan(20_000),
          markupBp: 2500,
          expectedLicensees: 4,
        },
        discountRateBp: 0,
        remainingYears: 10,
        statutoryYears: 20,
      },
      [],
    );
    // (800,000 + 20,000) × 10/20 ÷ 4 = 102,500; × 1.25 = 128,125
    expect(result.approaches[1]).toMatchObject({
      approach: 'cost',
      lowFen: yuan(102_500),
      highFen: yuan(128_125),
    });
    expect(result.range).toEqual({ lowFen: yuan(100_000), highFen: yuan(200_000) });
  });
});
