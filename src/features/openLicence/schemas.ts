import { z } from 'zod';
import { isLocalDate } from './calendarDate';
import { CHECKLIST_ITEMS, DECLARATION_STATES, LIFECYCLE_ACTIONS } from './lifecycle';
import { MAX_AMOUNT_FEN, MAX_RATE_BP, MAX_TRIAL_MONTHS } from './paymentTerms';

/**
 * The wire shapes of the open-licence API. Request schemas validate input (400 with field paths);
 * response schemas are the OpenAPI documentation and the types the service returns.
 */

export const localDate = z
  .string()
  .refine(isLocalDate, { message: '应为有效日期 YYYY-MM-DD | Expected a valid calendar date YYYY-MM-DD' })
  .describe('Calendar date YYYY-MM-DD');

export const bilingual = z.object({ zh: z.string(), en: z.string() });

const fen = z.number().int().min(1).max(MAX_AMOUNT_FEN).describe('Integer fen (分)');
const rateBp = z.number().int().min(1).max(MAX_RATE_BP).describe('Basis points: 1 bp = 0.01%');
const royaltyBase = z.enum(['net_sales', 'profit']);
const royaltyPeriod = z.enum(['year', 'half_year', 'quarter']);

const oneTime = z.object({ mode: z.literal('one_time'), amountFen: fen }).strict();
const royalty = z
  .object({ mode: z.literal('royalty'), base: royaltyBase, rateBp, period: royaltyPeriod })
  .strict();
const entryFeePlusRoyalty = z
  .object({
    mode: z.literal('entry_fee_plus_royalty'),
    entryFeeFen: fen,
    base: royaltyBase,
    rateBp,
    period: royaltyPeriod,
  })
  .strict();
const free = z.object({ mode: z.literal('free') }).strict();
const payingTerms = z.discriminatedUnion('mode', [oneTime, royalty, entryFeePlusRoyalty]);
const tryFirst = z
  .object({
    mode: z.literal('try_first'),
    trialMonths: z.number().int().min(1).max(MAX_TRIAL_MONTHS),
    afterTrial: payingTerms,
  })
  .strict();

/** Law Art. 50(1), Regs Art. 85(1)(iii): 许可使用费支付方式、标准. */
export const paymentTermsSchema = z
  .discriminatedUnion('mode', [oneTime, royalty, entryFeePlusRoyalty, free, tryFirst])
  .describe('Payment mode and standard (Patent Law Art. 50(1); Regs Art. 85(1)(iii))');

export const termSchema = z
  .object({ startDate: localDate, endDate: localDate })
  .strict()
  .describe('Licence term, both days inclusive (Regs Art. 85(1)(iv))');

const regionCode = z.string().regex(/^\d{2}(\d{2}){0,2}$/, {
  message: '应为 GB/T 2260 行政区划代码（2、4 或 6 位）| Expected a GB/T 2260 code of 2, 4 or 6 digits',
});

export const coOwnerConsentSchema = z
  .object({
    patenteeName: z.string().trim().min(1).max(200),
    consentedOn: localDate,
    documentRef: z.string().trim().min(1).max(500).describe('Reference or text of the written consent'),
  })
  .strict();

export const declarationInputSchema = z
  .object({
    patentId: z.number().int().positive(),
    patentees: z
      .array(z.string().trim().min(1).max(200))
      .min(1)
      .max(50)
      .optional()
      .describe("Defaults to the patent's recorded patentees"),
    paymentTerms: paymentTermsSchema,
    term: termSchema,
    territory: z
      .array(regionCode)
      .max(100)
      .default([])
      .describe('GB/T 2260 codes; empty = 中华人民共和国境内'),
    field: z.string().trim().max(200).nullable().default(null),
    otherMatters: z.string().max(5000).default(''),
    contact: z.string().trim().max(500).nullable().default(null),
    coOwnerConsents: z.array(coOwnerConsentSchema).max(50).default([]),
  })
  .strict();
export type DeclarationInput = z.infer<typeof declarationInputSchema>;

export const refusalSchema = z.object({
  code: z.string(),
  article: z.string(),
  field: z.string().optional(),
  message: bilingual,
});
export const warningSchema = z.object({ code: z.string(), source: z.string(), message: bilingual });
export const checkResultSchema = z.object({
  refusals: z.array(refusalSchema),
  warnings: z.array(warningSchema),
});
export type CheckResult = z.infer<typeof checkResultSchema>;

export const patentSummarySchema = z.object({
  id: z.number().int(),
  patentNumber: z.string().nullable().describe('专利号 ZL…'),
  applicationNumber: z.string().nullable(),
  publicationNumber: z.string().nullable(),
  grantNumber: z.string().nullable(),
  patentType: z.enum(['invention', 'utility_model', 'design']),
  title: z.string(),
  filingDate: z.string().nullable(),
  grantDate: z.string().nullable(),
  expiryDate: z.string().nullable(),
  legalStatus: z.string(),
  feePaidUntil: z.string().nullable(),
  patentees: z.array(z.string()),
  mainIpc: z.string().nullable(),
  ipcCodes: z.array(z.string()),
  industryCodes: z.array(z.string()),
  seiCodes: z.array(z.string()),
  regionCode: z.string().nullable(),
});

