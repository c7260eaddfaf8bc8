/**
 * Calendar dates as 'YYYY-MM-DD' strings. Deadlines and terms are counted in calendar days and months,
 * so no time zone ever enters: arithmetic runs on UTC midnight of the date and formats it back.
 */
export type CalendarDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parts(date: CalendarDate): [number, number, number] {
  const m = ISO.exec(date);
  if (!m || !isCalendarDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export function formatDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = parts(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return formatDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/**
 * Adds calendar months. When the target month is shorter (31 Jan + 1 month), the result is the month's last
 * day (28/29 Feb) — the usual reading of "N months from" for statutory deadlines.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return formatDate(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

/** Same day N years later; 29 Feb in a non-leap target year becomes 28 Feb. */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  return addMonths(date, years * 12);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** Today's calendar date in China (UTC+8), the jurisdiction whose deadlines the platform counts. */
export function todayInChina(now: Date = new Date()): CalendarDate {
  const t = new Date(now.getTime() + 8 * 3_600_000);
  return formatDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/**
 * Parses the date forms found in patent exports: 20221202, '2022-12-02', '2022/12/2', '2022.12.02',
 * '2022年12月2日'. Returns null for empty and placeholder values ('0', '-'), and undefined when the value
 * is present but not a valid date (the caller reports it).
 */
export function parseLooseDate(raw: string | null | undefined): CalendarDate | null | undefined {
  const v = (raw ?? '').trim();
  if (v === '' || v === '0' || v === '-' || v === '—' || v === '00000000') return null;
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (!m) m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/.exec(v);
  if (!m) return undefined;
  const date = formatDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return isCalendarDate(date) ? date : undefined;
}
