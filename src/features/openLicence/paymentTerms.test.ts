import { describe, expect, it } from 'vitest';
import {
  describePaymentTerms,
  fixedFeeFen,
  formatRate,
  formatYuan,
  type PaymentTerms,
  royaltyDueFen,
  upfrontPayment,
  validatePaymentTerms,
} from './paymentTerms';

describe('payment terms (Law 50(1), Regs 85(1)(iii))', () => {
  const valid: [string, PaymentTerms][] = [
    ['one-time fee', { mode: 'one_time', amountFen: 5_000_000 }],
    ['royalty on net sales', { mode: 'royalty', base: 'net_sales', rateBp: 300, period: 'year' }],
    ['royalty on profit', { mode: 'royalty', base: 'profit', rateBp: 1500, period: 'quarter' }],
    [
      'entry fee plus royalty',
      {
        mode: 'entry_fee_plus_royalty',
        entryFeeFen: 1_000_000,
        base: 'net_sales',
        rateBp: 250,
        period: 'half_year',
      },
    ],
    ['free', { mode: 'free' }],
    [
      'try first, then one-time',
      { mode: 'try_first', trialMonths: 6, afterTrial: { mode: 'one_time', amountFen: 100 } },
    ],
  ];
  it.each(valid)('%s is valid', (_name, terms) => {
    expect(validatePaymentTerms(terms)).toEqual([]);
  });

  const invalid: [string, PaymentTerms, string][] = [
    ['zero one-time fee', { mode: 'one_time', amountFen: 0 }, 'amountFen'],
    ['fractional fen', { mode: 'one_time', amountFen: 10.5 }, 'amountFen'],
    ['rate above 100%', { mode: 'royalty', base: 'net_sales', rateBp: 10_001, period: 'year' }, 'rateBp'],
    ['fractional basis point', { mode: 'royalty', base: 'profit', rateBp: 2.5, period: 'year' }, 'rateBp'],
    [
      'entry fee of zero',
      { mode: 'entry_fee_plus_royalty', entryFeeFen: 0, base: 'net_sales', rateBp: 100, period: 'year' },
      'entryFeeFen',
    ],
    [
      'trial of 0 months',
      { mode: 'try_first', trialMonths: 0, afterTrial: { mode: 'one_time', amountFen: 1 } },
      'trialMonths',
    ],
    [
      'trial then a bad rate',
      {
        mode: 'try_first',
        trialMonths: 3,
        afterTrial: { mode: 'royalty', base: 'net_sales', rateBp: 0, period: 'year' },
      },
      'afterTrial.rateBp',
    ],
  ];
  it.each(invalid)('%s is refused at %s', (_name, terms, path) => {
    expect(validatePaymentTerms(terms).map((i) => i.path)).toEqual([path]);
  });

  it('describes terms as published and filed', () => {
    expect(describePaymentTerms({ mode: 'one_time', amountFen: 123_456_789 }).zh).toBe(
      '一次性付费：人民币 1,234,567.89 元',
    );
    expect(describePaymentTerms({ mode: 'royalty', base: 'net_sales', rateBp: 350, period: 'year' }).zh).toBe(
      '提成支付：按净销售额的 3.5%，每年结算',
    );
    expect(
      describePaymentTerms({
        mode: 'try_first',
        trialMonths: 6,
        afterTrial: { mode: 'one_time', amountFen: 1_000_000 },
      }).zh,
    ).toBe('先试后付：试用期 6 个月（免费），期满后一次性付费：人民币 10,000 元');
    expect(describePaymentTerms({ mode: 'free' }).zh).toBe('免费（无偿许可）');
  });

  it('formats money and rates exactly', () => {
    expect(formatYuan(0)).toBe('0');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(2_000_000_000)).toBe('20,000,000');
    expect(formatRate(1505)).toBe('15.05%');
    expect(formatRate(1510)).toBe('15.1%');
    expect(formatRate(2000)).toBe('20%');
  });

  it.each([
    [1_000_000, 300, 30_000],
    [333, 1500, 50], // 49.95 fen rounds half up to 50
    [1, 4999, 0],
    [1, 5000, 1],
    [900_000_000_000_000, 2000, 180_000_000_000_000], // 9 万亿元 × 20%: the product passes 2^53
  ])('royalty on %i fen at %i bp = %i fen', (base, rate, due) => {
    expect(royaltyDueFen(base, rate)).toBe(due);
  });

  it('computes the up-front payment per mode (Law 51(1))', () => {
    expect(upfrontPayment({ mode: 'one_time', amountFen: 500 }, '2025-01-10')).toEqual({
      amountFen: 500,
      dueBy: '2025-01-10',
      trialEnds: null,
    });
    expect(
      upfrontPayment({ mode: 'royalty', base: 'profit', rateBp: 100, period: 'year' }, '2025-01-10')
        .amountFen,
    ).toBe(0);
    expect(
      upfrontPayment(
        {
          mode: 'try_first',
          trialMonths: 6,
          afterTrial: {
            mode: 'entry_fee_plus_royalty',
            entryFeeFen: 900,
            base: 'net_sales',
            rateBp: 100,
            period: 'year',
          },
        },
        '2024-08-31',
      ),
    ).toEqual({ amountFen: 0, dueBy: '2025-02-28', trialEnds: '2025-02-28' });
    expect(fixedFeeFen({ mode: 'free' })).toBe(0);
    expect(fixedFeeFen({ mode: 'royalty', base: 'profit', rateBp: 100, period: 'year' })).toBeNull();
  });
});
