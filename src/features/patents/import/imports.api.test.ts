import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createUser } from '../../../../test/support/auth';
import { ENGINES } from '../../../../test/support/databases';
import { startTestPlatform, type TestPlatform } from '../../../../test/support/platform';

const SAMPLE = path.resolve(import.meta.dirname, '../../../../data/samples/export-61col-sample.csv');

function multipart(fileName: string, content: Buffer, fields: Record<string, string> = {}) {
  const boundary = `----zh${Date.now().toString(16)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

async function signInPrefixed(p: TestPlatform, user: { email: string; password: string }) {
  const res = await p.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: user });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const session = res.cookies.find((c) => c.name === 'zh_session')!.value;
  const csrf = res.cookies.find((c) => c.name === 'zh_csrf')!.value;
  return { cookie: `zh_session=${session}; zh_csrf=${csrf}`, 'x-csrf-token': csrf };
}

for (const engine of ENGINES) {
  describe(`import API [${engine}]`, () => {
    let p: TestPlatform;
    beforeAll(async () => {
      p = await startTestPlatform(engine);
    });
    afterAll(async () => {
      await p?.close();
    });

    async function waitForRun(id: number, headers: Record<string, string>) {
      for (let i = 0; i < 600; i++) {
        const res = await p.app.inject({ method: 'GET', url: `/api/v1/imports/${id}`, headers });
        const run = res.json() as { status: string };
        if (run.status !== 'running') return run as Record<string, unknown>;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('import did not finish');
    }

    it('refuses uploads from the public and from organisations that may not import', async () => {
      const body = multipart('x.csv', fs.readFileSync(SAMPLE));
      const anonymous = await p.app.inject({ method: 'POST', url: '/api/v1/imports', ...body });
      expect(anonymous.statusCode).toBe(401);
      const bank = await signInPrefixed(p, await createUser(p.runtime.db, { kind: 'bank' }));
      const refused = await p.app.inject({
        method: 'POST',
        url: '/api/v1/imports',
        payload: body.payload,
        headers: { ...body.headers, ...bank },
      });
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'ROLE_NOT_PERMITTED' });
    });

    it('imports an upload in the background and serves progress, rejected rows and both report formats', async () => {
      const operator = await signInPrefixed(
        p,
        await createUser(p.runtime.db, { kind: 'service_organisation' }),
      );
      const text = fs.readFileSync(SAMPLE, 'utf8');
      const broken = text.replace('CN202223220665.2', 'CN202223220665.9');
      const body = multipart('导出.csv', Buffer.from(broken), { format: 'csv' });
      const res = await p.app.inject({
        method: 'POST',
        url: '/api/v1/imports',
        payload: body.payload,
        headers: { ...body.headers, ...operator },
      });
      expect(res.statusCode, res.body).toBe(202);
      const { id } = res.json() as { id: number };
      const run = await waitForRun(id, operator);
      expect(run).toMatchObject({
        status: 'completed',
        fileName: '导出.csv',
        accepted: 9,
        rejectedCount: 1,
        layout: 'export61',
      });
      const rejected = await p.app.inject({
        method: 'GET',
        url: `/api/v1/imports/${id}/rejected`,
        headers: operator,
      });
      expect(rejected.json()).toMatchObject({
        total: 1,
        items: [{ row: 2, field: '申请号', reason: expect.stringContaining('校验位') }],
      });
      const csv = await p.app.inject({
        method: 'GET',
        url: `/api/v1/imports/${id}/report.csv`,
        headers: operator,
      });
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      expect(csv.body.startsWith('\uFEFF')).toBe(true);
      expect(csv.body).toContain('2,申请号,');
      const json = await p.app.inject({
        method: 'GET',
        url: `/api/v1/imports/${id}/report.json?lang=en`,
        headers: operator,
      });
      expect(json.json()).toMatchObject({
        accepted: 9,
        updated: 0,
        rejected: [{ row: 2, field: '申请号', reason: expect.stringContaining('check digit') }],
      });
      const search = await p.app.inject({
        method: 'GET',
        url: `/api/v1/patents/search?q=${encodeURIComponent('无人机巡检系统')}`,
      });
      expect((search.json() as { total: number }).total).toBeGreaterThan(0);
      const audit = await p.runtime.db.query<{ action: string; after: { accepted: number } }>(
        "SELECT action, after FROM audit_log WHERE object_type = 'import_run' AND object_id = $1",
        [String(id)],
      );
      expect(audit.rows).toEqual([
        expect.objectContaining({
          action: 'catalogue.import',
          after: expect.objectContaining({ accepted: 9 }),
        }),
      ]);
    });

    it('lets a university import only its own patents', async () => {
      const orgId = await createOrganisation(p.runtime.db, 'university', '浙江大学');
      const zju = await signInPrefixed(p, await createUser(p.runtime.db, { organisationId: orgId }));
      const file = [
        '公开号,专利名称,专利类型,申请人',
        'CN300000001A,浙大的专利,发明,浙江大学',
        'CN300000002A,别人的专利,发明,某某科技有限公司',
      ].join('\n');
      const body = multipart('zju.csv', Buffer.from(file));
      const res = await p.app.inject({
        method: 'POST',
        url: '/api/v1/imports',
        payload: body.payload,
        headers: { ...body.headers, ...zju },
      });
      expect(res.statusCode, res.body).toBe(202);
      const run = await waitForRun((res.json() as { id: number }).id, zju);
      expect(run).toMatchObject({ accepted: 1, rejectedCount: 1 });
    });

    it('refuses a request that is not multipart, and a file over the upload limit', async () => {
      const operator = await signInPrefixed(p, await createUser(p.runtime.db, { kind: 'government' }));
      const notMultipart = await p.app.inject({
        method: 'POST',
        url: '/api/v1/imports',
        payload: { file: 'x' },
        headers: operator,
      });
      expect(notMultipart.statusCode).toBe(400);
      expect(notMultipart.json()).toMatchObject({ errors: [{ path: 'body.file' }] });
      const big = multipart('big.csv', Buffer.alloc(61 * 1024 * 1024, 0x41));
      const tooLarge = await p.app.inject({
        method: 'POST',
        url: '/api/v1/imports',
        payload: big.payload,
        headers: { ...big.headers, ...operator },
      });
      expect(tooLarge.statusCode).toBe(413);
    });

    it('offers the template in CSV and XLSX, and the template imports cleanly', async () => {
      const csv = await p.app.inject({ method: 'GET', url: '/api/v1/imports/template.csv' });
      expect(csv.statusCode).toBe(200);
      expect(csv.body).toContain('申请号,公开号,授权公告号,专利类型,专利名称');
      const xlsx = await p.app.inject({ method: 'GET', url: '/api/v1/imports/template.xlsx' });
      expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
      const operator = await signInPrefixed(p, await createUser(p.runtime.db, { kind: 'government' }));
      for (const [name, content] of [
        ['template.csv', Buffer.from(csv.body)],
        ['template.xlsx', xlsx.rawPayload],
      ] as const) {
        const body = multipart(name, content);
        const res = await p.app.inject({
          method: 'POST',
          url: '/api/v1/imports',
          payload: body.payload,
          headers: { ...body.headers, ...operator },
        });
        const run = await waitForRun((res.json() as { id: number }).id, operator);
        expect(run, name).toMatchObject({ status: 'completed', accepted: 1, rejectedCount: 0 });
      }
    });
  });
}
