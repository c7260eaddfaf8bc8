import { Readable } from 'node:stream';
import { z } from 'zod';
import type { Database } from '../../platform/db/database';
import type { HttpServer } from '../../platform/http/httpServer';
import { assertAllowed } from '../accounts/guards';
import { type AuditFilter, auditCsv, auditVocabulary, listAudit, verifyAuditChain } from './service';

export interface AuditDeps {
  db: Database;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CHINA_OFFSET = '+08:00';

const instant = z
  .string()
  .refine(
    (s) =>
      (DATE.test(s) || /^\d{4}-\d{2}-\d{2}T/.test(s)) &&
      !Number.isNaN(Date.parse(DATE.test(s) ? `${s}T00:00:00${CHINA_OFFSET}` : s)),
    {
      message:
        '应为日期 YYYY-MM-DD 或带时区的 ISO 8601 时间 | Expected a date YYYY-MM-DD or an ISO 8601 date-time with offset',
    },
  );

/** Filters shared by the search and the export. */
export const auditFilterQuery = z.object({
  actorUserId: z.coerce.number().int().positive().optional(),
  organisationId: z.coerce.number().int().positive().optional(),
  objectType: z.string().min(1).max(100).optional(),
  objectId: z.string().min(1).max(200).optional(),
  action: z.string().min(1).max(100).optional(),
  from: instant.optional().describe('Inclusive. A date is a calendar day in China Standard Time (UTC+8).'),
  to: instant.optional().describe('Inclusive. A date includes the whole day (UTC+8).'),
  q: z.string().max(200).optional().describe('Substring of the object id, case-insensitive.'),
  actor: z
    .string()
    .max(200)
    .optional()
    .describe("Substring of the actor's label (a user's e-mail, a system process's name), case-insensitive."),
});

const listQuery = auditFilterQuery.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});

function toFilter(q: z.infer<typeof auditFilterQuery>): AuditFilter {
  const start = (s: string) => new Date(DATE.test(s) ? `${s}T00:00:00${CHINA_OFFSET}` : s);
  const filter: AuditFilter = {
    actorUserId: q.actorUserId,
    organisationId: q.organisationId,
    objectType: q.objectType,
    objectId: q.objectId,
    action: q.action,
    q: q.q,
    actor: q.actor,
  };
  if (q.from) filter.from = start(q.from);
  if (q.to) {
    const t = start(q.to);
    // Dates include their whole day; date-times are inclusive to the millisecond stored.
    filter.to = new Date(t.getTime() + (DATE.test(q.to) ? 86_400_000 : 1));
  }
  return filter;
}

const auditItem = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.object({
    kind: z.enum(['anonymous', 'user', 'system']),
    userId: z.number().int().nullable(),
    organisationId: z.number().int().nullable(),
    label: z.string().nullable(),
    via: z.enum(['session', 'token']).nullable(),
    credentialId: z.number().int().nullable(),
  }),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  action: z.string(),
  objectType: z.string(),
  objectId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  prevHash: z.string(),
  hash: z.string(),
});

/** OpenAPI: a session cookie or a bearer token. */
const security: Array<Record<string, string[]>> = [{ session: [] }, { bearer: [] }];

export async function auditRoutes(app: HttpServer, deps: AuditDeps): Promise<void> {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Search the audit log (IP administration and platform administrators)',
        security,
        querystring: listQuery,
        response: {
          200: z.object({
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
            items: z.array(auditItem),
          }),
        },
      },
    },
    async (request) => {
      assertAllowed(request.actor, 'audit.read', {});
      const { page, pageSize, ...rest } = request.query;
      const result = await listAudit(deps.db, toFilter(rest), { page, pageSize });
      return {
        total: result.total,
        page,
        pageSize,
        items: result.items.map((r) => ({
          seq: r.seq,
          at: r.at.toISOString(),
          actor: {
            kind: r.actorKind,
            userId: r.actorUserId,
            organisationId: r.actorOrganisationId,
            label: r.actorLabel,
            via: r.via,
            credentialId: r.credentialId,
          },
          ip: r.ip,
          requestId: r.requestId,
          action: r.action,
          objectType: r.objectType,
          objectId: r.objectId,
          before: r.before,
          after: r.after,
          prevHash: r.prevHash,
          hash: r.hash,
        })),
      };
    },
  );

  app.get(
    '/audit/export.csv',
    {
      schema: {
        tags: ['audit'],
        summary: 'Export the audit log as CSV (UTF-8 with BOM, opens in Excel), streamed',
        security,
        querystring: auditFilterQuery,
      },
    },
    async (request, reply) => {
      assertAllowed(request.actor, 'audit.export', {});
      const stamp = new Date().toISOString().slice(0, 10).replace(/-/g, '');
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit-${stamp}.csv"`)
        .header('cache-control', 'no-store')
        .send(Readable.from(auditCsv(deps.db, toFilter(request.query))));
    },
  );

  app.get(
    '/audit/vocabulary',
    {
      schema: {
        tags: ['audit'],
        summary: 'The actions and object types recorded so far (choices for the search form)',
        security,
        response: { 200: z.object({ actions: z.array(z.string()), objectTypes: z.array(z.string()) }) },
      },
    },
    async (request) => {
      assertAllowed(request.actor, 'audit.read', {});
      return auditVocabulary(deps.db);
    },
  );

  app.get(
    '/audit/verify',
    {
      schema: {
        tags: ['audit'],
        summary: 'Verify the hash chain of the whole audit log',
        security,
        response: {
          200: z.object({
            ok: z.boolean(),
            checked: z.number().int(),
            lastSeq: z.number().int(),
            lastHash: z.string().nullable(),
            firstBreak: z
              .object({
                seq: z.number().int(),
                reason: z.enum(['SEQUENCE_GAP', 'PREVIOUS_HASH_MISMATCH', 'HASH_MISMATCH']),
                expectedSeq: z.number().int().optional(),
              })
              .nullable(),
          }),
        },
      },
    },
    async (request) => {
      assertAllowed(request.actor, 'audit.read', {});
      return verifyAuditChain(deps.db);
    },
  );
}
