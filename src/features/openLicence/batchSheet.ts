import { parseLooseDate } from '../../platform/calendarDate';
import type { Bilingual } from '../../platform/http/problem';
import { toCsv } from './csvWriter';
import type { PayingTerms, PaymentTerms, RoyaltyBase, RoyaltyPeriod } from './paymentTerms';
import type { DeclarationInput } from './schemas';

/**
 * Batch declaration from a sheet: one row per patent, in the columns of the template
 * (BATCH_COLUMNS). Pure: header and cell texts in, a declaration input or field errors out. The caller
 * resolves the patent number and runs each row through the same checks as the wizard.
 */

export type BatchField =
  | 'patentNumber'
  | 'paymentMode'
  | 'amountYuan'
  | 'royaltyBase'
  | 'ratePercent'
  | 'period'
  | 'trialMonths'
  | 'afterTrialMode'
  | 'termStart'
  | 'termEnd'
  | 'territory'
  | 'field'
  | 'otherMatters'
  | 'contact'
  | 'coOwnerConsentRef';

/** Template columns: Chinese header first, then accepted aliases. */
export const BATCH_COLUMNS: { field: BatchField; headers: string[]; example: string; note: string }[] = [
  {
    field: 'patentNumber',
    headers: ['专利号', '申请号', 'patentNumber'],
    example: 'ZL201810000000.0',
    note: '必填',
  },
  {
    field: 'paymentMode',
    headers: ['支付方式', '许可使用费支付方式', 'paymentMode'],
    example: '一次性付费',
    note: '一次性付费 / 提成支付 / 入门费附加提成 / 免费 / 先试后付',
  },
  {
    field: 'amountYuan',
    headers: ['金额（元）', '一次性费用（元）', '入门费（元）', '金额', 'amountYuan'],
    example: '50000',
    note: '一次性付费的金额或入门费，单位元，最多两位小数',
  },
  { field: 'royaltyBase', headers: ['提成基数', 'royaltyBase'], example: '', note: '净销售额 / 利润' },
  {
    field: 'ratePercent',
    headers: ['提成比例（%）', '提成比例', 'ratePercent'],
    example: '',
    note: '如 3.5 表示 3.5%',
  },
  { field: 'period', headers: ['结算周期', 'period'], example: '', note: '每年 / 每半年 / 每季度，默认每年' },
  {
    field: 'trialMonths',
    headers: ['试用期（月）', '试用期', 'trialMonths'],
    example: '',
    note: '先试后付时填写',
  },
  {
    field: 'afterTrialMode',
    headers: ['试用期后支付方式', 'afterTrialMode'],
    example: '',
    note: '先试后付时填写：一次性付费 / 提成支付 / 入门费附加提成',
  },
  {
    field: 'termStart',
    headers: ['许可期限起', '起始日期', 'termStart'],
    example: '2025-07-01',
    note: '必填',
  },
  { field: 'termEnd', headers: ['许可期限止', '终止日期', 'termEnd'], example: '2027-06-30', note: '必填' },
  {
    field: 'territory',
    headers: ['许可地域', '地域范围', 'territory'],
    example: '',
    note: '行政区划代码，多个用“、”分隔；留空为中华人民共和国境内',
  },
  { field: 'field', headers: ['实施领域', 'field'], example: '', note: '留空为不限' },
  {
    field: 'otherMatters',
    headers: ['其他事项', '其他需要明确的事项', 'otherMatters'],
    example: '',
    note: '不得含商业性宣传用语',
  },
  { field: 'contact', headers: ['联系方式', 'contact'], example: '', note: '' },
  {
    field: 'coOwnerConsentRef',
    headers: ['共有人同意书', '共有人同意书编号', 'coOwnerConsentRef'],
    example: '',
    note: '共有专利：其他共有人书面同意文件的编号',
  },
];

