import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from '../support/cliProcess';
import { ENGINES, freshPostgresDatabase } from '../support/databases';

/**
 * The `zhuanhua` command as other tools and scripts use it (issue #2, CLI contract): the package bin run as a
 * child process, on a data directory of its own, with the embedded database and with a PostgreSQL server.
 */
const SAMPLE_61 = path.join(REPO, 'data', 'samples', 'export-61col-sample.csv');
const TWO_BAD_ROWS = path.join(REPO, 'test', 'e2e', 'fixtures', 'import-two-bad-rows.csv');

const run = runCli;

interface ImportReport {
  accepted: number;
  updated: number;
  rejected: { row: number; field: string | null; reason: string }[];
}

for (const engine of ENGINES) {
  describe(`zhuanhua CLI [${engine}]`, () => {
    let dataDir: string;
    let env: NodeJS.ProcessEnv;
    let dropDatabase: (() => Promise<void>) | undefined;

    beforeAll(async () => {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-cli-'));
      const { DATABASE_URL: _server, ...rest } = process.env;
      env = { ...rest, ZHUANHUA_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ZHUANHUA_SEED: 'none' };
      if (engine === 'postgres') {
        const fresh = await freshPostgresDatabase();
        env.DATABASE_URL = fresh.url;
        dropDatabase = fresh.drop;
      }
    });
    afterAll(async () => {
      await dropDatabase?.();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('prints its help with the import and search commands and exits 0', async () => {
      const r = await run(['--help'], env);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Usage: zhuanhua/);
      expect(r.stdout).toMatch(/\bimport\b/);
      expect(r.stdout).toMatch(/\bsearch\b/);
    });

    it('imports the real 61-column export, writes the report, and a second run changes nothing', async () => {
      const report = path.join(dataDir, 'report.json');
      const first = await run(['import', SAMPLE_61, '--report', report], env);
      expect(first.stderr).not.toMatch(/zhuanhua: /);
      expect(first.code).toBe(0);
      const r1 = JSON.parse(fs.readFileSync(report, 'utf8')) as ImportReport;
      expect(Object.keys(r1).sort()).toEqual(['accepted', 'rejected', 'updated']);
      expect(r1).toEqual({ accepted: 10, updated: 0, rejected: [] });
      expect(first.stdout).toMatch(/接受 accepted\s+10/);

      const second = await run(['import', SAMPLE_61, '--format', 'csv', '--report', report], env);
      expect(second.code).toBe(0);
      expect(JSON.parse(fs.readFileSync(report, 'utf8'))).toEqual({ accepted: 10, updated: 0, rejected: [] });
      expect(second.stdout).toMatch(/未变 unchanged 10/);
    });

    it('reports each bad row with row, field and reason and still imports the good one', async () => {
      const report = path.join(dataDir, 'bad.json');
      const r = await run(['import', TWO_BAD_ROWS, '--report', report, '--lang', 'en'], env);
      expect(r.code).toBe(0);
      const json = JSON.parse(fs.readFileSync(report, 'utf8')) as ImportReport;
      expect(json.accepted).toBe(1);
      // Spreadsheet rows (the header is row 1) and the file's own column names.
      expect(json.rejected.map((x) => [x.row, x.field])).toEqual([
        [3, '申请号'],
        [4, '申请日'],
      ]);
      expect(json.rejected[0]!.reason).toMatch(/check digit/i);
      for (const x of json.rejected) expect(x.reason.length).toBeGreaterThan(5);
    });

    it('finds the imported patent with its numbers, title and score, as text and as JSON', async () => {
      const json = await run(['search', '机载多功能盒', '--limit', '5', '--json'], env);
      expect(json.code).toBe(0);
      const out = JSON.parse(json.stdout) as {
        query: string;
        total: number;
        hits: {
          rank: number;
          publicationNumber: string;
          applicationNumber: string;
          title: string;
          score: number;
        }[];
      };
      expect(out.query).toBe('机载多功能盒');
      expect(out.total).toBeGreaterThanOrEqual(1);
      expect(out.hits[0]).toMatchObject({
        applicationNumber: '202223220665.2',
        publicationNumber: 'CN218751475U',
        title: '一种无人机机载多功能盒',
      });
      expect(out.hits[0]!.score).toBeGreaterThan(0);
      expect(out.hits.map((h) => h.rank)).toEqual(out.hits.map((_, i) => i + 1));
      const scores = out.hits.map((h) => h.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);

      const text = await run(['search', '无人机', '--limit', '10'], env);
      expect(text.code).toBe(0);
      expect(text.stdout).toMatch(/^\s+1\.\s+\d+\.\d{3}\s+CN\d+[A-Z]\s+\d{12}\.[\dX]\s+\S+/m);
      expect(text.stdout).toContain('一种无人机机载多功能盒');
    });

    it('fails with a one-line reason and a non-zero code on a missing file, an empty file and a bad limit', async () => {
      const missing = await run(['import', path.join(dataDir, 'nope.csv')], env);
      expect(missing.code).not.toBe(0);
      expect(missing.stderr.trim().split('\n')).toHaveLength(1);
      expect(missing.stderr).toMatch(/^zhuanhua: .*file not found/);

      const empty = path.join(dataDir, 'empty.csv');
      fs.writeFileSync(empty, '');
      const zero = await run(['import', empty], env);
      expect(zero.code).not.toBe(0);
      expect(
        zero.stderr
          .trim()
          .split('\n')
          .filter((l) => l.startsWith('zhuanhua: ')),
      ).toHaveLength(1);

      const limit = await run(['search', '无人机', '--limit', '0'], env);
      expect(limit.code).not.toBe(0);
      expect(limit.stderr).toMatch(/1–1000/);
    });
  });
}
