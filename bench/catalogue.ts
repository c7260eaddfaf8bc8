/**
 * Catalogue benchmark (issue #2 item 9) on LABELLED-SYNTHETIC data generated from the real vocabulary.
 *
 *   npm run bench:catalogue                      # 100k and 1M documents
 *   npm run bench:catalogue -- --quick           # 5k, smoke test
 *   npm run bench:catalogue -- --sizes 100000 --rounds 5 --baseline-budget 900
 *   DATABASE_URL=postgres://… npm run bench:catalogue -- --postgres   # also on a PostgreSQL server
 *
 * For each size: generate → import (real importer, embedded PGlite on disk) → build the search index
 * (CatalogueIndex.open) → reopen → 40 queries through searchCatalogue and the raw index → the same queries
 * through the ILIKE and tsvector/GIN baselines on the same database. Prints tables; writes
 * bench/results/catalogue-<size>-<date>.json per size and bench/results/catalogue-latest.json.
 * Wall-clock figures depend on the machine and its load: the load average is recorded with them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  type CatalogueBenchReport,
  type Latency,
  runCatalogueBenchmark,
  TARGETS,
} from './catalogueBenchmark';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    quick: { type: 'boolean', default: false },
    seed: { type: 'string', default: '20250630' },
    rounds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    'baseline-rounds': { type: 'string' },
    'baseline-budget': { type: 'string', default: '600' },
    'statement-timeout': { type: 'string', default: '60000' },
    postgres: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    out: { type: 'string', default: path.resolve(import.meta.dirname, 'results') },
    'no-write': { type: 'boolean', default: false },
  },
});

const sizes = values.quick
  ? [5_000]
  : (values.sizes ?? '100000,1000000').split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`--sizes must be positive integers, got "${values.sizes}"`);
  process.exit(2);
}
if (values.postgres && !process.env.DATABASE_URL) {
  console.error(
    '--postgres needs DATABASE_URL (a PostgreSQL server; a database zh_bench_* is created and dropped)',
  );
  process.exit(2);
}

const started = performance.now();
const stamp = () => `${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s`;
const report = await runCatalogueBenchmark({
  sizes,
  seed: Number(values.seed),
  rounds: Number(values.rounds),
  warmupRounds: Number(values.warmup),
  baselineRounds: values['baseline-rounds'] ? Number(values['baseline-rounds']) : undefined,
  baselineBudgetSeconds: Number(values['baseline-budget']),
  baselineStatementTimeoutMs: Number(values['statement-timeout']),
  postgresUrl: values.postgres ? process.env.DATABASE_URL : null,
  keep: values.keep,
  log: (line) => console.error(`${stamp()} ${line}`),
});

printTables(report);

if (!values['no-write']) {
  fs.mkdirSync(values.out, { recursive: true });
  for (const s of report.sizes) {
    const file = path.join(values.out, `catalogue-${s.size}-${report.date}.json`);
    fs.writeFileSync(file, `${JSON.stringify({ ...report, sizes: [s] }, null, 2)}\n`);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
  if (!values.quick) {
    const latest = path.join(values.out, 'catalogue-latest.json');
    fs.writeFileSync(latest, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`wrote ${path.relative(process.cwd(), latest)}`);
  }
}

function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    line(cells[0]!),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...cells.slice(1).map(line),
  ].join('\n');
}

function printTables(r: CatalogueBenchReport) {
  console.log(
    `\nCatalogue benchmark — ${r.date}, ${r.machine.cores} cores, Node ${r.machine.node}, PGlite ${r.machine.pglite}`,
  );
  console.log(
    `load average at start ${r.machine.loadAverageAtStart.join(' / ')}, at end ${r.machine.loadAverageAtEnd.join(' / ')}`,
  );
  console.log(r.dataNote);
  const build: (string | number)[][] = [];
  const search: (string | number)[][] = [];
  const fmt = (l: Latency | null) => (l ? `${l.p50} / ${l.p95} / ${l.p99}` : 'n/a');
  const cpu = (l: Latency | null) => (l && l.cpuP50 !== null ? `${l.cpuP50} / ${l.cpuP95}` : 'n/a');
  for (const s of r.sizes) {
    for (const e of s.engines) {
      const label = `${s.size.toLocaleString('en')} ${e.database}`;
      build.push([
        label,
        `${e.import.rowsPerSecond} (${e.import.rowsPerCpuSecond} per CPU s, ${e.import.rejected} rejected)`,
        `${e.index.buildSeconds} (CPU ${e.index.buildCpuSeconds})`,
        `${e.index.reopen.seconds} (${e.index.reopen.from}) / ${e.index.reopenAfterCompact.seconds}`,
        `${e.memory.rssMiB} / ${e.index.estimatedMiB}`,
        `${e.disk.databaseMiB} / ${e.disk.indexMiB}`,
        `${e.ftsBuild.totalSeconds} / ${e.disk.ftsTableMiB}`,
      ]);
      const target = TARGETS.searchP95Ms[String(s.size)];
      search.push([
        label,
        'engine: searchCatalogue',
        fmt(e.search.engine),
        cpu(e.search.engine),
        target ? `≤ ${target}` : '',
      ]);
      search.push([label, 'engine: raw index', fmt(e.search.engineRaw), cpu(e.search.engineRaw), '']);
      search.push([
        label,
        `baseline: tsvector+GIN (${e.search.fts.queriesRun}/${r.options.queries})`,
        fmt(e.search.fts.latency),
        cpu(e.search.fts.latency),
        '',
      ]);
      search.push([
        label,
        `baseline: ILIKE (${e.search.ilike.queriesRun}/${r.options.queries})`,
        fmt(e.search.ilike.latency),
        cpu(e.search.ilike.latency),
        '',
      ]);
    }
  }
  console.log(
    `\n${table(
      [
        'size / database',
        'import rows/s',
        'index build s',
        'reopen s (log) / after compact',
        'RSS / index est. MiB',
        'disk MiB db / index',
        'tsvector build s / MiB',
      ],
      build,
    )}`,
  );
  console.log(
    `\n${table(['size / database', 'path (queries run)', 'p50 / p95 / p99 ms', 'CPU p50 / p95 ms', 'target p95'], search)}`,
  );
  for (const s of r.sizes) {
    for (const e of s.engines) {
      const c = e.checks;
      const l = e.loadAverage;
      console.log(
        `${s.size} ${e.database}: 1-minute load average at import ${l.import[0]}, index ${l.index[0]}, ` +
          `search ${l.search[0]}, baselines ${l.baselines[0]}, end ${l.end[0]}`,
      );
      console.log(
        `${s.size} ${e.database}: every row accepted ${c.everyRowAccepted}, every query answered ${c.everyQueryAnswered}, ` +
          `common terms hit everywhere ${c.commonTermsHitEverywhere}, engine total = tsvector total in ` +
          `${c.engineAgreesWithFts.agree}/${c.engineAgreesWithFts.compared} queries, reopen did not rebuild ${c.reopenDidNotRebuild}`,
      );
    }
  }
}
