import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from './httpServer';
import { registerWebApp } from './staticWeb';

const INDEX =
  '<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><div id="root"></div></body></html>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(2000))});`;

async function serverFor(distDir: string): Promise<HttpServer> {
  const app = await createHttpServer({ logger: false, version: 'test' });
  app.get('/api/v1/ping', async () => ({ ok: true }));
  await registerWebApp(app, { distDir });
  await app.ready();
  return app;
}

describe('registerWebApp with a built app', () => {
  let dir: string;
  let app: HttpServer;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-web-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), INDEX);
    fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    fs.writeFileSync(path.join(dir, 'assets', 'index-AbC123.js'), SCRIPT);
    fs.writeFileSync(path.join(dir, 'assets', 'index-AbC123.js.br'), brotliCompressSync(SCRIPT));
    app = await serverFor(dir);
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['/', 'the root'],
    ['/patents', 'a client route'],
    ['/patents/abc-123?q=%E7%94%B5%E6%B1%A0', 'a client route with a query'],
    ['/patents/202122975192.6', 'a route whose last segment has a dot but is not a file type'],
    ['/imports/42', 'a nested client route'],
  ])('GET %s (%s) answers index.html, revalidated on each load', async (url) => {
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body).toBe(INDEX);
  });

  it('serves hashed assets with a one-year immutable cache', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/index-AbC123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.body).toBe(SCRIPT);
  });

  it('sends the pre-compressed brotli file when the browser accepts it', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/assets/index-AbC123.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.rawPayload.equals(brotliCompressSync(SCRIPT))).toBe(true);
  });

  it('serves other top-level files revalidated (not immutable)', async () => {
    const res = await app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/image\/svg\+xml/);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('answers 304 to a revalidation of index.html with its validator', async () => {
    const first = await app.inject({ method: 'GET', url: '/' });
    const etag = first.headers.etag;
    expect(typeof etag).toBe('string');
    const again = await app.inject({
      method: 'GET',
      url: '/patents',
      headers: { 'if-none-match': String(etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it.each([
    ['/assets/missing-123.js', 'a missing hashed asset'],
    ['/robots.txt', 'a missing file'],
  ])('GET %s (%s) is a 404, never the app page', async (url) => {
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it.each(['/api/v1/unknown', '/api/v1/patents/x/unknown', '/api', '/api/'])(
    'GET %s keeps the API problem+json 404',
    async (url) => {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json()).toMatchObject({ status: 404 });
    },
  );

  it('lets real API routes win over the app fallback', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/ping' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
  });

  it('does not answer writes to app paths with the page', async () => {
    const res = await app.inject({ method: 'POST', url: '/patents', payload: {} });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it.each([
    '/%2e%2e/%2e%2e/etc/passwd',
    '/assets/%2e%2e/%2e%2e/%2e%2e/etc/hostname',
    '/..%2f..%2fetc%2fpasswd',
  ])('never serves files outside the build (%s)', async (url) => {
    const res = await app.inject({ method: 'GET', url });
    expect(res.body).not.toMatch(/root:|^[a-z0-9-]+\n$/);
    if (res.statusCode === 200) expect(res.body).toBe(INDEX);
  });

  it('answers HEAD for app routes', async () => {
    const res = await app.inject({ method: 'HEAD', url: '/stats' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
  });
});

describe('registerWebApp without a build', () => {
  let dir: string;
  let app: HttpServer;
  beforeAll(async () => {
    dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zh-web-')), 'dist');
    app = await serverFor(dir);
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  it('answers pages with a 503 that says how to build the app', async () => {
    const res = await app.inject({ method: 'GET', url: '/patents' });
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain('npm run build:web');
    expect(res.body).toContain('网页界面尚未构建');
  });

  it('keeps the API working', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/ping' })).statusCode).toBe(200);
    const missing = await app.inject({ method: 'GET', url: '/api/v1/unknown' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('starts serving once the app is built, without a restart', async () => {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'index.html'), INDEX);
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(INDEX);
  });
});
