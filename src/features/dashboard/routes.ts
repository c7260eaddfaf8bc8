import { z } from 'zod';
import type { Database } from '../../platform/db/database';
import type { HttpServer } from '../../platform/http/httpServer';
import { assertAllowed } from '../accounts';
import { addDays, chinaDate, chinaDayStart, dailyImportSeries, type ImportDay } from './importSeries';

export interface DashboardDeps {
  db: Database;
  /** Injected in tests; defaults to the system clock. */
  clock?: () => Date;
}

const security: Array<Record<string, string[]>> = [{ session: [] }, { bearer: [] }];

const importDay = z.object({
  date: z.string().describe('Calendar day YYYY-MM-DD, China Standard Time (UTC+8)'),
  runs: z.number().int(),
  accepted: z.number().int(),
  rejected: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
});

/**
 * Figures for the administration's dashboard that the public overview (`/stats/overview`) does not give:
 * import activity over time. The catalogue breakdowns (IPC section, SEI, region, legal status) come from
 * the overview, which is public.
 */
export async function dashboardRoutes(app: HttpServer, deps: DashboardDeps): Promise<void> {
  app.get(
    '/dashboard/imports',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'Imports per day (runs, accepted and rejected rows) for the dashboard',
        description:
          'Service organisations, the IP administration and platform administrators (`dashboard.read`). ' +
          'Days are calendar days in China Standard Time; days without imports are zeros.',
        security,
        querystring: z.object({
          days: z.coerce.number().int().min(1).max(731).default(90).describe('Length of the window'),
        }),
        response: {
          200: z.object({
            from: z.string(),
            to: z.string(),
            days: z.array(importDay),
            totals: importDay.omit({ date: true }),
          }),
        },
      },
    },
    async (request) => {
      assertAllowed(request.actor, 'dashboard.read', {});
      const { days } = request.query;
      const to = chinaDate(deps.clock?.() ?? new Date());
      const from = addDays(to, -(days - 1));
      const { rows } = await deps.db.query<ImportDay>(
        `SELECT to_char((started_at AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM-DD') AS date,
                count(*)::int AS runs,
                coalesce(sum(accepted), 0)::int AS accepted,
                coalesce(sum(jsonb_array_length(rejected)), 0)::int AS rejected,
                coalesce(sum(created), 0)::int AS created,
                coalesce(sum(updated), 0)::int AS updated
           FROM import_runs
          WHERE started_at >= $1 AND started_at < $2
          GROUP BY 1`,
        [chinaDayStart(from), chinaDayStart(addDays(to, 1))],
      );
      const series = dailyImportSeries(rows, to, days);
      const totals = { runs: 0, accepted: 0, rejected: 0, created: 0, updated: 0 };
      for (const d of series)
        for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += d[k];
      return { from, to, days: series, totals };
    },
  );
}
