import { describe, expect, it } from 'vitest';
import { amountOf, budgetFromYuan, budgetText, fenToYuanInput, MAX_BUDGET_FEN } from './budget';

describe('budget inputs: yuan in the form, fen on the wire', () => {
  it.each([
    ['500000', '', 50_000_000, null],
    ['', '500000', null, 50_000_000],
    ['100000', '500,000', 10_000_000, 50_000_000],
    ['12000.5', '12000.55', 1_200_050, 1_200_055],
    ['  ', '', null, null],
    [undefined, null, null, null],
    [300000, 800000, 30_000_000, 80_000_000],
  ])('%s – %s → %s – %s fen', (min, max, minFen, maxFen) => {
    expect(budgetFromYuan(min, max)).toEqual({ minFen, maxFen, problems: [] });
  });

  it('names the field that is not an amount of yuan', () => {
    expect(budgetFromYuan('50万', '1.234').problems).toEqual([
      { field: 'budgetMinYuan', problem: 'notAmount' },
      { field: 'budgetMaxYuan', problem: 'notAmount' },
    ]);
    expect(budgetFromYuan('-5', '').problems).toEqual([{ field: 'budgetMinYuan', problem: 'notAmount' }]);
  });

  it('refuses a maximum below the minimum on the maximum, as the server does', () => {
    expect(budgetFromYuan('500000', '100000')).toEqual({
      minFen: 50_000_000,
      maxFen: 10_000_000,
      problems: [{ field: 'budgetMaxYuan', problem: 'maxBelowMin' }],
    });
  });

  it('refuses more than 100 亿元 (the server limit)', () => {
    expect(budgetFromYuan('', String(MAX_BUDGET_FEN / 100)).problems).toEqual([]);
    expect(budgetFromYuan('', String(MAX_BUDGET_FEN / 100 + 1)).problems).toEqual([
      { field: 'budgetMaxYuan', problem: 'tooLarge' },
    ]);
  });

  it.each([
    [50_000_000, '500000'],
    [1_200_050, '12000.5'],
    [1_200_055, '12000.55'],
    [0, '0'],
    [null, ''],
  ])('fen %s shows as %s in the field and parses back', (fen, text) => {
    expect(fenToYuanInput(fen)).toBe(text);
    if (fen !== null) expect(budgetFromYuan(text, '').minFen).toBe(fen);
  });
});

describe('budget for reading', () => {
  it.each([
    [50_000_000, 'zh', { unit: 'wan', value: '50' }],
    [1_250_000, 'zh', { unit: 'wan', value: '1.25' }],
    [1_000_000, 'zh', { unit: 'wan', value: '1' }],
    [999_900, 'zh', { unit: 'yuan', value: '9,999' }],
    [1_200_050, 'zh', { unit: 'yuan', value: '12,000.50' }],
    [50_000_000, 'en', { unit: 'yuan', value: '500,000' }],
  ] as const)('%s fen in %s', (fen, lang, amount) => {
    expect(amountOf(fen, lang)).toEqual(amount);
  });

  it('says range, up to, from, exactly or nothing', () => {
    expect(budgetText(null, null, 'zh')).toEqual({ kind: 'none' });
    expect(budgetText(10_000_000, 50_000_000, 'zh')).toEqual({
      kind: 'range',
      min: { unit: 'wan', value: '10' },
      max: { unit: 'wan', value: '50' },
    });
    expect(budgetText(null, 50_000_000, 'zh')).toEqual({ kind: 'upTo', max: { unit: 'wan', value: '50' } });
    expect(budgetText(10_000_000, null, 'en')).toEqual({
      kind: 'from',
      min: { unit: 'yuan', value: '100,000' },
    });
    expect(budgetText(10_000_000, 10_000_000, 'zh')).toEqual({
      kind: 'exactly',
      amount: { unit: 'wan', value: '10' },
    });
  });
});
