#!/usr/bin/env node
// Builds the web app (web/dist) only when it is missing or older than a source file in web/. Used as
// `prestart` and by the browser tests, so a fresh checkout serves its UI without a manual build step.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webDir = path.join(repo, 'web');
const distIndex = path.join(webDir, 'dist', 'index.html');
const IGNORED = new Set(['dist', 'node_modules', '.vite']);

/** The newest modification time among web/ sources (excluding dist), and the file that has it. */
export function newestSource(dir = webDir) {
  let newest = { mtimeMs: 0, file: '' };
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (IGNORED.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = newestSource(full);
      if (inner.mtimeMs > newest.mtimeMs) newest = inner;
    } else if (entry.isFile()) {
      const { mtimeMs } = fs.statSync(full);
      if (mtimeMs > newest.mtimeMs) newest = { mtimeMs, file: full };
    }
  }
  return newest;
}

/** Why a build is needed, or null when web/dist is up to date. */
export function staleReason() {
  if (!fs.existsSync(distIndex)) return 'web/dist is missing';
  const built = fs.statSync(distIndex).mtimeMs;
  const newest = newestSource();
  if (newest.mtimeMs > built) return `${path.relative(repo, newest.file)} is newer than web/dist`;
  return null;
}

export async function buildWebIfStale({ quiet = false } = {}) {
  const reason = staleReason();
  if (!reason) {
    if (!quiet) console.log('web/dist is up to date');
    return { built: false };
  }
  let vite;
  try {
    vite = await import('vite');
  } catch {
    // Production installs may omit devDependencies; the server then shows its "not built" page for the UI.
    console.warn(
      `web app needs a build (${reason}) but vite is not installed; run \`npm install\` then \`npm run build:web\``,
    );
    return { built: false, reason };
  }
  console.log(`building web app: ${reason}`);
  const started = Date.now();
  await vite.build({ configFile: path.join(webDir, 'vite.config.ts'), logLevel: quiet ? 'warn' : 'info' });
  // The build may reuse unchanged output; make sure index.html's time marks this build.
  const now = new Date();
  fs.utimesSync(distIndex, now, now);
  console.log(`web app built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { built: true, reason };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildWebIfStale().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
