import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../test/support/auth';
import { ENGINES, freshDatabase } from '../../../test/support/databases';
import type { Database } from '../../platform/db/database';
import { type MatchingPlatform, openMatchingPlatform } from '../matching/testPlatform';
import { importPatentFile } from '../patents/import/importer';
import { loadReferenceCatalog } from '../reference';
import { deliverDueWebhooks } from './delivery';
import { runDailyDigest } from './digest';
import { startPushJobs } from './jobs';
import { runPushRound } from './pushRound';
import { SIGNATURE_HEADER, verifySignature } from './signature';

const CATL = '91350900587527783P';
const demand = (over: Record<string, unknown> = {}) => ({
  enterpriseName: '宁德时代新能源科技股份有限公司',
  creditCode: CATL,
  title: '提高锂电池正极材料能量密度',
  problem: '锂电池正极材料的能量密度提高10%',
  preferredModes: ['exclusive_licence'],
  contactName: '王经理',
  contactEmail: 'wang@example.cn',
  ...over,
});

/** New patents, in the layout of cn-titles-ipc.csv, imported as a later catalogue update would be. */
async function importTitles(db: Database, dir: string, rows: [string, string, string][]): Promise<void> {
  const file = path.join(dir, `new-${Date.now()}-${Math.random().toString(36).slice(2)}.csv`);
  fs.writeFileSync(
    file,
    `publication_number,kind,title,ipc_subclasses\n${rows.map(([n, t, i]) => `${n},发明公开,${t},${i}`).join('\n')}\n`,
  );
  const r = await importPatentFile(db, file, {
    reference: await loadReferenceCatalog(db),
    source: 'test:update',
  });
  expect(r.rejected).toEqual([]);
}

