import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import fastifyMultipart from '@fastify/multipart';
import { z } from 'zod';
import type { HttpServer } from '../../platform/http/httpServer';
import { problem } from '../../platform/http/problem';
import { importDemandSheet, MAX_IMPORT_ROWS } from './importService';
import { SHEET_COLUMNS, sheetTemplateCsv } from './importSheet';
import { CLOSED_REASON_LABEL, CLOSED_REASONS, DEMAND_STATE_LABEL, DEMAND_STATES } from './lifecycle';
import {
  demandInputSchema,
  ENTERPRISE_SIZES,
  MODE_LABEL,
  SIZE_LABEL,
  TIMELINE_LABEL,
  TIMELINES,
  TRANSFER_MODES,
  VISIBILITIES,
} from './questionnaire';
import {
  approvalSchema,
  bilingual,
  demandDetailSchema,
  demandViewSchema,
  importReportSchema,
  multi,
  page,
  paging,
} from './schemas';
import {
  approveOrganisation,
  createDemand,
  type DemandsDeps,
  getDemandDetail,
  listApprovals,
  listDemands,
  revokeOrganisation,
  transitionDemand,
  updateDemand,
} from './service';

const tags = ['demands'];
/** OpenAPI: a session cookie or a bearer token. */
const security: Array<Record<string, string[]>> = [{ session: [] }, { bearer: [] }];
const idParams = z.object({ id: z.coerce.number().int().positive() });
const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

const requestInfo = (r: { ip: string; id: string }) => ({ ip: r.ip, id: r.id });

const listQuery = z.object({
  ...paging,
  scope: z
    .enum(['visible', 'mine'])
    .default('visible')
    .describe("'mine': my enterprise's demands; 'visible': every demand I may read"),
  state: multi(z.enum(DEMAND_STATES)),
  mode: multi(z.enum(TRANSFER_MODES)),
  regionCode: z
    .string()
    .trim()
    .regex(/^\d{2}(\d{2}){0,2}$/)
    .optional()
    .describe('GB/T 2260 prefix'),
  industryCode: z.string().trim().max(5).optional().describe('GB/T 4754-2017 prefix, e.g. C38'),
  visibility: z.enum(VISIBILITIES).optional(),
  q: z.string().trim().max(100).optional().describe('Words in the title, problem or enterprise name'),
});

const transitionBody = z
  .object({
    to: z.enum(DEMAND_STATES),
    reasonCode: z.enum(CLOSED_REASONS).nullish().describe('Required when closing'),
    note: z.string().trim().max(500).nullish(),
  })
  .strict();

