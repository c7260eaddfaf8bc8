import { randomBytes } from 'node:crypto';
import type { Database, Queryable } from '../../platform/db/database';
import { type Bilingual, problem } from '../../platform/http/problem';
import type { Actor, UserActor } from '../accounts';
import { recordAudit } from '../audit';
import { FILTER_FACETS } from '../catalogue/searchService';
import { loadReadableDemand } from '../demands';
import * as repo from './repository';
import { webhookUrlProblem } from './webhookUrl';

/**
 * Subscriptions, in-app notifications and webhooks of the signed-in user: each user sees and changes only
 * their own. Every write is audited in its transaction (webhook secrets never reach the audit log).
 */
export interface PushServiceDeps {
  db: Database;
  /** ZHUANHUA_WEBHOOK_ALLOW_PRIVATE=1: webhooks may point at loopback or private addresses. */
  allowPrivateWebhooks: boolean;
}

type RequestInfo = { ip: string; id: string } | null;

/** The signed-in user; an API token must carry demands:read (reads) or demands:write (writes). */
export function pushActor(actor: Actor, write: boolean): UserActor {
  if (actor.kind !== 'user') throw problem.unauthorized({ zh: '请先登录', en: 'Please sign in first' });
  if (actor.mustChangePassword)
    throw problem.forbidden({ zh: '请先修改初始密码', en: 'Change your initial password first' });
  if (actor.via === 'token') {
    const ok = write
      ? actor.scopes.some((s) => s === 'demands:write' || s === 'admin')
      : actor.scopes.some((s) => s === 'demands:read' || s === 'demands:write' || s === 'admin');
    if (!ok) {
      const scope = write ? 'demands:write' : 'demands:read';
      throw problem.forbidden({
        zh: `此 API 令牌缺少权限范围 ${scope}`,
        en: `This API token lacks the scope ${scope}`,
      });
    }
  }
  return actor;
}

const notYours = (what: Bilingual) => problem.notFound(what);

// Subscriptions ---------------------------------------------------------------------------------------

export interface SubscriptionInput {
  kind: repo.SubscriptionKind;
  demandId?: number;
  patentId?: number;
  query?: string;
  filters?: Record<string, string[]>;
  label?: string;
  topK?: number;
  email?: repo.EmailMode;
  webhookId?: number | null;
}

export interface SubscriptionView {
  id: number;
  kind: repo.SubscriptionKind;
  demandId: number | null;
  patentId: number | null;
  query: string | null;
  filters: Record<string, string[]>;
  label: string;
  topK: number;
  email: repo.EmailMode;
  webhookId: number | null;
  active: boolean;
  createdAt: string;
}

export function subscriptionView(r: repo.SubscriptionRow): SubscriptionView {
  return {
    id: r.id,
    kind: r.kind,
    demandId: r.demand_id,
    patentId: r.patent_id,
    query: r.query,
    filters: r.filters,
    label: r.label,
    topK: r.top_k,
    email: r.email,
    webhookId: r.webhook_id,
    active: r.active,
    createdAt: r.created_at.toISOString(),
  };
}

async function ownWebhook(
  q: Queryable,
  user: UserActor,
  id: number | null | undefined,
  path: string,
): Promise<number | null> {
  if (id === null || id === undefined) return null;
  const w = await repo.getWebhook(q, id);
  if (!w || w.user_id !== user.userId || !w.active)
    throw problem.unprocessable({ zh: '没有该推送地址', en: 'No such webhook' }, [
      { path, message: { zh: `没有编号为 ${id} 的可用推送地址`, en: `No active webhook ${id} of yours` } },
    ]);
  return w.id;
}

