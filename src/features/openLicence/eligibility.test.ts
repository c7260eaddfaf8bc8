import { describe, expect, it } from 'vitest';
import { ARTICLES } from './articles';
import {
  checkDeclaration,
  DEFAULT_ELIGIBILITY_RULES,
  type DeclarationTerms,
  type PatentFacts,
  type RefusalCode,
} from './eligibility';
import { FEE_CAP_LABEL, type PaymentTerms } from './paymentTerms';

const TODAY = '2025-06-15';

function facts(over: Partial<PatentFacts> = {}): PatentFacts {
  return {
    patentType: 'invention',
    legalStatus: 'in_force',
    grantDate: '2020-03-10',
    expiryDate: '2038-05-20',
    feePaidUntil: '2026-05-20',
    patentees: ['华中科技大学'],
    licences: [],
    suspensions: [],
    pledges: [],
    evaluationReport: null,
    otherActiveDeclaration: false,
    ...over,
  };
}

function declaration(over: Partial<DeclarationTerms> = {}): DeclarationTerms {
  return {
    patentees: ['华中科技大学'],
    consentedPatentees: ['华中科技大学'],
    paymentTerms: { mode: 'one_time', amountFen: 5_000_000 },
    term: { startDate: '2025-07-01', endDate: '2027-06-30' },
    scope: { territory: [], field: null },
    otherMatters: '许可方提供技术资料并给予必要的技术指导。',
    ...over,
  };
}

const exclusive = (
  startDate: string,
  endDate: string | null,
  territory: string[] = [],
  field: string | null = null,
) => ({
  kind: 'exclusive' as const,
  startDate,
  endDate,
  scope: { territory, field },
});

interface Row {
  name: string;
  facts?: Partial<PatentFacts>;
  declaration?: Partial<DeclarationTerms>;
  today?: string;
  minimumTermMonths?: number | null;
  expect: RefusalCode[];
}

