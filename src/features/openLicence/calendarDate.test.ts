import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, daysBetween, rangesOverlap } from './calendarDate';

describe('calendar dates', () => {
  it.each([
    // 民法典第202条: the corresponding day, or the month's last day when there is none.
    ['2024-01-15', 3, '2024-04-15'],
    ['2023-11-30', 3, '2024-02-29'],
    ['2024-11-30', 3, '2025-02-28'],
    ['2024-08-31', 3, '2024-11-30'],
    ['2024-10-31', 4, '2025-02-28'],
    ['2024-12-31', 2, '2025-02-28'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2025-02-28', 1, '2025-03-28'],
  ])('addMonths(%s, %i) = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('adds years with the leap-day clamp and days across years', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-01-01')).toBe(-366);
  });

  it('treats ranges as inclusive and open ends as unbounded', () => {
    expect(rangesOverlap('2025-01-01', '2025-06-30', '2025-06-30', '2025-12-31')).toBe(true);
    expect(rangesOverlap('2025-01-01', '2025-06-29', '2025-06-30', '2025-12-31')).toBe(false);
    expect(rangesOverlap('2025-01-01', null, '2030-01-01', '2030-12-31')).toBe(true);
    expect(rangesOverlap('2031-01-01', null, '2030-01-01', '2030-12-31')).toBe(false);
  });
});
