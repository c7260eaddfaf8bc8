import { describe, expect, it } from 'vitest';
import { annualFeeSchedule, DEFAULT_ANNUAL_FEE_CONFIG, reductionFen } from './annualFee';

const invention = {
  patentType: 'invention' as const,
  filingDate: '2018-05-21',
  grantDate: '2020-03-10',
  expiryDate: '2038-05-20',
  feePaidUntil: '2025-05-20',
  openLicencePeriods: [{ from: '2025-01-01', to: null }],
};

describe('Law 51(2): annual-fee reduction during the open licence', () => {
  const rows = annualFeeSchedule(invention);

  it('runs from the grant year to the last year of the term', () => {
    expect(rows[0]).toMatchObject({ year: 2, dueDate: '2020-03-10', baseFen: 90_000, reductionFen: 0 });
    expect(rows.at(-1)).toMatchObject({
      year: 20,
      periodStart: '2037-05-21',
      periodEnd: '2038-05-20',
      baseFen: 800_000,
    });
    expect(rows).toHaveLength(19);
  });

  it('reduces by the default 15% [R] only the fees due while the open licence is in force', () => {
    const byYear = new Map(rows.map((r) => [r.year, r]));
    // Year 7 fell due on 2024-05-20, before publication: not reduced.
    expect(byYear.get(7)).toMatchObject({
      dueDate: '2024-05-20',
      baseFen: 200_000,
      reductionFen: 0,
      payableFen: 200_000,
      paid: true,
    });
    // Year 8 falls due on 2025-05-20, during the open licence: 2000 元 − 15% = 1700 元.
    expect(byYear.get(8)).toMatchObject({
      dueDate: '2025-05-20',
      reductionFen: 30_000,
      payableFen: 170_000,
      paid: false,
    });
    expect(byYear.get(9)).toMatchObject({ dueDate: '2026-05-20', reductionFen: 30_000 });
    expect(byYear.get(16)).toMatchObject({ baseFen: 800_000, reductionFen: 120_000, payableFen: 680_000 });
    expect(DEFAULT_ANNUAL_FEE_CONFIG.reductionSource).toMatch(/^\[R\]/);
  });

  it('uses a configured rate and a closed open-licence period', () => {
    const custom = annualFeeSchedule(
      { ...invention, openLicencePeriods: [{ from: '2025-01-01', to: '2026-05-20' }] },
      { ...DEFAULT_ANNUAL_FEE_CONFIG, openLicenceReductionBp: 2000 },
    );
    const byYear = new Map(custom.map((r) => [r.year, r]));
    expect(byYear.get(8)?.reductionFen).toBe(40_000);
    // Year 9 is due on 2026-05-20, the last day of the period: reduced; year 10 is not.
    expect(byYear.get(9)?.reductionFen).toBe(40_000);
    expect(byYear.get(10)?.reductionFen).toBe(0);
  });

  it('covers the 10-year utility model and 15-year design terms', () => {
    const um = annualFeeSchedule({
      ...invention,
      patentType: 'utility_model',
      grantDate: '2018-11-02',
      expiryDate: '2028-05-20',
      openLicencePeriods: [],
    });
    expect(um.map((r) => r.year)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(um[0]).toMatchObject({ dueDate: '2018-11-02', baseFen: 60_000 });
    expect(um[9]).toMatchObject({ baseFen: 200_000, periodEnd: '2028-05-20' });
    const design = annualFeeSchedule({
      ...invention,
      patentType: 'design',
      grantDate: '2018-11-02',
      expiryDate: '2033-05-20',
      openLicencePeriods: [],
    });
    expect(design).toHaveLength(15);
    expect(design[14]?.baseFen).toBe(300_000);
  });

  it.each([
    [90_000, 1500, 13_500],
    [33_333, 1500, 5_000], // 4999.95 rounds half up
    [1, 1500, 0],
  ])('reduction of %i fen at %i bp = %i fen', (base, bp, out) => {
    expect(reductionFen(base, bp)).toBe(out);
  });
});
