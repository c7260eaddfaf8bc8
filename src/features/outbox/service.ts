import nodemailer from 'nodemailer';
import type { Database, Queryable } from '../../platform/db/database';
import { afterFailure } from './backoff';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Holds a secret (reset or invitation link): the body is blanked once delivered. */
  sensitive?: boolean;
}

/** Queues a message in the caller's transaction: it is sent only if the transaction commits. */
export async function enqueueEmail(tx: Queryable, message: EmailMessage): Promise<number> {
  const res = await tx.query<{ id: number }>(
    `INSERT INTO email_outbox (to_address, subject, text_body, html_body, sensitive)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [message.to, message.subject, message.text, message.html ?? null, message.sensitive ?? false],
  );
  return res.rows[0]!.id;
}

/** What the sender needs from a mail transport (a nodemailer transporter fits). */
export interface MailTransport {
  sendMail(mail: {
    from: string;
    to: string;
    subject: string;
    text: string;
    html?: string;
  }): Promise<unknown>;
}

export function smtpTransport(smtpUrl: string): MailTransport {
  return nodemailer.createTransport(smtpUrl);
}

interface Claimed {
  id: number;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  attempts: number;
}

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
}

export const DELIVERED_PLACEHOLDER =
  '[已投递，含一次性链接的正文已清除 | Delivered; the body with its one-time link was removed]';

/**
 * Claims due messages (a lease, so several processes never send the same one and a crashed sender's
 * claim expires), sends them one by one and records the outcome with retry back-off.
 */
export async function deliverDue(
  db: Database,
  transport: MailTransport,
  options: { from: string; now?: Date; batchSize?: number; leaseMs?: number },
): Promise<DeliveryReport> {
  const now = options.now ?? new Date();
  const lease = new Date(now.getTime() + (options.leaseMs ?? 5 * 60_000));
  // Without an explicit `now`, due-ness is judged by the database's clock: `next_attempt_at` defaults to the
  // database's now() in microseconds, and a JavaScript Date (milliseconds) taken right after an insert can be
  // earlier than it.
  const claimed = await db.query<Claimed>(
    `UPDATE email_outbox SET locked_until = $2, attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM email_outbox
       WHERE status = 'pending' AND next_attempt_at <= COALESCE($1::timestamptz, clock_timestamp())
         AND (locked_until IS NULL OR locked_until < COALESCE($1::timestamptz, clock_timestamp()))
       ORDER BY next_attempt_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)
     RETURNING id, to_address, subject, text_body, html_body, attempts`,
    [options.now ?? null, lease, options.batchSize ?? 20],
  );
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  for (const m of claimed.rows.sort((a, b) => a.id - b.id)) {
    try {
      await transport.sendMail({
        from: options.from,
        to: m.to_address,
        subject: m.subject,
        text: m.text_body,
        ...(m.html_body ? { html: m.html_body } : {}),
      });
      await db.query(
        `UPDATE email_outbox SET status = 'sent', sent_at = $2, locked_until = NULL, last_error = NULL,
           text_body = CASE WHEN sensitive THEN $3 ELSE text_body END,
           html_body = CASE WHEN sensitive THEN NULL ELSE html_body END
         WHERE id = $1`,
        [m.id, now, DELIVERED_PLACEHOLDER],
      );
      report.sent++;
    } catch (err) {
      const code = (err as { responseCode?: unknown }).responseCode;
      const outcome = afterFailure(m.attempts, typeof code === 'number' ? code : undefined);
      const message = String((err as Error).message ?? err).slice(0, 1000);
      if (outcome.kind === 'retry') {
        await db.query(
          'UPDATE email_outbox SET locked_until = NULL, last_error = $2, next_attempt_at = $3 WHERE id = $1',
          [m.id, message, new Date(now.getTime() + outcome.delayMs)],
        );
        report.retrying++;
      } else {
        await db.query(
          "UPDATE email_outbox SET status = 'failed', locked_until = NULL, last_error = $2 WHERE id = $1",
          [m.id, message],
        );
        report.failed++;
      }
    }
  }
  return report;
}

export interface OutboxSender {
  /** One delivery round now (also what the timer runs). */
  runOnce(): Promise<DeliveryReport>;
  stop(): Promise<void>;
}

export interface OutboxSenderOptions {
  db: Database;
  /** `SMTP_URL`, e.g. `smtps://user:pass@smtp.example.cn:465`. */
  smtpUrl: string | undefined;
  /** `SMTP_FROM`, e.g. `"转化平台" <no-reply@example.cn>`. */
  from: string;
  log: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
  intervalMs?: number;
  /** A transport other than SMTP (nodemailer's stream transport in tests). */
  transport?: MailTransport;
}

