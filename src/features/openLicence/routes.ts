import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { HttpServer } from '../../platform/http/httpServer';
import { problem } from '../../platform/http/problem';
import { requireActor } from '../accounts';
import { declareFromSheet, MAX_BATCH_ROWS } from './batchService';
import { batchTemplateCsv } from './batchSheet';
import {
  addCoOwnerConsent,
  checkDraft,
  createDeclaration,
  getDeclarationDetail,
  myDeclarations,
  transitionDeclaration,
  updateDraft,
  verificationQueue,
} from './declarationService';
import { filingPackageDocx, filingPackageXlsx } from './filingDocuments';
import { DECLARATION_STATES, LIFECYCLE_ACTIONS, type LifecycleAction, TRANSITIONS } from './lifecycle';
import {
  annualFees,
  endPatentSuspension,
  feeEstimate,
  getSettings,
  listBenchmarks,
  messages,
  patentRecords,
  recordEvaluationReport,
  recordPatentSuspension,
  recordPledge,
  recordPledgeeConsent,
  releasePledge,
  saveBenchmark,
  updateSettings,
} from './patentRecordsService';
import { poolCsv, poolJsonFeed, poolRss } from './poolFeeds';
import { listPool, poolItems } from './poolService';
import * as repo from './repository';
import { reverifyDeclarations } from './reverification';
import {
  bilingual,
  checklistInputSchema,
  checkResultSchema,
  coOwnerConsentSchema,
  declarationDetailSchema,
  declarationInputSchema,
  declarationViewSchema,
  licenceViewSchema,
  localDate,
  page,
  paging,
  uptakeViewSchema,
} from './schemas';
import { type Caller, isOperator, loadPatent, type OpenLicenceDeps } from './serviceContext';
import { type OpenLicenceSettings, settingsPatchSchema } from './settings';
import {
  filingPackage,
  getUptake,
  myLicences,
  recordLicence,
  recordPayment,
  sendNotice,
  updateFiling,
} from './uptakeService';
import { declarationView } from './views';

/** OpenAPI: a session cookie or a bearer token. */
const security: Array<Record<string, string[]>> = [{ session: [] }, { bearer: [] }];
const tags = ['openLicence'];
const id = z.object({ id: z.coerce.number().int().positive() });
const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

function caller(request: FastifyRequest): Caller {
  return { actor: requireActor(request), request: { ip: request.ip, id: request.id } };
}

const DECLARATION_STATE = z.enum(DECLARATION_STATES);
const statesQuery = z
  .string()
  .optional()
  .transform((s, ctx) => {
    const states = (s ?? '').split(',').filter(Boolean);
    for (const st of states)
      if (!DECLARATION_STATE.safeParse(st).success) {
        ctx.addIssue({ code: 'custom', message: `未知状态 ${st} | Unknown state ${st}` });
        return z.NEVER;
      }
    return states as z.infer<typeof DECLARATION_STATE>[];
  });

const poolQuery = z.object({
  ...paging,
  q: z.string().trim().max(100).optional(),
  industry: z
    .string()
    .trim()
    .regex(/^[A-T](\d{2,4})?$/, {
      message: '应为 GB/T 4754 代码，如 C 或 C4021 | Expected a GB/T 4754 code such as C or C4021',
    })
    .optional(),
  ipc: z.string().trim().max(20).optional().describe('IPC prefix, e.g. H04N or G01D5'),
  sei: z
    .string()
    .trim()
    .regex(/^\d(\.\d+)*$/, { message: '应为战略性新兴产业代码 | Expected an SEI code' })
    .optional(),
  region: z
    .string()
    .trim()
    .regex(/^\d{2,6}$/, { message: '应为行政区划代码 | Expected a GB/T 2260 code' })
    .optional(),
  paymentMode: z.enum(['one_time', 'royalty', 'entry_fee_plus_royalty', 'free', 'try_first']).optional(),
  feeMinFen: z.coerce.number().int().min(0).optional(),
  feeMaxFen: z.coerce.number().int().min(0).optional(),
  maxRateBp: z.coerce.number().int().min(0).max(10_000).optional(),
  patentType: z.enum(['invention', 'utility_model', 'design']).optional(),
  institutionId: z.coerce.number().int().positive().optional(),
  institution: z.string().trim().max(100).optional(),
});
type PoolQuery = z.infer<typeof poolQuery>;

