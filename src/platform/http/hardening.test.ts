import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createHttpServer } from './httpServer';

/** Collects pino's JSON lines. */
function logSink() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n'))
        if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, stream };
}

async function app(logger: Parameters<typeof createHttpServer>[0]['logger'] = false) {
  const a = await createHttpServer({ logger, version: 'test', bodyLimit: 1024 });
  a.post('/echo', { schema: { body: z.object({ text: z.string() }) } }, async (request) => ({
    length: request.body.text.length,
  }));
  a.get('/page', async (_request, reply) => reply.type('text/html; charset=utf-8').send('<p>hi</p>'));
  a.get('/crash', async () => {
    const err = new Error('connection string postgres://secret@db/x') as Error & { statusCode: number };
    err.statusCode = 500;
    throw err;
  });
  a.get('/throws-string', async () => {
    throw 'not an Error at /srv/zhuanhua/src/x.ts:1';
  });
  await a.ready();
  return a;
}

describe('HTTP hardening', () => {
  it('sends CSP with frame-ancestors none, nosniff and the other security headers on pages, data and errors', async () => {
    const a = await app();
    for (const url of ['/page', '/nowhere']) {
      const res = await a.inject({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('unsafe-eval');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
    await a.close();
  });

  it('refuses a body over the limit with a 413 problem, before the handler runs', async () => {
    const a = await app();
    const ok = await a.inject({ method: 'POST', url: '/echo', payload: { text: 'x'.repeat(500) } });
    expect(ok.statusCode).toBe(200);
    const big = await a.inject({ method: 'POST', url: '/echo', payload: { text: 'x'.repeat(5000) } });
    expect(big.statusCode).toBe(413);
    expect(big.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(big.json()).toMatchObject({ status: 413, title: '请求体或上传文件过大' });
    await a.close();
  });

  it('answers every failure as problem+json with the request id, and never shows internals', async () => {
    const a = await app();
    const cases = [
      { method: 'GET' as const, url: '/crash', status: 500 },
      { method: 'GET' as const, url: '/throws-string', status: 500 },
      { method: 'DELETE' as const, url: '/echo', status: 404 },
      { method: 'POST' as const, url: '/echo', status: 415, headers: { 'content-type': 'application/xml' } },
    ];
    for (const c of cases) {
      const res = await a.inject({ method: c.method, url: c.url, headers: c.headers, payload: 'x' });
      expect(res.statusCode, c.url).toBe(c.status);
      expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      const body = res.json() as Record<string, unknown>;
      expect(body).toMatchObject({ status: c.status, requestId: res.headers['x-request-id'] });
      expect(Object.keys(body)).not.toContain('stack');
      expect(res.body).not.toMatch(/secret|\/srv\/|\.ts:\d|at [A-Za-z]+ \(/);
    }
    await a.close();
  });

  it('gives every request an id, echoes a caller-supplied one, and logs it with each line (pino)', async () => {
    const { lines, stream } = logSink();
    const a = await app({ level: 'info', stream });
    const fresh = await a.inject({ method: 'GET', url: '/page' });
    const id = String(fresh.headers['x-request-id']);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const given = await a.inject({ method: 'GET', url: '/crash', headers: { 'x-request-id': 'trace-42' } });
    expect(given.headers['x-request-id']).toBe('trace-42');
    await a.close();
    const of = (reqId: string) => lines.filter((l) => l.reqId === reqId);
    expect(of(id).map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
    const crash = of('trace-42');
    expect(crash.map((l) => l.msg)).toContain('request failed');
    // The log keeps the error for the operator; the client saw none of it (previous test).
    expect(JSON.stringify(crash)).toContain('postgres://secret@db/x');
    expect(crash.every((l) => typeof l.time === 'number' && typeof l.level === 'number')).toBe(true);
  });
});
