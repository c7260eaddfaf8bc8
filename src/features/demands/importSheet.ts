import type { Bilingual } from '../../platform/http/problem';
import {
  type EnterpriseSize,
  MODE_LABEL,
  SIZE_LABEL,
  TIMELINE_LABEL,
  type Timeline,
  TRANSFER_MODES,
  type TransferMode,
} from './questionnaire';

/**
 * The demand questionnaire as a sheet: one demand per row, the columns of {@link SHEET_COLUMNS} (Chinese header
 * first, accepted aliases after). Pure: header and cell texts in, a raw questionnaire (validated afterwards by
 * the same schema as the form) or cell errors out. Money is in 万元 as surveys print it, converted exactly to fen.
 */
export type SheetField =
  | 'enterpriseName'
  | 'creditCode'
  | 'region'
  | 'industryCode'
  | 'enterpriseSize'
  | 'title'
  | 'problem'
  | 'currentSolution'
  | 'targetIndicators'
  | 'desiredField'
  | 'desiredIpc'
  | 'seiCodes'
  | 'preferredModes'
  | 'budgetMin'
  | 'budgetMax'
  | 'timeline'
  | 'minTrl'
  | 'contactName'
  | 'contactPhone'
  | 'contactEmail'
  | 'visibility';

export const SHEET_COLUMNS: { field: SheetField; headers: string[]; example: string; note: string }[] = [
  {
    field: 'enterpriseName',
    headers: ['企业名称', '需求企业', '单位名称', 'enterpriseName'],
    example: '郑州某新能源材料有限公司',
    note: '留空则用本企业登记的名称',
  },
  {
    field: 'creditCode',
    headers: ['统一社会信用代码', '信用代码', 'creditCode'],
    example: '91350900587527783P',
    note: '18位，留空则用本企业登记的代码',
  },
  {
    field: 'region',
    headers: ['所在地区', '地区', '行政区划代码', 'regionCode'],
    example: '4101',
    note: 'GB/T 2260 代码或名称，如 4101 或 郑州市',
  },
  {
    field: 'industryCode',
    headers: ['所属行业', '行业代码', 'industryCode'],
    example: 'C3841',
    note: 'GB/T 4754-2017 代码',
  },
  {
    field: 'enterpriseSize',
    headers: ['企业规模', 'enterpriseSize'],
    example: '小型',
    note: '大型 / 中型 / 小型 / 微型',
  },
  {
    field: 'title',
    headers: ['需求名称', '技术需求名称', 'title'],
    example: '提高锂电池正极材料能量密度',
    note: '必填，120字以内',
  },
  {
    field: 'problem',
    headers: ['需要解决的技术问题', '技术问题', '需求描述', 'problem'],
    example: '我们想把锂电池正极材料的能量密度提高10%',
    note: '必填',
  },
  {
    field: 'currentSolution',
    headers: ['现有技术方案', '现有解决方案', 'currentSolution'],
    example: '',
    note: '',
  },
  {
    field: 'targetIndicators',
    headers: ['预期技术指标', '技术指标', 'targetIndicators'],
    example: '能量密度提高10%',
    note: '',
  },
  {
    field: 'desiredField',
    headers: ['期望技术领域', '技术领域', 'desiredField'],
    example: '电化学储能',
    note: '',
  },
  {
    field: 'desiredIpc',
    headers: ['IPC分类号', '期望IPC分类', 'desiredIpc'],
    example: 'H01M',
    note: '多个用“、”或“;”分隔',
  },
  {
    field: 'seiCodes',
    headers: ['战略性新兴产业', '战略性新兴产业分类', 'seiCodes'],
    example: '',
    note: '分类代码，如 6.3；多个用“、”分隔',
  },
  {
    field: 'preferredModes',
    headers: ['合作方式', '意向合作方式', 'preferredModes'],
    example: '独占许可',
    note: '必填：专利转让 / 独占许可 / 排他许可 / 普通许可 / 开放许可 / 作价入股 / 合作开发，多个用“、”分隔',
  },
  {
    field: 'budgetMin',
    headers: ['预算下限（万元）', '预算下限', 'budgetMinWan'],
    example: '',
    note: '万元，最多四位小数',
  },
  {
    field: 'budgetMax',
    headers: ['预算上限（万元）', '预算（万元）', '预算上限', '预算', 'budgetMaxWan'],
    example: '50',
    note: '万元；也可写区间“10-50”',
  },
  {
    field: 'timeline',
    headers: ['期望完成时间', '时间要求', 'timeline'],
    example: '1年内',
    note: '3个月内 / 6个月内 / 1年内 / 1年以上',
  },
  { field: 'minTrl', headers: ['最低技术就绪度', '技术成熟度要求', 'minTrl'], example: '', note: '1–9' },
  { field: 'contactName', headers: ['联系人', 'contactName'], example: '王经理', note: '必填' },
  {
    field: 'contactPhone',
    headers: ['联系电话', '电话', 'contactPhone'],
    example: '13812345678',
    note: '电话与邮箱至少填一项',
  },
  { field: 'contactEmail', headers: ['电子邮箱', '邮箱', 'contactEmail'], example: '', note: '' },
  {
    field: 'visibility',
    headers: ['是否公开', '公开范围', 'visibility'],
    example: '公开',
    note: '公开 / 不公开（仅本企业、管理部门和经授权的匹配方可见）',
  },
];

