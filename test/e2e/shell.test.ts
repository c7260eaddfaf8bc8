import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { launchBrowser, type TestBrowser } from './support/browser';
import { screenshot } from './support/screenshots';
import { type RunningPlatform, startPlatform } from './support/server';

// The application shell: landmarks, keyboard entry, navigation, language switch, code splitting.
describe('web app shell', () => {
  let platform: RunningPlatform;
  let browser: TestBrowser;

  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  it('home page has landmarks, a skip link first in tab order, and no serious accessibility violations', async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(`${platform.url}/`);
    await page.getByRole('heading', { level: 1, name: '专利转化运用服务平台' }).waitFor();
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('contentinfo').count()).toBe(1);
    await page.getByRole('navigation', { name: '主导航' }).waitFor();
    await page.getByRole('search', { name: '检索专利' }).waitFor();

    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('跳到主要内容');
    await page.keyboard.press('Enter');
    expect(await page.locator(':focus').getAttribute('id')).toBe('main');

    // Headline figures come from the real /api/v1/stats/overview.
    await page.getByText('专利总数').waitFor();
    await page.locator('figure svg').first().waitFor();
    await screenshot(page, 'shell-home-zh');
    await expectAccessible(page, { label: 'home' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('navigates with the top menu, marks the current page, and survives a reload on a client route', async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(`${platform.url}/`);
    const nav = page.getByRole('navigation', { name: '主导航' });
    // Feature pages replace the placeholders over time: check the shell's part, not the page's wording.
    for (const [name, path] of [
      ['专利检索', '/patents'],
      ['开放许可', '/open-licences'],
      ['技术需求', '/demands'],
      ['统计监测', '/stats'],
    ] as const) {
      await nav.getByRole('link', { name, exact: true }).click();
      await page.waitForURL(`${platform.url}${path}`);
      // The URL changes first; the lazily loaded page renders when its chunk arrives.
      const link = nav.getByRole('link', { name, exact: true });
      // vitest polls for 1 s by default: too short for a 2-core machine shared with other work.
      await expect.poll(() => link.getAttribute('aria-current'), { timeout: 15_000 }).toBe('page');
      await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor();
      await expect.poll(() => page.title(), { timeout: 15_000 }).toMatch(/ - 专利转化运用服务平台$/);
    }
    await expectAccessible(page, { label: 'stats' });
    // The public cannot import or administer: the menu leaves those out (the API refuses them anyway).
    for (const name of ['数据导入', '管理看板', '审计日志', '用户管理'])
      expect(await nav.getByRole('link', { name, exact: true }).count(), name).toBe(0);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: '统计监测' }).waitFor();

    expect(await nav.getByRole('link', { name: 'API 文档' }).getAttribute('href')).toBe('/api/docs');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a not-found page for an unknown address, and the API keeps its problem+json 404', async () => {
    const { page } = await browser.newPage();
    await page.goto(`${platform.url}/no/such/page`);
    await page.getByRole('heading', { level: 1, name: '页面不存在' }).waitFor();
    await expectAccessible(page, { label: 'not found' });
    const api = await page.request.get(`${platform.url}/api/v1/no-such-route`);
    expect(api.status()).toBe(404);
    expect(api.headers()['content-type']).toMatch(/^application\/problem\+json/);
    await page.close();
  });

  it('switches to English, keeps the choice after a reload, and switches back', async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(`${platform.url}/patents`);
    await page.getByRole('button', { name: '切换为英文界面' }).click();
    await page.getByRole('heading', { level: 1, name: 'Patent search' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Patent search' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Statistics' })
      .waitFor();
    await screenshot(page, 'shell-search-en');
    await expectAccessible(page, { label: 'search (English)' });

    await page.getByRole('button', { name: 'Switch to Chinese' }).click();
    await page.getByRole('heading', { level: 1, name: '专利检索' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads the chart library only on pages with charts (code splitting)', async () => {
    const { page } = await browser.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${platform.url}/patents`);
    await page.getByRole('heading', { level: 1, name: '专利检索' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(scripts.some((s) => /CountsChart/.test(s))).toBe(false);
    expect(scripts.some((s) => /ImportPage|PatentDetailPage/.test(s))).toBe(false);

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '统计监测' }).click();
    await page.locator('figure svg').first().waitFor();
    expect(scripts.some((s) => /CountsChart/.test(s))).toBe(true);
    await page.close();
  });

  it('serves hashed assets with a long immutable cache and the page itself revalidated', async () => {
    const { page } = await browser.newPage();
    const response = await page.goto(`${platform.url}/`);
    expect(response?.headers()['cache-control']).toBe('no-cache');
    const asset = await page.locator('script[type="module"]').first().getAttribute('src');
    expect(asset).toMatch(/^\/assets\//);
    const res = await page.request.get(`${platform.url}${asset}`);
    expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    await page.close();
  });
});
