import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for a quiet, reproducible headless Chromium that never phones home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface TestBrowser {
  context: BrowserContext;
  /** A new tab; console errors and uncaught exceptions on it are collected in `errors`. */
  newPage(): Promise<TrackedPage>;
  close(): Promise<void>;
}

export interface TrackedPage {
  page: Page;
  /** Console errors and uncaught page exceptions seen so far (for "the page logged no errors" checks). */
  errors: string[];
}

/** Debian's Chromium with a fresh, throw-away profile (no state leaks between test files). */
export async function launchBrowser(options: { locale?: string } = {}): Promise<TestBrowser> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhuanhua-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: options.locale ?? 'zh-CN',
    viewport: { width: 1366, height: 900 },
    timeout: 60_000,
  });
  context.setDefaultTimeout(20_000);
  return {
    context,
    async newPage() {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        // "Failed to load resource" names no address in its text: add the one the console gives.
        const at = msg.location().url;
        errors.push(/^Failed to load resource/.test(msg.text()) && at ? `${msg.text()} ${at}` : msg.text());
      });
      page.on('pageerror', (err) => errors.push(`${err.name}: ${err.message}`));
      return { page, errors };
    },
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
