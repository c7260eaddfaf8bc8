import { describe, expect, it } from 'vitest';
import { mapBatchHeader, parseBatchRow, percentToBp, yuanToFen } from './batchSheet';
import { toCsv } from './csvWriter';

describe('batch sheet', () => {
  it.each([
    ['50000', 5_000_000],
    ['12,000.50', 1_200_050],
    ['0.05', 5],
    ['１０００元', 100_000],
    ['1.234', null],
    ['-5', null],
    ['', null],
  ])('yuanToFen(%j) = %j', (text, fen) => {
    expect(yuanToFen(text)).toBe(fen);
  });

  it.each([
    ['3', 300],
    ['3.5%', 350],
    ['20.01', 2001],
    ['100', 10_000],
    ['3.555', null],
  ])('percentToBp(%j) = %j', (text, bp) => {
    expect(percentToBp(text)).toBe(bp);
  });

  const header = [
    '专利号',
    '支付方式',
    '金额（元）',
    '提成基数',
    '提成比例（%）',
    '试用期（月）',
    '试用期后支付方式',
    '许可期限起',
    '许可期限止',
  ];
  const { columns, missing } = mapBatchHeader(header);
  it('maps Chinese headers to fields', () => {
    expect(missing).toEqual([]);
    expect(mapBatchHeader(['专利号', '支付方式']).missing).toEqual(['termStart', 'termEnd']);
  });

  it.each([
    {
      name: 'one-time fee',
      cells: ['ZL1', '一次性付费', '10000', '', '', '', '', '2025-07-01', '2026-06-30'],
      terms: { mode: 'one_time', amountFen: 1_000_000 },
    },
    {
      name: 'royalty on profit',
      cells: ['ZL1', '提成支付', '', '利润', '15', '', '', '20250701', '2026/6/30'],
      terms: { mode: 'royalty', base: 'profit', rateBp: 1500, period: 'year' },
    },
    {
      name: 'entry fee plus royalty',
      cells: ['ZL1', '入门费附加提成', '2000', '净销售额', '2.5', '', '', '2025-07-01', '2026-06-30'],
      terms: {
        mode: 'entry_fee_plus_royalty',
        entryFeeFen: 200_000,
        base: 'net_sales',
        rateBp: 250,
        period: 'year',
      },
    },
    {
      name: 'free',
      cells: ['ZL1', '免费', '', '', '', '', '', '2025-07-01', '2026-06-30'],
      terms: { mode: 'free' },
    },
    {
      name: 'try first, then one-time',
      cells: ['ZL1', '先试后付', '3000', '', '', '6', '一次性付费', '2025-07-01', '2026-06-30'],
      terms: { mode: 'try_first', trialMonths: 6, afterTrial: { mode: 'one_time', amountFen: 300_000 } },
    },
  ])('parses $name', ({ cells, terms }) => {
    const r = parseBatchRow(cells, columns);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.input.paymentTerms).toEqual(terms);
  });

  it.each([
    {
      name: 'unknown mode',
      cells: ['ZL1', '按月付', '1', '', '', '', '', '2025-07-01', '2026-06-30'],
      fields: ['paymentMode'],
    },
    {
      name: 'royalty without base',
      cells: ['ZL1', '提成支付', '', '', '3', '', '', '2025-07-01', '2026-06-30'],
      fields: ['royaltyBase'],
    },
    {
      name: 'bad date',
      cells: ['ZL1', '免费', '', '', '', '', '', '2025-02-30', '2026-06-30'],
      fields: ['termStart'],
    },
    {
      name: 'missing number',
      cells: ['', '免费', '', '', '', '', '', '2025-07-01', '2026-06-30'],
      fields: ['patentNumber'],
    },
    {
      name: 'try first then free',
      cells: ['ZL1', '先试后付', '', '', '', '3', '免费', '2025-07-01', '2026-06-30'],
      fields: ['afterTrialMode'],
    },
  ])('reports $name', ({ cells, fields }) => {
    const r = parseBatchRow(cells, columns);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field)).toEqual(fields);
  });
});

describe('CSV writer', () => {
  it('quotes, doubles quotes, and defuses formulas', () => {
    expect(toCsv([['a,b', 'say "hi"', '=SUM(A1)', 12, null]])).toBe(
      '\uFEFF"a,b","say ""hi""",\'=SUM(A1),12,\r\n',
    );
  });
});