const checklistSchema = z.partialRecord(
  z.enum(CHECKLIST_ITEMS),
  z.enum(['confirmed', 'not_applicable', 'failed']),
);
export const checklistInputSchema = z
  .object(
    Object.fromEntries(CHECKLIST_ITEMS.map((k) => [k, z.enum(['confirmed', 'not_applicable', 'failed'])])),
  )
  .partial()
  .strict();

export const transitionSchema = z.object({
  action: z.string(),
  fromState: z.string().nullable(),
  toState: z.string(),
  actorRole: z.string(),
  actorLabel: z.string(),
  at: z.string(),
  onDate: z.string(),
  reason: z.string().nullable(),
  details: z.unknown(),
});

export const declarationViewSchema = z.object({
  id: z.number().int(),
  state: z.enum(DECLARATION_STATES),
  stateLabel: bilingual,
  patent: patentSummarySchema,
  patentees: z.array(z.string()),
  paymentTerms: paymentTermsSchema,
  paymentDescription: bilingual,
  fixedFeeFen: z.number().int().nullable(),
  royaltyRateBp: z.number().int().nullable(),
  term: z.object({ startDate: z.string(), endDate: z.string() }),
  territory: z.array(z.string()),
  territoryDescription: bilingual,
  field: z.string().nullable(),
  otherMatters: z.string(),
  contact: z.string().nullable(),
  declaredByOrganisationId: z.number().int().nullable(),
  checklist: checklistSchema.nullable(),
  lastCheck: checkResultSchema.nullable(),
  lastCheckedOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
  suspendedBy: z.enum(['system', 'user']).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DeclarationView = z.infer<typeof declarationViewSchema>;

export const declarationDetailSchema = declarationViewSchema.extend({
  coOwnerConsents: z.array(coOwnerConsentSchema),
  transitions: z.array(transitionSchema),
  writtenWithdrawal: z.string().nullable(),
  uptakeCount: z.number().int(),
  availableActions: z.array(z.enum(LIFECYCLE_ACTIONS)).describe('Lifecycle actions the caller may take now'),
});
export type DeclarationDetail = z.infer<typeof declarationDetailSchema>;

export const licenceViewSchema = z.object({
  id: z.number().int(),
  patentId: z.number().int(),
  patentTitle: z.string(),
  patentNumber: z.string().nullable(),
  kind: z.enum(['exclusive', 'sole', 'ordinary', 'open']),
  kindLabel: bilingual,
  licensorName: z.string(),
  licenseeName: z.string(),
  licensorOrganisationId: z.number().int().nullable(),
  licenseeOrganisationId: z.number().int().nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  territory: z.array(z.string()),
  field: z.string().nullable(),
  effectiveDate: z.string(),
  filingDeadline: z.string(),
  filingStatus: z.enum(['not_filed', 'filed', 'refused']),
  filingNumber: z.string().nullable(),
  filedOn: z.string().nullable(),
  daysToFilingDeadline: z.number().int(),
  feeDescription: z.string(),
  declarationId: z.number().int().nullable(),
  source: z.enum(['open_licence_uptake', 'recorded']),
});
export type LicenceView = z.infer<typeof licenceViewSchema>;

export const paymentViewSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['upfront', 'royalty']),
  paidOn: z.string(),
  amountFen: z.number().int(),
  reportedBaseFen: z.number().int().nullable(),
  periodLabel: z.string().nullable(),
  reference: z.string().nullable(),
});

export const uptakeViewSchema = z.object({
  id: z.number().int(),
  declarationId: z.number().int(),
  patentId: z.number().int(),
  patentTitle: z.string(),
  licenseeName: z.string(),
  licenseeOrganisationId: z.number().int().nullable(),
  noticeDate: z.string(),
  writtenNotice: z.string(),
  paymentTerms: paymentTermsSchema,
  paymentDescription: bilingual,
  status: z.enum(['awaiting_payment', 'trial', 'in_force', 'payment_overdue']),
  upfrontFen: z.number().int(),
  outstandingFen: z.number().int(),
  dueBy: z.string().nullable(),
  trialEnds: z.string().nullable(),
  effectiveDate: z.string().nullable(),
  payments: z.array(paymentViewSchema),
  licence: licenceViewSchema.nullable(),
});
export type UptakeView = z.infer<typeof uptakeViewSchema>;

export const page = <T extends z.ZodType>(item: T) =>
  z.object({
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    items: z.array(item),
  });

export const paging = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};
