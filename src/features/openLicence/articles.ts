import type { Bilingual } from '../../platform/http/problem';

/**
 * The legal provisions the open-licence rules cite, in Chinese (as the `article` member of refusals)
 * and English. Sources and confidence tags: DOMAIN-RULES.md §1 and §4.
 *   Law   = 中华人民共和国专利法 (2020 revision) [P]
 *   Regs  = 专利法实施细则 (2023 revision) [P]
 */
export const ARTICLES = {
  /** Co-owned rights: acts beyond own use and ordinary licences need every co-owner; the pilot plan asks
   * for all patentees' consent to an open licence ([T] practice, DOMAIN-RULES §1.4/§1.5). */
  law14: { zh: '专利法第14条（全体共有人同意）', en: 'Patent Law Art. 14 (consent of all co-owners)' },
  law42: { zh: '专利法第42条', en: 'Patent Law Art. 42' },
  law44: { zh: '专利法第44条', en: 'Patent Law Art. 44' },
  law47: { zh: '专利法第47条', en: 'Patent Law Art. 47' },
  law50_1: { zh: '专利法第50条第1款', en: 'Patent Law Art. 50(1)' },
  law50_2: { zh: '专利法第50条第2款', en: 'Patent Law Art. 50(2)' },
  law51_1: { zh: '专利法第51条第1款', en: 'Patent Law Art. 51(1)' },
  law51_2: { zh: '专利法第51条第2款', en: 'Patent Law Art. 51(2)' },
  law51_3: { zh: '专利法第51条第3款', en: 'Patent Law Art. 51(3)' },
  regs15_2: { zh: '专利法实施细则第15条第2款', en: 'Implementing Regulations Art. 15(2)' },
  regs85_1: { zh: '专利法实施细则第85条第1款', en: 'Implementing Regulations Art. 85(1)' },
  regs85_1_2: { zh: '专利法实施细则第85条第1款第（二）项', en: 'Implementing Regulations Art. 85(1)(ii)' },
  regs85_1_3: { zh: '专利法实施细则第85条第1款第（三）项', en: 'Implementing Regulations Art. 85(1)(iii)' },
  regs85_1_4: { zh: '专利法实施细则第85条第1款第（四）项', en: 'Implementing Regulations Art. 85(1)(iv)' },
  regs85_2: { zh: '专利法实施细则第85条第2款', en: 'Implementing Regulations Art. 85(2)' },
  regs86_1: { zh: '专利法实施细则第86条第（一）项', en: 'Implementing Regulations Art. 86(i)' },
  regs86_2_103: {
    zh: '专利法实施细则第86条第（二）项、第103条',
    en: 'Implementing Regulations Art. 86(ii) and Art. 103',
  },
  regs86_2_104: {
    zh: '专利法实施细则第86条第（二）项、第104条',
    en: 'Implementing Regulations Art. 86(ii) and Art. 104',
  },
  regs86_3: { zh: '专利法实施细则第86条第（三）项', en: 'Implementing Regulations Art. 86(iii)' },
  regs86_3_115: {
    zh: '专利法实施细则第86条第（三）项、第115条',
    en: 'Implementing Regulations Art. 86(iii) and Art. 115',
  },
  regs86_4: { zh: '专利法实施细则第86条第（四）项', en: 'Implementing Regulations Art. 86(iv)' },
  regs86_5: { zh: '专利法实施细则第86条第（五）项', en: 'Implementing Regulations Art. 86(v)' },
  regs87: { zh: '专利法实施细则第87条', en: 'Implementing Regulations Art. 87' },
  ji25: {
    zh: '最高人民法院关于审理技术合同纠纷案件适用法律若干问题的解释第25条',
    en: "Supreme People's Court Interpretation on Technology Contract Disputes, Art. 25",
  },
  filingMeasures12_10: {
    zh: '专利实施许可合同备案办法第12条第（十）项',
    en: 'Measures for Filing Patent Licence Contracts, Art. 12(x)',
  },
  civil865: { zh: '民法典第865条', en: 'Civil Code Art. 865' },
  /** [T] practice, configurable: 试点工作方案 (国知办函运字〔2022〕448号) as summarised by secondary sources. */
  pilotMinimumTerm: {
    zh: '专利开放许可试点工作方案（国知办函运字〔2022〕448号）：许可期限原则上不低于一年［实践规则，可配置］',
    en: 'CNIPA open-licence pilot plan (2022 No. 448): term in principle at least one year [practice rule, configurable]',
  },
  platformOneDeclaration: {
    zh: '平台规则：同一专利同时只保留一项未撤回的开放许可声明',
    en: 'Platform rule: one open-licence declaration per patent at a time',
  },
} as const satisfies Record<string, Bilingual>;

export type ArticleKey = keyof typeof ARTICLES;

/** A refusal as a value: the code for programs, the article in Chinese, a message that cites it in both languages. */
export interface RuleRefusal<C extends string = string> {
  code: C;
  /** The provision, in Chinese, e.g. '专利法实施细则第86条第（一）项'. */
  article: string;
  /** The input field the refusal is about, when there is one (the wizard highlights it). */
  field?: string;
  message: Bilingual;
}

export function cite<C extends string>(
  code: C,
  article: Bilingual,
  zh: string,
  en: string,
  field?: string,
): RuleRefusal<C> {
  return {
    code,
    article: article.zh,
    ...(field ? { field } : {}),
    message: { zh: `${zh}（${article.zh}）`, en: `${en} (${article.en})` },
  };
}