/** Columns a sheet must have (enterprise name and code may come from the organisation's record). */
export const REQUIRED_COLUMNS: readonly SheetField[] = ['title', 'problem', 'preferredModes', 'contactName'];

function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s*＊]+/g, '')
    .toLowerCase();
}

export function mapSheetHeader(header: readonly string[]): {
  columns: Partial<Record<SheetField, number>>;
  missing: SheetField[];
} {
  const columns: Partial<Record<SheetField, number>> = {};
  header.forEach((h, i) => {
    const key = headerKey(h);
    const col = SHEET_COLUMNS.find((c) => c.headers.some((alias) => headerKey(alias) === key));
    if (col && columns[col.field] === undefined) columns[col.field] = i;
  });
  return { columns, missing: REQUIRED_COLUMNS.filter((f) => columns[f] === undefined) };
}

export function columnLabel(field: SheetField): string {
  return SHEET_COLUMNS.find((c) => c.field === field)!.headers[0]!;
}

const MODE_WORDS: Record<string, TransferMode> = {
  专利转让: 'transfer',
  转让: 'transfer',
  独占许可: 'exclusive_licence',
  独占: 'exclusive_licence',
  独占实施许可: 'exclusive_licence',
  排他许可: 'sole_licence',
  排他: 'sole_licence',
  排他实施许可: 'sole_licence',
  普通许可: 'ordinary_licence',
  普通: 'ordinary_licence',
  普通实施许可: 'ordinary_licence',
  开放许可: 'open_licence',
  作价入股: 'equity',
  作价投资: 'equity',
  入股: 'equity',
  合作开发: 'joint_development',
  联合开发: 'joint_development',
  技术合作: 'joint_development',
};
for (const m of TRANSFER_MODES) {
  MODE_WORDS[m] = m;
  MODE_WORDS[MODE_LABEL[m].en.toLowerCase()] = m;
}

const SIZE_WORDS: Record<string, EnterpriseSize> = {};
for (const [k, v] of Object.entries(SIZE_LABEL) as [EnterpriseSize, Bilingual][]) {
  SIZE_WORDS[k] = k;
  SIZE_WORDS[v.zh] = k;
  SIZE_WORDS[`${v.zh}企业`] = k;
  SIZE_WORDS[v.en.toLowerCase()] = k;
}

const TIMELINE_WORDS: Record<string, Timeline> = {
  三个月内: 'within_3_months',
  半年内: 'within_6_months',
  六个月内: 'within_6_months',
  一年内: 'within_1_year',
  '12个月内': 'within_1_year',
  一年以上: 'over_1_year',
};
for (const [k, v] of Object.entries(TIMELINE_LABEL) as [Timeline, Bilingual][]) {
  TIMELINE_WORDS[k] = k;
  TIMELINE_WORDS[v.zh] = k;
}

const VISIBILITY_WORDS: Record<string, 'public' | 'private'> = {
  公开: 'public',
  是: 'public',
  public: 'public',
  不公开: 'private',
  否: 'private',
  私密: 'private',
  非公开: 'private',
  private: 'private',
};

/** 万元 with up to four decimals → fen, exactly (1 万元 = 1,000,000 fen). */
export function wanToFen(text: string): number | null {
  const t = text.normalize('NFKC').replace(/[,，\s]|万元|万/g, '');
  const m = /^(\d{1,7})(?:\.(\d{1,4}))?$/.exec(t);
  if (!m) return null;
  return Number(m[1]) * 1_000_000 + Number((m[2] ?? '').padEnd(4, '0')) * 100;
}

export interface CellError {
  field: SheetField;
  message: Bilingual;
}

export interface ParsedSheetRow {
  /** The questionnaire as the form would send it; `regionText` still needs resolving against GB/T 2260. */
  raw: Record<string, unknown>;
  regionText: string;
  errors: CellError[];
}

