import { z } from 'zod';
import type { Database } from '../../platform/db/database';
import type { HttpServer } from '../../platform/http/httpServer';
import { problem } from '../../platform/http/problem';
import { assertAllowed } from '../accounts/guards';
import { recordAudit } from '../audit/recordAudit';
import { listOutbox, type OutboxItem, retryFailed } from './service';

export interface OutboxDeps {
  db: Database;
  clock?: () => Date;
}

const item = z.object({
  id: z.number().int(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string().nullable(),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

function view(m: OutboxItem): z.infer<typeof item> {
  return {
    ...m,
    nextAttemptAt: m.nextAttemptAt.toISOString(),
    createdAt: m.createdAt.toISOString(),
    sentAt: m.sentAt?.toISOString() ?? null,
  };
}

/** OpenAPI: a session cookie or a bearer token. */
const security: Array<Record<string, string[]>> = [{ session: [] }, { bearer: [] }];

/** The e-mail outbox for platform administrators: without SMTP this is where messages wait to be forwarded. */
export async function outboxRoutes(app: HttpServer, deps: OutboxDeps): Promise<void> {
  app.get(
    '/admin/outbox',
    {
      schema: {
        tags: ['outbox'],
        summary: 'List queued and sent e-mails (platform administrators)',
        security,
        querystring: z.object({
          status: z.enum(['pending', 'sent', 'failed']).optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(50),
        }),
        response: {
          200: z.object({
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
            items: z.array(item),
          }),
        },
      },
    },
    async (request) => {
      assertAllowed(request.actor, 'outbox.manage', {});
      const { page, pageSize, status } = request.query;
      const r = await listOutbox(deps.db, { status, page, pageSize });
      return { total: r.total, page, pageSize, items: r.items.map(view) };
    },
  );

  app.post(
    '/admin/outbox/:id/retry',
    {
      schema: {
        tags: ['outbox'],
        summary: 'Queue a failed e-mail again',
        security,
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 200: item },
      },
    },
    async (request) => {
      assertAllowed(request.actor, 'outbox.manage', {});
      const now = deps.clock?.() ?? new Date();
      const updated = await deps.db.transaction(async (tx) => {
        const m = await retryFailed(tx, request.params.id, now);
        if (!m) return null;
        await recordAudit(tx, {
          actor: request.actor,
          request,
          action: 'outbox.retry',
          objectType: 'email',
          objectId: m.id,
          before: { status: 'failed' },
          after: { status: m.status, to: m.to, subject: m.subject },
          at: now,
        });
        return m;
      });
      if (!updated)
        throw problem.notFound({
          zh: `没有编号为 ${request.params.id} 的发送失败邮件`,
          en: `No failed e-mail with id ${request.params.id}`,
        });
      return view(updated);
    },
  );
}