function poolFilter(q: Omit<PoolQuery, 'page' | 'pageSize'>) {
  const { ...filter } = q;
  return filter;
}

function settingsView(s: OpenLicenceSettings) {
  return {
    ...s,
    advertisingWords: s.advertisingWords.map((w) => ({
      word: w.word,
      ...(w.exceptFollowedBy ? { exceptFollowedBy: [...w.exceptFollowedBy] } : {}),
      ...(w.exceptPrecededBy ? { exceptPrecededBy: [...w.exceptPrecededBy] } : {}),
    })),
    filingReminderDays: [...s.filingReminderDays],
  };
}

function baseUrl(deps: OpenLicenceDeps, request: FastifyRequest): string {
  return deps.publicUrl ?? `${request.protocol}://${request.host}`;
}

const actionBody = {
  submit: z.object({}).strict(),
  return: z.object({ reason: z.string().trim().min(1).max(2000) }).strict(),
  verify: z.object({ checklist: checklistInputSchema, reason: z.string().max(2000).optional() }).strict(),
  publish: z.object({}).strict(),
  suspend: z.object({ reason: z.string().trim().min(1).max(2000) }).strict(),
  reinstate: z.object({ reason: z.string().trim().min(1).max(2000) }).strict(),
  withdraw: z
    .object({
      writtenWithdrawal: z
        .string()
        .max(5000)
        .describe(
          'Law Art. 50(2): the written withdrawal — its text or the reference of the signed document',
        ),
      reason: z.string().max(2000).optional(),
    })
    .strict(),
} as const;

const paymentBody = z
  .object({
    kind: z.enum(['upfront', 'royalty']),
    paidOn: localDate,
    amountFen: z.number().int().min(1),
    reportedBaseFen: z.number().int().min(0).nullable().optional(),
    periodLabel: z.string().trim().max(20).nullable().optional(),
    reference: z.string().trim().max(200).nullable().optional(),
  })
  .strict();

const licenceBody = z
  .object({
    patentId: z.number().int().positive(),
    kind: z.enum(['exclusive', 'sole', 'ordinary']),
    licenseeName: z.string().trim().min(1).max(200),
    licenseeOrganisationId: z.number().int().positive().nullable().optional(),
    startDate: localDate,
    endDate: localDate.nullable(),
    territory: z
      .array(z.string().regex(/^\d{2}(\d{2}){0,2}$/))
      .max(100)
      .default([]),
    field: z.string().trim().max(200).nullable().default(null),
    effectiveDate: localDate,
    feeDescription: z.string().trim().min(1).max(1000),
    feeAmountFen: z.number().int().min(0).nullable().optional(),
  })
  .strict();

const feeEstimateBody = z
  .object({
    patentId: z.number().int().positive().optional(),
    income: z
      .object({
        annualBaseFen: z.array(z.number().int().min(0)).min(1).max(30),
        base: z.enum(['net_sales', 'profit']),
        rateLowBp: z.number().int().min(0).max(10_000),
        rateHighBp: z.number().int().min(0).max(10_000),
      })
      .strict()
      .optional(),
    market: z
      .object({
        industrySection: z.string().regex(/^[A-T]$/),
        annualBaseFen: z.array(z.number().int().min(0)).min(1).max(30),
        base: z.enum(['net_sales', 'profit']),
      })
      .strict()
      .optional(),
    cost: z
      .object({
        developmentCostFen: z.number().int().min(0),
        maintenanceCostFen: z.number().int().min(0),
        markupBp: z.number().int().min(0).max(10_000),
        expectedLicensees: z.number().int().min(1).max(10_000),
      })
      .strict()
      .optional(),
    discountRateBp: z.number().int().min(0).max(10_000).default(800),
    remainingYears: z.number().int().min(0).max(30).optional(),
    statutoryYears: z.number().int().min(1).max(30).optional(),
  })
  .strict()
  .refine((b) => b.income || b.market || b.cost, {
    message: '至少选择一种估算方法 | Choose at least one approach (income, market or cost)',
  });