const rows: Row[] = [
  { name: 'baseline: a granted, paid, unencumbered invention is accepted', expect: [] },
  // Regs Art. 85(1): only after grant.
  {
    name: 'Regs 85(1): pending application is refused',
    facts: { legalStatus: 'pending', grantDate: null },
    expect: ['NOT_GRANTED'],
  },
  {
    name: 'Regs 85(1): grant announced tomorrow is refused',
    facts: { grantDate: '2025-06-16' },
    expect: ['NOT_GRANTED'],
  },
  { name: 'Regs 85(1): grant announced today is accepted', facts: { grantDate: TODAY }, expect: [] },
  // Validity.
  { name: 'Law 44: lapsed patent is refused', facts: { legalStatus: 'lapsed' }, expect: ['PATENT_LAPSED'] },
  {
    name: 'Law 42: expired status is refused',
    facts: { legalStatus: 'expired' },
    expect: ['PATENT_EXPIRED'],
  },
  {
    name: 'Law 42: expiry date yesterday is refused even if the status was not updated',
    facts: { expiryDate: '2025-06-14' },
    declaration: { term: { startDate: '2024-06-01', endDate: '2025-06-14' } },
    expect: ['PATENT_EXPIRED', 'TERM_ENDED'],
  },
  {
    name: 'Law 42: the expiry day itself is still in force',
    facts: { expiryDate: TODAY },
    declaration: { term: { startDate: '2024-06-15', endDate: TODAY } },
    expect: [],
  },
  {
    name: 'Law 47: invalidated patent is refused',
    facts: { legalStatus: 'invalidated' },
    expect: ['PATENT_INVALIDATED'],
  },
  {
    name: 'Regs 86(v): abandoned patent is refused',
    facts: { legalStatus: 'abandoned' },
    expect: ['PATENT_NOT_IN_FORCE'],
  },
  {
    name: 'Regs 86(v): unknown legal status is refused',
    facts: { legalStatus: 'unknown' },
    expect: ['PATENT_NOT_IN_FORCE'],
  },
  // Term: at least one year [T, configurable], not past expiry (Civil Code 865).
  {
    name: 'term: exactly one year (07-01 … next 06-30) is accepted',
    declaration: { term: { startDate: '2025-07-01', endDate: '2026-06-30' } },
    expect: [],
  },
  {
    name: 'term: one day short of a year is refused',
    declaration: { term: { startDate: '2025-07-01', endDate: '2026-06-29' } },
    expect: ['TERM_TOO_SHORT'],
  },
  {
    name: 'term: from 29 February, one year runs to 27 February (anniversary clamps to the 28th)',
    today: '2024-01-10',
    declaration: { term: { startDate: '2024-02-29', endDate: '2025-02-27' } },
    expect: [],
  },
  {
    name: 'term: from 29 February, ending 26 February is short',
    today: '2024-01-10',
    declaration: { term: { startDate: '2024-02-29', endDate: '2025-02-26' } },
    expect: ['TERM_TOO_SHORT'],
  },
  {
    name: 'term: minimum switched off accepts a six-month term',
    minimumTermMonths: null,
    declaration: { term: { startDate: '2025-07-01', endDate: '2025-12-31' } },
    expect: [],
  },
  {
    name: 'term: a 24-month minimum refuses a 23-month term',
    minimumTermMonths: 24,
    declaration: { term: { startDate: '2025-07-01', endDate: '2027-05-31' } },
    expect: ['TERM_TOO_SHORT'],
  },
  {
    name: 'Civil Code 865: term ending on the expiry day is accepted',
    declaration: { term: { startDate: '2025-07-01', endDate: '2038-05-20' } },
    expect: [],
  },
  {
    name: 'Civil Code 865: term ending the day after expiry is refused',
    declaration: { term: { startDate: '2025-07-01', endDate: '2038-05-21' } },
    expect: ['TERM_PAST_EXPIRY'],
  },
  {
    name: 'Regs 85(1)(iv): term ending before it starts is refused',
    declaration: { term: { startDate: '2025-07-01', endDate: '2025-06-30' } },
    expect: ['TERM_INVALID'],
  },
  {
    name: 'Regs 85(1)(iv): a term already over is refused',
    declaration: { term: { startDate: '2023-01-01', endDate: '2024-12-31' } },
    expect: ['TERM_ENDED'],
  },
  // Regs Art. 86(iii) and Art. 115: annual fee.
  { name: 'Regs 86(iii): fee paid until today is accepted', facts: { feePaidUntil: TODAY }, expect: [] },
  {
    name: 'Regs 86(iii)+115: fee paid until yesterday is in the grace period and refused',
    facts: { feePaidUntil: '2025-06-14' },
    expect: ['ANNUAL_FEE_IN_GRACE_PERIOD'],
  },
  {
    name: 'Regs 86(iii)+115: last day of the 6-month grace period is still refused as grace',
    facts: { feePaidUntil: '2024-12-15' },
    expect: ['ANNUAL_FEE_IN_GRACE_PERIOD'],
  },
  {
    name: 'Regs 86(iii): grace period over is refused as unpaid',
    facts: { feePaidUntil: '2024-12-14' },
    expect: ['ANNUAL_FEE_UNPAID'],
  },
  {
    name: 'Regs 86(iii)+115: grace from 31 August ends on 28 February (month end)',
    today: '2026-02-28',
    facts: { feePaidUntil: '2025-08-31' },
    declaration: { term: { startDate: '2026-03-01', endDate: '2027-02-28' } },
    expect: ['ANNUAL_FEE_IN_GRACE_PERIOD'],
  },
  {
    name: 'Regs 86(iii): no paid-until date on record is refused',
    facts: { feePaidUntil: null },
    expect: ['ANNUAL_FEE_STATUS_UNKNOWN'],
  },
  // Regs Art. 86(iv): pledge.
  {
    name: 'Regs 86(iv): pledged without the pledgee’s consent is refused',
    facts: {
      pledges: [{ pledgee: '某银行', registeredOn: '2024-01-05', releasedOn: null, pledgeeConsentOn: null }],
    },
    expect: ['PLEDGED_WITHOUT_CONSENT'],
  },
  {
    name: 'Regs 86(iv): pledged with the pledgee’s recorded consent is accepted',
    facts: {
      pledges: [
        { pledgee: '某银行', registeredOn: '2024-01-05', releasedOn: null, pledgeeConsentOn: '2025-06-01' },
      ],
    },
    expect: [],
  },
  {
    name: 'Regs 86(iv): pledge released today no longer binds',
    facts: {
      pledges: [{ pledgee: '某银行', registeredOn: '2024-01-05', releasedOn: TODAY, pledgeeConsentOn: null }],
    },
    expect: [],
  },
  {
    name: 'Regs 86(iv): pledge released tomorrow still binds',
    facts: {
      pledges: [
        { pledgee: '某银行', registeredOn: '2024-01-05', releasedOn: '2025-06-16', pledgeeConsentOn: null },
      ],
    },
    expect: ['PLEDGED_WITHOUT_CONSENT'],
  },
  {
    name: 'Regs 86(iv): two pledges, one without consent, is refused',
    facts: {
      pledges: [
        { pledgee: '甲银行', registeredOn: '2024-01-05', releasedOn: null, pledgeeConsentOn: '2025-01-01' },
        { pledgee: '乙银行', registeredOn: '2024-03-05', releasedOn: null, pledgeeConsentOn: null },
      ],
    },
    expect: ['PLEDGED_WITHOUT_CONSENT'],
  },
  // Regs Art. 86(i): exclusive or sole licence in force for an overlapping scope.
  {
    name: 'Regs 86(i): exclusive licence covering the term is refused',
    facts: { licences: [exclusive('2024-01-01', '2026-12-31')] },
    expect: ['EXCLUSIVE_LICENCE_IN_FORCE'],
  },
  {
    name: 'Regs 86(i): sole licence without an end is refused',
    facts: { licences: [{ ...exclusive('2024-01-01', null), kind: 'sole' }] },
    expect: ['EXCLUSIVE_LICENCE_IN_FORCE'],
  },
  {
    name: 'Regs 86(i): exclusive licence ending the day before the declared term is accepted',
    facts: { licences: [exclusive('2024-01-01', '2025-06-30')] },
    expect: [],
  },
  {
    name: 'Regs 86(i): exclusive licence ending on the first day of the declared term is refused',
    facts: { licences: [exclusive('2024-01-01', '2025-07-01')] },
    expect: ['EXCLUSIVE_LICENCE_IN_FORCE'],
  },
  {
    name: 'Regs 86(i): exclusive licence that ended yesterday is accepted',
    declaration: { term: { startDate: '2025-06-01', endDate: '2027-05-31' } },
    facts: { licences: [exclusive('2024-01-01', '2025-06-14')] },
    expect: [],
  },
  {
    name: 'Regs 86(i): exclusive licence ending today is refused',
    declaration: { term: { startDate: '2025-06-01', endDate: '2027-05-31' } },
    facts: { licences: [exclusive('2024-01-01', TODAY)] },
    expect: ['EXCLUSIVE_LICENCE_IN_FORCE'],
  },
  {
    name: 'Regs 86(i): exclusive licence for Hubei, declaration limited to Guangdong, is accepted',
    facts: { licences: [exclusive('2024-01-01', '2030-12-31', ['42'])] },
    declaration: { scope: { territory: ['44'], field: null } },
    expect: [],
  },
  {
    name: 'Regs 86(i): exclusive licence for Wuhan overlaps a nationwide declaration',
    facts: { licences: [exclusive('2024-01-01', '2030-12-31', ['4201'])] },
    expect: ['EXCLUSIVE_LICENCE_IN_FORCE'],
  },
  {
    name: 'Regs 86(i): exclusive licence in another named field is accepted',
    facts: { licences: [exclusive('2024-01-01', '2030-12-31', [], '医疗器械')] },
    declaration: { scope: { territory: [], field: '汽车电子' } },
    expect: [],
  },
  {
    name: 'Regs 86(i): an ordinary licence does not bar a declaration',
    facts: { licences: [{ ...exclusive('2024-01-01', '2030-12-31'), kind: 'ordinary' }] },
    expect: [],
  },
  // Regs Art. 86(ii), 103, 104: suspensions.
  {
    name: 'Regs 86(ii)+103: ownership-dispute suspension in force is refused',
    facts: { suspensions: [{ kind: 'ownership_dispute', startDate: '2025-05-01', endDate: null }] },
    expect: ['OWNERSHIP_DISPUTE_SUSPENSION'],
  },
  {
    name: 'Regs 86(ii)+103: suspension starting today is refused',
    facts: { suspensions: [{ kind: 'ownership_dispute', startDate: TODAY, endDate: null }] },
    expect: ['OWNERSHIP_DISPUTE_SUSPENSION'],
  },
  {
    name: 'Regs 86(ii)+103: suspension that ended yesterday is accepted',
    facts: { suspensions: [{ kind: 'ownership_dispute', startDate: '2024-05-01', endDate: '2025-06-14' }] },
    expect: [],
  },
  {
    name: 'Regs 86(ii)+104: court preservation is refused',
    facts: { suspensions: [{ kind: 'preservation', startDate: '2025-01-01', endDate: '2025-12-31' }] },
    expect: ['PRESERVATION_SUSPENSION'],
  },
  // Patentees and co-owners (Regs 85(1)(ii), Law 14).
  {
    name: 'Law 14: co-owner’s consent missing is refused',
    facts: { patentees: ['华中科技大学', '武汉某科技有限公司'] },
    declaration: { patentees: ['华中科技大学', '武汉某科技有限公司'], consentedPatentees: ['华中科技大学'] },
    expect: ['CO_OWNER_CONSENT_MISSING'],
  },
  {
    name: 'Law 14: all co-owners consented is accepted',
    facts: { patentees: ['华中科技大学', '武汉某科技有限公司'] },
    declaration: {
      patentees: ['华中科技大学', '武汉某科技有限公司'],
      consentedPatentees: ['武汉某科技有限公司', '华中科技大学'],
    },
    expect: [],
  },
  {
    name: 'Regs 85(1)(ii): a co-owner left out of the declaration is refused',
    facts: { patentees: ['华中科技大学', '武汉某科技有限公司'] },
    declaration: { patentees: ['华中科技大学'], consentedPatentees: ['华中科技大学', '武汉某科技有限公司'] },
    expect: ['PATENTEES_INCOMPLETE'],
  },
  {
    name: 'Regs 85(1)(ii): full-width brackets and spaces match the recorded name',
    facts: { patentees: ['中国科学院(武汉)研究所'] },
    declaration: {
      patentees: ['中国科学院（武汉）研究所 '],
      consentedPatentees: ['中国科学院（武汉）研究所'],
    },
    expect: [],
  },
  {
    name: 'Regs 85(1)(ii): a name that is not a recorded patentee is refused',
    declaration: { patentees: ['华中科技大学', '某投资公司'] },
    expect: ['PATENTEE_NOT_RECORDED'],
  },
  // Law Art. 50(1): evaluation report for utility models and designs.
  {
    name: 'Law 50(1): utility model without an evaluation report is refused',
    facts: { patentType: 'utility_model', expiryDate: '2031-05-20' },
    expect: ['EVALUATION_REPORT_MISSING'],
  },
  {
    name: 'Law 50(1): utility model with an evaluation report is accepted',
    facts: {
      patentType: 'utility_model',
      expiryDate: '2031-05-20',
      evaluationReport: { reportNumber: '2025100012345', issuedOn: '2025-03-01' },
    },
    expect: [],
  },
  {
    name: 'Law 50(1): design without an evaluation report is refused',
    facts: { patentType: 'design', expiryDate: '2036-05-20' },
    expect: ['EVALUATION_REPORT_MISSING'],
  },
  // Regs Art. 85(2): no advertising wording.
  {
    name: 'Regs 85(2): "国内领先" is refused',
    declaration: { otherMatters: '本技术达到国内领先水平，欢迎实施。' },
    expect: ['ADVERTISING_WORDING'],
  },
  {
    name: 'Regs 85(2): "第一年" is a sequence, not advertising',
    declaration: { otherMatters: '第一年免收提成费，第二年起按约定结算。' },
    expect: [],
  },
  // Law Art. 50(1), Regs 85(1)(iii): payment mode and standard.
  {
    name: 'Regs 85(1)(iii): a royalty of 0 bp is not a standard',
    declaration: { paymentTerms: { mode: 'royalty', base: 'net_sales', rateBp: 0, period: 'year' } },
    expect: ['INVALID_PAYMENT_TERMS'],
  },
  {
    name: 'Regs 85(1)(iii): try-first followed by free is refused',
    declaration: {
      paymentTerms: {
        mode: 'try_first',
        trialMonths: 6,
        afterTrial: { mode: 'free' } as unknown as PaymentTerms,
      },
    } as Partial<DeclarationTerms>,
    expect: ['INVALID_PAYMENT_TERMS'],
  },
  // Platform rule.
  {
    name: 'platform: a second open declaration on the same patent is refused',
    facts: { otherActiveDeclaration: true },
    expect: ['DECLARATION_ALREADY_ACTIVE'],
  },
  {
    name: 'several bars at once are all reported',
    facts: {
      feePaidUntil: '2025-06-01',
      pledges: [{ pledgee: '某银行', registeredOn: '2024-01-05', releasedOn: null, pledgeeConsentOn: null }],
      licences: [exclusive('2024-01-01', '2026-12-31')],
    },
    expect: ['ANNUAL_FEE_IN_GRACE_PERIOD', 'EXCLUSIVE_LICENCE_IN_FORCE', 'PLEDGED_WITHOUT_CONSENT'],
  },
];