/**
 * Starts the background sender when SMTP is configured (or a transport is given). Without
 * configuration it returns `null` and never touches the network: messages stay in the outbox for
 * administrators to read at GET /admin/outbox.
 */
export function startOutboxSender(options: OutboxSenderOptions): OutboxSender | null {
  const transport = options.transport ?? (options.smtpUrl ? smtpTransport(options.smtpUrl) : null);
  if (!transport) return null;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<DeliveryReport> | undefined;
  let stopped = false;
  const runOnce = () => {
    running ??= deliverDue(options.db, transport, { from: options.from }).finally(() => {
      running = undefined;
    });
    return running;
  };
  const tick = async () => {
    try {
      const r = await runOnce();
      if (r.sent || r.retrying || r.failed) options.log.info({ ...r }, 'e-mail outbox delivery round');
    } catch (err) {
      options.log.warn({ err }, 'e-mail outbox delivery round failed');
    }
    if (!stopped) timer = setTimeout(tick, options.intervalMs ?? 10_000);
  };
  timer = setTimeout(tick, 0);
  return {
    runOnce,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
}

export type OutboxStatus = 'pending' | 'sent' | 'failed';

export interface OutboxItem {
  id: number;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

export async function listOutbox(
  db: Queryable,
  query: { status?: OutboxStatus; page: number; pageSize: number },
): Promise<{ total: number; items: OutboxItem[] }> {
  const params: unknown[] = [];
  let w = '';
  if (query.status) {
    params.push(query.status);
    w = 'WHERE status = $1';
  }
  const total = await db.query<{ n: number }>(`SELECT count(*)::int8 AS n FROM email_outbox ${w}`, params);
  const items = await db.query<OutboxItem>(
    `SELECT id, to_address AS "to", subject, text_body AS "text", html_body AS "html", status, attempts,
       next_attempt_at AS "nextAttemptAt", last_error AS "lastError", created_at AS "createdAt", sent_at AS "sentAt"
     FROM email_outbox ${w} ORDER BY id DESC LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
    params,
  );
  return { total: total.rows[0]?.n ?? 0, items: items.rows };
}

/** Puts a failed message back in the queue with a fresh retry budget. `null` when there is no such failed message. */
export async function retryFailed(tx: Queryable, id: number, now: Date): Promise<OutboxItem | null> {
  const res = await tx.query<OutboxItem>(
    `UPDATE email_outbox SET status = 'pending', attempts = 0, next_attempt_at = $2, last_error = NULL
     WHERE id = $1 AND status = 'failed'
     RETURNING id, to_address AS "to", subject, text_body AS "text", html_body AS "html", status, attempts,
       next_attempt_at AS "nextAttemptAt", last_error AS "lastError", created_at AS "createdAt", sent_at AS "sentAt"`,
    [id, now],
  );
  return res.rows[0] ?? null;
}

/**
 * `SMTP_URL` (e.g. `smtps://user:pass@smtp.example.cn:465`, unset = no sending) and `SMTP_FROM`
 * (default `"转化平台 Zhuanhua" <no-reply@<host of the public URL>>`).
 */
export function mailSettingsFromEnv(
  env: NodeJS.ProcessEnv,
  publicUrl: string,
): { smtpUrl: string | undefined; from: string } {
  let host = 'localhost';
  try {
    host = new URL(publicUrl).hostname || host;
  } catch {
    // keep localhost
  }
  return {
    smtpUrl: env.SMTP_URL || undefined,
    from: env.SMTP_FROM || `"转化平台 Zhuanhua" <no-reply@${host}>`,
  };
}
