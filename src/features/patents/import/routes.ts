import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import fastifyMultipart from '@fastify/multipart';
import { z } from 'zod';
import type { Database } from '../../../platform/db/database';
import type { HttpServer } from '../../../platform/http/httpServer';
import { problem, requestLanguage } from '../../../platform/http/problem';
import { assertAllowed } from '../../accounts';
import type { ImportJobs } from './importJobs';
import { templateCsv, templateXlsx } from './template';

export interface ImportDeps {
  db: Database;
  jobs: ImportJobs;
  uploadDir: string;
  /** Largest accepted upload in bytes. */
  maxUploadBytes: number;
}

const runSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  format: z.string(),
  encoding: z.string().nullable(),
  layout: z.string().nullable(),
  status: z.enum(['running', 'completed', 'failed']),
  processedRows: z.number().int(),
  totalRows: z.number().int().nullable(),
  accepted: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejectedCount: z.number().int(),
  failure: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});

interface RunRow {
  id: number;
  file_name: string;
  format: string;
  encoding: string | null;
  layout: string | null;
  status: 'running' | 'completed' | 'failed';
  total_rows: number;
  accepted: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected_count: number;
  failure: { zh: string; en: string } | string | null;
  started_at: Date;
  finished_at: Date | null;
}

const RUN_COLUMNS = `id, file_name, format, encoding, layout, status, total_rows, accepted, created, updated, unchanged,
  jsonb_array_length(rejected) AS rejected_count, failure, started_at, finished_at`;

function runView(r: RunRow, lang: 'zh' | 'en') {
  const failure =
    r.failure === null
      ? null
      : typeof r.failure === 'string'
        ? parseFailure(r.failure, lang)
        : r.failure[lang];
  return {
    id: r.id,
    fileName: r.file_name,
    format: r.format,
    encoding: r.encoding,
    layout: r.layout,
    status: r.status,
    processedRows: r.total_rows,
    totalRows: r.status === 'running' ? null : r.total_rows,
    accepted: r.accepted,
    created: r.created,
    updated: r.updated,
    unchanged: r.unchanged,
    rejectedCount: r.status === 'running' ? r.total_rows - r.accepted : r.rejected_count,
    failure,
    startedAt: r.started_at.toISOString(),
    finishedAt: r.finished_at?.toISOString() ?? null,
  };
}

function parseFailure(text: string, lang: 'zh' | 'en'): string {
  try {
    const v = JSON.parse(text) as { zh?: string; en?: string };
    return v[lang] ?? text;
  } catch {
    return text;
  }
}

