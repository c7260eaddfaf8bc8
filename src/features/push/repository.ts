import type { Queryable } from '../../platform/db/database';

/** Push: subscriptions, notifications, webhooks and their deliveries, watermarks, digests. SQL only. */

export type SubscriptionKind = 'demand' | 'search' | 'patent';
export type EmailMode = 'none' | 'immediate' | 'daily';

export interface SubscriptionRow {
  id: number;
  user_id: number;
  organisation_id: number | null;
  kind: SubscriptionKind;
  demand_id: number | null;
  patent_id: number | null;
  query: string | null;
  filters: Record<string, string[]>;
  label: string;
  top_k: number;
  email: EmailMode;
  webhook_id: number | null;
  active: boolean;
  created_at: Date;
}

export async function insertSubscription(
  q: Queryable,
  s: Omit<SubscriptionRow, 'id' | 'created_at' | 'active'>,
): Promise<SubscriptionRow> {
  const res = await q.query<SubscriptionRow>(
    `INSERT INTO subscriptions (user_id, organisation_id, kind, demand_id, patent_id, query, filters, label, top_k, email, webhook_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10, $11) RETURNING *`,
    [
      s.user_id,
      s.organisation_id,
      s.kind,
      s.demand_id,
      s.patent_id,
      s.query,
      JSON.stringify(s.filters),
      s.label,
      s.top_k,
      s.email,
      s.webhook_id,
    ],
  );
  return res.rows[0]!;
}

