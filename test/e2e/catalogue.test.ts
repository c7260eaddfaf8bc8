import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption } from './support/antd';
import { expectAccessible } from './support/axe';
import { launchBrowser, type TestBrowser } from './support/browser';
import { screenshot } from './support/screenshots';
import { type RunningPlatform, startPlatform } from './support/server';

const ADMIN_EMAIL = 'e2e-admin@zhuanhua.test';
const ADMIN_PASSWORD = 'Browser-test-passphrase-2025';
const BROKEN_FILE = path.resolve(import.meta.dirname, 'fixtures', 'import-two-bad-rows.csv');

/** A word that occurs in the real sample catalogue the server seeds on first start. */
const WORD = '电池';

interface Hit {
  id: string | number;
  title: string;
  applicationNumber: string | null;
}

// The catalogue in the browser, against the real server with its seeded sample catalogue.
describe('catalogue pages', () => {
  let platform: RunningPlatform;
  let browser: TestBrowser;
  let sample: Hit;

  beforeAll(async () => {
    // Picked up by the bootstrap of the first platform administrator (accounts feature).
    process.env.ZHUANHUA_ADMIN_EMAIL = ADMIN_EMAIL;
    process.env.ZHUANHUA_ADMIN_PASSWORD = ADMIN_PASSWORD;
    platform = await startPlatform();
    browser = await launchBrowser();
    const res = await fetch(`${platform.url}/api/v1/patents/search?pageSize=100`);
    const body = (await res.json()) as { total: number; items: Hit[] };
    const withNumber = body.items.find((h) => h.applicationNumber);
    if (!withNumber) throw new Error('the seeded catalogue has no patent with an application number');
    sample = withNumber;
  });
  afterAll(async () => {
    delete process.env.ZHUANHUA_ADMIN_EMAIL;
    delete process.env.ZHUANHUA_ADMIN_PASSWORD;
    await browser?.close();
    await platform?.close();
  });

  it('searches in Chinese, narrows with facets (URL reflects the state), and opens a patent', async () => {
    const { page } = await browser.newPage();
    const word = WORD;
    await page.goto(`${platform.url}/`);
    await page.getByRole('searchbox', { name: '检索专利' }).fill(word);
    await page.getByRole('button', { name: '检索' }).click();
    await page.waitForURL((u) => u.pathname === '/patents' && u.searchParams.get('q') === word);

    const summary = page.getByRole('status').filter({ hasText: '条结果' });
    await summary.waitFor();
    const totalBefore = Number(
      (await summary.textContent())?.match(/共 ([\d,]+) 条/)?.[1]?.replace(/,/g, ''),
    );
    expect(totalBefore).toBeGreaterThan(0);
    await page.locator('mark.hl').first().waitFor();
    await screenshot(page, 'catalogue-search');
    await expectAccessible(page, { label: 'search results' });

    // Tick the first patent-type facet: the URL carries it and the total equals the facet's count.
    const typeFacet = page.locator('fieldset[data-facet="type"]');
    const firstType = typeFacet.locator('label').first();
    const facetCount = Number((await firstType.textContent())?.match(/\(([\d,]+)\)/)?.[1]?.replace(/,/g, ''));
    await firstType.click();
    await page.waitForURL((u) => u.searchParams.getAll('type').length === 1);
    await expect
      .poll(async () => summary.textContent())
      .toContain(`共 ${facetCount.toLocaleString('zh-CN')} 条`);
    expect(await typeFacet.getByRole('checkbox').first().isChecked()).toBe(true);

    // The state survives a reload (shareable URL).
    const shared = page.url();
    await page.reload();
    await summary.waitFor();
    expect(page.url()).toBe(shared);
    expect(await typeFacet.getByRole('checkbox').first().isChecked()).toBe(true);

    // Sort by filing date, newest first.
    await chooseOption(page, page.getByLabel('排序'), '申请日（新→旧）');
    await page.waitForURL((u) => u.searchParams.get('sort') === '-filingDate');
    // The previous list stays visible while the re-sorted one loads (aria-busy); wait for the new one.
    const results = page.locator('section[aria-labelledby="results-heading"]');
    await expect.poll(() => results.getAttribute('aria-busy')).toBe('false');

    // Open the first result: the detail page shows its bibliographic data and IPC titles in Chinese.
    const first = page.getByRole('list', { name: '检索结果' }).getByRole('heading', { level: 3 }).first();
    const title = (await first.textContent())?.trim() ?? '';
    await first.getByRole('link').click();
    await page.waitForURL(/\/patents\/[^/?]+$/);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('heading', { level: 2, name: '著录项目' }).waitFor();
    await page.getByText('专利类型', { exact: true }).first().waitFor();
    const ipcRows = page.locator('table').filter({ hasText: 'IPC 分类号' }).locator('tbody tr');
    if ((await ipcRows.count()) > 0) expect(await ipcRows.first().textContent()).toMatch(/[\u4e00-\u9fff]/);
    // No open-licence declaration in this catalogue: a plain sentence, no placeholder.
    await page
      .locator('[data-section="open-licence-terms"]')
      .getByText('该专利未发布开放许可声明', { exact: true })
      .waitFor();
    // Similar patents: other patents of the catalogue, each a link to its own page (never this one).
    const similar = page.locator('[data-section="similar-patents"]').getByRole('list', { name: '相似专利' });
    await similar.waitFor();
    const links = similar.locator(':scope > li > a');
    expect(await links.count()).toBeGreaterThan(0);
    const here = new URL(page.url()).pathname;
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of hrefs) {
      expect(href).toMatch(/^\/patents\/\d+$/);
      expect(href).not.toBe(here);
    }
    expect(await page.locator('[data-pending]').count()).toBe(0);
    // Reverse matching: no enterprise has posted a demand in this catalogue.
    await page
      .locator('[data-section="matching-enterprises"]')
      .getByText('暂无与该专利匹配的企业需求')
      .waitFor();
    await screenshot(page, 'catalogue-detail');
    await expectAccessible(page, { label: 'patent detail' });
    // A similar patent's link opens its own page.
    const next = links.first();
    const nextTitle = (await next.textContent())?.trim() ?? '';
    await next.click();
    await page.waitForURL((u) => u.pathname === hrefs[0]);
    await page.getByRole('heading', { level: 1, name: nextTitle }).waitFor();
    await page.close();
  });

  it('jumps straight to the patent when the query is its application number, in any usual form', async () => {
    const { page } = await browser.newPage();
    await page.goto(`${platform.url}/patents`);
    await page.getByRole('searchbox', { name: '检索词' }).fill(`ZL${sample.applicationNumber}`);
    await page.getByRole('button', { name: '检索' }).click();
    await page.waitForURL(`${platform.url}/patents/${encodeURIComponent(sample.id)}`);
    await page.getByRole('heading', { level: 1, name: sample.title }).waitFor();

    await page.goto(`${platform.url}/patents`);
    await page.getByRole('searchbox', { name: '检索词' }).fill('CN109999999A');
    await page.getByRole('button', { name: '检索' }).click();
    await page.getByText('未找到号码为 CN109999999A 的专利').waitFor();
    await page.close();
  });

  it('refuses tag edits without sign-in with the server’s reason, then saves them for a signed-in user', async () => {
    const { page } = await browser.newPage();
    await page.goto(`${platform.url}/patents/${encodeURIComponent(sample.id)}`);
    await page.getByRole('button', { name: '编辑标签' }).click();
    const dialog = page.getByRole('dialog', { name: '编辑标签' });
    await chooseOption(page, dialog.getByLabel('技术就绪度'), 'TRL 4');
    await expectAccessible(page, { label: 'tag dialog' });
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog
      .getByRole('alert')
      .filter({ hasText: /登录|权限/ })
      .waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();

    const login = await page.request.post(`${platform.url}/api/v1/auth/login`, {
      data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
    });
    expect(login.status()).toBe(200);

    await page.getByRole('button', { name: '编辑标签' }).click();
    await chooseOption(page, dialog.getByLabel('技术就绪度'), 'TRL 6');
    const effects = dialog.getByLabel('技术功效');
    await effects.fill('提高转换效率');
    await effects.press('Enter');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByText('标签已保存').waitFor();
    await page.getByText('TRL 6 相关环境下系统/分系统模型或样机演示').waitFor();
    await page.locator('.ant-tag', { hasText: '提高转换效率' }).waitFor();

    // The server has it, not just the page.
    const detail = (await (await page.request.get(`${platform.url}/api/v1/patents/${sample.id}`)).json()) as {
      trl: number | null;
      technicalEffects: string[];
    };
    expect(detail.trl).toBe(6);
    expect(detail.technicalEffects).toContain('提高转换效率');
    await page.close();
  });

  it('imports a file with two bad rows and shows the row-by-row error report', async () => {
    const { page } = await browser.newPage();
    const login = await page.request.post(`${platform.url}/api/v1/auth/login`, {
      data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
    });
    expect(login.status()).toBe(200);
    await page.goto(`${platform.url}/imports`);
    await expectAccessible(page, { label: 'import page' });

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /点击或将文件拖到此处上传/ }).click();
    await (await chooser).setFiles(BROKEN_FILE);
    await page.waitForURL(/\/imports\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name: '导入：import-two-bad-rows.csv' }).waitFor();
    await page.locator('.ant-tag', { hasText: '已完成' }).waitFor({ timeout: 60_000 });

    const rejected = page.locator('table').filter({ hasText: '原因' }).locator('tbody tr');
    await expect.poll(() => rejected.count()).toBe(2);
    expect(await rejected.nth(1).textContent()).toContain('2025-13-45');
    await page.locator('.ant-spin-blur').waitFor({ state: 'detached' });
    await screenshot(page, 'catalogue-import-report');
    await expectAccessible(page, { label: 'import report' });

    const csvHref = await page.getByRole('link', { name: '下载错误报告（CSV）' }).getAttribute('href');
    const report = await page.request.get(`${platform.url}${csvHref}`);
    expect(report.status()).toBe(200);
    expect(await report.text()).toContain('2025-13-45');

    // The good row is in the catalogue and findable.
    await page.goto(`${platform.url}/patents?q=${encodeURIComponent('折叠式光伏支架')}`);
    await page.getByRole('link', { name: /一种用于浏览器端到端测试的折叠式光伏支架/ }).waitFor();
    await page.close();
  });
});
