import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/platform/config';
import type { EngineKind } from '../../src/platform/db/database';
import type { HttpServer } from '../../src/platform/http/httpServer';
import { openRuntime, type Runtime } from '../../src/runtime';
import { buildApp } from '../../src/server';
import { freshDatabase } from './databases';

export interface TestPlatform {
  app: HttpServer;
  runtime: Runtime;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * The whole platform (every feature's routes under /api/v1) on a fresh database of `engine`, with its own data
 * directory for the search index and uploads. `seedSamples` imports the real sample catalogue first.
 */
export async function startTestPlatform(
  engine: EngineKind,
  options: { seedSamples?: boolean } = {},
): Promise<TestPlatform> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-platform-'));
  const config = loadConfig({ ZHUANHUA_DATA_DIR: dataDir, LOG_LEVEL: 'silent', PORT: '0' });
  const db = await freshDatabase(engine);
  const runtime = await openRuntime(config, {
    command: 'test',
    log: pino({ level: 'silent' }),
    seedSamples: options.seedSamples ?? false,
    db,
  });
  const { app, jobs } = await buildApp(runtime, { ZHUANHUA_MAX_UPLOAD_MB: '60' });
  await app.ready();
  return {
    app,
    runtime,
    dataDir,
    async close() {
      await app.close();
      await jobs.drain();
      await runtime.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
