import { z } from 'zod';
import { CLOSED_REASONS, DEMAND_STATES, PLATFORM_REASONS } from './lifecycle';
import { ENTERPRISE_SIZES, TIMELINES, TRANSFER_MODES, VISIBILITIES } from './questionnaire';

/** Response schemas of the demands API (the OpenAPI documents them; the web pages code against them). */
export const bilingual = z.object({ zh: z.string(), en: z.string() });

export const demandViewSchema = z.object({
  id: z.number().int(),
  organisationId: z.number().int().nullable().describe('Owner enterprise on the platform'),
  organisationName: z.string().nullable(),
  enterpriseName: z.string(),
  creditCode: z.string().describe('统一社会信用代码 (GB 32100-2015)'),
  region: z.object({ code: z.string(), name: z.string() }).nullable().describe('GB/T 2260'),
  industry: z.object({ code: z.string(), name: z.string().nullable() }).nullable().describe('GB/T 4754-2017'),
  enterpriseSize: z.enum(ENTERPRISE_SIZES).nullable(),
  enterpriseSizeLabel: bilingual.nullable(),
  title: z.string(),
  problem: z.string(),
  currentSolution: z.string(),
  targetIndicators: z.string(),
  desiredField: z.string(),
  desiredIpc: z.array(z.object({ code: z.string(), title: z.string().nullable() })),
  sei: z.array(z.object({ code: z.string(), name: z.string().nullable() })),
  preferredModes: z.array(z.object({ code: z.enum(TRANSFER_MODES), label: bilingual })),
  budgetMinFen: z.number().int().nullable().describe('Budget lower bound in fen (分)'),
  budgetMaxFen: z.number().int().nullable().describe('Budget upper bound in fen (分)'),
  timeline: z.enum(TIMELINES).nullable(),
  timelineLabel: bilingual.nullable(),
  minTrl: z.number().int().nullable(),
  contact: z
    .object({ name: z.string(), phone: z.string().nullable(), email: z.string().nullable() })
    .nullable()
    .describe('Shown to signed-in users only'),
  visibility: z.enum(VISIBILITIES),
  state: z.enum(DEMAND_STATES),
  stateLabel: bilingual,
  closedReason: z
    .object({ code: z.enum(CLOSED_REASONS), label: bilingual, note: z.string().nullable() })
    .nullable(),
  source: z.string().describe("'form' or 'import:<file name>'"),
  sourceRow: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  canEdit: z.boolean().describe('The caller may edit, move and approve (the owner enterprise)'),
  availableMoves: z.array(z.enum(DEMAND_STATES)),
  approvedOrganisationIds: z
    .array(z.number().int())
    .nullable()
    .describe('Organisations approved to see a private demand (owner and administration only)'),
});

export const demandDetailSchema = demandViewSchema.extend({
  transitions: z.array(
    z.object({
      from: z.enum(DEMAND_STATES),
      to: z.enum(DEMAND_STATES),
      reason: z
        .string()
        .nullable()
        .describe("As stored: a closing reason 'code: note', the platform's reason code, or the user's note"),
      reasonCode: z
        .enum([...CLOSED_REASONS, ...PLATFORM_REASONS])
        .nullable()
        .describe('Closing reason, or why the platform moved the demand (relevant_match)'),
      reasonLabel: bilingual.nullable(),
      note: z.string().nullable().describe('Free text given with the move'),
      at: z.string(),
      byPlatform: z.boolean().describe('Moved by the platform (a match marked relevant)'),
    }),
  ),
});

export const approvalSchema = z.object({
  organisationId: z.number().int(),
  name: z.string(),
  kind: z.string(),
  approvedAt: z.string(),
});

export const importRowSchema = z.object({
  row: z.number().int(),
  title: z.string(),
  action: z.enum(['create', 'update', 'unchanged', 'reject']),
  demandId: z.number().int().nullable(),
  errors: z.array(z.object({ field: z.string(), column: z.string().nullable(), reason: bilingual })),
});

export const importReportSchema = z.object({
  fileName: z.string(),
  format: z.string(),
  importedFor: z
    .enum(['own', 'unclaimed'])
    .describe(
      "'own': the importing enterprise's demands; 'unclaimed': imported by a service organisation or the IP administration for enterprises without an account (no owner organisation)",
    ),
  written: z.boolean().describe('False when a row was refused (nothing is written) or on a dry run'),
  dryRun: z.boolean(),
  total: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.array(z.object({ row: z.number().int(), field: z.string().nullable(), reason: bilingual })),
  rows: z.array(importRowSchema),
});

export const page = <T extends z.ZodType>(item: T) =>
  z.object({
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    items: z.array(item),
  });

export const paging = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

/** A query parameter that may be repeated (`state=open&state=matched`). */
export const multi = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) => (v === undefined || v === '' ? undefined : Array.isArray(v) ? v : [v]),
    z.array(item).max(20).optional(),
  );
