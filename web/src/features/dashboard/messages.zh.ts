/** Chinese strings of the administration's dashboard (keys `dash.*`), spread into the app catalogue. */
export const dashboardZh = {
  'dash.title': '管理看板',
  'dash.lead': '专利供给目录的结构和数据导入情况，供知识产权管理部门与服务机构监测。',
  'dash.bySei': '按战略性新兴产业',
  'dash.byRegion': '按地区（省份）',
  'dash.imports': '数据导入趋势',
  'dash.window': '统计时段',
  'dash.lastDays': '近 {n} 天',
  'dash.importTotals': '期间共 {runs} 批次，通过 {accepted} 行，拒绝 {rejected} 行。',
  'dash.importedRows': '期间导入（行）',
  'dash.date': '日期',
  'dash.runs': '批次',
  'dash.rows': '行数',
  'dash.accepted': '通过',
  'dash.rejected': '拒绝',
} as const;
