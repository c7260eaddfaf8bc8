/**
 * Imports over time for the administration's dashboard: one point per calendar day in China Standard
 * Time (UTC+8, no daylight saving), days without an import included as zeros so the chart's time axis is
 * honest about quiet periods.
 */

export interface ImportDay {
  /** Calendar day 'YYYY-MM-DD' (UTC+8). */
  date: string;
  /** Import runs started that day. */
  runs: number;
  /** Rows accepted (created + updated + unchanged) and rows rejected by those runs. */
  accepted: number;
  rejected: number;
  created: number;
  updated: number;
}

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The calendar day of an instant in China Standard Time. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a China calendar day begins (00:00 UTC+8). */
export function chinaDayStart(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - CHINA_OFFSET_MS);
}

/** `date` moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The `days` calendar days ending with `lastDate`, each with the counts of `rows` for that day (zeros where
 * nothing was imported). Rows outside the window are ignored; two rows for one day are added up.
 */
export function dailyImportSeries(rows: readonly ImportDay[], lastDate: string, days: number): ImportDay[] {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive integer: ${days}`);
  const byDate = new Map<string, ImportDay>();
  for (const r of rows) {
    const seen = byDate.get(r.date);
    byDate.set(
      r.date,
      seen
        ? {
            date: r.date,
            runs: seen.runs + r.runs,
            accepted: seen.accepted + r.accepted,
            rejected: seen.rejected + r.rejected,
            created: seen.created + r.created,
            updated: seen.updated + r.updated,
          }
        : { ...r },
    );
  }
  const first = addDays(lastDate, -(days - 1));
  const series: ImportDay[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(first, i);
    series.push(byDate.get(date) ?? { date, runs: 0, accepted: 0, rejected: 0, created: 0, updated: 0 });
  }
  return series;
}