export async function createSubscription(
  deps: PushServiceDeps,
  actor: Actor,
  request: RequestInfo,
  input: SubscriptionInput,
): Promise<SubscriptionView> {
  const user = pushActor(actor, true);
  const row = await deps.db.transaction(async (tx) => {
    let label = input.label?.trim() ?? '';
    let demandId: number | null = null;
    let patentId: number | null = null;
    let query: string | null = null;
    let filters: Record<string, string[]> = {};
    if (input.kind === 'demand') {
      if (!input.demandId)
        throw problem.unprocessable({ zh: '请指定技术需求', en: 'Name the demand' }, [
          { path: 'body.demandId', message: { zh: '必填', en: 'Required' } },
        ]);
      // Only a demand the user may read can be followed: a private demand stays private.
      const d = await loadReadableDemand(tx, actor, input.demandId);
      demandId = d.id;
      label ||= `需求：${d.title}`;
    } else if (input.kind === 'patent') {
      if (!input.patentId)
        throw problem.unprocessable({ zh: '请指定专利', en: 'Name the patent' }, [
          { path: 'body.patentId', message: { zh: '必填', en: 'Required' } },
        ]);
      const p = await tx.query<{ id: number; title: string }>('SELECT id, title FROM patents WHERE id = $1', [
        input.patentId,
      ]);
      if (!p.rows[0])
        throw problem.notFound({
          zh: `没有编号为 ${input.patentId} 的专利`,
          en: `No patent with id ${input.patentId}`,
        });
      patentId = p.rows[0].id;
      label ||= `专利：${p.rows[0].title}`;
    } else {
      query = input.query?.trim() ?? '';
      if (!query)
        throw problem.unprocessable({ zh: '请填写检索词', en: 'Give the search words' }, [
          { path: 'body.query', message: { zh: '必填', en: 'Required' } },
        ]);
      filters = input.filters ?? {};
      const unknown = Object.keys(filters).filter((k) => !(FILTER_FACETS as readonly string[]).includes(k));
      if (unknown.length)
        throw problem.unprocessable(
          { zh: '未知的筛选条件', en: 'Unknown filters' },
          unknown.map((k) => ({
            path: `body.filters.${k}`,
            message: { zh: `可用：${FILTER_FACETS.join('、')}`, en: `Known: ${FILTER_FACETS.join(', ')}` },
          })),
        );
      label ||= `检索：${query}`;
    }
    const webhookId = await ownWebhook(tx, user, input.webhookId, 'body.webhookId');
    const created = await repo.insertSubscription(tx, {
      user_id: user.userId,
      organisation_id: user.organisationId,
      kind: input.kind,
      demand_id: demandId,
      patent_id: patentId,
      query,
      filters,
      label: label.slice(0, 200),
      top_k: input.topK ?? 20,
      email: input.email ?? 'daily',
      webhook_id: webhookId,
    });
    await recordAudit(tx, {
      actor,
      request,
      action: 'subscription.create',
      objectType: 'subscription',
      objectId: created.id,
      after: subscriptionView(created),
    });
    return created;
  });
  return subscriptionView(row);
}

async function ownSubscription(q: Queryable, user: UserActor, id: number): Promise<repo.SubscriptionRow> {
  const s = await repo.getSubscription(q, id, true);
  if (!s || s.user_id !== user.userId)
    throw notYours({ zh: `没有编号为 ${id} 的订阅`, en: `No subscription ${id} of yours` });
  return s;
}

export async function listSubscriptions(deps: PushServiceDeps, actor: Actor): Promise<SubscriptionView[]> {
  const user = pushActor(actor, false);
  return (await repo.listSubscriptions(deps.db, user.userId)).map(subscriptionView);
}

export async function updateSubscription(
  deps: PushServiceDeps,
  actor: Actor,
  request: RequestInfo,
  id: number,
  patch: {
    label?: string;
    topK?: number;
    email?: repo.EmailMode;
    webhookId?: number | null;
    active?: boolean;
  },
): Promise<SubscriptionView> {
  const user = pushActor(actor, true);
  const row = await deps.db.transaction(async (tx) => {
    const s = await ownSubscription(tx, user, id);
    const next = {
      label: patch.label?.trim() || s.label,
      top_k: patch.topK ?? s.top_k,
      email: patch.email ?? s.email,
      webhook_id:
        patch.webhookId === undefined
          ? s.webhook_id
          : await ownWebhook(tx, user, patch.webhookId, 'body.webhookId'),
      active: patch.active ?? s.active,
    };
    const updated = await repo.updateSubscription(tx, id, next);
    await recordAudit(tx, {
      actor,
      request,
      action: 'subscription.update',
      objectType: 'subscription',
      objectId: id,
      before: subscriptionView(s),
      after: subscriptionView(updated),
    });
    return updated;
  });
  return subscriptionView(row);
}

