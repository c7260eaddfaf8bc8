import net from 'node:net';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/databases';
import { MAX_ATTEMPTS } from './backoff';
import {
  DELIVERED_PLACEHOLDER,
  deliverDue,
  enqueueEmail,
  mailSettingsFromEnv,
  smtpTransport,
  startOutboxSender,
} from './service';

/**
 * A minimal SMTP server on localhost (RFC 5321 happy path): accepts every message, except that it
 * answers `550` to recipients at reject.test and `451` to recipients at busy.test.
 */
class SmtpSink {
  messages: Array<{ from: string; to: string[]; data: string }> = [];
  private server = net.createServer((socket) => this.session(socket));
  port = 0;

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private session(socket: net.Socket) {
    let buffer = '';
    let inData = false;
    let current = { from: '', to: [] as string[], data: '' };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 sink.test ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let i = buffer.indexOf('\r\n');
      while (i >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            this.messages.push(current);
            current = { from: '', to: [], data: '' };
            reply('250 2.0.0 queued');
          } else current.data += `${line.startsWith('..') ? line.slice(1) : line}\n`;
        } else {
          const verb = line.slice(0, 4).toUpperCase();
          if (verb === 'EHLO' || verb === 'HELO') reply('250 sink.test');
          else if (verb === 'MAIL') {
            current.from = line;
            reply('250 2.1.0 ok');
          } else if (verb === 'RCPT') {
            if (line.includes('@reject.test')) reply('550 5.1.1 no such user');
            else if (line.includes('@busy.test')) reply('451 4.3.0 try again later');
            else {
              current.to.push(line);
              reply('250 2.1.5 ok');
            }
          } else if (verb === 'DATA') {
            inData = true;
            reply('354 end with .');
          } else if (verb === 'RSET') {
            current = { from: '', to: [], data: '' };
            reply('250 ok');
          } else if (verb === 'QUIT') {
            reply('221 bye');
            socket.end();
          } else reply('502 5.5.2 not implemented');
        }
        i = buffer.indexOf('\r\n');
      }
    });
    socket.on('error', () => undefined);
  }
}

