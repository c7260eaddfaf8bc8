import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type PlatformConfig } from '../../../src/platform/config';
import { startServer } from '../../../src/server';

export interface RunningPlatform {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  config: PlatformConfig;
  close(): Promise<void>;
}

/**
 * Starts the real platform server in this process on a random loopback port, with a fresh temporary data
 * directory (embedded PGlite database, search index, uploads) that is deleted on close. The browser tests
 * always use their own embedded database, even when `DATABASE_URL` is set for the other suites; set
 * `E2E_DATABASE_URL` to point them at a PostgreSQL server instead.
 */
export async function startPlatform(overrides: Partial<PlatformConfig> = {}): Promise<RunningPlatform> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhuanhua-e2e-'));
  const config: PlatformConfig = {
    ...loadConfig({
      ...process.env,
      ZHUANHUA_DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
    }),
    databaseUrl: process.env.E2E_DATABASE_URL || undefined,
    ...overrides,
  };
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({ config });
  } catch (err) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  return {
    url: server.url.replace(/\/$/, ''),
    config,
    async close() {
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