const MODE_WORDS: Record<string, PaymentTerms['mode']> = {
  一次性付费: 'one_time',
  一次性支付: 'one_time',
  一次性: 'one_time',
  one_time: 'one_time',
  提成支付: 'royalty',
  提成: 'royalty',
  royalty: 'royalty',
  入门费附加提成: 'entry_fee_plus_royalty',
  入门费加提成: 'entry_fee_plus_royalty',
  入门费附加提成支付: 'entry_fee_plus_royalty',
  entry_fee_plus_royalty: 'entry_fee_plus_royalty',
  免费: 'free',
  无偿: 'free',
  free: 'free',
  先试后付: 'try_first',
  try_first: 'try_first',
};
const BASE_WORDS: Record<string, RoyaltyBase> = {
  净销售额: 'net_sales',
  销售额: 'net_sales',
  net_sales: 'net_sales',
  利润: 'profit',
  利润额: 'profit',
  净利润: 'profit',
  profit: 'profit',
};
const PERIOD_WORDS: Record<string, RoyaltyPeriod> = {
  每年: 'year',
  年: 'year',
  year: 'year',
  每半年: 'half_year',
  半年: 'half_year',
  half_year: 'half_year',
  每季度: 'quarter',
  季度: 'quarter',
  quarter: 'quarter',
};

function headerKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** Column index of each field, from the sheet's header row; unknown columns are ignored. */
export function mapBatchHeader(header: readonly string[]): {
  columns: Partial<Record<BatchField, number>>;
  missing: BatchField[];
} {
  const columns: Partial<Record<BatchField, number>> = {};
  header.forEach((h, i) => {
    const key = headerKey(h);
    const col = BATCH_COLUMNS.find((c) => c.headers.some((alias) => headerKey(alias) === key));
    if (col && columns[col.field] === undefined) columns[col.field] = i;
  });
  const required: BatchField[] = ['patentNumber', 'paymentMode', 'termStart', 'termEnd'];
  return { columns, missing: required.filter((f) => columns[f] === undefined) };
}

export interface BatchRowError {
  field: BatchField;
  message: Bilingual;
}

export type ParsedBatchRow =
  | {
      ok: true;
      patentNumber: string;
      input: Omit<DeclarationInput, 'patentId' | 'coOwnerConsents'>;
      coOwnerConsentRef: string | null;
    }
  | { ok: false; patentNumber: string; errors: BatchRowError[] };