const EXPECTED_ARTICLE: Record<RefusalCode, string> = {
  NOT_GRANTED: '专利法实施细则第85条第1款',
  PATENT_LAPSED: '专利法第44条',
  PATENT_EXPIRED: '专利法第42条',
  PATENT_INVALIDATED: '专利法第47条',
  PATENT_NOT_IN_FORCE: '专利法实施细则第86条第（五）项',
  PATENTEES_INCOMPLETE: '专利法实施细则第85条第1款第（二）项',
  PATENTEE_NOT_RECORDED: '专利法实施细则第85条第1款第（二）项',
  CO_OWNER_CONSENT_MISSING: '专利法第14条（全体共有人同意）',
  INVALID_PAYMENT_TERMS: '专利法实施细则第85条第1款第（三）项',
  TERM_INVALID: '专利法实施细则第85条第1款第（四）项',
  TERM_TOO_SHORT:
    '专利开放许可试点工作方案（国知办函运字〔2022〕448号）：许可期限原则上不低于一年［实践规则，可配置］',
  TERM_PAST_EXPIRY: '民法典第865条',
  TERM_ENDED: '专利法实施细则第85条第1款第（四）项',
  EXCLUSIVE_LICENCE_IN_FORCE: '专利法实施细则第86条第（一）项',
  OWNERSHIP_DISPUTE_SUSPENSION: '专利法实施细则第86条第（二）项、第103条',
  PRESERVATION_SUSPENSION: '专利法实施细则第86条第（二）项、第104条',
  ANNUAL_FEE_STATUS_UNKNOWN: '专利法实施细则第86条第（三）项',
  ANNUAL_FEE_IN_GRACE_PERIOD: '专利法实施细则第86条第（三）项、第115条',
  ANNUAL_FEE_UNPAID: '专利法实施细则第86条第（三）项',
  PLEDGED_WITHOUT_CONSENT: '专利法实施细则第86条第（四）项',
  EVALUATION_REPORT_MISSING: '专利法第50条第1款',
  ADVERTISING_WORDING: '专利法实施细则第85条第2款',
  DECLARATION_ALREADY_ACTIVE: '平台规则：同一专利同时只保留一项未撤回的开放许可声明',
};

