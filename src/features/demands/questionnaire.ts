import { z } from 'zod';
import type { Bilingual } from '../../platform/http/problem';
import { isUnifiedSocialCreditCode } from '../accounts/organisation';
import { TRANSFER_MODES, type TransferMode } from '../matching/signals';

/**
 * The enterprise technology-demand questionnaire (企业专利技术需求调查问卷): its fields, their shape, and the
 * rules between them. Pure: the form, the API and the batch import all validate through {@link demandInputSchema}
 * and {@link checkReferences}. Custom messages are written '中文 | English' (the error mapper splits them).
 */

export const ENTERPRISE_SIZES = ['large', 'medium', 'small', 'micro'] as const;
export type EnterpriseSize = (typeof ENTERPRISE_SIZES)[number];

export const TIMELINES = ['within_3_months', 'within_6_months', 'within_1_year', 'over_1_year'] as const;
export type Timeline = (typeof TIMELINES)[number];

export const VISIBILITIES = ['public', 'private'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export { TRANSFER_MODES, type TransferMode };

/** Labels of closed code lists, for the API, sheets and e-mails (the web app has its own catalogues). */
export const MODE_LABEL: Record<TransferMode, Bilingual> = {
  transfer: { zh: '专利转让', en: 'Assignment' },
  exclusive_licence: { zh: '独占许可', en: 'Exclusive licence' },
  sole_licence: { zh: '排他许可', en: 'Sole licence' },
  ordinary_licence: { zh: '普通许可', en: 'Ordinary licence' },
  open_licence: { zh: '开放许可', en: 'Open licence' },
  equity: { zh: '作价入股', en: 'Equity contribution' },
  joint_development: { zh: '合作开发', en: 'Joint development' },
};

export const SIZE_LABEL: Record<EnterpriseSize, Bilingual> = {
  large: { zh: '大型', en: 'Large' },
  medium: { zh: '中型', en: 'Medium' },
  small: { zh: '小型', en: 'Small' },
  micro: { zh: '微型', en: 'Micro' },
};

export const TIMELINE_LABEL: Record<Timeline, Bilingual> = {
  within_3_months: { zh: '3个月内', en: 'Within 3 months' },
  within_6_months: { zh: '6个月内', en: 'Within 6 months' },
  within_1_year: { zh: '1年内', en: 'Within a year' },
  over_1_year: { zh: '1年以上', en: 'More than a year' },
};

/** Budgets are integer fen; a demand above 100 亿元 is a typing error, not a budget. */
export const MAX_BUDGET_FEN = 1_000_000_000_000;

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

/** Mainland mobile (11 digits from 13–19) or landline with area code ('010-12345678'), spaces and '+86' ignored. */
export function normalisePhone(raw: string): string | null {
  const s = raw
    .normalize('NFKC')
    .replace(/[\s()（）]/g, '')
    .replace(/^\+?86-?/, '');
  return MOBILE.test(s) || LANDLINE.test(s) ? s : null;
}

/** Upper-cased, spaces and full-width forms removed, so a pasted code validates as typed. */
export function normaliseCreditCode(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

const ORGANISATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/**
 * GB 11714 组织机构代码 check: eight body characters (digits 0–9, letters A–Z valued 10–35) weighted
 * 3, 7, 9, 10, 5, 8, 4, 2; the ninth is 11 − (Σ mod 11), written X for 10 and 0 for 11.
 */
export function isOrganisationCode(code: string): boolean {
  if (!/^[0-9A-Z]{8}[0-9X]$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = code.charCodeAt(i);
    sum += (c <= 57 ? c - 48 : c - 55) * ORGANISATION_CODE_WEIGHTS[i]!;
  }
  const check = 11 - (sum % 11);
  return code[8] === (check === 10 ? 'X' : check === 11 ? '0' : String(check));
}

/**
 * Why a (normalised) 统一社会信用代码 is not one, or null. GB 32100-2015: 18 characters from a 31-character
 * set without I, O, S, V, Z — 1 registration authority, 1 entity type, 6 digits of the GB/T 2260 division of
 * the registering authority, 9 characters of the GB 11714 organisation code (its own check character last),
 * and the check character over the first 17. The first failing rule is named.
 */
export function creditCodeProblem(code: string): Bilingual | null {
  if (code.length !== 18)
    return {
      zh: `统一社会信用代码应为18位，现为${code.length}位（GB 32100-2015）`,
      en: `The unified social credit code has 18 characters, not ${code.length} (GB 32100-2015)`,
    };
  const bad = [...code].find((c) => !/[0-9A-HJ-NPQRTUWXY]/.test(c));
  if (bad !== undefined)
    return {
      zh: `统一社会信用代码含不允许的字符「${bad}」：只能是数字和大写字母，不含 I、O、S、V、Z（GB 32100-2015）`,
      en: `The unified social credit code contains "${bad}": only digits and capital letters other than I, O, S, V, Z (GB 32100-2015)`,
    };
  if (!/^\d{6}$/.test(code.slice(2, 8)))
    return {
      zh: '统一社会信用代码第3–8位应为登记管理机关的行政区划码（6位数字，GB 32100-2015）',
      en: 'Characters 3–8 of the unified social credit code are the six-digit division code of the registering authority (GB 32100-2015)',
    };
  if (!isOrganisationCode(code.slice(8, 17)))
    return {
      zh: '统一社会信用代码第9–17位（组织机构代码）的校验码不正确（GB 11714）',
      en: 'Characters 9–17 of the unified social credit code (the organisation code) fail their check (GB 11714)',
    };
  if (!isUnifiedSocialCreditCode(code))
    return {
      zh: '统一社会信用代码最后一位校验码不正确（GB 32100-2015）',
      en: 'The check character (last) of the unified social credit code is wrong (GB 32100-2015)',
    };
  return null;
}

/** Empty form fields mean "not given". */
const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

const text = (max: number) => z.string().trim().max(max);
const requiredText = (max: number, zh: string, en: string) =>
  z.string().trim().min(1, `请填写${zh} | ${en} is required`).max(max);

export const demandInputSchema = z
  .object({
    enterpriseName: requiredText(200, '企业名称', 'Enterprise name'),
    creditCode: z
      .string()
      .transform(normaliseCreditCode)
      .superRefine((code, ctx) => {
        const why = creditCodeProblem(code);
        if (why) ctx.addIssue({ code: 'custom', message: `${why.zh} | ${why.en}` });
      }),
    regionCode: z.preprocess(
      blankToNull,
      z
        .string()
        .trim()
        .regex(
          /^\d{2}(\d{2}){0,2}$/,
          '地区代码应为2、4或6位数字（GB/T 2260） | Region code: 2, 4 or 6 digits (GB/T 2260)',
        )
        .nullish(),
    ),
    industryCode: z.preprocess(blankToNull, z.string().trim().max(5).nullish()),
    enterpriseSize: z.enum(ENTERPRISE_SIZES).nullish(),
    title: requiredText(120, '需求名称', 'Title'),
    problem: requiredText(4000, '需要解决的技术问题', 'Problem'),
    currentSolution: text(4000).default(''),
    targetIndicators: text(2000).default(''),
    desiredField: text(500).default(''),
    desiredIpc: z.array(z.string().trim().min(1).max(20)).max(10).default([]),
    seiCodes: z.array(z.string().trim().min(1).max(12)).max(10).default([]),
    preferredModes: z
      .array(z.enum(TRANSFER_MODES))
      .min(1, '请至少选择一种合作方式 | Choose at least one way of cooperation')
      .max(TRANSFER_MODES.length),
    budgetMinFen: z.number().int().min(0).max(MAX_BUDGET_FEN).nullish(),
    budgetMaxFen: z.number().int().min(0).max(MAX_BUDGET_FEN).nullish(),
    timeline: z.enum(TIMELINES).nullish(),
    minTrl: z.number().int().min(1).max(9).nullish(),
    contactName: requiredText(100, '联系人', 'Contact name'),
    contactPhone: z
      .string()
      .trim()
      .max(40)
      .nullish()
      .transform((v) => (v ? v : null))
      .refine(
        (v) => v === null || normalisePhone(v) !== null,
        '联系电话应为手机号或带区号的固定电话 | Phone: a mobile number or a landline with area code',
      )
      .transform((v) => (v === null ? null : normalisePhone(v))),
    contactEmail: z
      .string()
      .trim()
      .max(200)
      .nullish()
      .transform((v) => (v ? v.toLowerCase() : null))
      .refine(
        (v) => v === null || z.email().safeParse(v).success,
        '电子邮箱格式不正确 | Not an e-mail address',
      ),
    visibility: z.enum(VISIBILITIES).default('public'),
  })
  .superRefine((d, ctx) => {
    if (d.budgetMinFen != null && d.budgetMaxFen != null && d.budgetMinFen > d.budgetMaxFen)
      ctx.addIssue({
        code: 'custom',
        path: ['budgetMaxFen'],
        message: '预算上限不能低于下限 | The budget maximum is below the minimum',
      });
    if (!d.contactPhone && !d.contactEmail)
      ctx.addIssue({
        code: 'custom',
        path: ['contactPhone'],
        message: '请至少填写联系电话或电子邮箱之一 | Give a phone number or an e-mail address',
      });
    if (new Set(d.preferredModes).size !== d.preferredModes.length)
      ctx.addIssue({
        code: 'custom',
        path: ['preferredModes'],
        message: '合作方式重复 | A way of cooperation is listed twice',
      });
  });

export type DemandInputRaw = z.input<typeof demandInputSchema>;
export type DemandInput = z.output<typeof demandInputSchema>;

/** What {@link checkReferences} looks up (ReferenceCatalog fits). */
export interface QuestionnaireReference {
  regionName(code: string): string | null;
  industryCode(raw: string): string | null;
  seiName(code: string): string | null;
  normaliseIpc(code: string): string | null;
}

export interface DemandIssue {
  path: string;
  message: Bilingual;
}

/**
 * Rules that need the reference code lists. Returns the input with codes in canonical form (industry
 * 'C3841', IPC 'H01M4/13'), or the issues.
 */
export function checkReferences(
  input: DemandInput,
  ref: QuestionnaireReference,
): { ok: true; value: DemandInput } | { ok: false; issues: DemandIssue[] } {
  const issues: DemandIssue[] = [];
  let industryCode: string | null = null;
  if (input.regionCode && ref.regionName(input.regionCode) === null)
    issues.push({
      path: 'regionCode',
      message: {
        zh: `地区代码 ${input.regionCode} 不在 GB/T 2260 中`,
        en: `Region code ${input.regionCode} is not in GB/T 2260`,
      },
    });
  if (input.industryCode) {
    industryCode = ref.industryCode(input.industryCode);
    if (!industryCode)
      issues.push({
        path: 'industryCode',
        message: {
          zh: `行业代码 ${input.industryCode} 不在 GB/T 4754-2017 中`,
          en: `Industry code ${input.industryCode} is not in GB/T 4754-2017`,
        },
      });
  }
  input.seiCodes.forEach((c, i) => {
    if (ref.seiName(c) === null)
      issues.push({
        path: `seiCodes.${i}`,
        message: {
          zh: `${c} 不是战略性新兴产业分类（2018）的代码`,
          en: `${c} is not a code of the strategic emerging industries classification (2018)`,
        },
      });
  });
  const desiredIpc: string[] = [];
  input.desiredIpc.forEach((c, i) => {
    const canonical =
      ref.normaliseIpc(c) ?? (/^[A-H](\d\d([A-Z])?)?$/i.test(c.trim()) ? c.trim().toUpperCase() : null);
    if (!canonical)
      issues.push({
        path: `desiredIpc.${i}`,
        message: { zh: `${c} 不是 IPC 分类号`, en: `${c} is not an IPC symbol` },
      });
    else desiredIpc.push(canonical);
  });
  if (issues.length) return { ok: false, issues };
  return { ok: true, value: { ...input, industryCode: industryCode ?? null, desiredIpc } };
}
