import type { Database, Queryable } from '../../platform/db/database';
import { type Actor, authorize, SCOPES, type UserActor } from '../accounts';
import type { CatalogueIndex } from '../catalogue/catalogueIndex';
import { getDemandRows } from '../demands';
import type { MatchingService } from '../matching';
import { enqueueEmail } from '../outbox';
import * as repo from './repository';

/**
 * One push round: what changed in the catalogue and the demands since the watermarks (push_watermarks) is
 * matched against every active subscription, and what is new to a subscription becomes one notification (in
 * the app), plus a signed webhook delivery and an immediate e-mail when the subscription asks for them (daily
 * e-mails are the digest's). A subscription on
 * - a demand: changed patents that are now among the demand's top-K matches;
 * - a saved search: changed patents among the search's top-K hits;
 * - a patent: changed demands among the demands fitting it, only those the subscriber may read.
 * The announcements are written in one transaction under an advisory lock, with the watermarks they move:
 * two processes never announce twice, and a crash leaves the watermarks where they were (notifications are
 * unique per subscription and object, so a re-run adds nothing twice). While the model embeds, patents still waiting for a vector are held back to a later round, so they
 * are judged with their embedding.
 */
export interface PushDeps {
  db: Database;
  matching: MatchingService;
  catalogue: CatalogueIndex;
  /** Base of the links in e-mails and webhook bodies. */
  publicUrl: string;
}

export interface PushReport {
  /** Watermarks after the round. */
  patents: number;
  demands: number;
  changedPatents: number;
  changedDemands: number;
  notifications: number;
  webhooks: number;
  emails: number;
  /** First round: watermarks were set to the present, nothing was announced. */
  initialised: boolean;
}

const PUSH_LOCK = 7262010;

/** What the subscriber may see, judged by the same rules as the API. */
function subscriberActor(s: repo.ActiveSubscription): Actor {
  const actor: UserActor = {
    kind: 'user',
    userId: s.user_id,
    email: s.user_email,
    displayName: s.user_email,
    organisationId: s.organisation_id,
    organisationKind: s.organisation_kind as UserActor['organisationKind'],
    role: s.user_role,
    isPlatformAdmin: s.is_platform_admin,
    via: 'session',
    credentialId: 0,
    scopes: SCOPES,
    mustChangePassword: false,
  };
  return actor;
}

interface Announcement {
  objectType: 'patent' | 'demand';
  objectId: number;
  title: string;
  body: string;
  link: string;
  payload: Record<string, unknown>;
}

async function announce(
  tx: Queryable,
  deps: PushDeps,
  s: repo.ActiveSubscription,
  a: Announcement,
  report: PushReport,
): Promise<void> {
  const n = await repo.insertNotification(tx, {
    userId: s.user_id,
    subscriptionId: s.id,
    objectType: a.objectType,
    objectId: a.objectId,
    title: a.title,
    body: a.body,
    link: a.link,
    payload: a.payload,
    digested: s.email !== 'daily',
  });
  if (!n) return; // announced to this subscription before
  report.notifications++;
  const url = `${deps.publicUrl.replace(/\/$/, '')}${a.link}`;
  if (s.webhook_id !== null) {
    const body = JSON.stringify({
      event: 'notification.created',
      notification: {
        id: n.id,
        title: n.title,
        body: n.body,
        link: url,
        createdAt: n.created_at.toISOString(),
      },
      subscription: { id: s.id, kind: s.kind, label: s.label },
      ...a.payload,
    });
    await repo.insertDelivery(tx, {
      webhookId: s.webhook_id,
      notificationId: n.id,
      event: 'notification.created',
      body,
    });
    report.webhooks++;
  }
  if (s.email === 'immediate') {
    await enqueueEmail(tx, {
      to: s.user_email,
      subject: `【专利转化平台】${a.title}`,
      text: `${a.title}\n\n${a.body}\n\n${url}\n\n（订阅：${s.label}。在平台的“我的订阅”中可修改或取消。）`,
    });
    report.emails++;
  }
}

const reasonsText = (reasons: { text: { zh: string } }[]) =>
  reasons
    .slice(0, 3)
    .map((r) => `· ${r.text.zh}`)
    .join('\n');

