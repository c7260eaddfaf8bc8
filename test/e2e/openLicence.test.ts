import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { launchBrowser, type TestBrowser } from './support/browser';
import { screenshot } from './support/screenshots';
import { type RunningPlatform, startPlatform } from './support/server';

const ADMIN_EMAIL = 'e2e-ol-admin@zhuanhua.test';
const ADMIN_PASSWORD = 'Browser-test-passphrase-2025';
const FIRST_PASSWORD = 'First-sign-in-passphrase-1';
const PASSWORD = 'Open-licence-passphrase-42';
const PATENT_FILE = path.resolve(import.meta.dirname, 'fixtures', 'open-licence-patent.csv');
const PATENTEE = '浙江开放许可测试大学';
const TITLE = '一种用于浏览器测试的开放许可光伏逆变器控制方法';

/** Today and a day two years on, in China time (the server counts deadlines there). */
function dates() {
  const now = new Date(Date.now() + 8 * 3_600_000);
  const start = now.toISOString().slice(0, 10);
  const end = new Date(Date.UTC(now.getUTCFullYear() + 2, now.getUTCMonth(), now.getUTCDate() - 1))
    .toISOString()
    .slice(0, 10);
  return { start, end };
}

/** Polls until `read` returns something `done` accepts (set-up runs outside a test, where expect.poll cannot). */
async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 60_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`timed out waiting; last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function signInAs(request: APIRequestContext, base: string, email: string, password: string) {
  const res = await request.post(`${base}/api/v1/auth/login`, { data: { email, password } });
  if (res.status() !== 200) throw new Error(`sign-in of ${email}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as { csrfToken?: string };
}

/**
 * Checks a radio button, clicking again if a click landed while the dialog was still opening (under load a
 * first click can meet the modal's entrance and leave the radio unchanged: "did not change its state").
 */
