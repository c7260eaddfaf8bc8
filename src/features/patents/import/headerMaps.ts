/**
 * Column layouts the importer recognises and how their headers map to the platform's fields.
 *
 * - `export61`: the 61-column export of commercial patent databases (序号, 申请日, …, 实质审查日).
 * - `cnki`: CNKI (知网) patent crawls: title, author, com, public, sql, quote, download, href, ChDiv_summary, claim_text.
 * - `titlesIpc`: title + IPC data sets keyed by publication number (publication_number, kind, title, ipc_subclasses).
 * - `abstractsCpc`: publication_number, title, abstract, cpc_groups.
 * - `template`: the platform's own downloadable template (Chinese headers) and JSONL (English field keys).
 */
export const FIELDS = [
  'applicationNumber',
  'publicationNumber',
  'grantNumber',
  'patentType',
  'title',
  'abstract',
  'firstClaim',
  'mainIpc',
  'ipcCodes',
  'cpcCodes',
  'applicants',
  'patentees',
  'inventors',
  'applicantType',
  'address',
  'regionCode',
  'filingDate',
  'publicationDate',
  'grantDate',
  'legalStatus',
  'legalEvents',
  'feePaidUntil',
  'transferCount',
  'licenceCount',
  'pledgeCount',
  'transferDates',
  'licenceDates',
  'pledgeDates',
  'lapseDate',
  'invalidationDate',
  'industryCodes',
  'technicalEffects',
  'trl',
] as const;
export type Field = (typeof FIELDS)[number];

/** The platform template: one Chinese header per field, in this order. Also accepted in every layout. */
export const TEMPLATE_HEADERS: Record<Field, string> = {
  applicationNumber: '申请号',
  publicationNumber: '公开号',
  grantNumber: '授权公告号',
  patentType: '专利类型',
  title: '专利名称',
  abstract: '摘要',
  firstClaim: '主权项',
  mainIpc: '主分类号',
  ipcCodes: '分类号',
  cpcCodes: 'CPC分类号',
  applicants: '申请人',
  patentees: '当前权利人',
  inventors: '发明人',
  applicantType: '申请人类型',
  address: '申请人地址',
  regionCode: '行政区划代码',
  filingDate: '申请日',
  publicationDate: '公开日',
  grantDate: '授权公告日',
  legalStatus: '法律状态',
  legalEvents: '法律事件',
  feePaidUntil: '年费缴至',
  transferCount: '专利转移次数',
  licenceCount: '许可次数',
  pledgeCount: '质押次数',
  transferDates: '转让日期',
  licenceDates: '许可日期',
  pledgeDates: '质押日期',
  lapseDate: '失效日期',
  invalidationDate: '无效宣告日期',
  industryCodes: '国民经济行业',
  technicalEffects: '技术功效',
  trl: '技术就绪度',
};

/** Further names the same fields go by in exports (normalised form, see `normaliseHeader`). */
const GENERIC_ALIASES: Record<string, Field> = {
  申请号: 'applicationNumber',
  专利申请号: 'applicationNumber',
  申请号码: 'applicationNumber',
  公开号: 'publicationNumber',
  公开公告号: 'publicationNumber',
  '公开(公告)号': 'publicationNumber',
  公布号: 'publicationNumber',
  授权公告号: 'grantNumber',
  授权号: 'grantNumber',
  专利号: 'applicationNumber',
  专利类型: 'patentType',
  类型: 'patentType',
  专利名称: 'title',
  标题: 'title',
  发明名称: 'title',
  名称: 'title',
  摘要: 'abstract',
  申请摘要: 'abstract',
  主权项: 'firstClaim',
  首项权利要求: 'firstClaim',
  主分类号: 'mainIpc',
  ipc主分类号: 'mainIpc',
  分类号: 'ipcCodes',
  ipc分类号: 'ipcCodes',
  ipc: 'ipcCodes',
  cpc分类号: 'cpcCodes',
  申请人: 'applicants',
  '申请(专利权)人': 'applicants',
  当前权利人: 'patentees',
  专利权人: 'patentees',
  权利人: 'patentees',
  发明人: 'inventors',
  设计人: 'inventors',
  申请人类型: 'applicantType',
  申请人地址: 'address',
  地址: 'address',
  国省代码: 'regionCode',
  行政区划代码: 'regionCode',
  申请日: 'filingDate',
  公开日: 'publicationDate',
  公开公告日: 'publicationDate',
  授权公告日: 'grantDate',
  授权日: 'grantDate',
  法律状态: 'legalStatus',
  当前法律状态: 'legalStatus',
  法律事件: 'legalEvents',
  年费缴至: 'feePaidUntil',
  年费缴纳截止日: 'feePaidUntil',
  专利转移次数: 'transferCount',
  转让次数: 'transferCount',
  许可次数: 'licenceCount',
  质押次数: 'pledgeCount',
  转让日期: 'transferDates',
  许可日期: 'licenceDates',
  质押日期: 'pledgeDates',
  失效日期: 'lapseDate',
  无效宣告日期: 'invalidationDate',
  国民经济行业: 'industryCodes',
  行业分类: 'industryCodes',
  技术功效: 'technicalEffects',
  技术就绪度: 'trl',
  trl: 'trl',
};