describeEachEngine('e-mail outbox', (db) => {
  const sink = new SmtpSink();
  beforeAll(() => sink.start());
  afterAll(() => sink.stop());
  const smtp = () => smtpTransport(`smtp://127.0.0.1:${sink.port}?ignoreTLS=true`);
  const from = '"转化平台" <no-reply@zhuanhua.test>';
  const status = async (id: number) =>
    (
      await db().query<{
        status: string;
        attempts: number;
        next_attempt_at: Date;
        last_error: string | null;
        text_body: string;
      }>('SELECT status, attempts, next_attempt_at, last_error, text_body FROM email_outbox WHERE id = $1', [
        id,
      ])
    ).rows[0]!;

  it('queues with the transaction: a rolled-back write sends nothing', async () => {
    await expect(
      db().transaction(async (tx) => {
        await enqueueEmail(tx, { to: 'ghost@example.test', subject: 's', text: 't' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(
      (await db().query(`SELECT 1 FROM email_outbox WHERE to_address = 'ghost@example.test'`)).rowCount,
    ).toBe(0);
  });

  it('delivers over SMTP and blanks sensitive bodies once sent', async () => {
    const plain = await db().transaction((tx) =>
      enqueueEmail(tx, {
        to: 'li@example.test',
        subject: '通知 | Notice',
        text: '您好 hello',
        html: '<p>您好</p>',
      }),
    );
    const secret = await db().transaction((tx) =>
      enqueueEmail(tx, {
        to: 'wang@example.test',
        subject: 'reset',
        text: 'link #token=abc',
        sensitive: true,
      }),
    );
    const now = new Date(Date.now() + 1000);
    const report = await deliverDue(db(), smtp(), { from, now });
    expect(report).toEqual({ sent: 2, retrying: 0, failed: 0 });
    const received = sink.messages.slice(-2);
    expect(received.map((m) => m.to.join())).toEqual([
      'RCPT TO:<li@example.test>',
      'RCPT TO:<wang@example.test>',
    ]);
    expect(received[0]!.data).toMatch(/Subject: =\?UTF-8\?/);
    expect(received[1]!.data).toContain('#token=abc');
    expect(await status(plain)).toMatchObject({ status: 'sent', attempts: 1, text_body: '您好 hello' });
    expect(await status(secret)).toMatchObject({ status: 'sent', text_body: DELIVERED_PLACEHOLDER });
    // Nothing is sent twice.
    expect(await deliverDue(db(), smtp(), { from, now })).toEqual({ sent: 0, retrying: 0, failed: 0 });
  });

  it('retries transient failures with back-off and gives up on permanent ones (RFC 5321 §4.2.1)', async () => {
    const busy = await db().transaction((tx) =>
      enqueueEmail(tx, { to: 'a@busy.test', subject: 's', text: 't' }),
    );
    const rejected = await db().transaction((tx) =>
      enqueueEmail(tx, { to: 'b@reject.test', subject: 's', text: 't' }),
    );
    const t0 = new Date(Date.now() + 2000);
    expect(await deliverDue(db(), smtp(), { from, now: t0 })).toEqual({ sent: 0, retrying: 1, failed: 1 });
    const b = await status(busy);
    expect(b).toMatchObject({ status: 'pending', attempts: 1 });
    expect(b.last_error).toContain('451');
    expect(b.next_attempt_at.getTime() - t0.getTime()).toBe(30_000);
    expect(await status(rejected)).toMatchObject({ status: 'failed', attempts: 1 });

    // Not due yet: untouched. Due: tried again, and the wait doubles.
    expect((await deliverDue(db(), smtp(), { from, now: new Date(t0.getTime() + 29_000) })).retrying).toBe(0);
    const t1 = new Date(t0.getTime() + 30_000);
    expect((await deliverDue(db(), smtp(), { from, now: t1 })).retrying).toBe(1);
    const b2 = await status(busy);
    expect(b2.attempts).toBe(2);
    expect(b2.next_attempt_at.getTime() - t1.getTime()).toBe(60_000);
  });

  it('gives up after the last attempt when the server cannot be reached', async () => {
    // A port nobody listens on: connection refused, quickly.
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const id = await db().transaction((tx) =>
      enqueueEmail(tx, { to: 'c@example.test', subject: 's', text: 't' }),
    );
    await db().query(`UPDATE email_outbox SET attempts = $2 - 1 WHERE id = $1`, [id, MAX_ATTEMPTS]);
    const unreachable = smtpTransport(`smtp://127.0.0.1:${port}?ignoreTLS=true`);
    const later = new Date(Date.now() + 24 * 3_600_000);
    await db().query(`UPDATE email_outbox SET status = 'sent' WHERE status = 'pending' AND id <> $1`, [id]);
    expect(await deliverDue(db(), unreachable, { from, now: later })).toEqual({
      sent: 0,
      retrying: 0,
      failed: 1,
    });
    const s = await status(id);
    expect(s.status).toBe('failed');
    expect(s.last_error).toMatch(/ECONNREFUSED/);
  });

  it('reads SMTP_URL and SMTP_FROM, with a sender address on the public host by default', () => {
    expect(mailSettingsFromEnv({}, 'https://ip.example.cn/app')).toEqual({
      smtpUrl: undefined,
      from: '"转化平台 Zhuanhua" <no-reply@ip.example.cn>',
    });
    expect(mailSettingsFromEnv({ SMTP_URL: 'smtp://mail:25', SMTP_FROM: 'a@b.cn' }, 'x')).toEqual({
      smtpUrl: 'smtp://mail:25',
      from: 'a@b.cn',
    });
  });

  it('starts no sender (and opens no connection) without SMTP_URL', () => {
    const log = { info: () => undefined, warn: () => undefined };
    expect(startOutboxSender({ db: db(), smtpUrl: undefined, from, log })).toBeNull();
  });

  it('runs the sender loop with any nodemailer transport and stops cleanly', async () => {
    const id = await db().transaction((tx) =>
      enqueueEmail(tx, { to: 'loop@example.test', subject: 'loop', text: 'x' }),
    );
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
    const sender = startOutboxSender({
      db: db(),
      smtpUrl: undefined,
      from,
      transport,
      intervalMs: 60_000,
      log: { info: () => undefined, warn: () => undefined },
    });
    expect(sender).not.toBeNull();
    await sender!.runOnce();
    await sender!.stop();
    expect((await status(id)).status).toBe('sent');
  });
});