const split = (s: string) =>
  s
    .split(/[、,，;；|\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);

export function parseSheetRow(
  cells: readonly string[],
  columns: Partial<Record<SheetField, number>>,
): ParsedSheetRow {
  const get = (f: SheetField) => {
    const i = columns[f];
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const errors: CellError[] = [];
  const word = <T>(f: SheetField, table: Record<string, T>, what: Bilingual): T | null => {
    const v = get(f);
    if (!v) return null;
    const hit = table[v.normalize('NFKC').replace(/\s+/g, '')] ?? table[v.toLowerCase()];
    if (hit === undefined)
      errors.push({
        field: f,
        message: { zh: `无法识别的${what.zh}「${v}」`, en: `Unknown ${what.en} "${v}"` },
      });
    return hit ?? null;
  };

  const modes: TransferMode[] = [];
  for (const w of split(get('preferredModes'))) {
    const m = MODE_WORDS[w] ?? MODE_WORDS[w.toLowerCase()];
    if (!m)
      errors.push({
        field: 'preferredModes',
        message: { zh: `无法识别的合作方式「${w}」`, en: `Unknown way of cooperation "${w}"` },
      });
    else if (!modes.includes(m)) modes.push(m);
  }

  let budgetMin: number | null = null;
  let budgetMax: number | null = null;
  const money = (f: 'budgetMin' | 'budgetMax', text: string) => {
    const fen = wanToFen(text);
    if (fen === null)
      errors.push({
        field: f,
        message: {
          zh: `预算应为万元数额，如 50 或 12.5（「${text}」）`,
          en: `Budget in 万元, e.g. 50 or 12.5 ("${text}")`,
        },
      });
    return fen;
  };
  const maxText = get('budgetMax');
  const range = /^(.+?)\s*[-–~～至到]\s*(.+)$/.exec(maxText);
  if (range && columns.budgetMin === undefined) {
    budgetMin = money('budgetMin', range[1]!);
    budgetMax = money('budgetMax', range[2]!);
  } else {
    if (get('budgetMin')) budgetMin = money('budgetMin', get('budgetMin'));
    if (maxText) budgetMax = money('budgetMax', maxText);
  }

  const trlText = get('minTrl');
  let minTrl: number | null = null;
  if (trlText) {
    minTrl = Number(trlText.normalize('NFKC').replace(/^TRL/i, ''));
    if (!Number.isInteger(minTrl) || minTrl < 1 || minTrl > 9) {
      errors.push({
        field: 'minTrl',
        message: { zh: '技术就绪度应为 1–9 的整数', en: 'TRL is an integer 1–9' },
      });
      minTrl = null;
    }
  }

  const raw: Record<string, unknown> = {
    enterpriseName: get('enterpriseName'),
    creditCode: get('creditCode'),
    industryCode: get('industryCode') || null,
    enterpriseSize: word('enterpriseSize', SIZE_WORDS, { zh: '企业规模', en: 'enterprise size' }),
    title: get('title'),
    problem: get('problem'),
    currentSolution: get('currentSolution'),
    targetIndicators: get('targetIndicators'),
    desiredField: get('desiredField'),
    desiredIpc: split(get('desiredIpc')),
    seiCodes: split(get('seiCodes')),
    preferredModes: modes,
    budgetMinFen: budgetMin,
    budgetMaxFen: budgetMax,
    timeline: word('timeline', TIMELINE_WORDS, { zh: '期望完成时间', en: 'timeline' }),
    minTrl,
    contactName: get('contactName'),
    contactPhone: get('contactPhone') || null,
    contactEmail: get('contactEmail') || null,
    visibility: word('visibility', VISIBILITY_WORDS, { zh: '公开范围', en: 'visibility' }) ?? 'public',
  };
  return { raw, regionText: get('region'), errors };
}

/** Questionnaire field → sheet column, for reporting a schema issue against the column the user filled. */
export const FIELD_COLUMN: Record<string, SheetField> = {
  enterpriseName: 'enterpriseName',
  creditCode: 'creditCode',
  regionCode: 'region',
  industryCode: 'industryCode',
  enterpriseSize: 'enterpriseSize',
  title: 'title',
  problem: 'problem',
  currentSolution: 'currentSolution',
  targetIndicators: 'targetIndicators',
  desiredField: 'desiredField',
  desiredIpc: 'desiredIpc',
  seiCodes: 'seiCodes',
  preferredModes: 'preferredModes',
  budgetMinFen: 'budgetMin',
  budgetMaxFen: 'budgetMax',
  timeline: 'timeline',
  minTrl: 'minTrl',
  contactName: 'contactName',
  contactPhone: 'contactPhone',
  contactEmail: 'contactEmail',
  visibility: 'visibility',
};

/** The template: the header row, one example row. */
export function sheetTemplateRows(): string[][] {
  return [SHEET_COLUMNS.map((c) => c.headers[0]!), SHEET_COLUMNS.map((c) => c.example)];
}

function csvCell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/** The template as CSV, with a byte-order mark so Excel opens the Chinese headers as UTF-8. */
export function sheetTemplateCsv(): string {
  return `\uFEFF${sheetTemplateRows()
    .map((r) => r.map(csvCell).join(','))
    .join('\r\n')}\r\n`;
}