export async function deleteSubscription(
  deps: PushServiceDeps,
  actor: Actor,
  request: RequestInfo,
  id: number,
): Promise<void> {
  const user = pushActor(actor, true);
  await deps.db.transaction(async (tx) => {
    const s = await ownSubscription(tx, user, id);
    await repo.deleteSubscription(tx, id);
    await recordAudit(tx, {
      actor,
      request,
      action: 'subscription.delete',
      objectType: 'subscription',
      objectId: id,
      before: subscriptionView(s),
    });
  });
}

// Notifications ---------------------------------------------------------------------------------------

export interface NotificationView {
  id: number;
  subscriptionId: number | null;
  objectType: 'patent' | 'demand';
  objectId: number;
  title: string;
  body: string;
  link: string;
  payload: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
}

function notificationView(n: repo.NotificationRow): NotificationView {
  return {
    id: n.id,
    subscriptionId: n.subscription_id,
    objectType: n.object_type,
    objectId: n.object_id,
    title: n.title,
    body: n.body,
    link: n.link,
    payload: n.payload,
    createdAt: n.created_at.toISOString(),
    readAt: n.read_at?.toISOString() ?? null,
  };
}

export async function listNotifications(
  deps: PushServiceDeps,
  actor: Actor,
  q: { unreadOnly: boolean; page: number; pageSize: number },
): Promise<{ total: number; unread: number; page: number; pageSize: number; items: NotificationView[] }> {
  const user = pushActor(actor, false);
  const r = await repo.listNotifications(deps.db, user.userId, {
    unreadOnly: q.unreadOnly,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return {
    total: r.total,
    unread: r.unread,
    page: q.page,
    pageSize: q.pageSize,
    items: r.rows.map(notificationView),
  };
}

/** Marks notifications read (the given ones, or all); returns the ids that changed. */
export async function markNotificationsRead(
  deps: PushServiceDeps,
  actor: Actor,
  request: RequestInfo,
  ids: readonly number[] | 'all',
): Promise<number[]> {
  const user = pushActor(actor, true);
  return deps.db.transaction(async (tx) => {
    if (ids !== 'all')
      for (const id of ids) {
        const n = await repo.getNotification(tx, id);
        if (!n || n.user_id !== user.userId)
          throw notYours({ zh: `没有编号为 ${id} 的消息`, en: `No notification ${id} of yours` });
      }
    const changed = await repo.markRead(tx, user.userId, ids);
    if (changed.length)
      await recordAudit(tx, {
        actor,
        request,
        action: 'notification.read',
        objectType: 'notification',
        objectId: changed.length === 1 ? changed[0]! : null,
        after: { read: changed },
      });
    return changed;
  });
}

// Webhooks --------------------------------------------------------------------------------------------

export interface WebhookView {
  id: number;
  url: string;
  active: boolean;
  createdAt: string;
  disabledAt: string | null;
}

const webhookView = (w: repo.WebhookRow): WebhookView => ({
  id: w.id,
  url: w.url,
  active: w.active,
  createdAt: w.created_at.toISOString(),
  disabledAt: w.disabled_at?.toISOString() ?? null,
});

/** Registers an endpoint; the signing secret is returned this once (keep it: it verifies every delivery). */
export async function createWebhook(
  deps: PushServiceDeps,
  actor: Actor,
  request: RequestInfo,
  url: string,
): Promise<WebhookView & { secret: string }> {
  const user = pushActor(actor, true);
  const why = webhookUrlProblem(url, deps.allowPrivateWebhooks);
  if (why) throw problem.unprocessable(why, [{ path: 'body.url', message: why }]);
  const secret = `whsec_${randomBytes(24).toString('base64url')}`;
  const w = await deps.db.transaction(async (tx) => {
    const created = await repo.insertWebhook(tx, {
      userId: user.userId,
      organisationId: user.organisationId,
      url,
      secret,
    });
    await recordAudit(tx, {
      actor,
      request,
      action: 'webhook.create',
      objectType: 'webhook',
      objectId: created.id,
      after: webhookView(created),
    });
    return created;
  });
  return { ...webhookView(w), secret };
}

export async function listWebhooks(deps: PushServiceDeps, actor: Actor): Promise<WebhookView[]> {
  const user = pushActor(actor, false);
  return (await repo.listWebhooks(deps.db, user.userId)).map(webhookView);
}

async function ownWebhookRow(q: Queryable, user: UserActor, id: number): Promise<repo.WebhookRow> {
  const w = await repo.getWebhook(q, id);
  if (!w || w.user_id !== user.userId)
    throw notYours({ zh: `没有编号为 ${id} 的推送地址`, en: `No webhook ${id} of yours` });
  return w;
}

/** Disables an endpoint: its pending deliveries are dropped, subscriptions keep working in the app. */
export async function disableWebhook(
  deps: PushServiceDeps,
  actor: Actor,
  request: RequestInfo,
  id: number,
): Promise<WebhookView> {
  const user = pushActor(actor, true);
  const w = await deps.db.transaction(async (tx) => {
    const before = await ownWebhookRow(tx, user, id);
    await repo.disableWebhook(tx, id);
    await tx.query('UPDATE subscriptions SET webhook_id = NULL WHERE webhook_id = $1', [id]);
    const after = (await repo.getWebhook(tx, id))!;
    await recordAudit(tx, {
      actor,
      request,
      action: 'webhook.disable',
      objectType: 'webhook',
      objectId: id,
      before: webhookView(before),
      after: webhookView(after),
    });
    return after;
  });
  return webhookView(w);
}

/** Queues a signed `webhook.ping` to check the receiver. */
export async function pingWebhook(
  deps: PushServiceDeps,
  actor: Actor,
  request: RequestInfo,
  id: number,
): Promise<{ deliveryId: number }> {
  const user = pushActor(actor, true);
  return deps.db.transaction(async (tx) => {
    const w = await ownWebhookRow(tx, user, id);
    if (!w.active) throw problem.conflict({ zh: '该推送地址已停用', en: 'The webhook is disabled' });
    const deliveryId = await repo.insertDelivery(tx, {
      webhookId: id,
      notificationId: null,
      event: 'webhook.ping',
      body: JSON.stringify({
        event: 'webhook.ping',
        webhook: { id, url: w.url },
        sentAt: new Date().toISOString(),
      }),
    });
    await recordAudit(tx, {
      actor,
      request,
      action: 'webhook.ping',
      objectType: 'webhook',
      objectId: id,
      after: { deliveryId },
    });
    return { deliveryId };
  });
}

export interface DeliveryView {
  id: number;
  event: string;
  notificationId: number | null;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: string;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

export async function listDeliveries(
  deps: PushServiceDeps,
  actor: Actor,
  id: number,
): Promise<DeliveryView[]> {
  const user = pushActor(actor, false);
  await ownWebhookRow(deps.db, user, id);
  return (await repo.listDeliveries(deps.db, id, 100)).map((d) => ({
    id: d.id,
    event: d.event,
    notificationId: d.notification_id,
    status: d.status,
    attempts: d.attempts,
    nextAttemptAt: d.next_attempt_at.toISOString(),
    lastStatusCode: d.last_status_code,
    lastError: d.last_error,
    createdAt: d.created_at.toISOString(),
    deliveredAt: d.delivered_at?.toISOString() ?? null,
  }));
}
