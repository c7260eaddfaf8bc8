import type { CatalogueSort, FilterFacet } from '../src/features/catalogue/searchService';

/** One query of the catalogue benchmark's fixed set. */
export interface BenchQuery {
  id: string;
  /** common: a single very frequent term; rare: a term in few titles; multi: 2–4 terms (all must match) */
  group: 'common' | 'rare' | 'multi' | 'facet' | 'sorted';
  q: string;
  filters?: Partial<Record<FilterFacet, string[]>>;
  sort?: CatalogueSort;
}

/**
 * The fixed query set: 40 Chinese queries chosen from the real title vocabulary (data/samples/cn-titles-ipc.csv;
 * the numbers are how many of the 7,798 real titles hold the term), so that the synthetic catalogue has
 * answers in proportion. Changing it changes every figure: add queries, do not edit them.
 */
export const BENCH_QUERIES: readonly BenchQuery[] = [
  // single common terms (装置 2,364 titles, 方法 2,353, 系统 1,083, 设备 776, 制备 463, 智能 343)
  { id: 'c1', group: 'common', q: '装置' },
  { id: 'c2', group: 'common', q: '方法' },
  { id: 'c3', group: 'common', q: '系统' },
  { id: 'c4', group: 'common', q: '设备' },
  { id: 'c5', group: 'common', q: '制备' },
  { id: 'c6', group: 'common', q: '智能' },
  // rare terms (≤ 6 titles each; 渗透压力室 only in one real abstract and claim)
  { id: 'r1', group: 'rare', q: '驱鸟' },
  { id: 'r2', group: 'rare', q: '纠偏' },
  { id: 'r3', group: 'rare', q: '塔吊' },
  { id: 'r4', group: 'rare', q: '茶叶' },
  { id: 'r5', group: 'rare', q: '遥感' },
  { id: 'r6', group: 'rare', q: '二维码' },
  { id: 'r7', group: 'rare', q: '滤波器' },
  { id: 'r8', group: 'rare', q: '渗透压力室' },
  // 2–4 terms, every term must match
  { id: 'm1', group: 'multi', q: '无人机 电池' },
  { id: 'm2', group: 'multi', q: '图像识别 方法' },
  { id: 'm3', group: 'multi', q: '锂电池 正极材料' },
  { id: 'm4', group: 'multi', q: '数据 处理 方法 系统' },
  { id: 'm5', group: 'multi', q: '混凝土 养护 装置' },
  { id: 'm6', group: 'multi', q: '光伏组件 清洗' },
  { id: 'm7', group: 'multi', q: '新能源汽车 充电' },
  { id: 'm8', group: 'multi', q: '区块链 数据 存储' },
  { id: 'm9', group: 'multi', q: '石墨烯 复合材料 制备' },
  { id: 'm10', group: 'multi', q: '物联网 智慧 农业 监测' },
  { id: 'm11', group: 'multi', q: '自然语言处理 问答' },
  { id: 'm12', group: 'multi', q: '污水 处理 设备' },
  // with facet filters
  { id: 'f1', group: 'facet', q: '装置', filters: { type: ['utility_model'] } },
  { id: 'f2', group: 'facet', q: '方法', filters: { type: ['invention'] } },
  { id: 'f3', group: 'facet', q: '控制', filters: { ipcSection: ['H'] } },
  { id: 'f4', group: 'facet', q: '检测', filters: { ipcSection: ['G'] } },
  { id: 'f5', group: 'facet', q: '中药', filters: { ipcSection: ['A'] } },
  { id: 'f6', group: 'facet', q: '电池', filters: { legalStatus: ['in_force'] } },
  { id: 'f7', group: 'facet', q: '系统', filters: { province: ['44'] } },
  { id: 'f8', group: 'facet', q: '机器人', filters: { applicantType: ['university'] } },
  // sorted by date instead of relevance
  { id: 's1', group: 'sorted', q: '装置', sort: '-filingDate' },
  { id: 's2', group: 'sorted', q: '光伏', sort: '-filingDate' },
  { id: 's3', group: 'sorted', q: '电池', filters: { ipcSection: ['H'] }, sort: '-filingDate' },
  { id: 's4', group: 'sorted', q: '人工智能', sort: 'filingDate' },
  { id: 's5', group: 'sorted', q: '石墨烯', sort: '-filingDate' },
  { id: 's6', group: 'sorted', q: '存储介质', sort: '-grantDate' },
];