function receiver() {
  const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(204).end();
    });
  });
  return {
    received,
    async start() {
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

for (const engine of ENGINES) {
  describe(`push: subscriptions, notifications, webhooks, e-mail, digest [${engine}]`, () => {
    let m: MatchingPlatform;
    let db: Database;
    let modelDir: string;
    let catl: Record<string, string>;
    let catlEmail: string;
    let byd: Record<string, string>;
    let university: Record<string, string>;
    let universityOrg: number;
    let demandId: number;
    let privateId: number;
    const hook = receiver();
    let hookUrl: string;

    const api = (
      method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
      url: string,
      headers: Record<string, string> = {},
      payload?: unknown,
    ) =>
      m.app.inject({
        method,
        url: `/api/v1${url}`,
        headers,
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
    const pushDeps = () => ({
      db,
      matching: m.runtime.matching,
      catalogue: m.runtime.catalogue,
      publicUrl: 'https://zhuanhua.example',
    });

    beforeAll(async () => {
      db = await freshDatabase(engine);
      // Keyword matching keeps this suite quick; the hybrid hold-back is tested below.
      modelDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-push-nomodel-'));
      m = await openMatchingPlatform(db, { modelDir, env: { ZHUANHUA_WEBHOOK_ALLOW_PRIVATE: '1' } });
      const catlUser = await createUser(db, { kind: 'enterprise' });
      catlEmail = catlUser.email;
      await db.query('UPDATE organisations SET credit_code = $2 WHERE id = $1', [
        catlUser.organisationId,
        CATL,
      ]);
      catl = await m.login(catlUser);
      byd = await m.login(await createUser(db, { kind: 'enterprise' }));
      const uni = await createUser(db, { kind: 'university' });
      universityOrg = uni.organisationId!;
      university = await m.login(uni);
      demandId = ((await api('POST', '/demands', catl, demand())).json() as { id: number }).id;
      privateId = (
        (
          await api('POST', '/demands', catl, demand({ title: '保密：锂电池负极', visibility: 'private' }))
        ).json() as { id: number }
      ).id;
      hookUrl = await hook.start();
    });
    afterAll(async () => {
      await hook.close();
      await m?.close();
      fs.rmSync(modelDir, { recursive: true, force: true });
    });

    describe('subscriptions and webhooks are their owner’s alone', () => {
      it('anonymous 401; a private demand of another enterprise cannot be followed; bad input 422/404', async () => {
        expect((await api('GET', '/subscriptions')).statusCode).toBe(401);
        expect((await api('POST', '/subscriptions', {}, { kind: 'demand', demandId })).statusCode).toBe(401);
        const refused = await api('POST', '/subscriptions', byd, { kind: 'demand', demandId: privateId });
        expect(refused.statusCode).toBe(403);
        expect(refused.json()).toMatchObject({ code: 'NOT_VISIBLE' });
        const filters = await api('POST', '/subscriptions', byd, {
          kind: 'search',
          query: '电池',
          filters: { colour: ['red'] },
        });
        expect(filters.statusCode).toBe(422);
        expect((filters.json() as { errors: { path: string }[] }).errors[0]!.path).toBe(
          'body.filters.colour',
        );
        expect((await api('POST', '/subscriptions', byd, { kind: 'search' })).statusCode).toBe(422);
        expect(
          (await api('POST', '/subscriptions', byd, { kind: 'patent', patentId: 99_999_999 })).statusCode,
        ).toBe(404);
        expect((await api('POST', '/webhooks', catl, { url: 'ftp://example.cn/' })).statusCode).toBe(422);
      });

      it('another user cannot see, change or delete them; a token needs demands:write to write', async () => {
        const s = (
          await api('POST', '/subscriptions', catl, { kind: 'search', query: '正极材料' })
        ).json() as { id: number };
        const w = (await api('POST', '/webhooks', catl, { url: hookUrl })).json() as {
          id: number;
          secret: string;
        };
        expect(w.secret).toMatch(/^whsec_/);
        expect((await api('GET', '/subscriptions', byd)).json()).toEqual([]);
        expect((await api('GET', '/webhooks', byd)).json()).toEqual([]);
        expect((await api('PATCH', `/subscriptions/${s.id}`, byd, { active: false })).statusCode).toBe(404);
        expect((await api('DELETE', `/subscriptions/${s.id}`, byd)).statusCode).toBe(404);
        expect((await api('DELETE', `/webhooks/${w.id}`, byd)).statusCode).toBe(404);
        expect((await api('POST', `/webhooks/${w.id}/ping`, byd)).statusCode).toBe(404);
        expect((await api('GET', `/webhooks/${w.id}/deliveries`, byd)).statusCode).toBe(404);
        expect(
          (await api('POST', '/subscriptions', byd, { kind: 'search', query: 'x', webhookId: w.id }))
            .statusCode,
        ).toBe(422);
        const token = async (scopes: string[]) =>
          (
            (await api('POST', '/tokens', catl, { name: `push ${scopes.join(' ')}`, scopes })).json() as {
              token: string;
            }
          ).token;
        const reader = { authorization: `Bearer ${await token(['demands:read'])}` };
        expect((await api('GET', '/subscriptions', reader)).statusCode).toBe(200);
        const noWrite = await api('POST', '/subscriptions', reader, { kind: 'search', query: '电池' });
        expect(noWrite.statusCode).toBe(403);
        const writer = { authorization: `Bearer ${await token(['demands:write'])}` };
        const viaToken = (
          await api('POST', '/subscriptions', writer, { kind: 'search', query: '电池' })
        ).json() as { id: number };
        expect((await api('DELETE', `/subscriptions/${viaToken.id}`, writer)).statusCode).toBe(204);
        const listed = (await api('GET', '/webhooks', catl)).json() as object[];
        expect(JSON.stringify(listed)).not.toMatch(/whsec_/);
        expect((await api('DELETE', `/subscriptions/${s.id}`, catl)).statusCode).toBe(204);
        const audit = await db.query<{ action: string }>(
          "SELECT action FROM audit_log WHERE object_type IN ('subscription', 'webhook') ORDER BY seq",
        );
        expect(audit.rows.map((r) => r.action)).toEqual([
          'subscription.create',
          'webhook.create',
          'subscription.create',
          'subscription.delete',
          'subscription.delete',
        ]);
        expect(
          JSON.stringify(await db.query("SELECT after FROM audit_log WHERE action = 'webhook.create'")),
        ).not.toMatch(/whsec_/);
      });
    });

    it('new patents and demands reach the subscribers: in the app, by signed webhook, by e-mail; a re-run adds nothing', async () => {
      const w = (await api('POST', '/webhooks', catl, { url: hookUrl })).json() as {
        id: number;
        secret: string;
      };
      const follow = await api('POST', '/subscriptions', catl, {
        kind: 'demand',
        demandId,
        topK: 20,
        email: 'immediate',
        webhookId: w.id,
      });
      expect(follow.statusCode, follow.body).toBe(201);
      await api('POST', '/subscriptions', catl, { kind: 'search', query: '钠离子电池', email: 'daily' });
      const battery = (
        await db.query<{ id: number }>(
          "SELECT id FROM patents WHERE title LIKE '%正极材料%' ORDER BY id LIMIT 1",
        )
      ).rows[0]!.id;
      expect(
        (
          await api('POST', '/subscriptions', university, {
            kind: 'patent',
            patentId: battery,
            email: 'none',
          })
        ).statusCode,
      ).toBe(201);

      const first = await runPushRound(pushDeps());
      expect(first.initialised).toBe(true);
      expect(first.notifications).toBe(0);

      await importTitles(db, m.dataDir, [
        ['CN999000001A', '一种高能量密度锂电池正极材料及其制备方法', 'H01M'],
        ['CN999000002A', '一种钠离子电池层状氧化物正极材料', 'H01M'],
        ['CN999000003A', '一种茶叶杀青机', 'A23F'],
      ]);
      const newDemand = (
        (
          await api(
            'POST',
            '/demands',
            byd,
            demand({
              creditCode: '91440300192317458F',
              enterpriseName: '比亚迪',
              title: '正极材料能量密度提升',
            }),
          )
        ).json() as { id: number }
      ).id;
      const hidden = (
        (
          await api(
            'POST',
            '/demands',
            byd,
            demand({
              creditCode: '91440300192317458F',
              enterpriseName: '比亚迪',
              title: '保密：正极材料涂布',
              visibility: 'private',
            }),
          )
        ).json() as { id: number }
      ).id;

      const round = await runPushRound(pushDeps());
      expect(round.changedPatents).toBe(3);
      expect(round.changedDemands).toBeGreaterThanOrEqual(2);
      const catlNotes = (await api('GET', '/notifications', catl)).json() as {
        total: number;
        unread: number;
        items: {
          id: number;
          title: string;
          objectType: string;
          link: string;
          payload: { patent?: { title: string }; reasons?: unknown[] };
        }[];
      };
      const titles = catlNotes.items.map((n) => n.title);
      expect(
        titles.some((t) => t.includes('一种高能量密度锂电池正极材料及其制备方法') && t.startsWith('需求')),
      ).toBe(true);
      expect(
        titles.some((t) => t.startsWith('检索「钠离子电池」') && t.includes('钠离子电池层状氧化物正极材料')),
      ).toBe(true);
      expect(titles.some((t) => t.includes('茶叶'))).toBe(false);
      expect(catlNotes.unread).toBe(catlNotes.total);
      const match = catlNotes.items.find((n) => n.title.startsWith('需求'))!;
      expect(match.link).toMatch(/^\/patents\/\d+$/);
      expect(match.payload.reasons!.length).toBeGreaterThan(0);

      const uniNotes = (await api('GET', '/notifications', university)).json() as {
        items: { objectType: string; objectId: number }[];
      };
      expect(uniNotes.items.map((n) => n.objectId)).toContain(newDemand);
      expect(uniNotes.items.map((n) => n.objectId)).not.toContain(hidden);
      expect(uniNotes.items.every((n) => n.objectType === 'demand')).toBe(true);

      // Immediate e-mail for the demand subscription, through the outbox.
      const mail = await db.query<{ to_address: string; subject: string; text_body: string }>(
        "SELECT to_address, subject, text_body FROM email_outbox WHERE subject LIKE '%有新的匹配专利%'",
      );
      expect(mail.rows.length).toBeGreaterThan(0);
      expect(mail.rows[0]!.to_address).toBe(catlEmail);
      expect(mail.rows[0]!.text_body).toMatch(/https:\/\/zhuanhua\.example\/patents\/\d+/);

      // The webhook: queued, then delivered signed to the receiver.
      const sent = await deliverDueWebhooks(db, {
        allowPrivateNetwork: true,
        now: new Date(Date.now() + 1000),
      });
      expect(sent.delivered).toBeGreaterThan(0);
      const got = hook.received.find((r) => JSON.parse(r.body).event === 'notification.created')!;
      expect(
        verifySignature(
          w.secret,
          got.headers[SIGNATURE_HEADER] as string,
          got.body,
          Math.floor(Date.now() / 1000),
        ).ok,
      ).toBe(true);
      expect(JSON.parse(got.body)).toMatchObject({
        subscription: { kind: 'demand' },
        notification: { link: expect.stringMatching(/^https:\/\/zhuanhua\.example\//) },
      });

      const again = await runPushRound(pushDeps());
      expect(again.notifications).toBe(0);
      const count = async () =>
        (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM notifications')).rows[0]!.n;
      const before = await count();
      // A repeated round over the same three patents (watermark moved back by hand) adds nothing twice.
      await db.query("UPDATE push_watermarks SET seq = seq - 3 WHERE name = 'patents'");
      await runPushRound(pushDeps());
      expect(await count()).toBe(before);

      // An approval lets the university see the private demand: it is announced on the next round.
      await api('POST', `/demands/${hidden}/approvals`, byd, { organisationId: universityOrg });
      await runPushRound(pushDeps());
      const after = (await api('GET', '/notifications', university)).json() as {
        items: { objectId: number }[];
      };
      expect(after.items.map((n) => n.objectId)).toContain(hidden);
    });

    it('notifications are marked read one by one or all at once, own only', async () => {
      const list = (await api('GET', '/notifications?unread=true', catl)).json() as {
        unread: number;
        items: { id: number }[];
      };
      expect(list.unread).toBeGreaterThan(1);
      const one = list.items[0]!.id;
      expect((await api('POST', `/notifications/${one}/read`, byd)).statusCode).toBe(404);
      expect((await api('POST', `/notifications/${one}/read`)).statusCode).toBe(401);
      expect((await api('POST', `/notifications/${one}/read`, catl)).json()).toEqual({ read: [one] });
      expect((await api('POST', `/notifications/${one}/read`, catl)).json()).toEqual({ read: [] });
      const rest = (await api('POST', '/notifications/read-all', catl)).json() as { read: number[] };
      expect(rest.read.length).toBe(list.unread - 1);
      expect(
        (await api('GET', '/notifications?unread=true', catl)).json() as { total: number; unread: number },
      ).toMatchObject({ total: 0, unread: 0 });
    });

    it('the daily digest e-mails each daily subscriber once per China day, from 08:00', async () => {
      const early = await runDailyDigest(db, {
        now: new Date('2030-03-01T23:30:00Z'),
        publicUrl: 'https://zhuanhua.example',
      });
      expect(early).toMatchObject({ day: '2030-03-02', ran: false });
      const morning = await runDailyDigest(db, {
        now: new Date('2030-03-02T01:00:00Z'),
        publicUrl: 'https://zhuanhua.example',
      });
      expect(morning).toMatchObject({ day: '2030-03-02', ran: true, users: 1 });
      const digest = await db.query<{ to_address: string; subject: string; text_body: string }>(
        "SELECT to_address, subject, text_body FROM email_outbox WHERE subject LIKE '%订阅日报%'",
      );
      expect(digest.rows).toHaveLength(1);
      expect(digest.rows[0]!.to_address).toBe(catlEmail);
      expect(digest.rows[0]!.text_body).toMatch(/钠离子电池层状氧化物正极材料/);
      const later = await runDailyDigest(db, {
        now: new Date('2030-03-02T09:00:00Z'),
        publicUrl: 'https://zhuanhua.example',
      });
      expect(later.ran).toBe(false);
      const next = await runDailyDigest(db, {
        now: new Date('2030-03-03T01:00:00Z'),
        publicUrl: 'https://zhuanhua.example',
      });
      expect(next).toMatchObject({ ran: true, users: 0, notifications: 0 });
    });

    it('the jobs run once on demand and stop cleanly', async () => {
      const jobs = startPushJobs(pushDeps(), {
        log: { info() {}, warn() {} },
        pushMs: 3_600_000,
        webhookMs: 3_600_000,
        digestMs: 3_600_000,
      });
      const r = await jobs.runOnce();
      expect(r.push.initialised).toBe(false);
      await jobs.stop();
    });
  });
}

describe('push with the model: a new patent is announced once it has its vector', () => {
  let m: MatchingPlatform;
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase('pglite');
    m = await openMatchingPlatform(db);
    while ((await m.runtime.matching.index.embedPending({ max: 256 })) > 0) {}
  });
  afterAll(() => m?.close());

  it('held back while waiting for its embedding, announced after it', async () => {
    const user = await createUser(db, { kind: 'enterprise' });
    await db.query('UPDATE organisations SET credit_code = $2 WHERE id = $1', [user.organisationId, CATL]);
    const headers = await m.login(user);
    const id = (
      (await m.app.inject({ method: 'POST', url: '/api/v1/demands', headers, payload: demand() })).json() as {
        id: number;
      }
    ).id;
    await m.app.inject({
      method: 'POST',
      url: '/api/v1/subscriptions',
      headers,
      payload: { kind: 'demand', demandId: id },
    });
    const deps = {
      db,
      matching: m.runtime.matching,
      catalogue: m.runtime.catalogue,
      publicUrl: 'https://zhuanhua.example',
    };
    expect((await runPushRound(deps)).initialised).toBe(true);
    await importTitles(db, m.dataDir, [['CN999000009A', '一种锂电池高镍正极材料的能量密度提升方法', 'H01M']]);
    const held = await runPushRound(deps);
    expect(held).toMatchObject({ changedPatents: 0, notifications: 0 });
    expect(m.runtime.matching.index.store.size - m.runtime.matching.index.store.vectorCount).toBe(1);
    await m.runtime.matching.index.embedPending();
    const announced = await runPushRound(deps);
    expect(announced.changedPatents).toBe(1);
    expect(announced.notifications).toBe(1);
  });
});