describe('checkDeclaration — one row per rule and article', () => {
  it.each(rows)('$name', (row) => {
    const result = checkDeclaration(facts(row.facts), declaration(row.declaration), row.today ?? TODAY, {
      ...DEFAULT_ELIGIBILITY_RULES,
      ...(row.minimumTermMonths !== undefined ? { minimumTermMonths: row.minimumTermMonths } : {}),
    });
    expect(result.refusals.map((r) => r.code).sort()).toEqual([...row.expect].sort());
    for (const r of result.refusals) {
      expect(r.article).toBe(EXPECTED_ARTICLE[r.code]);
      // Every refusal shown to a user names its article, in both languages.
      expect(r.message.zh).toContain(r.article);
      const english = Object.values(ARTICLES).find((a) => a.zh === r.article)?.en;
      expect(english).toBeDefined();
      expect(r.message.en).toContain(english);
    }
  });

  it('names the advertising word and the fee dates in the message', () => {
    const ad = checkDeclaration(facts(), declaration({ otherMatters: '业内顶级技术，唯一选择' }), TODAY);
    expect(ad.refusals[0]?.message.zh).toContain('顶级');
    expect(ad.refusals[0]?.message.zh).toContain('唯一');
    const fee = checkDeclaration(facts({ feePaidUntil: '2025-06-14' }), declaration(), TODAY);
    expect(fee.refusals[0]?.message.zh).toContain('2025-12-14');
  });
});