export async function runPushRound(deps: PushDeps): Promise<PushReport> {
  const { db, matching } = deps;
  // Bring the in-memory indexes up to the database first, and embed waiting demands.
  await deps.catalogue.catchUp();
  await matching.catchUp();
  const embedder = await matching.embedder();
  if (embedder) while ((await matching.demands.embedPending(embedder)) > 0) {}
  const status = await matching.index.status();

  const marks = await repo.watermarks(db);
  const tops = await repo.sequenceTops(db);
  const report: PushReport = {
    patents: marks.patents ?? tops.patents,
    demands: marks.demands ?? tops.demands,
    changedPatents: 0,
    changedDemands: 0,
    notifications: 0,
    webhooks: 0,
    emails: 0,
    initialised: false,
  };
  if (marks.patents === null || marks.demands === null) {
    // First round: only what changes from now on is news.
    await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [PUSH_LOCK]);
      await repo.setWatermark(tx, 'patents', tops.patents);
      await repo.setWatermark(tx, 'demands', tops.demands);
    });
    return { ...report, patents: tops.patents, demands: tops.demands, initialised: true };
  }

  // Matching reads the database itself, so the announcements are worked out before the transaction.
  // Patents newer than the matching index, or waiting for their vector, wait for a later round.
  let patentTop = Math.min(tops.patents, matching.index.watermark);
  const changedRows = await db.query<{ id: number; change_seq: number }>(
    'SELECT id, change_seq FROM patents WHERE change_seq > $1 AND change_seq <= $2',
    [marks.patents, patentTop],
  );
  if (status.mode === 'hybrid') {
    const waiting = changedRows.rows.filter((r) => !matching.index.store.hasVector(r.id));
    if (waiting.length) patentTop = Math.min(...waiting.map((r) => r.change_seq)) - 1;
  }
  const changedPatents = new Set(changedRows.rows.filter((r) => r.change_seq <= patentTop).map((r) => r.id));
  const demandTop = Math.min(tops.demands, matching.demands.watermark);
  const changedDemands = await repo.demandsChangedBetween(db, marks.demands, demandTop);
  report.changedPatents = changedPatents.size;
  report.changedDemands = changedDemands.size;

  const planned: { s: repo.ActiveSubscription; a: Announcement }[] = [];
  const subscriptions = (await repo.activeSubscriptions(db)).filter((s) => !s.user_disabled);
  const demandRows = new Map(
    (
      await getDemandRows(
        db,
        subscriptions.filter((s) => s.kind === 'demand').map((s) => s.demand_id!),
      )
    ).map((r) => [r.id, r]),
  );
  for (const s of subscriptions) {
    const actor = subscriberActor(s);
    if (s.kind === 'demand' && changedPatents.size) {
      const row = demandRows.get(s.demand_id!);
      if (!row || row.state === 'closed') continue;
      const readable = authorize(actor, 'demand.read', {
        ownerOrganisationId: row.organisation_id,
        visibility: row.visibility,
        approvedOrganisationIds: row.approved_organisation_ids,
      }).allowed;
      if (!readable) continue;
      const result = await matching.matchDemand(row, { limit: s.top_k });
      for (const item of result.items) {
        if (!changedPatents.has(item.patent.id)) continue;
        planned.push({
          s,
          a: {
            objectType: 'patent',
            objectId: item.patent.id,
            title: `需求「${row.title}」有新的匹配专利：${item.patent.title}`,
            body: `第 ${item.rank} 位，匹配度 ${item.score.toFixed(2)}\n${reasonsText(item.reasons)}`,
            link: `/patents/${item.patent.id}`,
            payload: {
              demand: { id: row.id, title: row.title },
              patent: item.patent,
              rank: item.rank,
              score: item.score,
              reasons: item.reasons.slice(0, 5).map((r) => ({ kind: r.kind, text: r.text })),
            },
          },
        });
      }
    } else if (s.kind === 'search' && changedPatents.size && s.query) {
      const result = deps.catalogue.search({
        text: s.query,
        filters: s.filters,
        match: 'all',
        limit: s.top_k,
      });
      const fresh = result.hits.filter((h) => changedPatents.has(h.key));
      if (!fresh.length) continue;
      const titles = await db.query<{ id: number; title: string; application_number: string | null }>(
        'SELECT id, title, application_number FROM patents WHERE id = ANY($1::bigint[])',
        [fresh.map((h) => h.key)],
      );
      const byId = new Map(titles.rows.map((r) => [r.id, r]));
      for (const h of fresh) {
        const p = byId.get(h.key);
        if (!p) continue;
        planned.push({
          s,
          a: {
            objectType: 'patent',
            objectId: p.id,
            title: `检索「${s.query}」有新专利：${p.title}`,
            body: p.application_number ? `申请号 ${p.application_number}` : p.title,
            link: `/patents/${p.id}`,
            payload: {
              search: { query: s.query, filters: s.filters },
              patent: { id: p.id, title: p.title, applicationNumber: p.application_number },
            },
          },
        });
      }
    } else if (s.kind === 'patent' && changedDemands.size) {
      const found = await matching.demandsForPatent(
        s.patent_id!,
        (e) =>
          authorize(actor, 'demand.read', {
            ownerOrganisationId: e.organisationId,
            visibility: e.visibility,
            approvedOrganisationIds: e.approvedOrganisationIds,
          }).allowed,
        s.top_k,
      );
      if (!found) continue;
      for (const [i, r] of found.ranked.entries()) {
        if (!changedDemands.has(r.entry.id)) continue;
        planned.push({
          s,
          a: {
            objectType: 'demand',
            objectId: r.entry.id,
            title: `专利「${found.card.title}」有新的匹配需求：${r.entry.title}`,
            body: `第 ${i + 1} 位，匹配度 ${r.score.toFixed(2)}`,
            link: `/demands/${r.entry.id}`,
            payload: {
              patent: { id: found.card.id, title: found.card.title },
              demand: { id: r.entry.id, title: r.entry.title },
              rank: i + 1,
              score: Math.round(r.score * 10_000) / 10_000,
            },
          },
        });
      }
    }
  }

  const nextPatents = Math.max(marks.patents, patentTop);
  const nextDemands = Math.max(marks.demands, demandTop);
  const done = await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [PUSH_LOCK]);
    const now = await repo.watermarks(tx);
    // Another process ran this round meanwhile: its announcements stand, this one is dropped.
    if (now.patents !== marks.patents || now.demands !== marks.demands) return false;
    for (const p of planned) await announce(tx, deps, p.s, p.a, report);
    await repo.setWatermark(tx, 'patents', nextPatents);
    await repo.setWatermark(tx, 'demands', nextDemands);
    return true;
  });
  if (!done) return { ...report, notifications: 0, webhooks: 0, emails: 0 };
  return { ...report, patents: nextPatents, demands: nextDemands };
}
