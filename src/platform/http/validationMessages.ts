import type { Bilingual } from './problem';

/** The parts of a zod issue the message needs (kept structural so any zod 4 issue fits). */
export interface IssueLike {
  code: string;
  message: string;
  path: readonly PropertyKey[];
  expected?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  origin?: unknown;
  format?: unknown;
  values?: readonly unknown[];
  keys?: readonly string[];
  input?: unknown;
}

const TYPE_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  date: '日期',
};

/**
 * A Chinese and an English message for a validation issue. Custom messages written as
 * "中文 | English" in a schema's `.refine`/`.check` are split into the two languages.
 */
export function issueMessage(issue: IssueLike): Bilingual {
  const custom = issue.message.split(' | ');
  if (issue.code === 'custom' && custom.length === 2) return { zh: custom[0]!, en: custom[1]! };
  const missing = issue.input === undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (missing) return { zh: '必填项缺失', en: 'Required' };
      return {
        zh: `应为${TYPE_ZH[String(issue.expected)] ?? String(issue.expected)}`,
        en: `Expected ${String(issue.expected)}`,
      };
    case 'too_small':
      return issue.origin === 'string'
        ? {
            zh: `长度至少为 ${String(issue.minimum)}`,
            en: `Must have at least ${String(issue.minimum)} characters`,
          }
        : issue.origin === 'array'
          ? {
              zh: `至少需要 ${String(issue.minimum)} 项`,
              en: `Must have at least ${String(issue.minimum)} items`,
            }
          : { zh: `不得小于 ${String(issue.minimum)}`, en: `Must be at least ${String(issue.minimum)}` };
    case 'too_big':
      return issue.origin === 'string'
        ? {
            zh: `长度不得超过 ${String(issue.maximum)}`,
            en: `Must have at most ${String(issue.maximum)} characters`,
          }
        : issue.origin === 'array'
          ? { zh: `最多 ${String(issue.maximum)} 项`, en: `Must have at most ${String(issue.maximum)} items` }
          : { zh: `不得大于 ${String(issue.maximum)}`, en: `Must be at most ${String(issue.maximum)}` };
    case 'invalid_format':
      return { zh: `格式不正确（${String(issue.format)}）`, en: `Invalid format (${String(issue.format)})` };
    case 'invalid_value':
      return {
        zh: `取值应为：${(issue.values ?? []).map(String).join('、')}`,
        en: `Must be one of: ${(issue.values ?? []).map(String).join(', ')}`,
      };
    case 'unrecognized_keys':
      return {
        zh: `不支持的字段：${(issue.keys ?? []).join('、')}`,
        en: `Unrecognised fields: ${(issue.keys ?? []).join(', ')}`,
      };
    default:
      return { zh: custom[0] ?? issue.message, en: custom[1] ?? issue.message };
  }
}
