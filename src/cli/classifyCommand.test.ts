import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from '../../test/support/cliProcess';
import { loadConfig } from '../platform/config';
import { openRuntime } from '../runtime';

/**
 * `zhuanhua classify` end to end: the package bin as a child process on a data directory seeded with the real
 * sample catalogue (7,798 titles with their IPC subclasses and the richer samples), classifying the titles of
 * another real data set (cn-abstracts-cpc.csv, whose CPC groups name the subclasses a person assigned).
 */
const INPUT = path.join(REPO, 'data', 'samples', 'cn-abstracts-cpc.csv');

const run = runCli;

const SUBCLASS = /^[A-H]\d\d[A-Z]$/;

describe('zhuanhua classify', () => {
  let dataDir: string;
  let emptyModels: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-classify-'));
    emptyModels = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-classify-nomodel-'));
    const { DATABASE_URL: _server, ...rest } = process.env;
    env = {
      ...rest,
      ZHUANHUA_DATA_DIR: dataDir,
      ZHUANHUA_MODEL_DIR: path.join(REPO, 'models'),
      LOG_LEVEL: 'warn',
    };
    // Seed the data directory with the sample catalogue as a first `serve` would (embedded database on disk).
    const runtime = await openRuntime(loadConfig({ ...env, ZHUANHUA_SEED: 'samples' }), {
      command: 'test-seed',
      log: pino({ level: 'silent' }),
      seedSamples: true,
      embedder: null,
    });
    expect(runtime.catalogue.size).toBeGreaterThan(7_000);
    await runtime.close();
  }, 600_000);
  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(emptyModels, { recursive: true, force: true });
  });

  it('embeds the catalogue first (progress on stderr), then prints row, subclasses and scores as CSV', async () => {
    const r = await run(['classify', '--input', INPUT, '--column', 'title', '--top', '3'], env);
    expect(r.stderr).not.toMatch(/zhuanhua: /);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/embedding the catalogue .*\d+\/\d+ \(100%\)/);
    const out = parse(r.stdout, { columns: true }) as {
      row: string;
      ipc_subclasses: string;
      scores: string;
    }[];
    const input = parse(fs.readFileSync(INPUT), { columns: true, bom: true }) as {
      title: string;
      cpc_groups: string;
    }[];
    expect(r.stdout.split('\n')[0]).toBe('row,ipc_subclasses,scores');
    expect(out).toHaveLength(input.length);
    let top1 = 0;
    out.forEach((o, i) => {
      expect(Number(o.row)).toBe(i + 2); // the header is row 1
      const subclasses = o.ipc_subclasses.split('|');
      const scores = o.scores.split('|').map(Number);
      expect(subclasses.length).toBeGreaterThanOrEqual(1);
      expect(subclasses.length).toBeLessThanOrEqual(3);
      expect(scores).toHaveLength(subclasses.length);
      for (const s of subclasses) expect(s).toMatch(SUBCLASS);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      for (const s of scores) expect(s).toBeGreaterThan(0);
      // After the first, only subclasses at or above the decision threshold are kept.
      for (const s of scores.slice(1)) expect(s).toBeGreaterThanOrEqual(0.15);
      const gold = new Set(input[i]!.cpc_groups.split(/[|;,\s]+/).map((g) => g.slice(0, 4)));
      if (gold.has(subclasses[0]!)) top1++;
    });
    // The catalogue is knowledge from another data set: the most likely subclass is the assigned one often.
    expect(top1 / out.length).toBeGreaterThan(0.3);
  }, 900_000);

  it('a second run embeds nothing and prints the same', async () => {
    const first = await run(['classify', '--input', INPUT, '--column', 'title', '--top', '3'], env);
    const second = await run(['classify', '--input', INPUT, '--column', 'title', '--top', '3'], env);
    expect(second.code).toBe(0);
    expect(second.stderr).not.toMatch(/embedding the catalogue/);
    expect(second.stdout).toBe(first.stdout);
  }, 300_000);

  it('--top 1 keeps one subclass per row', async () => {
    const r = await run(['classify', '--input', INPUT, '--column', 'title', '--top', '1'], env);
    expect(r.code).toBe(0);
    const out = parse(r.stdout, { columns: true }) as { ipc_subclasses: string }[];
    for (const o of out) expect(o.ipc_subclasses).toMatch(SUBCLASS);
  }, 300_000);

  it('without the model it classifies by keywords and says so', async () => {
    const r = await run(['classify', '--input', INPUT, '--column', 'title'], {
      ...env,
      ZHUANHUA_MODEL_DIR: emptyModels,
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/lexical-only/);
    const out = parse(r.stdout, { columns: true }) as { ipc_subclasses: string }[];
    expect(out.length).toBeGreaterThan(50);
    expect(out.filter((o) => SUBCLASS.test(o.ipc_subclasses.split('|')[0]!)).length).toBeGreaterThan(50);
  }, 300_000);

  it.each([
    [['classify', '--input', 'no-such-file.csv', '--column', 'title'], 2, /file not found/],
    [['classify', '--input', INPUT, '--column', 'abstractx'], 2, /no column "abstractx".*columns: .*title/],
    [['classify', '--input', INPUT, '--column', 'title', '--top', '0'], 1, /1–1000/],
  ])(
    '%j → exit %i with a one-line reason',
    async (args, code, reason) => {
      const r = await run(args, env);
      expect(r.code).toBe(code);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')[0]).toMatch(reason);
    },
    120_000,
  );

  it('an empty catalogue is refused with exit 1', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-classify-empty-'));
    try {
      const r = await run(['classify', '--input', INPUT, '--column', 'title'], {
        ...env,
        ZHUANHUA_DATA_DIR: empty,
        ZHUANHUA_SEED: 'none',
      });
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/catalogue .* is empty/);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  }, 300_000);
});
