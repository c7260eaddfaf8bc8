import type { Database } from '../../platform/db/database';
import { enqueueEmail } from '../outbox';
import * as repo from './repository';

/**
 * The daily digest: once per calendar day in China Standard Time (digest_runs holds the days that ran, so two
 * processes or a restart never send it twice), from DIGEST_HOUR on, each user with notifications of
 * daily-digest subscriptions not yet e-mailed gets one e-mail listing them (through the outbox, sent only if
 * SMTP is configured).
 */
export const DIGEST_HOUR = 8;
const CST_OFFSET_MS = 8 * 60 * 60_000;

/** The CST calendar day and hour of an instant ('2025-06-01', 9). */
export function chinaDayAndHour(at: Date): { day: string; hour: number } {
  const local = new Date(at.getTime() + CST_OFFSET_MS);
  return { day: local.toISOString().slice(0, 10), hour: local.getUTCHours() };
}

export interface DigestReport {
  day: string;
  ran: boolean;
  users: number;
  notifications: number;
}

export async function runDailyDigest(
  db: Database,
  options: { now: Date; publicUrl: string; hour?: number },
): Promise<DigestReport> {
  const { day, hour } = chinaDayAndHour(options.now);
  if (hour < (options.hour ?? DIGEST_HOUR)) return { day, ran: false, users: 0, notifications: 0 };
  const base = options.publicUrl.replace(/\/$/, '');
  return db.transaction(async (tx) => {
    if (!(await repo.claimDigestDay(tx, day))) return { day, ran: false, users: 0, notifications: 0 };
    const pending = await repo.undigested(tx);
    const byUser = new Map<number, typeof pending>();
    for (const n of pending) {
      const list = byUser.get(n.user_id) ?? [];
      list.push(n);
      byUser.set(n.user_id, list);
    }
    for (const list of byUser.values()) {
      const lines = list.slice(0, 50).map((n, i) => `${i + 1}. ${n.title}\n   ${base}${n.link}`);
      const more = list.length > 50 ? `\n……另有 ${list.length - 50} 条，请登录平台查看。` : '';
      await enqueueEmail(tx, {
        to: list[0]!.user_email,
        subject: `【专利转化平台】${day} 订阅日报：${list.length} 条新消息`,
        text: `您订阅的技术需求、检索和专利有 ${list.length} 条新消息：\n\n${lines.join('\n')}${more}\n\n查看全部：${base}/notifications\n（在“我的订阅”中可改为即时提醒或不发邮件。）`,
      });
    }
    await repo.markDigested(
      tx,
      pending.map((n) => n.id),
    );
    await repo.finishDigestDay(tx, day, byUser.size);
    return { day, ran: true, users: byUser.size, notifications: pending.length };
  });
}