export async function demandsRoutes(app: HttpServer, deps: DemandsDeps): Promise<void> {
  if (!app.hasRequestDecorator('isMultipart'))
    await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } });

  app.get(
    '/demands/vocabulary',
    {
      schema: {
        tags,
        summary: '问卷选项 The questionnaire’s closed code lists with labels (for forms)',
        response: {
          200: z.object({
            modes: z.array(z.object({ code: z.enum(TRANSFER_MODES), label: bilingual })),
            sizes: z.array(z.object({ code: z.enum(ENTERPRISE_SIZES), label: bilingual })),
            timelines: z.array(z.object({ code: z.enum(TIMELINES), label: bilingual })),
            states: z.array(z.object({ code: z.enum(DEMAND_STATES), label: bilingual })),
            closedReasons: z.array(z.object({ code: z.enum(CLOSED_REASONS), label: bilingual })),
            sheetColumns: z.array(
              z.object({ field: z.string(), headers: z.array(z.string()), note: z.string() }),
            ),
          }),
        },
      },
    },
    async () => ({
      modes: TRANSFER_MODES.map((code) => ({ code, label: MODE_LABEL[code] })),
      sizes: ENTERPRISE_SIZES.map((code) => ({ code, label: SIZE_LABEL[code] })),
      timelines: TIMELINES.map((code) => ({ code, label: TIMELINE_LABEL[code] })),
      states: DEMAND_STATES.map((code) => ({ code, label: DEMAND_STATE_LABEL[code] })),
      closedReasons: CLOSED_REASONS.map((code) => ({ code, label: CLOSED_REASON_LABEL[code] })),
      sheetColumns: SHEET_COLUMNS.map(({ field, headers, note }) => ({ field, headers, note })),
    }),
  );

  app.post(
    '/demands',
    {
      schema: {
        tags,
        summary: '发布技术需求 File a technology demand (enterprise users, for their own enterprise)',
        security,
        body: demandInputSchema,
        response: { 201: demandViewSchema },
      },
    },
    async (request, reply) => {
      const view = await createDemand(deps, request.actor, requestInfo(request), request.body);
      return reply.code(201).send(view);
    },
  );

  app.get(
    '/demands',
    {
      schema: {
        tags,
        summary:
          '技术需求列表 Demands I may read (public ones, my own, those I was approved for), newest first',
        querystring: listQuery,
        response: { 200: page(demandViewSchema) },
      },
    },
    async (request) => {
      const q = request.query;
      return listDemands(
        deps,
        request.actor,
        {
          mine: q.scope === 'mine',
          states: q.state,
          modes: q.mode,
          regionCode: q.regionCode,
          industryCode: q.industryCode,
          visibility: q.visibility,
          q: q.q,
        },
        { page: q.page, pageSize: q.pageSize },
      );
    },
  );

  app.get(
    '/demands/import-template.csv',
    { schema: { tags, summary: '批量导入模板 The CSV template for the batch import' } },
    async (_request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="demands-template.csv"')
        .send(sheetTemplateCsv()),
  );

  app.post(
    '/demands/import',
    {
      schema: {
        tags,
        summary: `批量导入 Batch import from a CSV/XLSX sheet (multipart field "file", ≤ ${MAX_IMPORT_ROWS} rows)`,
        description:
          'All or nothing: every row is checked with the form’s rules; rows are written only when none is refused. ' +
          'A row imported before (same enterprise, credit code and title) is updated when its content changed and ' +
          'left alone otherwise, so re-running a sheet changes nothing. `dryRun=true` checks without writing. ' +
          'An enterprise imports its own demands (demand.create); a service organisation or the IP administration ' +
          'imports the enterprise survey for enterprises without an account (demand.importForOthers): each row names ' +
          'the enterprise and its credit code, the demands have no owner organisation, private ones are seen by ' +
          'service organisations and the administration only, and a credit code registered on the platform is refused.',
        security,
        consumes: ['multipart/form-data'],
        querystring: z.object({ dryRun: z.enum(['true', 'false']).default('false') }),
        response: { 200: importReportSchema },
      },
    },
    async (request) => {
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
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-demands-'));
      const target = path.join(dir, 'upload');
      try {
        await pipeline(file.file, fs.createWriteStream(target));
        if (file.file.truncated)
          throw problem.tooLarge({ zh: '文件超过 10 MB', en: 'The file exceeds 10 MB' });
        return await importDemandSheet(deps, request.actor, requestInfo(request), target, file.filename, {
          dryRun: request.query.dryRun === 'true',
        });
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  app.get(
    '/demands/:id',
    {
      schema: {
        tags,
        summary:
          '需求详情 A demand with its history (private: owner, administration, approved organisations)',
        params: idParams,
        response: { 200: demandDetailSchema },
      },
    },
    async (request) => getDemandDetail(deps, request.actor, request.params.id),
  );

  app.put(
    '/demands/:id',
    {
      schema: {
        tags,
        summary: '修改技术需求 Replace the questionnaire of an own demand (not once closed)',
        security,
        params: idParams,
        body: demandInputSchema,
        response: { 200: demandViewSchema },
      },
    },
    async (request) =>
      updateDemand(deps, request.actor, requestInfo(request), request.params.id, request.body),
  );

  app.post(
    '/demands/:id/transitions',
    {
      schema: {
        tags,
        summary: '变更状态 Move a demand: open → matched → negotiating → closed (closing needs a reason)',
        description:
          'Allowed moves: open → matched | negotiating | closed; matched → open | negotiating | closed; ' +
          'negotiating → matched | closed; closed is final. The platform itself moves an open demand to matched ' +
          'when its owner marks a match relevant.',
        security,
        params: idParams,
        body: transitionBody,
        response: { 200: demandDetailSchema },
      },
    },
    async (request) =>
      transitionDemand(deps, request.actor, requestInfo(request), request.params.id, request.body),
  );

  app.get(
    '/demands/:id/approvals',
    {
      schema: {
        tags,
        summary: '授权名单 Organisations approved to see this (private) demand — owner and administration',
        security,
        params: idParams,
        response: { 200: z.array(approvalSchema) },
      },
    },
    async (request) => listApprovals(deps, request.actor, request.params.id),
  );

  app.post(
    '/demands/:id/approvals',
    {
      schema: {
        tags,
        summary: '授权查看 Let an organisation (a matched party) see this private demand',
        security,
        params: idParams,
        body: z.object({ organisationId: z.number().int().positive() }).strict(),
        response: { 200: z.array(approvalSchema) },
      },
    },
    async (request) =>
      approveOrganisation(
        deps,
        request.actor,
        requestInfo(request),
        request.params.id,
        request.body.organisationId,
      ),
  );

  app.delete(
    '/demands/:id/approvals/:organisationId',
    {
      schema: {
        tags,
        summary: '撤销授权 Withdraw an organisation’s approval',
        security,
        params: z.object({
          id: z.coerce.number().int().positive(),
          organisationId: z.coerce.number().int().positive(),
        }),
        response: { 200: z.array(approvalSchema) },
      },
    },
    async (request) =>
      revokeOrganisation(
        deps,
        request.actor,
        requestInfo(request),
        request.params.id,
        request.params.organisationId,
      ),
  );
}
