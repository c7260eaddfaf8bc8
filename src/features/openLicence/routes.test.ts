import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  type AuthApp,
  buildAuthApp,
  createUser,
  type Session,
  signIn,
  TestClock,
} from '../../../test/support/auth';
import { describeEachEngine } from '../../../test/support/databases';
import { openLicenceRoutes } from './routes';
import { seedTestCatalogue, type TestCatalogue } from './testCatalogue';

function multipart(fileName: string, content: string | Buffer, boundary = 'zhuanhuaBoundary7MA4YWxk') {
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, Buffer.isBuffer(content) ? content : Buffer.from(content), tail]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

describeEachEngine('open licence API', (db) => {
  let h: AuthApp;
  let c: TestCatalogue;
  let patentee: Session;
  let verifier: Session;
  let licensee: Session;
  let numbers: { invention: string; utilityModel: string; coOwned: string };
  const clock = new TestClock(new Date('2025-06-15T02:00:00.000Z'));

  beforeAll(async () => {
    c = await seedTestCatalogue(db());
    h = await buildAuthApp(db(), {
      clock,
      extra: (app) =>
        openLicenceRoutes(app, { db: db(), clock: clock.now, publicUrl: 'https://zhuanhua.example' }),
    });
    const login = async (organisationId: number) => signIn(h.app, await createUser(db(), { organisationId }));
    patentee = await login(c.university);
    verifier = await login(c.operator);
    licensee = await login(c.licensee);
    const res = await db().query<{ id: number; application_number: string }>(
      'SELECT id, application_number FROM patents WHERE id = ANY($1::bigint[])',
      [[c.invention, c.utilityModel, c.coOwned]],
    );
    const by = new Map(res.rows.map((r) => [Number(r.id), `ZL${r.application_number}`]));
    numbers = {
      invention: by.get(c.invention)!,
      utilityModel: by.get(c.utilityModel)!,
      coOwned: by.get(c.coOwned)!,
    };
  });
  afterAll(() => h.app.close());

  const declaration = (patentId: number, over: Record<string, unknown> = {}) => ({
    patentId,
    paymentTerms: { mode: 'one_time', amountFen: 5_000_000 },
    term: { startDate: '2025-07-01', endDate: '2027-06-30' },
    otherMatters: '许可方提供技术资料。',
    ...over,
  });

  it('keeps writes behind sign-in', async () => {
    const anonymous = await h.app.inject({
      method: 'POST',
      url: '/open-licence/declarations',
      payload: declaration(c.invention),
    });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toContain('application/problem+json');
  });

  // Needs the platform error mapper to read fastify-type-provider-zod 7's validation entries (see report).
  it('bad input is a 400 problem naming the field', async () => {
    const bad = await h.app.inject({
      method: 'POST',
      url: '/open-licence/declarations',
      headers: patentee.headers,
      payload: declaration(c.invention, { term: { startDate: '2025-07-01', endDate: '2026-02-30' } }),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.term.endDate']);
    const pageTooLarge = await h.app.inject({ method: 'GET', url: '/open-licence/pool?pageSize=500' });
    expect(pageTooLarge.statusCode).toBe(400);
    expect(pageTooLarge.json().errors[0].path).toBe('query.pageSize');
    const noApproach = await h.app.inject({ method: 'POST', url: '/open-licence/fee-estimate', payload: {} });
    expect(noApproach.statusCode).toBe(400);
    expect(noApproach.json().errors[0].message).toBe('至少选择一种估算方法');
  });

  it('live check: refuses advertising wording with its article, in Chinese and English', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/open-licence/check',
      headers: patentee.headers,
      payload: declaration(c.invention, { otherMatters: '本技术国内领先' }),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.refusals).toEqual([
      expect.objectContaining({
        code: 'ADVERTISING_WORDING',
        article: '专利法实施细则第85条第2款',
        field: 'otherMatters',
      }),
    ]);
    expect(body.refusals[0].message.en).toContain('Implementing Regulations Art. 85(2)');
  });

  it('declare → refused for a missing evaluation report → report recorded → submitted → verified → published', async () => {
    const created = await h.app.inject({
      method: 'POST',
      url: '/open-licence/declarations?submit=true',
      headers: patentee.headers,
      payload: declaration(c.utilityModel, {
        paymentTerms: { mode: 'royalty', base: 'net_sales', rateBp: 300, period: 'year' },
      }),
    });
    expect(created.statusCode).toBe(201);
    const { declaration: d, check } = created.json();
    expect(d.state).toBe('draft');
    expect(check.refusals.map((r: { code: string }) => r.code)).toEqual(['EVALUATION_REPORT_MISSING']);

    const submitRefused = await h.app.inject({
      method: 'POST',
      url: `/open-licence/declarations/${d.id}/submit`,
      headers: { ...patentee.headers, 'accept-language': 'en' },
      payload: {},
    });
    expect(submitRefused.statusCode).toBe(422);
    expect(submitRefused.json()).toMatchObject({
      code: 'EVALUATION_REPORT_MISSING',
      article: '专利法第50条第1款',
    });
    expect(submitRefused.json().detail).toContain('Patent Law Art. 50(1)');

    const report = await h.app.inject({
      method: 'PUT',
      url: `/open-licence/patents/${c.utilityModel}/evaluation-report`,
      headers: patentee.headers,
      payload: {
        reportNumber: '2025200012345',
        issuedOn: '2025-05-20',
        conclusion: '全部权利要求未发现不符合授权条件的缺陷',
      },
    });
    expect(report.statusCode).toBe(200);
    for (const [session, action, payload] of [
      [patentee, 'submit', {}],
      [
        verifier,
        'verify',
        {
          checklist: {
            validity: 'confirmed',
            noExclusiveLicence: 'confirmed',
            pledgeStatus: 'confirmed',
            feePaid: 'confirmed',
            evaluationReport: 'confirmed',
          },
        },
      ],
      [verifier, 'publish', {}],
    ] as const) {
      const res = await h.app.inject({
        method: 'POST',
        url: `/open-licence/declarations/${d.id}/${action}`,
        headers: session.headers,
        payload,
      });
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
    }
    const queue = await h.app.inject({
      method: 'GET',
      url: '/open-licence/queue?states=published',
      headers: verifier.headers,
    });
    expect(queue.json().items.map((x: { id: number }) => x.id)).toContain(d.id);
    const patenteeQueue = await h.app.inject({
      method: 'GET',
      url: '/open-licence/queue',
      headers: patentee.headers,
    });
    expect(patenteeQueue.statusCode).toBe(403);
  });

  it('the IP administration supervises: reads the queue, suspends and reinstates, but neither verifies nor publishes', async () => {
    const administration = await signIn(h.app, await createUser(db(), { kind: 'government' }));
    const queue = await h.app.inject({
      method: 'GET',
      url: '/open-licence/queue?states=published',
      headers: administration.headers,
    });
    expect(queue.statusCode, queue.body).toBe(200);
    const published = (queue.json() as { items: { id: number }[] }).items[0];
    expect(published, 'the lifecycle test above published a declaration').toBeDefined();
    const act = (action: string, payload: object) =>
      h.app.inject({
        method: 'POST',
        url: `/open-licence/declarations/${published!.id}/${action}`,
        headers: administration.headers,
        payload,
      });
    const checklist = {
      validity: 'confirmed',
      noExclusiveLicence: 'confirmed',
      pledgeStatus: 'confirmed',
      feePaid: 'confirmed',
      evaluationReport: 'not_applicable',
    };
    for (const [action, payload] of [
      ['verify', { checklist }],
      ['publish', {}],
    ] as const) {
      const refused = await act(action, payload);
      expect(refused.statusCode, `${action}: ${refused.body}`).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'ROLE_NOT_PERMITTED' });
    }
    const suspended = await act('suspend', { reason: '权属纠纷调解中，依申请中止' });
    expect(suspended.statusCode, suspended.body).toBe(200);
    expect(suspended.json()).toMatchObject({ state: 'suspended' });
    const reinstated = await act('reinstate', { reason: '纠纷已调解结案' });
    expect(reinstated.statusCode, reinstated.body).toBe(200);
    expect(reinstated.json()).toMatchObject({ state: 'published' });
  });

  it('the public pool filters by IPC, region, industry, payment mode, rate and institution', async () => {
    const get = async (qs: string) => {
      const res = await h.app.inject({ method: 'GET', url: `/open-licence/pool?${qs}` });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { total: number; items: { patent: { title: string } }[] };
    };
    expect((await get('')).total).toBe(1);
    expect((await get('ipc=G01N')).total).toBe(1);
    expect((await get('ipc=H04')).total).toBe(0);
    expect((await get('region=42')).total).toBe(1);
    expect((await get('region=44')).total).toBe(0);
    expect((await get('industry=C4021')).total).toBe(1);
    expect((await get('industry=C40')).total).toBe(1);
    // A GB/T 4754 section letter covers every division, group and class below it.
    expect((await get('industry=C')).total).toBe(1);
    expect((await get('industry=A')).total).toBe(0);
    expect((await get('sei=2')).total).toBe(1);
    expect((await get('sei=1')).total).toBe(0);
    expect((await get('paymentMode=royalty&maxRateBp=300')).total).toBe(1);
    expect((await get('maxRateBp=299')).total).toBe(0);
    expect((await get(`institutionId=${c.university}`)).total).toBe(1);
    expect((await get('institution=华中科技')).total).toBe(1);
    expect((await get('q=检测装置')).items[0]?.patent.title).toBe('一种便携式检测装置');
  });

  it('RSS 2.0, JSON Feed 1.1 and the Art. 85 CSV export', async () => {
    const rss = await h.app.inject({ method: 'GET', url: '/open-licence/pool.rss' });
    expect(rss.headers['content-type']).toContain('application/rss+xml');
    expect(rss.body).toContain('<rss version="2.0"');
    expect(rss.body).toContain('<title>一种便携式检测装置</title>');
    const json = await h.app.inject({ method: 'GET', url: '/open-licence/pool.json' });
    expect(json.headers['content-type']).toContain('application/feed+json');
    const feed = json.json();
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items[0].url).toMatch(/^https:\/\/zhuanhua\.example\/open-licences\/\d+$/);
    const csv = await h.app.inject({ method: 'GET', url: '/open-licence/pool.csv' });
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      '专利号,专利名称,专利类型,专利权人,许可使用费支付方式,许可使用费标准,许可期限起,许可期限止,许可地域,其他需要明确的事项,联系方式,授权公告日,专利权期限届满日,平台发布日期,平台链接',
    );
    expect(lines[1]).toContain(
      `${numbers.utilityModel},一种便携式检测装置,实用新型,华中科技大学,提成支付,按净销售额的 3%，每年结算,2025-07-01,2027-06-30,中华人民共和国境内`,
    );
  });

  it('uptake by API: notice, payment, licence, filing package as XLSX and DOCX', async () => {
    const created = await h.app.inject({
      method: 'POST',
      url: '/open-licence/declarations?submit=true',
      headers: patentee.headers,
      payload: declaration(c.invention),
    });
    const id = created.json().declaration.id;
    for (const [action, payload] of [
      [
        'verify',
        {
          checklist: {
            validity: 'confirmed',
            noExclusiveLicence: 'confirmed',
            pledgeStatus: 'confirmed',
            feePaid: 'confirmed',
            evaluationReport: 'not_applicable',
          },
        },
      ],
      ['publish', {}],
    ] as const)
      expect(
        (
          await h.app.inject({
            method: 'POST',
            url: `/open-licence/declarations/${id}/${action}`,
            headers: verifier.headers,
            payload,
          })
        ).statusCode,
      ).toBe(200);

    const notice = await h.app.inject({
      method: 'POST',
      url: `/open-licence/declarations/${id}/uptakes`,
      headers: licensee.headers,
      payload: { writtenNotice: '书面通知：我司依公告条件实施该专利。' },
    });
    expect(notice.statusCode).toBe(201);
    const uptake = notice.json();
    const paid = await h.app.inject({
      method: 'POST',
      url: `/open-licence/uptakes/${uptake.id}/payments`,
      headers: licensee.headers,
      payload: { kind: 'upfront', paidOn: '2025-06-15', amountFen: 5_000_000, reference: 'TRX-001' },
    });
    expect(paid.statusCode, paid.body).toBe(200);
    const licence = paid.json().licence;
    expect(licence).toMatchObject({
      kind: 'open',
      effectiveDate: '2025-06-15',
      filingDeadline: '2025-09-15',
      startDate: '2025-07-01',
    });

    const exclusive = await h.app.inject({
      method: 'POST',
      url: '/open-licence/licences',
      headers: patentee.headers,
      payload: {
        patentId: c.invention,
        kind: 'exclusive',
        licenseeName: '某公司',
        startDate: '2028-01-01',
        endDate: '2029-12-31',
        effectiveDate: '2025-06-15',
        feeDescription: '一次性 100 万元',
      },
    });
    expect(exclusive.statusCode).toBe(422);
    expect(exclusive.json()).toMatchObject({
      code: 'EXCLUSIVE_WHILE_OPEN_LICENCE',
      article: '专利法第51条第3款',
    });
    expect(exclusive.json().detail).toContain('专利法第51条第3款');

    const mine = await h.app.inject({
      method: 'GET',
      url: '/open-licence/licences',
      headers: licensee.headers,
    });
    expect(mine.json().items.map((l: { id: number }) => l.id)).toEqual([licence.id]);

    const xlsx = await h.app.inject({
      method: 'GET',
      url: `/open-licence/licences/${licence.id}/filing-package.xlsx`,
      headers: licensee.headers,
    });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const form = wb.getWorksheet('备案申请表字段')!;
    const fields = new Map<string, string>();
    form.eachRow((row, n) => {
      if (n > 1) fields.set(String(row.getCell(1).value), String(row.getCell(2).value ?? ''));
    });
    expect(fields.get('专利（申请）号')).toBe(numbers.invention);
    expect(fields.get('许可种类')).toBe('普通实施许可（开放许可）');
    expect(fields.get('合同生效日期')).toBe('2025-06-15');
    expect(fields.get('备案期限（合同生效之日起3个月内）')).toBe('2025-09-15');
    expect(fields.get('使用费及支付方式')).toBe('一次性付费：人民币 50,000 元');
    expect(fields.get('被许可人（受让人）')).toBe('东莞光电有限公司');

    const docx = await h.app.inject({
      method: 'GET',
      url: `/open-licence/licences/${licence.id}/filing-package.docx`,
      headers: patentee.headers,
    });
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const stranger = await signIn(h.app, await createUser(db(), { kind: 'enterprise' }));
    const hidden = await h.app.inject({
      method: 'GET',
      url: `/open-licence/licences/${licence.id}/filing-package.docx`,
      headers: stranger.headers,
    });
    expect(hidden.statusCode).toBe(404);
  });

  it('batch declaration from a CSV gives a result per row', async () => {
    const csv = [
      '专利号,支付方式,金额（元）,提成基数,提成比例（%）,许可期限起,许可期限止,其他事项,共有人同意书',
      `${numbers.coOwned},一次性付费,"12,000.50",,,2025-07-01,2027-06-30,提供技术指导,共有人同意书2025-07`,
      'ZL201810000000.0,一次性付费,1000,,,2025-07-01,2027-06-30,,',
      `${numbers.coOwned},按月付,1000,,,2025-07-01,2027-06-30,,`,
    ].join('\r\n');
    const { payload, contentType } = multipart('批量声明.csv', `\uFEFF${csv}`);
    const res = await h.app.inject({
      method: 'POST',
      url: '/open-licence/declarations/batch',
      headers: { ...patentee.headers, 'content-type': contentType },
      payload,
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 3, submitted: 1, invalid: 2 });
    expect(body.rows.map((r: { row: number; status: string }) => [r.row, r.status])).toEqual([
      [2, 'submitted'],
      [3, 'invalid'],
      [4, 'invalid'],
    ]);
    expect(body.rows[2].errors[0].field).toBe('paymentMode');
    const detail = await h.app.inject({
      method: 'GET',
      url: `/open-licence/declarations/${body.rows[0].declarationId}`,
      headers: patentee.headers,
    });
    expect(detail.json()).toMatchObject({ state: 'submitted', fixedFeeFen: 1_200_050 });
    expect(
      detail
        .json()
        .coOwnerConsents.map((x: { patenteeName: string }) => x.patenteeName)
        .sort(),
    ).toEqual(['华中科技大学', '武汉某科技有限公司'].sort());
  });

  it('fee estimate is public and says it is not the official formula', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/open-licence/fee-estimate',
      payload: {
        patentId: c.invention,
        income: {
          annualBaseFen: [100_000_000, 120_000_000],
          base: 'net_sales',
          rateLowBp: 200,
          rateHighBp: 500,
        },
        market: { industrySection: 'C', annualBaseFen: [100_000_000], base: 'net_sales' },
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(
      body.approaches.map((a: { approach: string; available: boolean }) => [a.approach, a.available]),
    ).toEqual([
      ['income', true],
      ['market', false],
    ]);
    expect(body.disclaimer.zh).toContain('并非');
  });

  it('licence and pledge records: the patentee and operators, the IP administration and banks read them; an enterprise does not', async () => {
    const recorded = await h.app.inject({
      method: 'POST',
      url: `/open-licence/patents/${c.coOwned}/pledges`,
      headers: verifier.headers,
      payload: { pledgor: '某大学', pledgee: '某银行股份有限公司', registeredOn: '2025-06-01' },
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const pledgeId = (recorded.json() as { id: number }).id;
    const bank = await signIn(h.app, await createUser(db(), { kind: 'bank' }));
    const administration = await signIn(h.app, await createUser(db(), { kind: 'government' }));
    const read = (s: Session | null) =>
      h.app.inject({
        method: 'GET',
        url: `/open-licence/patents/${c.coOwned}/records`,
        ...(s ? { headers: s.headers } : {}),
      });
    for (const [who, s] of [
      ['bank', bank],
      ['administration', administration],
      ['operator', verifier],
    ] as const) {
      const res = await read(s);
      expect(res.statusCode, `${who}: ${res.body}`).toBe(200);
      expect((res.json() as { pledges: { id: number; pledgee: string }[] }).pledges).toEqual([
        expect.objectContaining({ id: pledgeId, pledgee: '某银行股份有限公司' }),
      ]);
    }
    const enterprise = await read(licensee);
    expect(enterprise.statusCode).toBe(403);
    expect(enterprise.json()).toMatchObject({ detail: expect.stringContaining('银行') });
    expect((await read(null)).statusCode).toBe(401);
  });
});