async function checkRadio(radio: Locator): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await radio.check({ timeout: 5_000 });
      return;
    } catch (err) {
      if (await radio.isChecked()) return;
      if (attempt >= 4) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

async function csrf(page: Page): Promise<Record<string, string>> {
  const cookies = await page.context().cookies();
  const token = cookies.find((c) => c.name === 'zh_csrf')?.value ?? '';
  return { 'x-csrf-token': token };
}

// Declare → verify → appears in the pool → licence taken, through the pages, on the real server.
describe('open licence pages', () => {
  let platform: RunningPlatform;
  let browser: TestBrowser;
  let patentId: string;
  const users = {
    patentee: 'tto@zjtest.edu.test',
    verifier: 'check@operator.test',
    licensee: 'legal@licensee.test',
  };

  beforeAll(async () => {
    process.env.ZHUANHUA_ADMIN_EMAIL = ADMIN_EMAIL;
    process.env.ZHUANHUA_ADMIN_PASSWORD = ADMIN_PASSWORD;
    platform = await startPlatform();
    browser = await launchBrowser();

    // Set-up through the API as the platform administrator: organisations, users, the patent.
    const { page } = await browser.newPage();
    const api = page.request;
    const base = platform.url;
    await signInAs(api, base, ADMIN_EMAIL, ADMIN_PASSWORD);
    const org = async (name: string, kind: string) => {
      const res = await api.post(`${base}/api/v1/organisations`, {
        data: { name, kind },
        headers: await csrf(page),
      });
      if (res.status() !== 201) throw new Error(`organisation ${name}: ${res.status()} ${await res.text()}`);
      return ((await res.json()) as { id: number }).id;
    };
    const orgIds = {
      patentee: await org(PATENTEE, 'university'),
      verifier: await org('浙江省知识产权运营服务中心', 'service_organisation'),
      licensee: await org('杭州光伏设备有限公司', 'enterprise'),
    };
    for (const [role, email] of Object.entries(users)) {
      const res = await api.post(`${base}/api/v1/users`, {
        headers: await csrf(page),
        data: {
          email,
          displayName: role,
          organisationId: orgIds[role as keyof typeof orgIds],
          password: FIRST_PASSWORD,
        },
      });
      if (res.status() !== 201) throw new Error(`user ${email}: ${res.status()} ${await res.text()}`);
    }
    const upload = await api.post(`${base}/api/v1/imports`, {
      headers: await csrf(page),
      multipart: {
        file: { name: 'open-licence-patent.csv', mimeType: 'text/csv', buffer: fs.readFileSync(PATENT_FILE) },
      },
    });
    if (upload.status() !== 202) throw new Error(`import: ${upload.status()} ${await upload.text()}`);
    const runId = ((await upload.json()) as { id: number }).id;
    const run = await eventually(
      async () => (await (await api.get(`${base}/api/v1/imports/${runId}`)).json()) as { status: string },
      (r) => r.status !== 'running',
    );
    if (run.status !== 'completed') throw new Error(`import ${runId}: ${JSON.stringify(run)}`);
    patentId = await eventually(
      async () => {
        const res = await api.get(`${base}/api/v1/patents/search`, { params: { q: '202110776601' } });
        const body = (await res.json()) as { items: { id: string; title: string }[] };
        return body.items.find((h) => h.title === TITLE)?.id ?? '';
      },
      (id) => id !== '',
      30_000,
    );
    // Each user replaces the administrator-set password at first sign-in.
    for (const email of Object.values(users)) {
      await signInAs(api, base, email, FIRST_PASSWORD);
      const res = await api.post(`${base}/api/v1/auth/password`, {
        headers: await csrf(page),
        data: { currentPassword: FIRST_PASSWORD, newPassword: PASSWORD },
      });
      if (res.status() !== 204) throw new Error(`password of ${email}: ${res.status()} ${await res.text()}`);
    }
    await page.close();
  });
  afterAll(async () => {
    delete process.env.ZHUANHUA_ADMIN_EMAIL;
    delete process.env.ZHUANHUA_ADMIN_PASSWORD;
    await browser?.close();
    await platform?.close();
  });

  it('declare with live checks → verify → published in the pool → licence taken with its filing deadline', async () => {
    const { page, errors } = await browser.newPage();
    const base = platform.url;
    const { start, end } = dates();

    // 1. The patentee declares, watching the live check.
    await signInAs(page.request, base, users.patentee, PASSWORD);
    await page.goto(`${base}/open-licences/declare?patentId=${patentId}&title=${encodeURIComponent(TITLE)}`);
    await page.getByRole('heading', { level: 1, name: '声明开放许可' }).waitFor();
    await page.getByText(`已选择：${TITLE}`).waitFor();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('一次性费用（元）').fill('50000');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('许可期限起').fill(start);
    await page.getByLabel('许可期限止').fill(end);
    await page.getByLabel('其他需要明确的事项').fill('本技术国内领先');
    // Regs Art. 85(2): the advertising word is refused at once, with its article.
    await page.getByText('专利法实施细则第85条第2款').first().waitFor();
    await page.getByLabel('其他需要明确的事项').fill('许可方提供技术资料和必要的技术指导。');
    await page.getByText('符合开放许可声明的条件。').waitFor();
    await expectAccessible(page, { label: 'declaration wizard' });
    await screenshot(page, 'open-licence-declare');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '提交核查' }).click();
    await page.waitForURL(/\/open-licences\/\d+$/);
    const declarationUrl = page.url();
    await page.getByText('待核查').first().waitFor();

    // 2. The service organisation verifies against the checklist and publishes.
    await signInAs(page.request, base, users.verifier, PASSWORD);
    await page.goto(`${base}/open-licences/queue`);
    await page.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(declarationUrl);
    await page.getByRole('button', { name: '核查通过' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '核查通过' }).waitFor();
    for (const item of ['专利权有效', '不存在有效的独占或排他许可', '未质押', '年费已按规定缴纳'])
      await checkRadio(
        dialog
          .getByRole('group', { name: new RegExp(item) })
          .getByRole('radio', { name: '符合', exact: true }),
      );
    await dialog.getByRole('button', { name: '核查通过' }).click();
    await page.getByText('已核查待发布').first().waitFor();
    await page.getByRole('button', { name: '发布' }).click();
    await page.getByRole('heading', { level: 1 }).getByText('已发布').waitFor();

    // 3. It appears in the public pool.
    await page.goto(`${base}/open-licences?q=${encodeURIComponent('光伏逆变器')}`);
    await page.getByRole('link', { name: TITLE }).waitFor();
    await page.getByText('一次性付费：人民币 50,000 元').waitFor();
    await expectAccessible(page, { label: 'open-licence pool' });
    await screenshot(page, 'open-licence-pool');

    // 3b. The patent's own page shows the published terms, with a link to the declaration.
    await page.goto(`${base}/patents/${patentId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    // The export's 法律事件 text, one dated event per line.
    const events = page.getByRole('listitem').filter({ has: page.locator('time[datetime="2021-05-04"]') });
    expect(await events.textContent()).toBe('2021-05-04 实质审查的生效');
    const terms = page.locator('[data-section="open-licence-terms"]');
    await terms.getByText('一次性付费：人民币 50,000 元').waitFor();
    await terms.getByText('已发布', { exact: true }).waitFor();
    await terms.getByText(`${start} – ${end}`).waitFor();
    await terms.getByText('许可方提供技术资料和必要的技术指导。').waitFor();
    // Published today (China time), the day the term starts.
    expect(await terms.textContent()).toContain(`发布日期${start}`);
    const toDeclaration = terms.getByRole('link', { name: '查看开放许可声明' });
    expect(await toDeclaration.getAttribute('href')).toBe(new URL(declarationUrl).pathname);
    await screenshot(page, 'open-licence-on-patent');
    await toDeclaration.click();
    await page.waitForURL(declarationUrl);
    await page.getByRole('heading', { level: 1 }).getByText('已发布').waitFor();

    // 4. An enterprise takes the licence: written notice, payment, licence with its filing deadline.
    await signInAs(page.request, base, users.licensee, PASSWORD);
    await page.goto(declarationUrl);
    await page.getByLabel('书面通知').fill('我公司拟依照公告的支付方式和标准实施该专利，特此书面通知。');
    await page.getByRole('button', { name: '发出书面通知' }).click();
    await page.getByText('已通知专利权人，待付款').waitFor();
    await page.getByRole('link', { name: '我的许可' }).last().click();
    await page.waitForURL(/\/open-licences\/mine$/);
    await page.getByRole('button', { name: '登记付款' }).click();
    const licences = page.getByRole('table', { name: '许可合同与备案' });
    await licences.getByText(TITLE).waitFor();
    await licences.getByText('开放许可', { exact: true }).waitFor();
    expect(await licences.textContent()).toMatch(/\d{4}-\d{2}-\d{2} 前（剩 \d+ 天）/);
    await expect.poll(async () => licences.getByRole('link', { name: 'XLSX' }).count()).toBe(1);
    await screenshot(page, 'open-licence-mine');

    // 5. The patentee sees the licence among its patent's records (a licensee that does not own it does not).
    await page.goto(`${base}/patents/${patentId}`);
    await page.getByRole('heading', { level: 2, name: '相似专利' }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: '许可与质押记录' }).count()).toBe(0);
    await signInAs(page.request, base, users.patentee, PASSWORD);
    await page.goto(`${base}/patents/${patentId}`);
    await page.getByRole('heading', { level: 2, name: '许可与质押记录' }).waitFor();
    await page
      .getByRole('table', { name: '许可记录' })
      .getByRole('row', { name: /开放许可.*杭州光伏设备有限公司/ })
      .waitFor();
    await page.getByRole('table', { name: '质押登记' }).getByText('无质押登记').waitFor();
    expect(errors).toEqual([]);
  });
});
