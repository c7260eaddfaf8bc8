import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption } from './support/antd';
import { type ApiSession, apiSignIn, mailedLink } from './support/api';
import { expectAccessible } from './support/axe';
import { launchBrowser, type TestBrowser } from './support/browser';
import { screenshot } from './support/screenshots';
import { type RunningPlatform, startPlatform } from './support/server';

const ADMIN = { email: 'e2e-accounts-admin@zhuanhua.test', password: 'Browser-test-passphrase-2025' };
const FIRST_PASSWORD = 'Initial-passphrase-for-e2e-1';
const PASSWORD = 'Accounts-e2e-passphrase-77';

/** The organisations and users of the test, one member per kind plus a university administrator. */
const ORGS = {
  university: '浙江账户测试大学',
  institute: '中国科学院账户测试研究所',
  enterprise: '杭州账户测试科技有限公司',
  service_organisation: '浙江省知识产权运营服务中心（测试）',
  government: '浙江省市场监督管理局（知识产权局）（测试）',
  bank: '账户测试商业银行',
} as const;
type Kind = keyof typeof ORGS;
const member = (kind: Kind) => `${kind}@accounts.e2e.test`;
const UNIVERSITY_ADMIN = 'tto-admin@accounts.e2e.test';
const FIRST_SIGN_IN = 'first-sign-in@accounts.e2e.test';
const LOCKED = 'lock-me@accounts.e2e.test';

const BASE_NAV = ['首页', '专利检索', '开放许可', '技术需求', '统计监测', 'API 文档'];
const IMPORT = '数据导入';
const DASHBOARD = '管理看板';
const AUDIT = '审计日志';
const USERS = '用户管理';
const ORGANISATIONS = '机构管理';

async function signInThroughUi(page: Page, base: string, email: string, password: string) {
  await page.goto(`${base}/sign-in`);
  await page.getByRole('heading', { level: 1, name: '登录' }).waitFor();
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('main').getByRole('button', { name: '登录', exact: true }).click();
}

async function signOutThroughUi(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByRole('region', { name: '账户' }).getByRole('link', { name: '登录' }).waitFor();
}

async function navLinks(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: '主导航' });
  await nav.getByRole('link', { name: '首页' }).waitFor();
  return (await nav.getByRole('link').allTextContents()).map((s) => s.trim());
}

/** BASE_NAV with the role's extra entries in the menu's own order. */
function expectedNav(extra: string[]): string[] {
  const order = [
    '首页',
    '专利检索',
    '开放许可',
    '技术需求',
    IMPORT,
    '统计监测',
    DASHBOARD,
    AUDIT,
    USERS,
    ORGANISATIONS,
    'API 文档',
  ];
  return order.filter((n) => BASE_NAV.includes(n) || extra.includes(n));
}