describeEachEngine("a patent's declaration in force, for the patent page", (db) => {
  let h: AuthApp;
  let c: TestCatalogue;
  let patentee: Session;
  let verifier: Session;
  const clock = new TestClock(new Date('2025-06-15T02:00:00.000Z'));

  beforeAll(async () => {
    c = await seedTestCatalogue(db());
    h = await buildAuthApp(db(), {
      clock,
      extra: (app) => openLicenceRoutes(app, { db: db(), clock: clock.now }),
    });
    patentee = await signIn(h.app, await createUser(db(), { organisationId: c.university }));
    verifier = await signIn(h.app, await createUser(db(), { organisationId: c.operator }));
  });
  afterAll(() => h.app.close());

  interface InForce {
    patentId: number;
    declaration: {
      id: number;
      state: string;
      paymentDescription: { zh: string; en: string };
      term: { startDate: string; endDate: string };
      territoryDescription: { zh: string };
      otherMatters: string;
      publishedOn: string | null;
      checklist: unknown;
      lastCheck: unknown;
    } | null;
  }
  const inForce = async (patentId: number) => {
    const res = await h.app.inject({ method: 'GET', url: `/open-licence/patents/${patentId}/declaration` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as InForce;
  };
  const act = async (session: Session, declarationId: number, action: string, payload: object) => {
    const res = await h.app.inject({
      method: 'POST',
      url: `/open-licence/declarations/${declarationId}/${action}`,
      headers: session.headers,
      payload,
    });
    expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  };

  it('is public: null without a declaration, 404 problem for an unknown patent, 400 for a bad id', async () => {
    expect(await inForce(c.invention)).toEqual({ patentId: c.invention, declaration: null });
    const unknown = await h.app.inject({ method: 'GET', url: '/open-licence/patents/987654321/declaration' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect(unknown.json()).toMatchObject({ detail: expect.stringContaining('987654321') });
    const bad = await h.app.inject({ method: 'GET', url: '/open-licence/patents/abc/declaration' });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('params.id');
  });

  it('shows the terms only once published, and says when the declaration is suspended', async () => {
    const created = await h.app.inject({
      method: 'POST',
      url: '/open-licence/declarations?submit=true',
      headers: patentee.headers,
      payload: {
        patentId: c.invention,
        paymentTerms: {
          mode: 'try_first',
          trialMonths: 6,
          afterTrial: { mode: 'royalty', base: 'net_sales', rateBp: 300, period: 'year' },
        },
        term: { startDate: '2025-07-01', endDate: '2027-06-30' },
        otherMatters: '许可方提供技术资料。',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = (created.json() as { declaration: { id: number; state: string } }).declaration.id;
    // Submitted and verified declarations are not announced yet.
    expect((await inForce(c.invention)).declaration).toBeNull();
    await act(verifier, id, 'verify', {
      checklist: {
        validity: 'confirmed',
        noExclusiveLicence: 'confirmed',
        pledgeStatus: 'confirmed',
        feePaid: 'confirmed',
        evaluationReport: 'not_applicable',
      },
    });
    expect((await inForce(c.invention)).declaration).toBeNull();
    await act(verifier, id, 'publish', {});
    const published = (await inForce(c.invention)).declaration!;
    expect(published).toMatchObject({
      id,
      state: 'published',
      term: { startDate: '2025-07-01', endDate: '2027-06-30' },
      otherMatters: '许可方提供技术资料。',
      publishedOn: '2025-06-15',
      // The checks are the parties' business (as on the declaration page for the public).
      checklist: null,
      lastCheck: null,
    });
    expect(published.paymentDescription.zh).toMatch(/6\s*个月/);
    expect(published.paymentDescription.zh).toMatch(/3(\.0+)?%/);
    expect(published.territoryDescription.zh).toContain('中华人民共和国');
    // The same terms as the declaration's own public page.
    const page = await h.app.inject({ method: 'GET', url: `/open-licence/declarations/${id}` });
    expect(page.json()).toMatchObject({ paymentDescription: published.paymentDescription });

    await act(verifier, id, 'suspend', { reason: '权属纠纷调解中，依申请中止' });
    expect((await inForce(c.invention)).declaration).toMatchObject({ id, state: 'suspended' });
    // Another patent of the catalogue is untouched.
    expect((await inForce(c.utilityModel)).declaration).toBeNull();
  });
});
