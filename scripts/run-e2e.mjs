#!/usr/bin/env node
// `npm run test:e2e`: browser tests with Debian's Chromium. Without /usr/bin/chromium they are skipped
// (exit 0) on a developer machine, but fail under CI, which must always run them.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWebIfStale } from './build-web-if-stale.mjs';

const CHROMIUM = '/usr/bin/chromium';
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function executable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

if (!executable(CHROMIUM)) {
  const ci = Boolean(process.env.CI);
  console.log(
    `${ci ? 'FAILED' : 'SKIPPED'}: browser tests need ${CHROMIUM} (Debian: apt-get install chromium)` +
      (ci ? ' — CI is set, so a missing browser is an error' : ''),
  );
  process.exit(ci ? 1 : 0);
}

await buildWebIfStale();

const vitest = path.join(repo, 'node_modules', 'vitest', 'vitest.mjs');
const child = spawn(
  process.execPath,
  [vitest, 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)],
  {
    cwd: repo,
    stdio: 'inherit',
  },
);
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
