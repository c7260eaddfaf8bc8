/**
 * Calendar dates as 'YYYY-MM-DD' strings. Deadlines and terms are counted in whole days with no time
 * zone, so a date never drifts between the server, the database and the browser.
 *
 * Month and year arithmetic follows the Civil Code's rule for periods counted in months or years
 * (民法典第202条): the period ends on the corresponding day of the last month; if that month has no
 * corresponding day, it ends on the last day of that month. Example: 2023-11-30 + 3 months = 2024-02-29,
 * 2024-11-30 + 3 months = 2025-02-28, 2024-02-29 + 1 year = 2025-02-28.
 */
export type LocalDate = string;

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const m = PATTERN.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function parseLocalDate(value: LocalDate): { year: number; month: number; day: number } {
  if (!isLocalDate(value)) throw new RangeError(`not a calendar date 'YYYY-MM-DD': ${String(value)}`);
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return { year: y, month: m, day: d };
}

export function formatLocalDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 (proleptic Gregorian), for day arithmetic without Date objects' time zones. */
function toDayNumber(date: LocalDate): number {
  const { year, month, day } = parseLocalDate(date);
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

function fromDayNumber(n: number): LocalDate {
  const d = new Date(n * 86_400_000);
  return formatLocalDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Months later (or earlier, if negative), clamped to the last day of the target month (民法典第202条). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = parseLocalDate(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return formatLocalDate(y, m, Math.min(day, daysInMonth(y, m)));
}

export function addYears(date: LocalDate, years: number): LocalDate {
  return addMonths(date, years * 12);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  // Valid 'YYYY-MM-DD' strings sort lexicographically in calendar order.
  return a < b ? -1 : a > b ? 1 : 0;
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

/** Today's calendar date in China Standard Time (UTC+8, no daylight saving), where deadlines are counted. */
export function todayInChina(now: Date = new Date()): LocalDate {
  const shifted = new Date(now.getTime() + 8 * 3_600_000);
  return formatLocalDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}
