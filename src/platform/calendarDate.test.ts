import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  daysBetween,
  isCalendarDate,
  parseLooseDate,
  todayInChina,
} from './calendarDate';

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2021-13-01', false],
    ['2021-06-31', false],
    ['20210601', false],
  ])('isCalendarDate(%s) = %s', (d, ok) => expect(isCalendarDate(d)).toBe(ok));

  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2023-11-30', 3, '2024-02-29'],
    ['2023-12-15', 3, '2024-03-15'],
    ['2024-03-31', -1, '2024-02-29'],
  ])('addMonths(%s, %i) = %s', (d, n, want) => expect(addMonths(d, n)).toBe(want));

  it.each([
    ['2004-02-29', 10, '2014-02-28'],
    ['2000-02-29', 20, '2020-02-29'],
    ['2021-06-01', 15, '2036-06-01'],
  ])('addYears(%s, %i) = %s', (d, n, want) => expect(addYears(d, n)).toBe(want));

  it('adds days across months and years and measures the gap back', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it.each([
    ['20221202', '2022-12-02'],
    ['2022-12-02', '2022-12-02'],
    ['2022/12/2', '2022-12-02'],
    ['2022.12.02', '2022-12-02'],
    ['2022年12月2日', '2022-12-02'],
    ['2018-07-30 00:00:00', '2018-07-30'],
    ['0', null],
    ['', null],
    ['20221332', undefined],
    ['next week', undefined],
  ])('parseLooseDate(%s) = %s', (raw, want) => expect(parseLooseDate(raw)).toBe(want));

  it('takes today in China, which is already tomorrow in UTC late evening', () => {
    expect(todayInChina(new Date('2026-11-23T17:30:00Z'))).toBe('2026-11-24');
    expect(todayInChina(new Date('2026-11-23T15:59:00Z'))).toBe('2026-11-23');
  });
});
