import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config';
import { type RunningServer, startServer } from '../../src/server';
import { startTestPlatform } from '../support/platform';

/**
 * The platform process as an operator runs it: health and readiness probes, and a graceful shutdown that
 * stops taking connections, lets a request in flight finish, then closes the database.
 */
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

async function serve(): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-hardening-'));
  dirs.push(dataDir);
  const env = {
    ZHUANHUA_DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    ZHUANHUA_SEED: 'none',
    ZHUANHUA_ADMIN_EMAIL: 'ops@hardening.test',
    ZHUANHUA_ADMIN_PASSWORD: 'Hardening-test-passphrase-1',
  };
  return startServer({ config: { ...loadConfig(env), databaseUrl: undefined }, env });
}

/** Sends the head of a request now and the rest of its body when asked; resolves with the raw answer. */
function slowRequest(port: number, body: string) {
  const socket = net.connect(port, '127.0.0.1');
  const bytes = Buffer.from(body);
  const cut = Math.floor(bytes.length / 2);
  let answer = '';
  const answered = new Promise<string>((resolve, reject) => {
    socket.on('data', (d: Buffer) => {
      answer += d.toString('utf8');
    });
    socket.on('end', () => resolve(answer));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
  const opened = new Promise<void>((resolve) => socket.on('connect', resolve));
  return {
    async start() {
      await opened;
      socket.write(
        'POST /api/v1/auth/password-reset HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
          `Content-Length: ${bytes.length}\r\nConnection: close\r\n\r\n`,
      );
      socket.write(bytes.subarray(0, cut));
    },
    finish() {
      socket.write(bytes.subarray(cut));
      return answered;
    },
  };
}

function connects(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.on('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });
}

describe('platform process', () => {
  it('answers /healthz and /readyz, and /readyz turns 503 when the database is gone', async () => {
    const platform = await startTestPlatform('pglite');
    const health = await platform.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
    const ready = await platform.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', documents: expect.any(Number) });
    expect(ready.headers['content-security-policy']).toContain("frame-ancestors 'none'");

    await platform.runtime.db.close();
    const down = await platform.app.inject({ method: 'GET', url: '/readyz' });
    expect(down.statusCode).toBe(503);
    expect(down.json()).toMatchObject({ status: 'database unavailable' });
    // Liveness does not depend on the database: a restart would not help.
    expect((await platform.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    await platform.app.close();
    await platform.runtime.catalogue.close();
    platform.runtime.lock.release();
  });

  it('on shutdown stops accepting, finishes the request in flight, then closes the database', async () => {
    const server = await serve();
    const port = Number(new URL(server.url).port);
    expect(await connects(port)).toBe(true);

    const inFlight = slowRequest(port, JSON.stringify({ email: 'ops@hardening.test' }));
    await inFlight.start();
    // Let the server read the request head, so the request is in flight when shutdown begins.
    await new Promise((r) => setTimeout(r, 200));
    let closed = false;
    const closing = server.close().then(() => {
      closed = true;
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(await connects(port), 'a new connection after shutdown began').toBe(false);
    expect(closed, 'shutdown waits for the request in flight').toBe(false);

    const answer = await inFlight.finish();
    expect(answer).toMatch(/^HTTP\/1\.1 202 /);
    await closing;
    expect(closed).toBe(true);
    await expect(server.runtime.db.query('SELECT 1')).rejects.toThrow();
  });
});
