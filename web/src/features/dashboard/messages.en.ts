import type { dashboardZh } from './messages.zh';

/** English strings of the administration's dashboard: the same keys as messages.zh.ts. */
export const dashboardEn: Record<keyof typeof dashboardZh, string> = {
  'dash.title': 'Dashboard',
  'dash.lead':
    'The shape of the patent supply catalogue and the import activity, for the IP administration and service organisations.',
  'dash.bySei': 'By strategic emerging industry',
  'dash.byRegion': 'By region (province)',
  'dash.imports': 'Imports over time',
  'dash.window': 'Period',
  'dash.lastDays': 'Last {n} days',
  'dash.importTotals': '{runs} import runs in the period: {accepted} rows accepted, {rejected} rejected.',
  'dash.importedRows': 'Rows imported in the period',
  'dash.date': 'Date',
  'dash.runs': 'Runs',
  'dash.rows': 'Rows',
  'dash.accepted': 'Accepted',
  'dash.rejected': 'Rejected',
};