export async function getSubscription(
  q: Queryable,
  id: number,
  forUpdate = false,
): Promise<SubscriptionRow | null> {
  const res = await q.query<SubscriptionRow>(
    `SELECT * FROM subscriptions WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return res.rows[0] ?? null;
}

export async function updateSubscription(
  q: Queryable,
  id: number,
  s: Pick<SubscriptionRow, 'label' | 'top_k' | 'email' | 'webhook_id' | 'active'>,
): Promise<SubscriptionRow> {
  const res = await q.query<SubscriptionRow>(
    `UPDATE subscriptions SET label = $2, top_k = $3, email = $4, webhook_id = $5, active = $6 WHERE id = $1 RETURNING *`,
    [id, s.label, s.top_k, s.email, s.webhook_id, s.active],
  );
  return res.rows[0]!;
}

export async function deleteSubscription(q: Queryable, id: number): Promise<void> {
  await q.query('DELETE FROM subscriptions WHERE id = $1', [id]);
}

export async function listSubscriptions(q: Queryable, userId: number): Promise<SubscriptionRow[]> {
  const res = await q.query<SubscriptionRow>('SELECT * FROM subscriptions WHERE user_id = $1 ORDER BY id', [
    userId,
  ]);
  return res.rows;
}

/** Active subscriptions with what push needs of their user (to judge what the user may see). */
export interface ActiveSubscription extends SubscriptionRow {
  user_email: string;
  user_disabled: boolean;
  organisation_kind: string | null;
  user_role: 'admin' | 'member';
  is_platform_admin: boolean;
}

export async function activeSubscriptions(q: Queryable): Promise<ActiveSubscription[]> {
  const res = await q.query<ActiveSubscription>(
    `SELECT s.*, u.email AS user_email, u.disabled_at IS NOT NULL AS user_disabled, o.kind AS organisation_kind,
            u.role AS user_role, u.is_platform_admin
       FROM subscriptions s JOIN users u ON u.id = s.user_id
       LEFT JOIN organisations o ON o.id = u.organisation_id
      WHERE s.active ORDER BY s.id`,
  );
  return res.rows;
}

// Notifications --------------------------------------------------------------------------------------

export interface NotificationRow {
  id: number;
  user_id: number;
  subscription_id: number | null;
  object_type: 'patent' | 'demand';
  object_id: number;
  title: string;
  body: string;
  link: string;
  payload: Record<string, unknown>;
  created_at: Date;
  read_at: Date | null;
  digested_at: Date | null;
}

/** Inserts a notification once per (subscription, object); null when it was announced before. */
export async function insertNotification(
  q: Queryable,
  n: {
    userId: number;
    subscriptionId: number;
    objectType: 'patent' | 'demand';
    objectId: number;
    title: string;
    body: string;
    link: string;
    payload: unknown;
    /** Already e-mailed (immediate) or never to be (none): the digest leaves it alone. */
    digested: boolean;
  },
): Promise<NotificationRow | null> {
  const res = await q.query<NotificationRow>(
    `INSERT INTO notifications (user_id, subscription_id, object_type, object_id, title, body, link, payload, digested_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, CASE WHEN $9 THEN now() END)
     ON CONFLICT (subscription_id, object_type, object_id) DO NOTHING RETURNING *`,
    [
      n.userId,
      n.subscriptionId,
      n.objectType,
      n.objectId,
      n.title,
      n.body,
      n.link,
      JSON.stringify(n.payload),
      n.digested,
    ],
  );
  return res.rows[0] ?? null;
}

export async function listNotifications(
  q: Queryable,
  userId: number,
  f: { unreadOnly: boolean; limit: number; offset: number },
): Promise<{ total: number; unread: number; rows: NotificationRow[] }> {
  const counts = await q.query<{ total: number; unread: number }>(
    `SELECT count(*) FILTER (WHERE $2::boolean IS FALSE OR read_at IS NULL)::int8 AS total,
            count(*) FILTER (WHERE read_at IS NULL)::int8 AS unread
       FROM notifications WHERE user_id = $1`,
    [userId, f.unreadOnly],
  );
  const rows = await q.query<NotificationRow>(
    `SELECT * FROM notifications WHERE user_id = $1 AND ($2::boolean IS FALSE OR read_at IS NULL)
      ORDER BY created_at DESC, id DESC LIMIT $3 OFFSET $4`,
    [userId, f.unreadOnly, f.limit, f.offset],
  );
  return { total: counts.rows[0]?.total ?? 0, unread: counts.rows[0]?.unread ?? 0, rows: rows.rows };
}

export async function getNotification(q: Queryable, id: number): Promise<NotificationRow | null> {
  const res = await q.query<NotificationRow>('SELECT * FROM notifications WHERE id = $1', [id]);
  return res.rows[0] ?? null;
}

export async function markRead(
  q: Queryable,
  userId: number,
  ids: readonly number[] | 'all',
): Promise<number[]> {
  const res = await q.query<{ id: number }>(
    `UPDATE notifications SET read_at = now()
      WHERE user_id = $1 AND read_at IS NULL AND ($2::bigint[] IS NULL OR id = ANY($2::bigint[])) RETURNING id`,
    [userId, ids === 'all' ? null : [...ids]],
  );
  return res.rows.map((r) => r.id).sort((a, b) => a - b);
}

// Webhooks -------------------------------------------------------------------------------------------

export interface WebhookRow {
  id: number;
  organisation_id: number | null;
  user_id: number;
  url: string;
  secret: string;
  active: boolean;
  created_at: Date;
  disabled_at: Date | null;
}

export async function insertWebhook(
  q: Queryable,
  w: { userId: number; organisationId: number | null; url: string; secret: string },
): Promise<WebhookRow> {
  const res = await q.query<WebhookRow>(
    'INSERT INTO webhooks (user_id, organisation_id, url, secret) VALUES ($1, $2, $3, $4) RETURNING *',
    [w.userId, w.organisationId, w.url, w.secret],
  );
  return res.rows[0]!;
}

export async function getWebhook(q: Queryable, id: number): Promise<WebhookRow | null> {
  const res = await q.query<WebhookRow>('SELECT * FROM webhooks WHERE id = $1', [id]);
  return res.rows[0] ?? null;
}

export async function listWebhooks(q: Queryable, userId: number): Promise<WebhookRow[]> {
  const res = await q.query<WebhookRow>('SELECT * FROM webhooks WHERE user_id = $1 ORDER BY id', [userId]);
  return res.rows;
}

export async function disableWebhook(q: Queryable, id: number): Promise<void> {
  await q.query('UPDATE webhooks SET active = false, disabled_at = now() WHERE id = $1 AND active', [id]);
  // Nothing more goes out to it.
  await q.query(
    `UPDATE webhook_deliveries SET status = 'failed', last_error = 'webhook disabled' WHERE webhook_id = $1 AND status = 'pending'`,
    [id],
  );
}

export async function insertDelivery(
  q: Queryable,
  d: { webhookId: number; notificationId: number | null; event: string; body: string },
): Promise<number> {
  const res = await q.query<{ id: number }>(
    'INSERT INTO webhook_deliveries (webhook_id, notification_id, event, body) VALUES ($1, $2, $3, $4) RETURNING id',
    [d.webhookId, d.notificationId, d.event, d.body],
  );
  return res.rows[0]!.id;
}

export interface DeliveryRow {
  id: number;
  webhook_id: number;
  notification_id: number | null;
  event: string;
  body: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  next_attempt_at: Date;
  last_status_code: number | null;
  last_error: string | null;
  created_at: Date;
  delivered_at: Date | null;
}

export async function listDeliveries(q: Queryable, webhookId: number, limit: number): Promise<DeliveryRow[]> {
  const res = await q.query<DeliveryRow>(
    `SELECT id, webhook_id, notification_id, event, body, status, attempts, next_attempt_at, last_status_code,
            last_error, created_at, delivered_at
       FROM webhook_deliveries WHERE webhook_id = $1 ORDER BY id DESC LIMIT $2`,
    [webhookId, limit],
  );
  return res.rows;
}

export interface ClaimedDelivery {
  id: number;
  event: string;
  body: string;
  attempts: number;
  url: string;
  secret: string;
}

/**
 * Claims due deliveries of active webhooks (a lease: several processes never send the same one, and a crashed
 * sender's claim expires). Due-ness is judged by the database clock unless `now` is given (tests): a JavaScript
 * Date in milliseconds can precede the microsecond `now()` the row was written with.
 */
export async function claimDueDeliveries(
  q: Queryable,
  o: { now: Date | null; leaseMs: number; limit: number },
): Promise<ClaimedDelivery[]> {
  const res = await q.query<ClaimedDelivery>(
    `WITH due AS (
       SELECT d.id FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
        WHERE d.status = 'pending' AND w.active
          AND d.next_attempt_at <= COALESCE($1::timestamptz, clock_timestamp())
          AND (d.locked_until IS NULL OR d.locked_until < COALESCE($1::timestamptz, clock_timestamp()))
        ORDER BY d.next_attempt_at, d.id LIMIT $3 FOR UPDATE OF d SKIP LOCKED)
     UPDATE webhook_deliveries d
        SET locked_until = COALESCE($1::timestamptz, clock_timestamp()) + ($2::text || ' milliseconds')::interval,
            attempts = d.attempts + 1
       FROM due, webhooks w
      WHERE d.id = due.id AND w.id = d.webhook_id
     RETURNING d.id, d.event, d.body, d.attempts, w.url, w.secret`,
    [o.now, String(o.leaseMs), o.limit],
  );
  return res.rows.sort((a, b) => a.id - b.id);
}

export async function recordDelivered(
  q: Queryable,
  id: number,
  status: number,
  now: Date | null,
): Promise<void> {
  await q.query(
    `UPDATE webhook_deliveries SET status = 'delivered', locked_until = NULL, last_status_code = $2, last_error = NULL,
            delivered_at = COALESCE($3::timestamptz, clock_timestamp()) WHERE id = $1`,
    [id, status, now],
  );
}

export async function recordRetry(
  q: Queryable,
  id: number,
  r: { status: number | null; error: string; delayMs: number; now: Date | null },
): Promise<void> {
  await q.query(
    `UPDATE webhook_deliveries SET locked_until = NULL, last_status_code = $2, last_error = $3,
            next_attempt_at = COALESCE($5::timestamptz, clock_timestamp()) + ($4::text || ' milliseconds')::interval
      WHERE id = $1`,
    [id, r.status, r.error, String(r.delayMs), r.now],
  );
}

export async function recordFailed(
  q: Queryable,
  id: number,
  r: { status: number | null; error: string },
): Promise<void> {
  await q.query(
    `UPDATE webhook_deliveries SET status = 'failed', locked_until = NULL, last_status_code = $2, last_error = $3 WHERE id = $1`,
    [id, r.status, r.error],
  );
}

// Watermarks and digests ----------------------------------------------------------------------------

export async function watermarks(q: Queryable): Promise<{ patents: number | null; demands: number | null }> {
  const res = await q.query<{ name: 'patents' | 'demands'; seq: number }>(
    'SELECT name, seq FROM push_watermarks',
  );
  const by = new Map(res.rows.map((r) => [r.name, r.seq]));
  return { patents: by.get('patents') ?? null, demands: by.get('demands') ?? null };
}

export async function setWatermark(q: Queryable, name: 'patents' | 'demands', seq: number): Promise<void> {
  await q.query(
    `INSERT INTO push_watermarks (name, seq) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET seq = GREATEST(push_watermarks.seq, EXCLUDED.seq)`,
    [name, seq],
  );
}

export async function sequenceTops(q: Queryable): Promise<{ patents: number; demands: number }> {
  const res = await q.query<{ p: number | null; d: number | null }>(
    'SELECT (SELECT max(change_seq) FROM patents)::int8 AS p, (SELECT max(change_seq) FROM demands)::int8 AS d',
  );
  return { patents: res.rows[0]?.p ?? 0, demands: res.rows[0]?.d ?? 0 };
}

export async function patentsChangedBetween(q: Queryable, from: number, to: number): Promise<Set<number>> {
  const res = await q.query<{ id: number }>(
    'SELECT id FROM patents WHERE change_seq > $1 AND change_seq <= $2',
    [from, to],
  );
  return new Set(res.rows.map((r) => r.id));
}

export async function demandsChangedBetween(q: Queryable, from: number, to: number): Promise<Set<number>> {
  const res = await q.query<{ id: number }>(
    'SELECT id FROM demands WHERE change_seq > $1 AND change_seq <= $2',
    [from, to],
  );
  return new Set(res.rows.map((r) => r.id));
}

/** Claims a day's digest; false when it ran already (in this or another process). */
export async function claimDigestDay(q: Queryable, day: string): Promise<boolean> {
  const res = await q.query(
    'INSERT INTO digest_runs (day, sent) VALUES ($1, 0) ON CONFLICT (day) DO NOTHING',
    [day],
  );
  return res.rowCount > 0;
}

export async function finishDigestDay(q: Queryable, day: string, sent: number): Promise<void> {
  await q.query('UPDATE digest_runs SET sent = $2, ran_at = now() WHERE day = $1', [day, sent]);
}

/** Notifications of daily-digest subscriptions not e-mailed yet, with their user's address. */
export async function undigested(q: Queryable): Promise<(NotificationRow & { user_email: string })[]> {
  const res = await q.query<NotificationRow & { user_email: string }>(
    `SELECT n.*, u.email AS user_email FROM notifications n JOIN users u ON u.id = n.user_id
      WHERE n.digested_at IS NULL AND u.disabled_at IS NULL ORDER BY n.user_id, n.created_at, n.id`,
  );
  return res.rows;
}

export async function markDigested(q: Queryable, ids: readonly number[]): Promise<void> {
  if (ids.length)
    await q.query('UPDATE notifications SET digested_at = now() WHERE id = ANY($1::bigint[])', [[...ids]]);
}
