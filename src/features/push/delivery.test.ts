import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createUser } from '../../../test/support/auth';
import { describeEachEngine } from '../../../test/support/databases';
import { deliverDueWebhooks } from './delivery';
import * as repo from './repository';
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, verifySignature } from './signature';
import { publicOnlyLookup } from './webhookClient';

/** A real HTTP receiver on a loopback port: records what arrives and answers from a script of status codes. */
class Receiver {
  private server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      this.received.push({
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        path: req.url ?? '',
      });
      const status = this.script.shift() ?? 200;
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status >= 400 ? 'receiver says no' : 'ok');
    });
  });
  received: { headers: http.IncomingHttpHeaders; body: string; path: string }[] = [];
  script: number[] = [];
  url = '';
  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  close() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

describeEachEngine('webhook delivery to a real HTTP server', (db) => {
  const receiver = new Receiver();
  let userId: number;
  let webhookId: number;
  const secret = 'whsec_delivery_test_secret';
  beforeAll(async () => {
    await receiver.start();
    userId = (await createUser(db())).userId;
    webhookId = (
      await repo.insertWebhook(db(), { userId, organisationId: null, url: `${receiver.url}/hook`, secret })
    ).id;
  });
  afterAll(() => receiver.close());
  beforeEach(async () => {
    receiver.received = [];
    receiver.script = [];
    // Each test starts with no pending deliveries.
    await db().query("UPDATE webhook_deliveries SET status = 'failed' WHERE status = 'pending'");
  });

  const queue = async (body: object) =>
    repo.insertDelivery(db(), {
      webhookId,
      notificationId: null,
      event: 'notification.created',
      body: JSON.stringify(body),
    });
  const row = async (id: number) =>
    (
      await db().query<{
        status: string;
        attempts: number;
        last_status_code: number | null;
        last_error: string | null;
        next_attempt_at: Date;
      }>(
        'SELECT status, attempts, last_status_code, last_error, next_attempt_at FROM webhook_deliveries WHERE id = $1',
        [id],
      )
    ).rows[0]!;

  it('is delivered at once (due by the database clock) and the signature verifies over the raw body', async () => {
    const id = await queue({
      event: 'notification.created',
      title: '需求「提高锂电池正极材料能量密度」有新的匹配专利',
    });
    const clock = () => new Date('2025-06-01T02:00:00Z');
    const report = await deliverDueWebhooks(db(), { allowPrivateNetwork: true, clock });
    expect(report).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect(receiver.received).toHaveLength(1);
    const got = receiver.received[0]!;
    expect(got.path).toBe('/hook');
    expect(got.headers[EVENT_HEADER]).toBe('notification.created');
    expect(got.headers[DELIVERY_HEADER]).toBe(String(id));
    expect(got.headers['content-type']).toMatch(/application\/json/);
    const now = Math.floor(clock().getTime() / 1000);
    expect(verifySignature(secret, got.headers[SIGNATURE_HEADER] as string, got.body, now)).toEqual({
      ok: true,
      timestamp: now,
    });
    expect(verifySignature('whsec_wrong', got.headers[SIGNATURE_HEADER] as string, got.body, now).ok).toBe(
      false,
    );
    expect(JSON.parse(got.body).title).toMatch(/锂电池/);
    expect(await row(id)).toMatchObject({ status: 'delivered', attempts: 1, last_status_code: 200 });
  });

  it('a 500 is retried after the back-off, then delivered', async () => {
    const id = await queue({ n: 1 });
    receiver.script = [500, 502];
    const t0 = new Date(Date.now() + 1000);
    expect(await deliverDueWebhooks(db(), { allowPrivateNetwork: true, now: t0 })).toEqual({
      delivered: 0,
      retrying: 1,
      failed: 0,
    });
    expect(await row(id)).toMatchObject({ status: 'pending', attempts: 1, last_status_code: 500 });
    expect((await row(id)).last_error).toMatch(/HTTP 500: receiver says no/);
    // Not due again before 30 s have passed.
    expect(
      await deliverDueWebhooks(db(), { allowPrivateNetwork: true, now: new Date(t0.getTime() + 29_000) }),
    ).toEqual({
      delivered: 0,
      retrying: 0,
      failed: 0,
    });
    expect(
      await deliverDueWebhooks(db(), { allowPrivateNetwork: true, now: new Date(t0.getTime() + 31_000) }),
    ).toEqual({
      delivered: 0,
      retrying: 1,
      failed: 0,
    });
    expect((await row(id)).attempts).toBe(2);
    // The second back-off is 2 minutes.
    expect(
      await deliverDueWebhooks(db(), {
        allowPrivateNetwork: true,
        now: new Date(t0.getTime() + 31_000 + 119_000),
      }),
    ).toMatchObject({
      retrying: 0,
      delivered: 0,
    });
    expect(
      await deliverDueWebhooks(db(), {
        allowPrivateNetwork: true,
        now: new Date(t0.getTime() + 31_000 + 121_000),
      }),
    ).toEqual({
      delivered: 1,
      retrying: 0,
      failed: 0,
    });
    expect(receiver.received.map((r) => r.headers[DELIVERY_HEADER])).toEqual([
      String(id),
      String(id),
      String(id),
    ]);
    expect(await row(id)).toMatchObject({ status: 'delivered', attempts: 3, last_status_code: 200 });
  });

  it('gives up after N attempts of 500', async () => {
    const id = await queue({ n: 2 });
    receiver.script = [500, 500, 500, 500];
    let t = Date.now() + 1000;
    const reports = [];
    for (let i = 0; i < 3; i++) {
      reports.push(
        await deliverDueWebhooks(db(), { allowPrivateNetwork: true, now: new Date(t), maxAttempts: 3 }),
      );
      t += 24 * 60 * 60_000;
    }
    expect(reports).toEqual([
      { delivered: 0, retrying: 1, failed: 0 },
      { delivered: 0, retrying: 1, failed: 0 },
      { delivered: 0, retrying: 0, failed: 1 },
    ]);
    const r = await row(id);
    expect(r).toMatchObject({ status: 'failed', attempts: 3, last_status_code: 500 });
    expect(r.last_error).toMatch(/gave up after 3 attempts/);
    expect(await deliverDueWebhooks(db(), { allowPrivateNetwork: true, now: new Date(t) })).toEqual({
      delivered: 0,
      retrying: 0,
      failed: 0,
    });
    expect(receiver.received).toHaveLength(3);
  });

  it('a 404 is not retried; a closed port is', async () => {
    const refused = await queue({ n: 3 });
    receiver.script = [404];
    expect(
      await deliverDueWebhooks(db(), { allowPrivateNetwork: true, now: new Date(Date.now() + 1000) }),
    ).toEqual({
      delivered: 0,
      retrying: 0,
      failed: 1,
    });
    expect(await row(refused)).toMatchObject({ status: 'failed', last_status_code: 404 });

    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const dead = await repo.insertWebhook(db(), {
      userId,
      organisationId: null,
      url: `http://127.0.0.1:${port}/`,
      secret,
    });
    const id = await repo.insertDelivery(db(), {
      webhookId: dead.id,
      notificationId: null,
      event: 'webhook.ping',
      body: '{}',
    });
    expect(
      await deliverDueWebhooks(db(), {
        allowPrivateNetwork: true,
        now: new Date(Date.now() + 1000),
        timeoutMs: 2000,
      }),
    ).toEqual({
      delivered: 0,
      retrying: 1,
      failed: 0,
    });
    expect(await row(id)).toMatchObject({ status: 'pending', attempts: 1, last_status_code: null });
    expect((await row(id)).last_error).toBeTruthy();
    await repo.disableWebhook(db(), dead.id);
    expect(await row(id)).toMatchObject({ status: 'failed', last_error: 'webhook disabled' });
  });

  it('two senders at once send each delivery once (the lease)', async () => {
    const ids = [await queue({ n: 4 }), await queue({ n: 5 }), await queue({ n: 6 })];
    const now = new Date(Date.now() + 1000);
    const [a, b] = await Promise.all([
      deliverDueWebhooks(db(), { allowPrivateNetwork: true, now }),
      deliverDueWebhooks(db(), { allowPrivateNetwork: true, now }),
    ]);
    expect(a.delivered + b.delivered).toBe(3);
    expect(receiver.received.map((r) => r.headers[DELIVERY_HEADER]).sort()).toEqual(ids.map(String).sort());
  });

  it('without ZHUANHUA_WEBHOOK_ALLOW_PRIVATE, a name that resolves to loopback when the delivery connects is refused; nothing reaches the receiver', async () => {
    const port = new URL(receiver.url).port;
    for (const url of [`http://localhost:${port}/hook`, `${receiver.url}/hook`]) {
      const hook = await repo.insertWebhook(db(), { userId, organisationId: null, url, secret });
      const id = await repo.insertDelivery(db(), {
        webhookId: hook.id,
        notificationId: null,
        event: 'webhook.ping',
        body: '{}',
      });
      expect(await deliverDueWebhooks(db(), { now: new Date(Date.now() + 1000), timeoutMs: 2000 })).toEqual({
        delivered: 0,
        retrying: 1,
        failed: 0,
      });
      expect((await row(id)).last_error, url).toMatch(/loopback or private address/);
      await repo.disableWebhook(db(), hook.id);
    }
    expect(receiver.received).toEqual([]);
  });
});

describe('publicOnlyLookup (the address check at connect time)', () => {
  const lookup = (host: string) =>
    new Promise<{ err: NodeJS.ErrnoException | null; address: unknown }>((resolve) =>
      publicOnlyLookup(host, {}, (err, address) => resolve({ err, address })),
    );
  it('refuses a name whose address is loopback, passes an address that is public', async () => {
    const local = await lookup('localhost');
    expect(local.err?.code).toBe('EPRIVATEADDRESS');
    expect(local.err?.message).toMatch(/localhost resolves to (127\.0\.0\.1|::1)/);
    // An IP literal is its own lookup result (no network needed).
    const pub = await lookup('93.184.215.14');
    expect(pub).toEqual({ err: null, address: '93.184.215.14' });
  });
});
