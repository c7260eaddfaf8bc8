import { z } from 'zod';
import type { HttpServer } from '../../platform/http/httpServer';
import { FILTER_FACETS } from '../catalogue/searchService';
import {
  createSubscription,
  createWebhook,
  deleteSubscription,
  disableWebhook,
  listDeliveries,
  listNotifications,
  listSubscriptions,
  listWebhooks,
  markNotificationsRead,
  type PushServiceDeps,
  pingWebhook,
  updateSubscription,
} from './service';
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER } from './signature';

const tags = ['push'];
const security: Array<Record<string, string[]>> = [{ session: [] }, { bearer: [] }];
const idParams = z.object({ id: z.coerce.number().int().positive() });
const requestInfo = (r: { ip: string; id: string }) => ({ ip: r.ip, id: r.id });

const EMAIL = z.enum(['none', 'immediate', 'daily']);
const KIND = z.enum(['demand', 'search', 'patent']);

const subscriptionSchema = z.object({
  id: z.number().int(),
  kind: KIND,
  demandId: z.number().int().nullable(),
  patentId: z.number().int().nullable(),
  query: z.string().nullable(),
  filters: z.record(z.string(), z.array(z.string())),
  label: z.string(),
  topK: z.number().int(),
  email: EMAIL,
  webhookId: z.number().int().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
});