const LAYOUT_ALIASES = {
  cnki: {
    title: 'title',
    author: 'inventors',
    com: 'applicants',
    sql: 'filingDate',
    quote: 'publicationDate',
    href: 'publicationNumber',
    chdiv_summary: 'abstract',
    claim_text: 'firstClaim',
  },
  titlesIpc: {
    publication_number: 'publicationNumber',
    kind: 'patentType',
    title: 'title',
    ipc_subclasses: 'ipcCodes',
  },
  abstractsCpc: {
    publication_number: 'publicationNumber',
    title: 'title',
    abstract: 'abstract',
    cpc_groups: 'cpcCodes',
  },
} satisfies Record<string, Record<string, Field>>;

export type Layout = 'export61' | 'cnki' | 'titlesIpc' | 'abstractsCpc' | 'template';

export const LAYOUT_LABEL: Record<Layout, { zh: string; en: string }> = {
  export61: { zh: '专利数据库 61 列导出格式', en: '61-column patent database export' },
  cnki: { zh: '知网（CNKI）专利格式', en: 'CNKI patent layout' },
  titlesIpc: { zh: '公开号+标题+IPC 数据集', en: 'publication number, title and IPC data set' },
  abstractsCpc: {
    zh: '公开号+标题+摘要+CPC 数据集',
    en: 'publication number, title, abstract and CPC data set',
  },
  template: { zh: '平台模板 / 通用表头', en: 'platform template / generic headers' },
};

/** Fold full-width characters, case, spaces and bracket styles so '公开（公告）号 ' matches '公开(公告)号'. */
export function normaliseHeader(h: string): string {
  return h
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

export interface HeaderMapping {
  layout: Layout;
  /** column index → field */
  columns: Map<number, Field>;
  /** headers not used by the platform (reported, not an error) */
  ignored: string[];
}

const EXPORT61_SIGNATURE = [
  '申请号',
  '专利名称',
  '主分类号',
  '法律状态',
  '当前权利人',
  '国省代码',
  '专利转移次数',
];

export function mapHeader(header: string[]): HeaderMapping {
  const norm = header.map(normaliseHeader);
  const has = (name: string) => norm.includes(name);
  let layout: Layout = 'template';
  let aliases: Record<string, Field> = GENERIC_ALIASES;
  if (has('chdiv_summary') || (has('com') && has('sql') && has('href'))) {
    layout = 'cnki';
    aliases = LAYOUT_ALIASES.cnki;
  } else if (has('publication_number') && has('ipc_subclasses')) {
    layout = 'titlesIpc';
    aliases = LAYOUT_ALIASES.titlesIpc;
  } else if (has('publication_number') && has('cpc_groups')) {
    layout = 'abstractsCpc';
    aliases = LAYOUT_ALIASES.abstractsCpc;
  } else if (EXPORT61_SIGNATURE.every(has)) {
    layout = 'export61';
  }
  const english = new Map(FIELDS.map((f) => [f.toLowerCase(), f] as const));
  const columns = new Map<number, Field>();
  const taken = new Set<Field>();
  const ignored: string[] = [];
  norm.forEach((h, i) => {
    const field = aliases[h] ?? (layout === 'template' ? english.get(h) : undefined);
    if (field && !taken.has(field)) {
      columns.set(i, field);
      taken.add(field);
    } else if (header[i]?.trim()) {
      ignored.push(header[i]!.trim());
    }
  });
  return { layout, columns, ignored };
}

/** JSONL records use the English field names (any case); unknown keys are ignored. */
export function mapObjectKeys(values: Record<string, unknown>): Map<Field, unknown> {
  const english = new Map(FIELDS.map((f) => [f.toLowerCase(), f] as const));
  const out = new Map<Field, unknown>();
  for (const [k, v] of Object.entries(values)) {
    const f = english.get(normaliseHeader(k)) ?? GENERIC_ALIASES[normaliseHeader(k)];
    if (f && !out.has(f)) out.set(f, v);
  }
  return out;
}

/** A file must name each record (some number) and give it a title. */
export function missingRequiredColumns(mapping: HeaderMapping): { zh: string; en: string } | null {
  const fields = new Set(mapping.columns.values());
  const missing: { zh: string; en: string }[] = [];
  if (!fields.has('applicationNumber') && !fields.has('publicationNumber') && !fields.has('grantNumber')) {
    missing.push({ zh: '申请号 或 公开号', en: 'application number or publication number' });
  }
  if (!fields.has('title')) missing.push({ zh: '专利名称', en: 'title' });
  if (missing.length === 0) return null;
  return {
    zh: `缺少必需列：${missing.map((m) => m.zh).join('、')}（可下载平台模板查看表头）`,
    en: `Missing required column(s): ${missing.map((m) => m.en).join(', ')} (download the platform template for the headers)`,
  };
}
