import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../../src/platform/http/httpServer';
import { problem } from '../../../src/platform/http/problem';
import {
  ApiError,
  api,
  csrfToken,
  formFieldPath,
  problemFromBody,
  setApiLanguage,
  toQueryString,
} from './client';

describe('toQueryString', () => {
  it.each([
    [undefined, ''],
    [{}, ''],
    [{ q: '锂电池', page: 2 }, '?q=%E9%94%82%E7%94%B5%E6%B1%A0&page=2'],
    [{ type: ['invention', 'design'] }, '?type=invention&type=design'],
    [{ a: '', b: null, c: undefined, d: [], e: 0, f: false }, '?e=0&f=false'],
    [{ type: ['', 'design'] }, '?type=design'],
  ])('%j → %s', (query, expected) => {
    expect(toQueryString(query)).toBe(expected);
  });
});

describe('csrfToken', () => {
  it.each([
    ['zh_csrf=abc123', 'abc123'],
    ['zh_session=s; zh_csrf=tok%3D%3D; other=1', 'tok=='],
    ['x_zh_csrf=no; zh_csrfx=no', null],
    ['', null],
    ['zh_csrf=%E0%A4%A', '%E0%A4%A'],
  ])('%s → %s', (cookie, expected) => {
    expect(csrfToken(cookie)).toBe(expected);
  });
});

describe('formFieldPath', () => {
  it.each([
    ['body.industryCodes.0', ['industryCodes', 0]],
    ['body.trl', ['trl']],
    ['query.pageSize', ['pageSize']],
    ['term.years', ['term', 'years']],
  ])('%s', (path, expected) => {
    expect(formFieldPath(path)).toEqual(expected);
  });
});

describe('problemFromBody', () => {
  it('reads a problem with field errors', () => {
    const e = problemFromBody(422, 'Unprocessable Entity', {
      type: 'urn:x',
      title: '无法处理的请求',
      status: 422,
      detail: '详情',
      errors: [{ path: 'body.trl', message: '不得大于 9' }, { path: ['body', 'x'], message: 'm' }, 'junk'],
      code: 'X',
    });
    expect(e).toBeInstanceOf(ApiError);
    expect(e.status).toBe(422);
    expect(e.title).toBe('无法处理的请求');
    expect(e.detail).toBe('详情');
    expect(e.errors).toEqual([
      { path: 'body.trl', message: '不得大于 9' },
      { path: 'body.x', message: 'm' },
    ]);
    expect(e.problem.code).toBe('X');
  });

  it.each([undefined, null, 'text', [1, 2]])(
    'falls back to the status line for a non-problem body (%j)',
    (body) => {
      const e = problemFromBody(502, 'Bad Gateway', body);
      expect(e.status).toBe(502);
      expect(e.title).toBe('Bad Gateway');
      expect(e.errors).toEqual([]);
    },
  );
});

// The client against the platform's real HTTP base: headers sent, problem+json parsed.
describe('request against the platform HTTP server', () => {
  let app: HttpServer;
  let base: string;
  const realFetch = globalThis.fetch;
  const browser = globalThis as { document?: { cookie: string } };

  beforeAll(async () => {
    app = await createHttpServer({ logger: false, version: 'test' });
    app.all('/echo', async (request) => ({
      method: request.method,
      headers: request.headers,
      body: request.body ?? null,
    }));
    app.post('/refuse', async () => {
      throw problem.unprocessable({ zh: '标签无效', en: 'Invalid tags' }, [
        { path: 'body.trl', message: { zh: '不得大于 9', en: 'Must be at most 9' } },
      ]);
    });
    app.get('/empty', async (_request, reply) => reply.code(204).send());
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    base = `http://127.0.0.1:${address.port}`;
    // Relative URLs, as in the browser, resolve against the test server.
    globalThis.fetch = (input, init) => realFetch(new URL(String(input), base), init);
  });
  afterAll(async () => {
    globalThis.fetch = realFetch;
    delete browser.document;
    setApiLanguage('zh');
    await app.close();
  });

  it('sends the CSRF cookie value as x-csrf-token on writes only', async () => {
    browser.document = { cookie: 'zh_csrf=t0k3n' };
    const write = await api.post<{ headers: Record<string, string>; body: unknown }>('/echo', { a: 1 });
    expect(write.headers['x-csrf-token']).toBe('t0k3n');
    expect(write.headers['content-type']).toBe('application/json');
    expect(write.body).toEqual({ a: 1 });
    const read = await api.get<{ headers: Record<string, string> }>('/echo');
    expect(read.headers['x-csrf-token']).toBeUndefined();
    delete browser.document;
    const anonymous = await api.patch<{ headers: Record<string, string> }>('/echo', {});
    expect(anonymous.headers['x-csrf-token']).toBeUndefined();
  });

  it('asks for problems in the chosen language and parses field errors', async () => {
    setApiLanguage('en');
    const en = await api.post('/refuse', {}).catch((e: unknown) => e);
    expect(en).toBeInstanceOf(ApiError);
    expect((en as ApiError).status).toBe(422);
    expect((en as ApiError).detail).toBe('Invalid tags');
    expect((en as ApiError).errors).toEqual([{ path: 'body.trl', message: 'Must be at most 9' }]);
    setApiLanguage('zh');
    const zh = (await api.post('/refuse', {}).catch((e: unknown) => e)) as ApiError;
    expect(zh.detail).toBe('标签无效');
    expect(zh.errors[0]?.message).toBe('不得大于 9');
  });

  it('turns an unknown route into a 404 ApiError', async () => {
    const e = (await api.get('/nowhere').catch((err: unknown) => err)) as ApiError;
    expect(e).toBeInstanceOf(ApiError);
    expect(e.status).toBe(404);
    expect(e.title).toBe('未找到');
  });

  it('returns undefined for 204', async () => {
    await expect(api.get('/empty')).resolves.toBeUndefined();
  });

  it('reports a network failure as status 0', async () => {
    globalThis.fetch = (input, init) => realFetch(new URL(String(input), 'http://127.0.0.1:1'), init);
    const e = (await api.get('/echo').catch((err: unknown) => err)) as ApiError;
    globalThis.fetch = (input, init) => realFetch(new URL(String(input), base), init);
    expect(e).toBeInstanceOf(ApiError);
    expect(e.isNetworkError).toBe(true);
  });
});