/** Yuan with at most two decimals → fen, exactly (no float). */
export function yuanToFen(text: string): number | null {
  const t = text.normalize('NFKC').replace(/[,，\s元]/g, '');
  const m = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** A percentage with at most two decimals → basis points, exactly. */
export function percentToBp(text: string): number | null {
  const t = text.normalize('NFKC').replace(/[%％\s]/g, '');
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

export function parseBatchRow(
  cells: readonly string[],
  columns: Partial<Record<BatchField, number>>,
): ParsedBatchRow {
  const get = (f: BatchField) => {
    const i = columns[f];
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const errors: BatchRowError[] = [];
  const err = (field: BatchField, zh: string, en: string) => errors.push({ field, message: { zh, en } });
  const patentNumber = get('patentNumber');
  if (!patentNumber) err('patentNumber', '专利号必填', 'Patent number is required');

  const word = <T>(f: BatchField, table: Record<string, T>, fallback?: T): T | null => {
    const raw = get(f);
    if (!raw) return fallback ?? null;
    return table[raw.normalize('NFKC').replace(/\s+/g, '')] ?? table[raw.toLowerCase()] ?? null;
  };

  const paying = (mode: PaymentTerms['mode'] | null, modeField: BatchField): PayingTerms | null => {
    const amountFen = yuanToFen(get('amountYuan'));
    const rateBp = percentToBp(get('ratePercent'));
    const base = word('royaltyBase', BASE_WORDS);
    const period = word('period', PERIOD_WORDS, 'year' as RoyaltyPeriod);
    const needAmount = () => {
      if (amountFen === null || amountFen <= 0) {
        err(
          'amountYuan',
          '金额应为大于 0 的数字（元，最多两位小数）',
          'Amount must be a positive number of yuan',
        );
        return false;
      }
      return true;
    };
    const needRoyalty = () => {
      let ok = true;
      if (rateBp === null || rateBp <= 0 || rateBp > 10_000) {
        err(
          'ratePercent',
          '提成比例应为 0–100 之间的数字',
          'Royalty rate must be a percentage between 0 and 100',
        );
        ok = false;
      }
      if (base === null) {
        err('royaltyBase', '提成基数应为“净销售额”或“利润”', 'Royalty base must be 净销售额 or 利润');
        ok = false;
      }
      if (period === null) {
        err('period', '结算周期应为每年、每半年或每季度', 'Period must be 每年, 每半年 or 每季度');
        ok = false;
      }
      return ok;
    };
    switch (mode) {
      case 'one_time':
        return needAmount() ? { mode: 'one_time', amountFen: amountFen! } : null;
      case 'royalty':
        return needRoyalty() ? { mode: 'royalty', base: base!, rateBp: rateBp!, period: period! } : null;
      case 'entry_fee_plus_royalty': {
        const a = needAmount();
        const r = needRoyalty();
        return a && r
          ? {
              mode: 'entry_fee_plus_royalty',
              entryFeeFen: amountFen!,
              base: base!,
              rateBp: rateBp!,
              period: period!,
            }
          : null;
      }
      default:
        err(
          modeField,
          '支付方式应为一次性付费、提成支付或入门费附加提成',
          'Payment mode must be one-time, royalty, or entry fee plus royalty',
        );
        return null;
    }
  };

  let paymentTerms: PaymentTerms | null = null;
  const mode = word('paymentMode', MODE_WORDS);
  if (mode === null)
    err(
      'paymentMode',
      '支付方式应为一次性付费、提成支付、入门费附加提成、免费或先试后付',
      'Unknown payment mode',
    );
  else if (mode === 'free') paymentTerms = { mode: 'free' };
  else if (mode === 'try_first') {
    const months = Number(get('trialMonths'));
    if (!Number.isInteger(months) || months < 1 || months > 60)
      err('trialMonths', '试用期应为 1–60 的整数（月）', 'Trial period must be 1–60 months');
    const after = paying(word('afterTrialMode', MODE_WORDS), 'afterTrialMode');
    if (after && errors.length === 0)
      paymentTerms = { mode: 'try_first', trialMonths: months, afterTrial: after };
  } else paymentTerms = paying(mode, 'paymentMode');

  const startDate = parseLooseDate(get('termStart'));
  const endDate = parseLooseDate(get('termEnd'));
  if (!startDate) err('termStart', '许可期限起始日期无效或缺失', 'Term start missing or not a date');
  if (!endDate) err('termEnd', '许可期限终止日期无效或缺失', 'Term end missing or not a date');

  const territory = get('territory')
    .split(/[、,，;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const code of territory)
    if (!/^\d{2}(\d{2}){0,2}$/.test(code))
      err('territory', `地域代码 ${code} 无效`, `Region code ${code} is invalid`);

  if (errors.length > 0 || !paymentTerms || !startDate || !endDate)
    return { ok: false, patentNumber, errors };
  return {
    ok: true,
    patentNumber,
    input: {
      paymentTerms,
      term: { startDate, endDate },
      territory,
      field: get('field') || null,
      otherMatters: get('otherMatters'),
      contact: get('contact') || null,
    },
    coOwnerConsentRef: get('coOwnerConsentRef') || null,
  };
}

/** The template: the header row and one example row. */
export function batchTemplateCsv(): string {
  return toCsv([BATCH_COLUMNS.map((c) => c.headers[0]!), BATCH_COLUMNS.map((c) => c.example)]);
}
