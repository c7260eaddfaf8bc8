import { type CalendarDate, isCalendarDate } from '../../platform/calendarDate';

/**
 * Calendar dates 'YYYY-MM-DD' for the open-licence rules: the platform's date arithmetic plus the range
 * helpers the rules need. Month and year arithmetic clamps to the month's last day, the Civil Code's rule
 * for periods counted in months or years (民法典第202条): 2023-11-30 + 3 months = 2024-02-29,
 * 2024-11-30 + 3 months = 2025-02-28, 2024-02-29 + 1 year = 2025-02-28.
 */
export {
  addDays,
  addMonths,
  addYears,
  compareDates,
  daysBetween,
  todayInChina,
} from '../../platform/calendarDate';

export type LocalDate = CalendarDate;

export function isLocalDate(value: unknown): value is LocalDate {
  return typeof value === 'string' && isCalendarDate(value);
}

export function maxDate(a: LocalDate, b: LocalDate): LocalDate {
  return a >= b ? a : b;
}

export function minDate(a: LocalDate, b: LocalDate): LocalDate {
  return a <= b ? a : b;
}

/** Inclusive ranges [aStart, aEnd] and [bStart, bEnd]; a missing end means open-ended. */
export function rangesOverlap(
  aStart: LocalDate,
  aEnd: LocalDate | null,
  bStart: LocalDate,
  bEnd: LocalDate | null,
): boolean {
  return (aEnd === null || aEnd >= bStart) && (bEnd === null || bEnd >= aStart);
}