const csvCell = (v: string | number) => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export async function importRoutes(app: HttpServer, deps: ImportDeps): Promise<void> {
  const { db, jobs } = deps;
  fs.mkdirSync(deps.uploadDir, { recursive: true });
  await app.register(fastifyMultipart, {
    limits: { fileSize: deps.maxUploadBytes, files: 1, fields: 5, fieldSize: 1000 },
  });
  const idParams = z.object({ id: z.coerce.number().int().positive() });
  const langQuery = z.object({ lang: z.enum(['zh', 'en']).optional() });

  app.post(
    '/imports',
    {
      schema: {
        tags: ['imports'],
        summary: '上传导入文件 Upload a patent file to import (CSV, XLSX or JSONL)',
        description:
          'multipart/form-data with a `file` part and an optional `format` field (auto|csv|xlsx|jsonl). Answers 202 with the import run id at once; poll GET /imports/{id}.',
        consumes: ['multipart/form-data'],
        response: { 202: z.object({ id: z.number().int() }) },
      },
    },
    async (request, reply) => {
      // Operators import any holder's records; a patentee organisation only its own (rows checked one by one).
      const actor = request.actor;
      const operator =
        actor.kind === 'user' &&
        (actor.isPlatformAdmin ||
          actor.organisationKind === 'service_organisation' ||
          actor.organisationKind === 'government');
      assertAllowed(actor, 'catalogue.import', { scope: operator ? 'any' : 'own' });
      let restrictToHolder: string | null = null;
      if (!operator && actor.kind === 'user' && actor.organisationId !== null) {
        const org = await db.query<{ name: string }>('SELECT name FROM organisations WHERE id = $1', [
          actor.organisationId,
        ]);
        restrictToHolder = org.rows[0]?.name ?? null;
      }
      if (!request.isMultipart()) {
        throw problem.badRequest(
          { zh: '请以 multipart/form-data 上传文件', en: 'Upload the file as multipart/form-data' },
          [{ path: 'body.file', message: { zh: '缺少文件', en: 'File missing' } }],
        );
      }
      let format: 'auto' | 'csv' | 'xlsx' | 'jsonl' = 'auto';
      let saved: { file: string; name: string } | null = null;
      for await (const part of request.parts()) {
        if (part.type === 'field' && part.fieldname === 'format') {
          const v = String(part.value);
          if (!['auto', 'csv', 'xlsx', 'jsonl'].includes(v)) {
            throw problem.badRequest({ zh: '不支持的格式', en: 'Unsupported format' }, [
              {
                path: 'body.format',
                message: { zh: '应为 auto、csv、xlsx 或 jsonl', en: 'Must be auto, csv, xlsx or jsonl' },
              },
            ]);
          }
          format = v as typeof format;
        } else if (part.type === 'file' && part.fieldname === 'file') {
          const target = path.join(deps.uploadDir, `${randomUUID()}.upload`);
          await pipeline(part.file, fs.createWriteStream(target));
          if (part.file.truncated) {
            fs.rmSync(target, { force: true });
            throw problem.tooLarge({
              zh: `文件超过 ${Math.round(deps.maxUploadBytes / 1024 / 1024)} MB 上限`,
              en: `The file exceeds the ${Math.round(deps.maxUploadBytes / 1024 / 1024)} MB limit`,
            });
          }
          saved = { file: target, name: path.basename(part.filename || 'upload') };
        } else if (part.type === 'file') {
          part.file.resume();
        }
      }
      if (!saved) {
        throw problem.badRequest({ zh: '缺少上传文件', en: 'No file uploaded' }, [
          { path: 'body.file', message: { zh: '请选择要导入的文件', en: 'Choose a file to import' } },
        ]);
      }
      const source = `upload:${actor.kind === 'user' ? actor.email : 'anonymous'}:${saved.name}`;
      const id = await jobs.start(saved.file, saved.name, format, source, restrictToHolder, {
        actor,
        request: { ip: request.ip, id: request.id },
      });
      return reply.code(202).send({ id });
    },
  );

  app.get(
    '/imports',
    {
      schema: {
        tags: ['imports'],
        summary: '导入批次列表 Import runs',
        querystring: langQuery.extend({
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: {
          200: z.object({
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
            items: z.array(runSchema),
          }),
        },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const lang = requestLanguage(request);
      const [{ rows }, count] = await Promise.all([
        db.query<RunRow>(`SELECT ${RUN_COLUMNS} FROM import_runs ORDER BY id DESC LIMIT $1 OFFSET $2`, [
          pageSize,
          (page - 1) * pageSize,
        ]),
        db.query<{ n: number }>('SELECT count(*)::int AS n FROM import_runs'),
      ]);
      return { total: count.rows[0]!.n, page, pageSize, items: rows.map((r) => runView(r, lang)) };
    },
  );

  app.get(
    '/imports/template.csv',
    { schema: { tags: ['imports'], summary: '下载导入模板（CSV）Import template (CSV)' } },
    async (_request, reply) =>
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="zhuanhua-import-template.csv"`)
        .send(templateCsv()),
  );

  app.get(
    '/imports/template.xlsx',
    { schema: { tags: ['imports'], summary: '下载导入模板（XLSX）Import template (XLSX)' } },
    async (_request, reply) =>
      reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="zhuanhua-import-template.xlsx"`)
        .send(await templateXlsx()),
  );

  const loadRun = async (id: number) => {
    const { rows } = await db.query<RunRow>(`SELECT ${RUN_COLUMNS} FROM import_runs WHERE id = $1`, [id]);
    if (!rows[0]) throw problem.notFound({ zh: `没有编号为 ${id} 的导入批次`, en: `No import run ${id}` });
    return rows[0];
  };

  app.get(
    '/imports/:id',
    {
      schema: {
        tags: ['imports'],
        summary: '导入进度与结果 Import run progress and totals',
        params: idParams,
        querystring: langQuery,
        response: { 200: runSchema },
      },
    },
    async (request) => runView(await loadRun(request.params.id), requestLanguage(request)),
  );

  app.get(
    '/imports/:id/rejected',
    {
      schema: {
        tags: ['imports'],
        summary: '被拒绝的行 Rejected rows (row, field, reason)',
        params: idParams,
        querystring: langQuery.extend({
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(50),
        }),
        response: {
          200: z.object({
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
            items: z.array(z.object({ row: z.number().int(), field: z.string(), reason: z.string() })),
          }),
        },
      },
    },
    async (request) => {
      const run = await loadRun(request.params.id);
      const { page, pageSize } = request.query;
      const lang = requestLanguage(request);
      const { rows } = await db.query<{
        e: { row: number; field: string; reason: { zh: string; en: string } };
      }>(
        `SELECT e FROM import_runs r, jsonb_array_elements(r.rejected) WITH ORDINALITY AS t(e, i)
          WHERE r.id = $1 ORDER BY t.i LIMIT $2 OFFSET $3`,
        [run.id, pageSize, (page - 1) * pageSize],
      );
      return {
        total: run.rejected_count,
        page,
        pageSize,
        items: rows.map(({ e }) => ({ row: e.row, field: e.field, reason: e.reason[lang] })),
      };
    },
  );

  const fullReport = async (id: number) => {
    const run = await loadRun(id);
    const { rows } = await db.query<{
      rejected: { row: number; field: string; reason: { zh: string; en: string } }[];
    }>('SELECT rejected FROM import_runs WHERE id = $1', [id]);
    return { run, rejected: rows[0]?.rejected ?? [] };
  };

  app.get(
    '/imports/:id/report.csv',
    { schema: { tags: ['imports'], summary: '行级错误报告（CSV）Row error report (CSV)', params: idParams } },
    async (request, reply) => {
      const { run, rejected } = await fullReport(request.params.id);
      const lines = [
        ['行号 row', '字段 field', '原因', 'reason'],
        ...rejected.map((e) => [e.row, e.field, e.reason.zh, e.reason.en]),
      ];
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="import-${run.id}-report.csv"`)
        .send(`\uFEFF${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`);
    },
  );

  app.get(
    '/imports/:id/report.json',
    {
      schema: {
        tags: ['imports'],
        summary: '导入报告（JSON，与命令行 --report 相同）Import report (JSON, as the CLI --report)',
        params: idParams,
        querystring: langQuery,
      },
    },
    async (request, reply) => {
      const { run, rejected } = await fullReport(request.params.id);
      const lang = requestLanguage(request);
      return reply.header('content-disposition', `attachment; filename="import-${run.id}-report.json"`).send({
        accepted: run.accepted,
        updated: run.updated,
        created: run.created,
        unchanged: run.unchanged,
        rejected: rejected.map((e) => ({ row: e.row, field: e.field, reason: e.reason[lang] })),
      });
    },
  );
}