const approachSchema = z.object({
  approach: z.enum(['income', 'market', 'cost']),
  available: z.boolean(),
  lowFen: z.number().int().nullable(),
  highFen: z.number().int().nullable(),
  reasoning: z.array(bilingual),
});

const benchmarkSchema = z
  .object({
    industrySection: z.string().regex(/^[A-T]$/),
    base: z.enum(['net_sales', 'profit']),
    lowBp: z.number().int().min(0).max(10_000),
    highBp: z.number().int().min(0).max(10_000),
    source: z.string().trim().min(1).max(500),
    illustrative: z.boolean(),
  })
  .strict();

const batchRowSchema = z.object({
  row: z.number().int(),
  patentNumber: z.string(),
  status: z.enum(['submitted', 'refused', 'invalid']),
  declarationId: z.number().int().nullable(),
  refusals: z.array(z.object({ code: z.string(), article: z.string(), message: bilingual })),
  errors: z.array(z.object({ field: z.string(), message: bilingual })),
  warnings: z.array(z.object({ code: z.string(), source: z.string(), message: bilingual })),
});

const TRANSITION_TABLE = TRANSITIONS.map(
  (t) => `| ${t.action} | ${t.from.join(', ')} | ${t.to} | ${t.roles.join(', ')} |`,
).join('\n');

/**
 * The open-licence API (register under /api/v1). Public: the pool, its feeds and CSV, declaration
 * detail, the fee helper. Signed in: declaring (wizard and sheet), verification, uptake, licences,
 * filing packages, patent records. Permissions come from accounts/permissions.ts.
 */