describe('accounts, roles and administration pages', () => {
  let platform: RunningPlatform;
  let browser: TestBrowser;
  let admin: ApiSession;
  let base: string;

  beforeAll(async () => {
    process.env.ZHUANHUA_ADMIN_EMAIL = ADMIN.email;
    process.env.ZHUANHUA_ADMIN_PASSWORD = ADMIN.password;
    platform = await startPlatform();
    base = platform.url;
    browser = await launchBrowser();
    admin = await apiSignIn(base, ADMIN.email, ADMIN.password);

    const orgIds = {} as Record<Kind, number>;
    for (const [kind, name] of Object.entries(ORGS) as [Kind, string][])
      orgIds[kind] = (await admin.call<{ id: number }>('POST', '/organisations', { name, kind }, 201)).id;
    const users: { email: string; organisationId: number; role: 'admin' | 'member' }[] = [
      ...(Object.keys(ORGS) as Kind[]).map((k) => ({
        email: member(k),
        organisationId: orgIds[k],
        role: 'member' as const,
      })),
      { email: UNIVERSITY_ADMIN, organisationId: orgIds.university, role: 'admin' },
      { email: FIRST_SIGN_IN, organisationId: orgIds.university, role: 'member' },
      { email: LOCKED, organisationId: orgIds.bank, role: 'member' },
    ];
    for (const u of users)
      await admin.call(
        'POST',
        '/users',
        { ...u, displayName: u.email.split('@')[0], password: FIRST_PASSWORD },
        201,
      );
    // Everyone but the first-sign-in user replaces the administrator-set password now (the UI case is tested once).
    for (const u of users.filter((x) => x.email !== FIRST_SIGN_IN && x.email !== LOCKED)) {
      const s = await apiSignIn(base, u.email, FIRST_PASSWORD);
      await s.call('POST', '/auth/password', { currentPassword: FIRST_PASSWORD, newPassword: PASSWORD }, 204);
    }
  });
  afterAll(async () => {
    delete process.env.ZHUANHUA_ADMIN_EMAIL;
    delete process.env.ZHUANHUA_ADMIN_PASSWORD;
    await browser?.close();
    await platform?.close();
  });

  it('first sign-in with an administrator-set password must change it before anything else; then sign out', async () => {
    const { page, errors } = await browser.newPage();
    await signInThroughUi(page, base, FIRST_SIGN_IN, FIRST_PASSWORD);
    await page.waitForURL(`${base}/account/password`);
    await page.getByText('首次登录须修改初始密码').waitFor();
    // Any other page sends the user back here.
    await page.goto(`${base}/patents`);
    await page.waitForURL(`${base}/account/password`);
    await expectAccessible(page, { label: 'forced password change' });
    await screenshot(page, 'accounts-forced-password-change');

    await page.getByLabel('初始密码').fill(FIRST_PASSWORD);
    await page.getByLabel('新密码', { exact: true }).fill('short');
    await page.getByLabel('再次输入新密码').fill('short');
    await page.getByRole('button', { name: '修改密码' }).click();
    // The server's policy reason, on the field.
    await page.getByText('密码至少需要 10 个字符').first().waitFor();
    await page.getByLabel('新密码', { exact: true }).fill(PASSWORD);
    await page.getByLabel('再次输入新密码').fill(PASSWORD);
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.waitForURL(`${base}/`);
    await page.getByRole('link', { name: /我的账户：first-sign-in/ }).waitFor();
    await signOutThroughUi(page);
    expect(await navLinks(page)).toEqual(expectedNav([]));
    // The short password's 422 is the one failed request the browser logs.
    expect(errors.filter((e) => !/status of 422/.test(e))).toEqual([]);
    await page.close();
  });

  it.each([
    { who: 'university member', email: member('university'), extra: [IMPORT] },
    { who: 'institute member', email: member('institute'), extra: [IMPORT] },
    { who: 'enterprise member', email: member('enterprise'), extra: [IMPORT] },
    { who: 'service organisation member', email: member('service_organisation'), extra: [IMPORT, DASHBOARD] },
    { who: 'IP administration member', email: member('government'), extra: [IMPORT, DASHBOARD, AUDIT] },
    { who: 'bank member', email: member('bank'), extra: [] },
    { who: 'university administrator', email: UNIVERSITY_ADMIN, extra: [IMPORT, USERS] },
    {
      who: 'platform administrator',
      email: ADMIN.email,
      extra: [IMPORT, DASHBOARD, AUDIT, USERS, ORGANISATIONS],
      password: ADMIN.password,
    },
  ])('$who signs in through the page and sees the menu of the role', async ({ email, extra, password }) => {
    const { page } = await browser.newPage();
    await signInThroughUi(page, base, email, password ?? PASSWORD);
    await page.waitForURL(`${base}/`);
    await page.getByRole('region', { name: '账户' }).getByRole('button', { name: '退出登录' }).waitFor();
    expect(await navLinks(page)).toEqual(expectedNav(extra));
    await page.close();
  });

  it('a refused action shows the server’s reason, whatever the menu hides', async () => {
    const { page } = await browser.newPage();
    await signInThroughUi(page, base, member('bank'), PASSWORD);
    await page.waitForURL(`${base}/`);
    await page.goto(`${base}/dashboard`);
    await page
      .getByRole('alert')
      .getByText('只有服务机构、知识产权管理部门或平台管理员可以查看统计看板')
      .first()
      .waitFor();
    await page.goto(`${base}/audit`);
    await page
      .getByRole('alert')
      .getByText('只有知识产权管理部门或平台管理员可以查看审计日志')
      .first()
      .waitFor();
    await screenshot(page, 'accounts-refused-audit');
    await expectAccessible(page, { label: 'refused audit page' });

    await signInThroughUi(page, base, member('university'), PASSWORD);
    await page.waitForURL(`${base}/`);
    await page.goto(`${base}/users`);
    await page.getByRole('alert').getByText('只有机构管理员或平台管理员可以管理用户').first().waitFor();
    await page.goto(`${base}/organisation`);
    await page.getByRole('heading', { level: 1, name: ORGS.university }).waitFor();
    await page.getByText('机构用户名单仅对本机构管理员开放。').waitFor();
    await expectAccessible(page, { label: 'my organisation' });
    await screenshot(page, 'accounts-my-organisation');
    await page.close();
  });

  it('locks an account after repeated failures and says until when', async () => {
    const { page } = await browser.newPage();
    await page.goto(`${base}/sign-in`);
    for (let i = 1; i <= 5; i++) {
      await page.getByLabel('电子邮箱').fill(LOCKED);
      await page.getByLabel('密码', { exact: true }).fill(`wrong-password-${i}`);
      await page.getByRole('main').getByRole('button', { name: '登录', exact: true }).click();
      if (i < 5)
        await page
          .getByRole('alert')
          .getByText(`再失败 ${5 - i} 次`)
          .waitFor();
    }
    const locked = page.getByRole('alert').filter({ hasText: '登录已被暂时锁定' });
    await locked.waitFor();
    expect(await locked.textContent()).toMatch(/已锁定至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    await screenshot(page, 'accounts-sign-in-locked');
    await expectAccessible(page, { label: 'sign-in locked' });
    // Even the right password waits for the lock to end.
    await page.getByLabel('密码', { exact: true }).fill(FIRST_PASSWORD);
    await page.getByRole('main').getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('alert').getByText('登录已被暂时锁定').waitFor();
    await page.close();
  });

  it('an organisation administrator invites a colleague, who sets a password from the e-mailed link', async () => {
    const { page, errors } = await browser.newPage();
    const invitee = 'new-colleague@accounts.e2e.test';
    await signInThroughUi(page, base, UNIVERSITY_ADMIN, PASSWORD);
    await page.waitForURL(`${base}/`);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: USERS }).click();
    await page.getByRole('heading', { level: 1, name: '用户管理' }).waitFor();
    const invite = page.locator('form#invite');
    await invite.getByLabel('电子邮箱').fill(invitee);
    await invite.getByLabel('姓名').fill('新同事');
    await invite.getByRole('button', { name: '发送邀请' }).click();
    await page.getByText(`已向 ${invitee} 发送邀请邮件`).waitFor();
    const table = page.getByRole('table', { name: '用户管理' });
    await table.getByRole('cell', { name: invitee }).waitFor();
    await table.getByText('待设置密码').waitFor();

    await chooseOption(page, page.getByRole('combobox', { name: '新同事 的角色' }), '机构管理员');
    await page.getByText('已修改 新同事 的角色').waitFor();
    await expectAccessible(page, { label: 'users' });
    await screenshot(page, 'accounts-users');
    await signOutThroughUi(page);

    const link = await mailedLink(admin, invitee);
    await page.goto(`${base}${link.slice(link.indexOf('/reset-password'))}`);
    await page.getByRole('heading', { level: 1, name: '设置密码' }).waitFor();
    // The token leaves the address bar once read.
    expect(new URL(page.url()).hash).toBe('');
    await expectAccessible(page, { label: 'invitation password' });
    await screenshot(page, 'accounts-set-password');
    await page.getByLabel('新密码', { exact: true }).fill(PASSWORD);
    await page.getByLabel('再次输入新密码').fill(PASSWORD);
    await page.getByRole('button', { name: '设置新密码' }).click();
    await page.waitForURL((u) => u.pathname === '/sign-in' && u.searchParams.get('reset') === '1');
    await page.getByText('密码已设置，请使用新密码登录。').waitFor();
    expect(await page.getByLabel('电子邮箱').inputValue()).toBe(invitee);
    await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await page.getByRole('main').getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL(`${base}/`);
    // Now an organisation administrator too.
    expect(await navLinks(page)).toEqual(expectedNav([IMPORT, USERS]));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('forgot password: the reset link from the outbox sets a new password', async () => {
    const { page } = await browser.newPage();
    await page.goto(`${base}/sign-in`);
    await page.getByRole('link', { name: '忘记密码？' }).click();
    await page.getByRole('heading', { level: 1, name: '找回密码' }).waitFor();
    await page.getByLabel('电子邮箱').fill(member('institute'));
    await page.getByRole('button', { name: '发送重置链接' }).click();
    await page.getByText('如果该邮箱已注册，重置链接（1 小时内有效）已发送。').waitFor();
    await expectAccessible(page, { label: 'forgot password' });
    const link = await mailedLink(admin, member('institute'));
    await page.goto(`${base}${link.slice(link.indexOf('/reset-password'))}`);
    await page.getByRole('heading', { level: 1, name: '重置密码' }).waitFor();
    const renewed = 'Renewed-research-passphrase-3';
    await page.getByLabel('新密码', { exact: true }).fill(renewed);
    await page.getByLabel('再次输入新密码').fill(renewed);
    await page.getByRole('button', { name: '设置新密码' }).click();
    await page.waitForURL((u) => u.pathname === '/sign-in');
    await page.getByLabel('密码', { exact: true }).fill(renewed);
    await page.getByRole('main').getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL(`${base}/`);
    await page.getByRole('link', { name: /我的账户：institute/ }).waitFor();
    await page.close();
  });

  it('API tokens: created with scopes, shown once, usable, then revoked', async () => {
    const { page } = await browser.newPage();
    await signInThroughUi(page, base, member('enterprise'), PASSWORD);
    await page.waitForURL(`${base}/`);
    await page.getByRole('link', { name: /我的账户：enterprise/ }).click();
    await page.getByRole('heading', { level: 1, name: '我的账户' }).waitFor();
    await expectAccessible(page, { label: 'account' });
    await screenshot(page, 'accounts-account');
    await page.getByRole('link', { name: 'API 令牌' }).click();
    await page.getByRole('heading', { level: 1, name: 'API 令牌' }).waitFor();
    await page.getByLabel('名称').fill('数据同步脚本');
    await page.getByRole('checkbox', { name: /发布与修改技术需求/ }).check();
    // An enterprise may not read the audit log: its tokens cannot carry that scope.
    expect(await page.getByRole('checkbox', { name: /读取审计日志/ }).count()).toBe(0);
    await page.getByRole('button', { name: '创建令牌' }).click();
    await page.getByText('令牌“数据同步脚本”已创建').waitFor();
    const token = await page.getByLabel('新令牌').inputValue();
    expect(token).toMatch(/^zh_/);
    await expectAccessible(page, { label: 'tokens' });
    await screenshot(page, 'accounts-tokens');

    const me = await fetch(`${base}/api/v1/auth/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { scopes: string[] }).scopes.sort()).toEqual([
      'catalogue:read',
      'demands:write',
    ]);

    const table = page.getByRole('table', { name: '我的令牌' });
    await table.getByRole('cell', { name: '数据同步脚本' }).waitFor();
    await table.getByRole('button', { name: '撤销' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '撤销' }).click();
    await page.getByText('已撤销令牌“数据同步脚本”').waitFor();
    await table.getByText('已撤销', { exact: true }).waitFor();
    const after = await fetch(`${base}/api/v1/auth/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(after.status).toBe(401);
    await page.close();
  });

  it('the IP administration searches the audit log, reads an entry’s before/after, exports CSV and verifies the chain', async () => {
    const { page } = await browser.newPage();
    await signInThroughUi(page, base, member('government'), PASSWORD);
    await page.waitForURL(`${base}/`);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: AUDIT }).click();
    await page.getByRole('heading', { level: 1, name: '审计日志' }).waitFor();
    const results = page.getByRole('table', { name: '审计日志' });
    await results.getByRole('row').nth(1).waitFor();

    await chooseOption(page, page.getByRole('combobox', { name: '操作' }), /^user\.update$/, {
      search: 'user.update',
    });
    await page.getByLabel('操作人').fill('tto-admin');
    await page.getByRole('button', { name: '检索', exact: true }).click();
    await page.waitForURL(
      (u) => u.searchParams.get('action') === 'user.update' && u.searchParams.get('actor') === 'tto-admin',
    );
    await results.getByRole('cell', { name: 'user.update' }).first().waitFor();
    expect(await results.getByRole('cell', { name: /^user\./ }).allTextContents()).toEqual(
      expect.arrayContaining(['user.update']),
    );

    await results
      .getByRole('button', { name: /^查看第 \d+ 条记录的变更内容$/ })
      .first()
      .click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('heading', { name: /user\.update/ }).waitFor();
    const diff = drawer.getByRole('table', { name: '变更内容' });
    const roleRow = diff.getByRole('row', { name: /role/ });
    expect(await roleRow.getByRole('cell').allTextContents()).toEqual(['member', 'admin']);
    await expectAccessible(page, { label: 'audit entry' });
    await screenshot(page, 'audit-entry-diff');
    await drawer.getByRole('button', { name: '关闭' }).click();

    const href = await page.getByRole('link', { name: '导出 CSV' }).getAttribute('href');
    expect(href).toBe('/api/v1/audit/export.csv?actor=tto-admin&action=user.update');
    const csv = await page.request.get(`${base}${href}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.slice(1).every((l) => l.includes(',user.update,user,'))).toBe(true);

    await page.getByRole('button', { name: '校验哈希链' }).click();
    await page.getByText(/^哈希链完整：已核对 [\d,]+ 条记录。$/).waitFor();
    await expectAccessible(page, { label: 'audit log' });
    await screenshot(page, 'audit-log');
    await page.close();
  });

  it('service organisations see the dashboard with its charts', async () => {
    const { page, errors } = await browser.newPage();
    await signInThroughUi(page, base, member('service_organisation'), PASSWORD);
    await page.waitForURL(`${base}/`);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: DASHBOARD }).click();
    await page.getByRole('heading', { level: 1, name: '管理看板' }).waitFor();
    for (const title of ['按 IPC 部', '按法律状态', '按战略性新兴产业', '按地区（省份）', '数据导入趋势'])
      await page.getByRole('heading', { level: 2, name: title }).waitFor();
    await expect.poll(() => page.locator('figure svg').count(), { timeout: 20_000 }).toBe(5);
    // The numbers behind each chart are in a table for screen readers.
    await page.getByRole('table', { name: '按 IPC 部（数据表）' }).waitFor({ state: 'attached' });
    await page.getByText(/期间共 [\d,]+ 批次/).waitFor();
    await expectAccessible(page, { label: 'dashboard' });
    await screenshot(page, 'dashboard');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a bank reads the pledges of a patent on its page; a university member does not get the section', async () => {
    const operator = await apiSignIn(base, member('service_organisation'), PASSWORD);
    const hits = await operator.call<{ items: { id: number }[] }>(
      'GET',
      `/patents/search?q=${encodeURIComponent('锂电池')}&pageSize=1`,
    );
    const patentId = hits.items[0]!.id;
    await operator.call(
      'POST',
      `/open-licence/patents/${patentId}/pledges`,
      { pledgor: '某大学', pledgee: '账户测试商业银行杭州分行', registeredOn: '2025-03-01' },
      201,
    );
    const { page, errors } = await browser.newPage();
    await signInThroughUi(page, base, member('bank'), PASSWORD);
    await page.waitForURL(`${base}/`);
    await page.goto(`${base}/patents/${patentId}`);
    await page.getByRole('heading', { level: 2, name: '许可与质押记录' }).waitFor();
    const pledges = page.getByRole('table', { name: '质押登记' });
    await pledges.getByRole('row', { name: /账户测试商业银行杭州分行.*2025-03-01.*质押中/ }).waitFor();
    await page.getByRole('table', { name: '许可记录' }).getByText('无许可记录').waitFor();
    await expectAccessible(page, { label: 'patent records (bank)' });
    await screenshot(page, 'patent-records-bank');
    expect(errors).toEqual([]);
    await signOutThroughUi(page);

    await signInThroughUi(page, base, member('university'), PASSWORD);
    await page.waitForURL(`${base}/`);
    await page.goto(`${base}/patents/${patentId}`);
    await page.getByRole('heading', { level: 2, name: '相似专利' }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: '许可与质押记录' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the platform administrator creates an organisation from its page', async () => {
    const { page } = await browser.newPage();
    await signInThroughUi(page, base, ADMIN.email, ADMIN.password);
    await page.waitForURL(`${base}/`);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: ORGANISATIONS }).click();
    await page.getByRole('heading', { level: 1, name: '机构管理' }).waitFor();
    const form = page.locator('form#new-organisation');
    await form.getByLabel('机构名称').fill('郑州账户测试大学');
    await chooseOption(page, form.getByRole('combobox', { name: '机构类型' }), '高校');
    await form.getByRole('button', { name: '创建' }).click();
    await page.getByText('已创建机构“郑州账户测试大学”').waitFor();
    await page
      .getByRole('table', { name: '机构管理' })
      .getByRole('cell', { name: '郑州账户测试大学' })
      .waitFor();
    await expectAccessible(page, { label: 'organisations' });
    await screenshot(page, 'accounts-organisations');
    // The home page, signed in, with its latest open licences and demands sections.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '首页' }).click();
    await page.getByRole('heading', { level: 2, name: '最新开放许可' }).waitFor();
    await page.getByText('专利总数').waitFor();
    await expectAccessible(page, { label: 'home (signed in)' });
    await screenshot(page, 'home-signed-in');
    await page.close();
  });

  it('sign-in page in English', async () => {
    const { page } = await browser.newPage();
    await page.goto(`${base}/sign-in`);
    await page.getByRole('button', { name: '切换为英文界面' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('E-mail').fill(member('university'));
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('main').getByRole('button', { name: 'Sign in', exact: true }).click();
    // The server answers in the language the page asks for.
    await page
      .getByRole('alert')
      .getByText(/E-mail or password incorrect/)
      .waitFor();
    await expectAccessible(page, { label: 'sign-in (English)' });
    await screenshot(page, 'accounts-sign-in-en');
    await page.getByRole('button', { name: 'Switch to Chinese' }).click();
    await page.close();
  });
});
