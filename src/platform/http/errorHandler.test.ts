import { expect, it } from 'vitest';
import { z } from 'zod';
import { createHttpServer } from './httpServer';
import { problem } from './problem';

async function app() {
  const a = await createHttpServer({ logger: false, version: 'test' });
  a.post(
    '/things',
    {
      schema: {
        body: z.object({
          name: z.string().min(2),
          count: z.number().int().max(5),
          when: z
            .string()
            .refine(
              (s) => /^\d{4}-\d{2}-\d{2}$/.test(s),
              '日期格式应为 YYYY-MM-DD | Date must be YYYY-MM-DD',
            ),
        }),
      },
    },
    async () => ({ ok: true }),
  );
  a.get('/refuse', async () => {
    throw problem.unprocessable({ zh: '不行（专利法第五十条）', en: 'No (Patent Law Art. 50)' }, [], {
      article: '专利法第五十条',
    });
  });
  a.get('/boom', async () => {
    throw new Error('secret internals at /srv/app.ts:42');
  });
  await a.ready();
  return a;
}

it('turns validation failures into 400 problem+json with a path and a bilingual reason per field', async () => {
  const a = await app();
  const res = await a.inject({
    method: 'POST',
    url: '/things',
    payload: { name: 'x', count: 9, when: 'tomorrow' },
  });
  expect(res.statusCode).toBe(400);
  expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  const body = res.json() as { errors: { path: string; message: string }[]; title: string };
  expect(body.title).toBe('请求参数校验未通过');
  expect(Object.fromEntries(body.errors.map((e) => [e.path, e.message]))).toEqual({
    'body.name': '长度至少为 2',
    'body.count': '不得大于 5',
    'body.when': '日期格式应为 YYYY-MM-DD',
  });
  const en = await a.inject({
    method: 'POST',
    url: '/things',
    payload: {},
    headers: { 'accept-language': 'en-GB,en;q=0.9' },
  });
  expect((en.json() as { errors: { path: string; message: string }[] }).errors).toContainEqual({
    path: 'body.name',
    message: 'Required',
  });
});

it('passes refusals through with their extension members, and hides internals of unexpected errors', async () => {
  const a = await app();
  const refused = await a.inject({ method: 'GET', url: '/refuse' });
  expect(refused.statusCode).toBe(422);
  expect(refused.json()).toMatchObject({ detail: '不行（专利法第五十条）', article: '专利法第五十条' });
  const boom = await a.inject({ method: 'GET', url: '/boom' });
  expect(boom.statusCode).toBe(500);
  expect(boom.body).not.toMatch(/secret|srv|stack/);
  expect(boom.json()).toMatchObject({ status: 500, requestId: expect.any(String) });
  const notFound = await a.inject({ method: 'GET', url: '/nowhere' });
  expect(notFound.statusCode).toBe(404);
  expect(notFound.headers['content-type']).toMatch(/problem\+json/);
  const badJson = await a.inject({
    method: 'POST',
    url: '/things',
    payload: '{"name":',
    headers: { 'content-type': 'application/json' },
  });
  expect(badJson.statusCode).toBe(400);
});