export async function openLicenceRoutes(app: HttpServer, deps: OpenLicenceDeps): Promise<void> {
  if (!app.hasRequestDecorator('isMultipart'))
    await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } });

  // --- Public pool ------------------------------------------------------------------------------
  app.get(
    '/open-licence/pool',
    {
      schema: {
        tags,
        summary: 'The public open-licence pool (published declarations), filtered and paged',
        querystring: poolQuery,
        response: { 200: page(declarationViewSchema) },
      },
    },
    async (request) => {
      const { page: p, pageSize, ...filter } = request.query;
      return listPool(deps, poolFilter(filter), { page: p, pageSize });
    },
  );

  const feedQuery = poolQuery.omit({ page: true, pageSize: true });
  app.get(
    '/open-licence/pool.rss',
    {
      schema: {
        tags,
        summary: 'The pool as RSS 2.0 (latest 50, same filters as the pool)',
        querystring: feedQuery,
      },
    },
    async (request, reply) => {
      const items = await poolItems(deps, poolFilter(request.query), 50);
      const xml = poolRss(items, {
        baseUrl: baseUrl(deps, request),
        feedUrl: `${baseUrl(deps, request)}${request.url}`,
      });
      return reply.type('application/rss+xml; charset=utf-8').send(xml);
    },
  );

  app.get(
    '/open-licence/pool.json',
    {
      schema: {
        tags,
        summary: 'The pool as JSON Feed 1.1 (latest 50, same filters as the pool)',
        querystring: feedQuery,
      },
    },
    async (request, reply) => {
      const items = await poolItems(deps, poolFilter(request.query), 50);
      const feed = poolJsonFeed(items, {
        baseUrl: baseUrl(deps, request),
        feedUrl: `${baseUrl(deps, request)}${request.url}`,
      });
      return reply.type('application/feed+json; charset=utf-8').send(JSON.stringify(feed));
    },
  );

  app.get(
    '/open-licence/pool.csv',
    {
      schema: {
        tags,
        summary: 'CSV export of the pool with the Regs Art. 85 declaration fields (up to 10,000 rows)',
        querystring: feedQuery,
      },
    },
    async (request, reply) => {
      const items = await poolItems(deps, poolFilter(request.query), 10_000);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="open-licence-pool.csv"`)
        .send(poolCsv(items, baseUrl(deps, request)));
    },
  );

  app.get(
    '/open-licence/declarations/:id',
    {
      schema: {
        tags,
        summary: 'A declaration: public once published; drafts and checks only for the parties',
        params: id,
        response: { 200: declarationDetailSchema },
      },
    },
    async (request) => {
      const actor = request.actor?.kind === 'user' ? request.actor : null;
      return getDeclarationDetail(deps, actor, request.params.id);
    },
  );

  app.get(
    '/open-licence/patents/:id/declaration',
    {
      schema: {
        tags,
        summary: "A patent's open-licence declaration in force (published or suspended), or null; public",
        description:
          'For the patent page: the announced terms (Patent Law Art. 50, Regs Art. 85) of the declaration counted as ' +
          'in force — published, or suspended (state says so). Drafts, withdrawn and ended declarations are not ' +
          'shown here; the eligibility check and checklist are for the parties (see /open-licence/declarations/:id). ' +
          '404 for an unknown patent.',
        params: id,
        response: {
          200: z.object({ patentId: z.number().int(), declaration: declarationViewSchema.nullable() }),
        },
      },
    },
    async (request) => {
      const patent = await loadPatent(deps.db, request.params.id);
      const row = await repo.declarationInForceOn(deps.db, patent.id);
      if (!row) return { patentId: patent.id, declaration: null };
      const view = declarationView(row, patent, await repo.regionNames(deps.db, row.territory));
      return { patentId: patent.id, declaration: { ...view, checklist: null, lastCheck: null } };
    },
  );

  // --- Declaring --------------------------------------------------------------------------------
  app.post(
    '/open-licence/check',
    {
      schema: {
        tags,
        summary: 'Live eligibility check for the declaration wizard (nothing is stored)',
        security,
        body: declarationInputSchema,
        response: { 200: checkResultSchema },
      },
    },
    async (request) => checkDraft(deps, caller(request), request.body),
  );

  app.post(
    '/open-licence/declarations',
    {
      schema: {
        tags,
        summary: 'Create a declaration (draft); with ?submit=true submit it at once',
        security,
        querystring: z.object({ submit: z.enum(['true', 'false']).default('false') }),
        body: declarationInputSchema,
        response: { 201: z.object({ declaration: declarationDetailSchema, check: checkResultSchema }) },
      },
    },
    async (request, reply) => {
      const result = await createDeclaration(deps, caller(request), request.body, {
        submit: request.query.submit === 'true',
      });
      return reply.code(201).send(result);
    },
  );

  app.put(
    '/open-licence/declarations/:id',
    {
      schema: {
        tags,
        summary: 'Edit a draft declaration',
        security,
        params: id,
        body: declarationInputSchema,
        response: { 200: z.object({ declaration: declarationDetailSchema, check: checkResultSchema }) },
      },
    },
    async (request) => updateDraft(deps, caller(request), request.params.id, request.body),
  );

  app.post(
    '/open-licence/declarations/:id/consents',
    {
      schema: {
        tags,
        summary: "Record a co-owner's written consent (Patent Law Art. 14)",
        security,
        params: id,
        body: coOwnerConsentSchema,
        response: { 200: declarationDetailSchema },
      },
    },
    async (request) => addCoOwnerConsent(deps, caller(request), request.params.id, request.body),
  );

  // Every lifecycle action but the scheduled end of the term, which is the system's step and has no route.
  const userActions = LIFECYCLE_ACTIONS.filter((a): a is Exclude<LifecycleAction, 'end'> => a !== 'end');
  for (const action of userActions) {
    const rule = TRANSITIONS.find((t) => t.action === action)!;
    app.post(
      `/open-licence/declarations/:id/${action}`,
      {
        schema: {
          tags,
          summary: `Lifecycle: ${rule.label.en} (${rule.label.zh}) — from ${rule.from.join('/')} to ${rule.to}`,
          description: `Who may do what:\n\n| action | from | to | roles |\n|---|---|---|---|\n${TRANSITION_TABLE}`,
          security,
          params: id,
          body: actionBody[action],
          response: { 200: declarationDetailSchema },
        },
      },
      async (request) =>
        transitionDeclaration(deps, caller(request), request.params.id, action, request.body as never),
    );
  }

  app.get(
    '/open-licence/declarations/batch-template.csv',
    { schema: { tags, summary: 'The CSV template for batch declarations' } },
    async (_request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="open-licence-batch-template.csv"')
        .send(batchTemplateCsv()),
  );

  app.post(
    '/open-licence/declarations/batch',
    {
      schema: {
        tags,
        summary: `Batch declaration from an uploaded CSV/XLSX (multipart field "file", ≤ ${MAX_BATCH_ROWS} rows): per-row results`,
        security,
        consumes: ['multipart/form-data'],
        response: {
          200: z.object({
            batchId: z.string(),
            fileName: z.string(),
            total: z.number().int(),
            submitted: z.number().int(),
            refused: z.number().int(),
            invalid: z.number().int(),
            rows: z.array(batchRowSchema),
          }),
        },
      },
    },
    async (request) => {
      const who = caller(request);
      if (!request.isMultipart())
        throw problem.badRequest({
          zh: '请以 multipart/form-data 上传文件',
          en: 'Upload the file as multipart/form-data',
        });
      const file = await request.file();
      if (!file)
        throw problem.badRequest({ zh: '缺少文件', en: 'No file uploaded' }, [
          { path: 'body.file', message: { zh: '必填', en: 'Required' } },
        ]);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-ol-batch-'));
      const target = path.join(dir, 'upload');
      try {
        await pipeline(file.file, fs.createWriteStream(target));
        if (file.file.truncated)
          throw problem.tooLarge({ zh: '文件超过 10 MB', en: 'The file exceeds 10 MB' });
        return await declareFromSheet(deps, who, target, file.filename);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  app.get(
    '/open-licence/queue',
    {
      schema: {
        tags,
        summary: 'Verification queue for service organisations (default: submitted and verified)',
        security,
        querystring: z.object({ ...paging, states: statesQuery }),
        response: { 200: page(declarationViewSchema) },
      },
    },
    async (request) => {
      const { states, page: p, pageSize } = request.query;
      return verificationQueue(deps, caller(request), states.length ? states : ['submitted', 'verified'], {
        page: p,
        pageSize,
      });
    },
  );

  app.get(
    '/open-licence/mine',
    {
      schema: {
        tags,
        summary: "My organisation's declarations (any state unless filtered)",
        security,
        querystring: z.object({ ...paging, states: statesQuery }),
        response: { 200: page(declarationViewSchema) },
      },
    },
    async (request) => {
      const { states, page: p, pageSize } = request.query;
      return myDeclarations(deps, caller(request), states.length ? states : [...DECLARATION_STATE.options], {
        page: p,
        pageSize,
      });
    },
  );

  // --- Uptake and licences ------------------------------------------------------------------------
  app.post(
    '/open-licence/declarations/:id/uptakes',
    {
      schema: {
        tags,
        summary: 'Take the open licence: the written notice to the patentee (Patent Law Art. 51(1))',
        security,
        params: id,
        body: z
          .object({
            writtenNotice: z.string().max(5000).describe('Text or reference of the written notice'),
            noticeDate: localDate.optional(),
          })
          .strict(),
        response: { 201: uptakeViewSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await sendNotice(deps, caller(request), request.params.id, request.body)),
  );

  app.get(
    '/open-licence/uptakes/:id',
    {
      schema: {
        tags,
        summary: 'An uptake with its payments and licence',
        security,
        params: id,
        response: { 200: uptakeViewSchema },
      },
    },
    async (request) => getUptake(deps, caller(request), request.params.id),
  );

  app.post(
    '/open-licence/uptakes/:id/payments',
    {
      schema: {
        tags,
        summary:
          'Record a payment under the published terms; the licence takes effect when the up-front amount is paid',
        security,
        params: id,
        body: paymentBody,
        response: { 200: uptakeViewSchema },
      },
    },
    async (request) => recordPayment(deps, caller(request), request.params.id, request.body),
  );

  app.get(
    '/open-licence/licences',
    {
      schema: {
        tags,
        summary: "My organisation's licences (as licensor or licensee) and uptakes awaiting payment",
        security,
        querystring: z.object(paging),
        response: {
          200: page(licenceViewSchema).extend({ uptakes: z.array(uptakeViewSchema) }),
        },
      },
    },
    async (request) => myLicences(deps, caller(request), request.query),
  );

  app.post(
    '/open-licence/licences',
    {
      schema: {
        tags,
        summary:
          'Record a negotiated licence (only ordinary while an open licence is in force, Law Art. 51(3))',
        security,
        body: licenceBody,
        response: { 201: licenceViewSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await recordLicence(deps, caller(request), request.body)),
  );

  app.patch(
    '/open-licence/licences/:id/filing',
    {
      schema: {
        tags,
        summary: 'Record the filing with CNIPA (Regs Art. 15(2), 87)',
        security,
        params: id,
        body: z
          .object({
            status: z.enum(['filed', 'refused', 'not_filed']),
            filingNumber: z.string().trim().max(100).nullable().optional(),
            filedOn: localDate.nullable().optional(),
          })
          .strict(),
        response: { 200: licenceViewSchema },
      },
    },
    async (request) => updateFiling(deps, caller(request), request.params.id, request.body),
  );

  app.get(
    '/open-licence/licences/:id/filing-package.:format',
    {
      schema: {
        tags,
        summary: 'The filing package (备案 form fields, documents, deadline) as XLSX or DOCX',
        security,
        params: z.object({ id: z.coerce.number().int().positive(), format: z.enum(['xlsx', 'docx']) }),
      },
    },
    async (request, reply) => {
      const pkg = await filingPackage(deps, caller(request), request.params.id);
      const xlsx = request.params.format === 'xlsx';
      const body = xlsx ? await filingPackageXlsx(pkg) : await filingPackageDocx(pkg);
      return reply
        .type(
          xlsx
            ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
            : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        )
        .header(
          'content-disposition',
          `attachment; filename="filing-package-${pkg.licenceId}.${request.params.format}"`,
        )
        .send(body);
    },
  );

  // --- Patent records read by the rules -----------------------------------------------------------------
  app.get(
    '/open-licence/patents/:id/records',
    {
      schema: {
        tags,
        summary: 'Licences, pledges, procedure suspensions and the evaluation report of a patent',
        security,
        params: id,
        response: {
          200: z.object({
            licences: z.array(licenceViewSchema),
            pledges: z.array(
              z.object({
                id: z.number().int(),
                pledgor: z.string(),
                pledgee: z.string(),
                registrationNumber: z.string().nullable(),
                registeredOn: z.string(),
                releasedOn: z.string().nullable(),
                pledgeeConsentOn: z.string().nullable(),
                consentDocumentRef: z.string().nullable(),
              }),
            ),
            suspensions: z.array(
              z.object({
                id: z.number().int(),
                kind: z.enum(['ownership_dispute', 'preservation']),
                startDate: z.string(),
                endDate: z.string().nullable(),
                reference: z.string(),
                note: z.string().nullable(),
              }),
            ),
            evaluationReport: z
              .object({
                reportNumber: z.string(),
                issuedOn: z.string().nullable(),
                conclusion: z.string().nullable(),
              })
              .nullable(),
          }),
        },
      },
    },
    async (request) => patentRecords(deps, requireActor(request), request.params.id),
  );

  const pledgeView = z.object({
    id: z.number().int(),
    pledgee: z.string(),
    registeredOn: z.string(),
    releasedOn: z.string().nullable(),
    pledgeeConsentOn: z.string().nullable(),
  });
  app.post(
    '/open-licence/patents/:id/pledges',
    {
      schema: {
        tags,
        summary: 'Record a registered pledge (re-verifies the published declaration, Regs Art. 86(iv))',
        security,
        params: id,
        body: z
          .object({
            pledgor: z.string().trim().min(1).max(200),
            pledgee: z.string().trim().min(1).max(200),
            pledgeeOrganisationId: z.number().int().positive().nullable().optional(),
            registrationNumber: z.string().trim().max(100).nullable().optional(),
            registeredOn: localDate,
          })
          .strict(),
        response: { 201: pledgeView },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordPledge(deps, caller(request), request.params.id, request.body)),
  );

  app.post(
    '/open-licence/pledges/:id/consents',
    {
      schema: {
        tags,
        summary: "Record the pledgee's written consent to the open licence (Regs Art. 86(iv))",
        security,
        params: id,
        body: z.object({ consentedOn: localDate, documentRef: z.string().trim().min(1).max(500) }).strict(),
        response: { 200: pledgeView },
      },
    },
    async (request) => recordPledgeeConsent(deps, caller(request), request.params.id, request.body),
  );

  app.post(
    '/open-licence/pledges/:id/release',
    {
      schema: {
        tags,
        summary: 'Record the cancellation of a pledge',
        security,
        params: id,
        body: z.object({ releasedOn: localDate }).strict(),
        response: { 200: pledgeView },
      },
    },
    async (request) => releasePledge(deps, caller(request), request.params.id, request.body),
  );

  const suspensionView = z.object({
    id: z.number().int(),
    kind: z.string(),
    startDate: z.string(),
    endDate: z.string().nullable(),
    reference: z.string(),
  });
  app.post(
    '/open-licence/patents/:id/suspensions',
    {
      schema: {
        tags,
        summary:
          'Record a procedure suspension: ownership dispute (Regs Art. 103) or preservation (Art. 104)',
        security,
        params: id,
        body: z
          .object({
            kind: z.enum(['ownership_dispute', 'preservation']),
            startDate: localDate,
            endDate: localDate.nullable().optional(),
            reference: z.string().trim().min(1).max(200),
            note: z.string().max(2000).nullable().optional(),
          })
          .strict(),
        response: { 201: suspensionView },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await recordPatentSuspension(deps, caller(request), request.params.id, request.body)),
  );

  app.post(
    '/open-licence/suspensions/:id/end',
    {
      schema: {
        tags,
        summary: 'Record the end of a procedure suspension',
        security,
        params: id,
        body: z.object({ endDate: localDate }).strict(),
        response: { 200: suspensionView },
      },
    },
    async (request) => endPatentSuspension(deps, caller(request), request.params.id, request.body),
  );

  app.put(
    '/open-licence/patents/:id/evaluation-report',
    {
      schema: {
        tags,
        summary: 'Record the patent evaluation report (专利权评价报告, Law Art. 50(1), Regs Art. 62–63)',
        security,
        params: id,
        body: z
          .object({
            reportNumber: z.string().trim().min(1).max(100),
            issuedOn: localDate.nullable().optional(),
            conclusion: z.string().max(2000).nullable().optional(),
          })
          .strict(),
        response: {
          200: z.object({
            reportNumber: z.string(),
            issuedOn: z.string().nullable(),
            conclusion: z.string().nullable(),
          }),
        },
      },
    },
    async (request) => recordEvaluationReport(deps, caller(request), request.params.id, request.body),
  );

  app.get(
    '/open-licence/patents/:id/annual-fees',
    {
      schema: {
        tags,
        summary:
          'Annual-fee schedule with the open-licence reduction (Law Art. 51(2); rate configurable, default 15% [R])',
        security,
        params: id,
        response: {
          200: z.object({
            reductionBp: z.number().int(),
            reductionSource: z.string(),
            scheduleSource: z.string(),
            rows: z.array(
              z.object({
                year: z.number().int(),
                periodStart: z.string(),
                periodEnd: z.string(),
                dueDate: z.string(),
                baseFen: z.number().int(),
                reductionFen: z.number().int(),
                payableFen: z.number().int(),
                paid: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => annualFees(deps, requireActor(request), request.params.id),
  );

  // --- Fee helper, benchmarks, settings, messages, jobs ------------------------------------------------------------
  app.post(
    '/open-licence/fee-estimate',
    {
      schema: {
        tags,
        summary:
          'Fee estimation helper: income, market and cost approaches with their reasoning (not the official guideline formula)',
        body: feeEstimateBody,
        response: {
          200: z.object({
            approaches: z.array(approachSchema),
            range: z.object({ lowFen: z.number().int(), highFen: z.number().int() }).nullable(),
            disclaimer: bilingual,
          }),
        },
      },
    },
    async (request) => feeEstimate(deps, request.body),
  );

  app.get(
    '/open-licence/benchmarks',
    {
      schema: {
        tags,
        summary: 'The editable benchmark royalty table by GB/T 4754 section (ships empty)',
        response: { 200: z.array(benchmarkSchema) },
      },
    },
    async () => listBenchmarks(deps),
  );

  app.put(
    '/open-licence/benchmarks',
    {
      schema: {
        tags,
        summary:
          'Add or change a benchmark row (administrators and service organisations); its source is required',
        security,
        body: benchmarkSchema,
        response: { 200: z.array(benchmarkSchema) },
      },
    },
    async (request) => saveBenchmark(deps, caller(request), request.body),
  );

  const settingsSchema = z.object({
    minimumTermMonths: z.number().int().nullable(),
    feeCaps: z.object({
      fixedFeeFen: z.number().int(),
      netSalesRateBp: z.number().int(),
      profitRateBp: z.number().int(),
    }),
    advertisingWords: z.array(
      z.object({
        word: z.string(),
        exceptFollowedBy: z.array(z.string()).optional(),
        exceptPrecededBy: z.array(z.string()).optional(),
      }),
    ),
    annualFeeReductionBp: z.number().int(),
    reverifyIntervalMinutes: z.number().int(),
    filingReminderDays: z.array(z.number().int()),
  });
  app.get(
    '/open-licence/settings',
    {
      schema: {
        tags,
        summary: 'The configurable open-licence rules',
        security,
        response: { 200: settingsSchema },
      },
    },
    async (request) => {
      requireActor(request);
      return settingsView(await getSettings(deps));
    },
  );

  app.patch(
    '/open-licence/settings',
    {
      schema: {
        tags,
        summary: 'Change the configurable rules (platform administrators; audited)',
        security,
        body: settingsPatchSchema,
        response: { 200: settingsSchema },
      },
    },
    async (request) => settingsView(await updateSettings(deps, caller(request), request.body)),
  );

  app.get(
    '/open-licence/messages',
    {
      schema: {
        tags,
        summary: "My organisation's open-licence messages (suspensions, notices, filing reminders)",
        security,
        response: {
          200: z.array(
            z.object({
              id: z.number().int(),
              kind: z.string(),
              declarationId: z.number().int().nullable(),
              licenceId: z.number().int().nullable(),
              subject: z.string(),
              body: z.string(),
              createdAt: z.string(),
            }),
          ),
        },
      },
    },
    async (request) =>
      (await messages(deps, caller(request))).map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })),
  );

  app.post(
    '/open-licence/reverify',
    {
      schema: {
        tags,
        summary: 'Re-verify published declarations now (all, or those on the given patents)',
        security,
        body: z.object({ patentIds: z.array(z.number().int().positive()).max(10_000).optional() }).strict(),
        response: {
          200: z.object({
            checked: z.number().int(),
            suspended: z.array(z.number().int()),
            reinstated: z.array(z.number().int()),
            ended: z.array(z.number().int()),
          }),
        },
      },
    },
    async (request) => {
      const who = caller(request);
      // Re-running the eligibility rules changes nothing by itself; any operator (service organisation or the IP
      // administration) or a platform administrator may ask for it.
      if (!who.actor.isPlatformAdmin && !isOperator(who.actor))
        throw problem.forbidden({
          zh: '只有服务机构、知识产权管理部门或平台管理员可以发起复核',
          en: 'Only service organisations, the IP administration or platform administrators may re-verify',
        });
      return reverifyDeclarations(deps, request.body.patentIds);
    },
  );
}