describe('fee caps are warnings labelled [U] 2024 通知, never refusals', () => {
  const cases: { name: string; terms: PaymentTerms; warn: string[] }[] = [
    {
      name: 'fixed fee exactly 20,000,000 yuan',
      terms: { mode: 'one_time', amountFen: 2_000_000_000 },
      warn: [],
    },
    {
      name: 'fixed fee one fen above 20,000,000 yuan',
      terms: { mode: 'one_time', amountFen: 2_000_000_001 },
      warn: ['FIXED_FEE_ABOVE_GUIDANCE'],
    },
    {
      name: 'royalty 20% of net sales',
      terms: { mode: 'royalty', base: 'net_sales', rateBp: 2000, period: 'year' },
      warn: [],
    },
    {
      name: 'royalty 20.01% of net sales',
      terms: { mode: 'royalty', base: 'net_sales', rateBp: 2001, period: 'year' },
      warn: ['NET_SALES_ROYALTY_ABOVE_GUIDANCE'],
    },
    {
      name: 'royalty 30% of profit is within 40%',
      terms: { mode: 'royalty', base: 'profit', rateBp: 3000, period: 'year' },
      warn: [],
    },
    {
      name: 'royalty 40.01% of profit',
      terms: { mode: 'royalty', base: 'profit', rateBp: 4001, period: 'quarter' },
      warn: ['PROFIT_ROYALTY_ABOVE_GUIDANCE'],
    },
    {
      name: 'entry fee and rate both above',
      terms: {
        mode: 'entry_fee_plus_royalty',
        entryFeeFen: 3_000_000_000,
        base: 'net_sales',
        rateBp: 2500,
        period: 'year',
      },
      warn: ['FIXED_FEE_ABOVE_GUIDANCE', 'NET_SALES_ROYALTY_ABOVE_GUIDANCE'],
    },
    {
      name: 'try-first looks through the trial',
      terms: {
        mode: 'try_first',
        trialMonths: 3,
        afterTrial: { mode: 'one_time', amountFen: 2_500_000_000 },
      },
      warn: ['FIXED_FEE_ABOVE_GUIDANCE'],
    },
  ];
  it.each(cases)('$name', ({ terms, warn }) => {
    const result = checkDeclaration(facts(), declaration({ paymentTerms: terms }), TODAY);
    expect(result.refusals).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual(warn);
    for (const w of result.warnings) {
      expect(w.source).toBe(FEE_CAP_LABEL);
      expect(w.message.zh).toContain('[U] 2024 通知（未核实原文）');
    }
  });
});
