import { describe, expect, it } from 'vitest';
import { addDays, chinaDate, chinaDayStart, dailyImportSeries, type ImportDay } from './importSeries';

const day = (date: string, runs: number, accepted = 0, rejected = 0): ImportDay => ({
  date,
  runs,
  accepted,
  rejected,
  created: accepted,
  updated: 0,
});

describe('calendar days in China Standard Time (UTC+8)', () => {
  it.each([
    ['2025-06-30T15:59:59.999Z', '2025-06-30'],
    ['2025-06-30T16:00:00.000Z', '2025-07-01'],
    ['2024-12-31T16:00:00.000Z', '2025-01-01'],
    ['2024-02-28T16:30:00.000Z', '2024-02-29'],
  ])('%s falls on %s', (instant, date) => {
    expect(chinaDate(new Date(instant))).toBe(date);
  });

  it('starts a day at 00:00 UTC+8', () => {
    expect(chinaDayStart('2025-07-01').toISOString()).toBe('2025-06-30T16:00:00.000Z');
    expect(chinaDate(chinaDayStart('2025-07-01'))).toBe('2025-07-01');
  });

  it.each([
    ['2025-03-01', -1, '2025-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-06-15', 0, '2025-06-15'],
  ])('%s %i days is %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });
});

describe('daily import series', () => {
  it('covers exactly the window ending on the last day, zeros where nothing was imported', () => {
    const s = dailyImportSeries([day('2025-06-29', 2, 10, 1)], '2025-06-30', 4);
    expect(s.map((d) => d.date)).toEqual(['2025-06-27', '2025-06-28', '2025-06-29', '2025-06-30']);
    expect(s.map((d) => d.runs)).toEqual([0, 0, 2, 0]);
    expect(s[2]).toEqual(day('2025-06-29', 2, 10, 1));
  });

  it('adds up two rows of one day and ignores days outside the window', () => {
    const s = dailyImportSeries(
      [day('2025-06-30', 1, 5, 0), day('2025-06-30', 2, 7, 3), day('2025-05-01', 9, 99, 9)],
      '2025-06-30',
      2,
    );
    expect(s).toEqual([day('2025-06-29', 0), { ...day('2025-06-30', 3, 12, 3) }]);
  });

  it('crosses a month end and a leap day', () => {
    const s = dailyImportSeries([], '2024-03-01', 3);
    expect(s.map((d) => d.date)).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
  });

  it('refuses an empty or fractional window', () => {
    expect(() => dailyImportSeries([], '2025-06-30', 0)).toThrow(RangeError);
    expect(() => dailyImportSeries([], '2025-06-30', 1.5)).toThrow(RangeError);
  });
});