const notificationSchema = z.object({
  id: z.number().int(),
  subscriptionId: z.number().int().nullable(),
  objectType: z.enum(['patent', 'demand']),
  objectId: z.number().int(),
  title: z.string(),
  body: z.string(),
  link: z.string().describe('Path in the web app, e.g. /patents/123'),
  payload: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

const webhookSchema = z.object({
  id: z.number().int(),
  url: z.string(),
  active: z.boolean(),
  createdAt: z.string(),
  disabledAt: z.string().nullable(),
});

const WEBHOOK_DOC =
  'Each delivery is a POST of a JSON body with the headers ' +
  `\`${EVENT_HEADER}\` (notification.created | webhook.ping), \`${DELIVERY_HEADER}\` (delivery id) and ` +
  `\`${SIGNATURE_HEADER}: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>\`. ` +
  'Verify by recomputing the HMAC with the secret shown at creation, comparing in constant time, and refusing ' +
  'timestamps older than 5 minutes. A 2xx answer is success; 5xx, time-outs (10 s) and network errors are retried ' +
  '(30 s, 2 min, 8 min, 32 min, ~2 h; 6 attempts), other 4xx answers (except 408/429) are not.';

export async function pushRoutes(app: HttpServer, deps: PushServiceDeps): Promise<void> {
  app.get(
    '/subscriptions',
    {
      schema: {
        tags,
        summary: '我的订阅 My subscriptions',
        security,
        response: { 200: z.array(subscriptionSchema) },
      },
    },
    async (request) => listSubscriptions(deps, request.actor),
  );

  app.post(
    '/subscriptions',
    {
      schema: {
        tags,
        summary:
          '订阅 Follow a demand (new matching patents), a saved search (new patents) or a patent (new matching demands)',
        security,
        body: z
          .object({
            kind: KIND,
            demandId: z.number().int().positive().optional(),
            patentId: z.number().int().positive().optional(),
            query: z.string().trim().max(200).optional(),
            filters: z
              .record(z.string(), z.array(z.string().trim().min(1).max(100)).max(20))
              .optional()
              .describe(`Catalogue filters of a saved search: ${FILTER_FACETS.join(', ')}`),
            label: z.string().trim().max(200).optional(),
            topK: z
              .number()
              .int()
              .min(1)
              .max(100)
              .default(20)
              .describe('How far down the ranking counts as a match'),
            email: EMAIL.default('daily').describe('E-mail: none, immediate, or in the daily digest'),
            webhookId: z.number().int().positive().nullable().optional(),
          })
          .strict(),
        response: { 201: subscriptionSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createSubscription(deps, request.actor, requestInfo(request), request.body)),
  );

  app.patch(
    '/subscriptions/:id',
    {
      schema: {
        tags,
        summary: '修改订阅 Change label, depth, e-mail, webhook; pause or resume',
        security,
        params: idParams,
        body: z
          .object({
            label: z.string().trim().min(1).max(200).optional(),
            topK: z.number().int().min(1).max(100).optional(),
            email: EMAIL.optional(),
            webhookId: z.number().int().positive().nullable().optional(),
            active: z.boolean().optional(),
          })
          .strict(),
        response: { 200: subscriptionSchema },
      },
    },
    async (request) =>
      updateSubscription(deps, request.actor, requestInfo(request), request.params.id, request.body),
  );

  app.delete(
    '/subscriptions/:id',
    { schema: { tags, summary: '取消订阅 Delete a subscription', security, params: idParams } },
    async (request, reply) => {
      await deleteSubscription(deps, request.actor, requestInfo(request), request.params.id);
      return reply.code(204).send();
    },
  );

  app.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: '站内消息 My notifications, newest first, with the unread count',
        security,
        querystring: z.object({
          unread: z.enum(['true', 'false']).default('false'),
          page: z.coerce.number().int().min(1).max(10_000).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: {
          200: z.object({
            total: z.number().int(),
            unread: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
            items: z.array(notificationSchema),
          }),
        },
      },
    },
    async (request) =>
      listNotifications(deps, request.actor, {
        unreadOnly: request.query.unread === 'true',
        page: request.query.page,
        pageSize: request.query.pageSize,
      }),
  );

  app.post(
    '/notifications/:id/read',
    {
      schema: {
        tags,
        summary: '标为已读 Mark a notification read',
        security,
        params: idParams,
        response: { 200: z.object({ read: z.array(z.number().int()) }) },
      },
    },
    async (request) => ({
      read: await markNotificationsRead(deps, request.actor, requestInfo(request), [request.params.id]),
    }),
  );

  app.post(
    '/notifications/read-all',
    {
      schema: {
        tags,
        summary: '全部已读 Mark every notification read',
        security,
        response: { 200: z.object({ read: z.array(z.number().int()) }) },
      },
    },
    async (request) => ({
      read: await markNotificationsRead(deps, request.actor, requestInfo(request), 'all'),
    }),
  );

  app.get(
    '/webhooks',
    {
      schema: {
        tags,
        summary: '我的推送地址 My webhooks',
        description: WEBHOOK_DOC,
        security,
        response: { 200: z.array(webhookSchema) },
      },
    },
    async (request) => listWebhooks(deps, request.actor),
  );

  app.post(
    '/webhooks',
    {
      schema: {
        tags,
        summary: '添加推送地址 Register a webhook; the signing secret is shown once',
        description: WEBHOOK_DOC,
        security,
        body: z.object({ url: z.string().trim().min(1).max(2000) }).strict(),
        response: {
          201: webhookSchema.extend({
            secret: z.string().describe('Shown once: keep it to verify deliveries'),
          }),
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createWebhook(deps, request.actor, requestInfo(request), request.body.url)),
  );

  app.delete(
    '/webhooks/:id',
    {
      schema: {
        tags,
        summary: '停用推送地址 Disable a webhook (pending deliveries are dropped)',
        security,
        params: idParams,
        response: { 200: webhookSchema },
      },
    },
    async (request) => disableWebhook(deps, request.actor, requestInfo(request), request.params.id),
  );

  app.post(
    '/webhooks/:id/ping',
    {
      schema: {
        tags,
        summary: '测试推送 Queue a signed webhook.ping',
        security,
        params: idParams,
        response: { 200: z.object({ deliveryId: z.number().int() }) },
      },
    },
    async (request) => pingWebhook(deps, request.actor, requestInfo(request), request.params.id),
  );

  app.get(
    '/webhooks/:id/deliveries',
    {
      schema: {
        tags,
        summary: '推送记录 The latest 100 deliveries of a webhook, with attempts and errors',
        security,
        params: idParams,
        response: {
          200: z.array(
            z.object({
              id: z.number().int(),
              event: z.string(),
              notificationId: z.number().int().nullable(),
              status: z.enum(['pending', 'delivered', 'failed']),
              attempts: z.number().int(),
              nextAttemptAt: z.string(),
              lastStatusCode: z.number().int().nullable(),
              lastError: z.string().nullable(),
              createdAt: z.string(),
              deliveredAt: z.string().nullable(),
            }),
          ),
        },
      },
    },
    async (request) => listDeliveries(deps, request.actor, request.params.id),
  );
}
