/**
 * The catalogue benchmark (issue #2 item 9): for each size, LABELLED-SYNTHETIC patents (bench/syntheticPatents.ts)
 * are written as a 61-column export, imported with the real importer into a fresh database, indexed the way
 * the platform does (CatalogueIndex.open catches up from the database), reopened, and searched with a fixed
 * query set through the real search path, the raw index, and two naive SQL baselines on the same database.
 * The CLI is bench/catalogue.ts; bench/catalogue.test.ts runs this at a tiny size.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { CatalogueIndex } from '../src/features/catalogue/catalogueIndex';
import { FILTER_FACETS, searchCatalogue } from '../src/features/catalogue/searchService';
import { importPatentFile } from '../src/features/patents/import/importer';
import { loadReferenceCatalog, type ReferenceCatalog, seedReferenceData } from '../src/features/reference';
import { warmUpSegmenter } from '../src/features/search/segment';
import type { Database, EngineKind } from '../src/platform/db/database';
import { migrate } from '../src/platform/db/migrate';
import { openPglite } from '../src/platform/db/pglite';
import { openPostgres } from '../src/platform/db/postgres';
import {
  type BaselineKind,
  baselineSearch,
  buildFtsBaseline,
  type FtsBuildReport,
} from './catalogueBaseline';
import { BENCH_QUERIES, type BenchQuery } from './catalogueQueries';
import {
  loadVocabulary,
  REFERENCE_DATE,
  SYNTHETIC_SOURCE,
  type Vocabulary,
  writeSyntheticExport,
} from './syntheticPatents';

export interface CatalogueBenchOptions {
  sizes: number[];
  seed: number;
  /** measured rounds of the whole query set through the engine (after `warmupRounds`) */
  rounds: number;
  warmupRounds: number;
  /** measured rounds for the SQL baselines; default 3 up to 200k documents, 1 above */
  baselineRounds?: number;
  /** one unmeasured pass of the baselines first; default: up to 200k documents */
  baselineWarmup?: boolean;
  /** wall-clock budget per baseline per size; queries left when it runs out are skipped and counted */
  baselineBudgetSeconds: number;
  /** PostgreSQL only: statement timeout for each baseline statement */
  baselineStatementTimeoutMs: number;
  /** pglite always; postgres as well when a connection string is given */
  postgresUrl?: string | null;
  /** where temporary files go (default: the OS temp directory) */
  workDir?: string;
  /** keep the temporary CSV, database and index */
  keep?: boolean;
  queries?: readonly BenchQuery[];
  log?: (line: string) => void;
}

export interface Latency {
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
  /** CPU time of this process (user + system): on the embedded database it includes the database's work */
  cpuP50: number | null;
  cpuP95: number | null;
  cpuP99: number | null;
}

export interface BaselineRun {
  kind: BaselineKind;
  latency: Latency | null;
  rounds: number;
  warmup: boolean;
  queriesRun: number;
  queriesSkipped: number;
  timedOut: number;
  budgetSeconds: number;
  note: string;
}

export interface QueryOutcome {
  id: string;
  group: BenchQuery['group'];
  q: string;
  filters: BenchQuery['filters'] | null;
  sort: string;
  terms: string[];
  engineTotal: number;
  engineRelaxed: boolean;
  engineHits: number;
  rawTotal: number;
  ftsTotal: number | null;
  ilikeTotal: number | null;
  /** medians over the measured rounds, milliseconds */
  engineMs: number;
  rawMs: number;
  ftsMs: number | null;
  ilikeMs: number | null;
}

export interface EngineRun {
  database: EngineKind;
  /** 1/5/15-minute load averages when each phase started (the machine is shared) */
  loadAverage: { import: number[]; index: number[]; search: number[]; baselines: number[]; end: number[] };
  import: {
    rows: number;
    accepted: number;
    created: number;
    rejected: number;
    firstRejections: unknown[];
    seconds: number;
    rowsPerSecond: number;
    /** CPU seconds of this process (on the embedded database it includes the database's work) */
    cpuSeconds: number;
    /** rows per CPU second: less disturbed than rows/s by other load on a shared machine */
    rowsPerCpuSecond: number;
    /** bytes of the imported file per second */
    mibPerSecond: number;
    layout: string | null;
  };
  index: {
    documents: number;
    buildSeconds: number;
    /** CPU seconds of this process for the build (reading rows from the embedded database included) */
    buildCpuSeconds: number;
    rowsPerSecond: number;
    terms: number;
    postingMiB: number;
    estimatedMiB: number;
    logMiB: number;
    /** opening again as after a restart: no row is read back from the database */
    reopen: { seconds: number; from: string; replayedBatches: number; rowsReadFromDatabase: number };
    compactSeconds: number;
    reopenAfterCompact: {
      seconds: number;
      from: string;
      replayedBatches: number;
      rowsReadFromDatabase: number;
    };
  };
  memory: {
    rssMiB: number;
    heapUsedMiB: number;
    externalMiB: number;
    arrayBuffersMiB: number;
    rssBeforeIndexMiB: number;
    rssDeltaIndexMiB: number;
    gcAvailable: boolean;
  };
  disk: { databaseMiB: number; indexMiB: number; csvMiB: number; ftsTableMiB: number | null };
  search: {
    engine: Latency;
    engineRaw: Latency;
    fts: BaselineRun;
    ilike: BaselineRun;
  };
  ftsBuild: FtsBuildReport;
  checks: {
    everyRowAccepted: boolean;
    everyQueryAnswered: boolean;
    commonTermsHitEverywhere: boolean;
    /** queries without relaxation where the engine's total equals the tsvector baseline's total */
    engineAgreesWithFts: { agree: number; compared: number };
    /** the reopens read back no more rows than the catch-up's look-back allows (none on the embedded database) */
    reopenDidNotRebuild: boolean;
    /** every stored patent carries the synthetic source label */
    everyRecordLabelledSynthetic: boolean;
  };
  queries: QueryOutcome[];
}

export interface SizeRun {
  size: number;
  generation: { seconds: number; csvBytes: number; layout: '61-column export' };
  engines: EngineRun[];
}

export interface CatalogueBenchReport {
  benchmark: 'catalogue';
  synthetic: true;
  dataNote: string;
  date: string;
  startedAt: string;
  finishedAt: string;
  machine: {
    cores: number;
    cpuModel: string;
    totalMemoryGiB: number;
    node: string;
    platform: string;
    pglite: string;
    postgresServer: string | null;
    gitCommit: string | null;
    loadAverageAtStart: number[];
    loadAverageAtEnd: number[];
  };
  options: {
    sizes: number[];
    seed: number;
    rounds: number;
    warmupRounds: number;
    baselineBudgetSeconds: number;
    queries: number;
  };
  targets: { importRowsPerSecond: number; searchP95Ms: Record<string, number> };
  sizes: SizeRun[];
}

export const DATA_NOTE =
  `LABELLED-SYNTHETIC data, not real patents: every record was generated by bench/syntheticPatents.ts from the ` +
  `real vocabulary in data/samples (7,798 real titles with IPC subclasses, real abstract sentences and claim ` +
  `clauses) and data/reference (IPC groups, GB/T 2260 divisions), stored with source '${SYNTHETIC_SOURCE}'. ` +
  `Dates are drawn up to ${REFERENCE_DATE}.`;

const MiB = 1024 * 1024;
const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function latencyOf(ms: number[], cpuMs: number[] | null): Latency {
  const s = [...ms].sort((a, b) => a - b);
  const c = cpuMs ? [...cpuMs].sort((a, b) => a - b) : null;
  return {
    samples: s.length,
    p50: r1(percentile(s, 50)),
    p95: r1(percentile(s, 95)),
    p99: r1(percentile(s, 99)),
    max: r1(s.at(-1) ?? Number.NaN),
    mean: r1(s.reduce((a, b) => a + b, 0) / Math.max(1, s.length)),
    cpuP50: c ? r1(percentile(c, 50)) : null,
    cpuP95: c ? r1(percentile(c, 95)) : null,
    cpuP99: c ? r1(percentile(c, 99)) : null,
  };
}

const median = (xs: number[]) =>
  xs.length
    ? r1(
        percentile(
          [...xs].sort((a, b) => a - b),
          50,
        ),
      )
    : null;

/** Wall-clock and CPU milliseconds of one awaited call. */
async function timed<T>(fn: () => Promise<T> | T): Promise<{ value: T; ms: number; cpuMs: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, ms, cpuMs: (c.user + c.system) / 1000 };
}

function dirBytes(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

function gc(): boolean {
  const g = (globalThis as { gc?: () => void }).gc;
  if (!g) return false;
  g();
  g();
  return true;
}

/** A view of the database that counts the rows every query returns (to prove a reopen reads none back). */
function countingDatabase(db: Database): { db: Database; rows: () => number } {
  let rows = 0;
  return {
    rows: () => rows,
    db: {
      kind: db.kind,
      async query<R>(sql: string, params?: readonly unknown[]) {
        const r = await db.query<R>(sql, params);
        rows += r.rows.length;
        return r;
      },
      transaction: (fn) => db.transaction(fn),
      exec: (sql) => db.exec(sql),
      close: () => db.close(),
    },
  };
}

/** Baseline order: one query of each group in turn, so a run cut short by its budget is still a fair sample. */
function interleaved(queries: readonly BenchQuery[]): BenchQuery[] {
  const groups = new Map<string, BenchQuery[]>();
  for (const q of queries) groups.set(q.group, [...(groups.get(q.group) ?? []), q]);
  const out: BenchQuery[] = [];
  for (let i = 0; out.length < queries.length; i++) {
    for (const g of groups.values()) if (g[i]) out.push(g[i]!);
  }
  return out;
}

interface OpenedDatabase {
  db: Database;
  /** bytes the database occupies on disk */
  size(): Promise<number>;
  dispose(): Promise<void>;
}

async function openBenchDatabase(
  engine: EngineKind,
  workDir: string,
  postgresUrl: string | null | undefined,
  size: number,
): Promise<OpenedDatabase> {
  if (engine === 'pglite') {
    const dir = path.join(workDir, 'pgdata');
    const db = await openPglite({ dataDir: dir });
    return {
      db,
      size: async () => dirBytes(dir),
      dispose: () => db.close(),
    };
  }
  if (!postgresUrl) throw new Error('no PostgreSQL connection string');
  const name = `zh_bench_${process.pid}_${size}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  const db = await openPostgres({ connectionString: url.toString(), max: 4 });
  return {
    db,
    async size() {
      const r = await db.query<{ bytes: number }>(
        'SELECT pg_database_size(current_database())::bigint AS bytes',
      );
      return r.rows[0]!.bytes;
    },
    async dispose() {
      await db.close();
      const drop = new pg.Client({ connectionString: postgresUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}

/**
 * Rows a reopen may read from the database: none on the embedded database; on a server the catch-up looks
 * back 2,000 change numbers (LOOKBACK_SERVER in catalogueIndex.ts): their ids and those rows again.
 */
const REOPEN_ROWS_ALLOWED: Record<EngineKind, number> = { pglite: 0, postgres: 2 * 2_000 };

async function openIndex(db: Database, dataDir: string) {
  const counted = countingDatabase(db);
  const t = await timed(() => CatalogueIndex.open(counted.db, dataDir));
  return { index: t.value, seconds: r2(t.ms / 1000), cpuSeconds: r2(t.cpuMs / 1000), rows: counted.rows() };
}

async function runBaseline(
  db: Database,
  kind: BaselineKind,
  queries: readonly BenchQuery[],
  size: number,
  options: CatalogueBenchOptions,
  log: (line: string) => void,
): Promise<{ run: BaselineRun; totals: Map<string, number>; medians: Map<string, number> }> {
  const rounds = options.baselineRounds ?? (size <= 200_000 ? 3 : 1);
  const warmup = options.baselineWarmup ?? size <= 200_000;
  const budgetMs = options.baselineBudgetSeconds * 1000;
  const timeout = db.kind === 'postgres' ? options.baselineStatementTimeoutMs : null;
  const order = interleaved(queries);
  const totals = new Map<string, number>();
  const samples = new Map<string, number[]>();
  const all: number[] = [];
  const cpu: number[] = [];
  let timedOut = 0;
  const started = performance.now();
  const over = () => performance.now() - started > budgetMs;
  const once = async (q: BenchQuery, record: boolean) => {
    try {
      const t = await timed(() => baselineSearch(db, kind, q, timeout));
      totals.set(q.id, t.value.total);
      if (record) {
        samples.set(q.id, [...(samples.get(q.id) ?? []), t.ms]);
        all.push(t.ms);
        cpu.push(t.cpuMs);
      }
    } catch (err) {
      if (!/statement timeout/i.test(String(err))) throw err;
      timedOut++;
      if (record && timeout !== null) {
        // A timed-out search counts at the timeout: the percentiles are then lower bounds.
        samples.set(q.id, [...(samples.get(q.id) ?? []), timeout]);
        all.push(timeout);
      }
    }
  };
  // The warm-up pass may take at most a tenth of the budget: a statement that runs for seconds gains
  // nothing measurable from a warm cache.
  let warmedUp = 0;
  if (warmup) {
    for (const q of order) {
      if (performance.now() - started > budgetMs / 10) break;
      await once(q, false);
      warmedUp++;
    }
  }
  for (let round = 0; round < rounds && !over(); round++) {
    for (const q of order) {
      if (over()) break;
      await once(q, true);
    }
  }
  const run = samples.size;
  log(
    `    ${kind}: ${run}/${queries.length} queries, ${all.length} samples in ${r1((performance.now() - started) / 1000)} s`,
  );
  const medians = new Map<string, number>();
  for (const [id, xs] of samples) medians.set(id, median(xs)!);
  return {
    run: {
      kind,
      latency: all.length ? latencyOf(all, db.kind === 'pglite' ? cpu : null) : null,
      rounds,
      warmup,
      queriesRun: run,
      queriesSkipped: queries.length - run,
      timedOut,
      budgetSeconds: options.baselineBudgetSeconds,
      note:
        (run < queries.length
          ? `budget of ${options.baselineBudgetSeconds} s ran out: ${queries.length - run} queries skipped; `
          : '') +
        (timedOut
          ? `${timedOut} statements hit the ${timeout} ms timeout and count at the timeout (lower bounds); `
          : '') +
        (warmup
          ? `warm-up over ${warmedUp}/${queries.length} queries, `
          : 'no warm-up pass (cold first query), ') +
        `${rounds} measured round(s)`,
    },
    totals,
    medians,
  };
}

async function runEngine(
  engine: EngineKind,
  size: number,
  csv: { file: string; bytes: number },
  sizeDir: string,
  options: CatalogueBenchOptions,
  log: (line: string) => void,
): Promise<EngineRun> {
  const queries = options.queries ?? BENCH_QUERIES;
  const workDir = path.join(sizeDir, engine);
  fs.mkdirSync(workDir, { recursive: true });
  const opened = await openBenchDatabase(engine, workDir, options.postgresUrl, size);
  const { db } = opened;
  let index: CatalogueIndex | null = null;
  try {
    await migrate(db);
    await seedReferenceData(db);
    const reference: ReferenceCatalog = await loadReferenceCatalog(db);

    const load = () => os.loadavg().map(r2);
    const loadAverage: EngineRun['loadAverage'] = {
      import: load(),
      index: [],
      search: [],
      baselines: [],
      end: [],
    };
    // 1. Import with the real importer.
    log(`  [${engine}] importing ${size} rows …`);
    let nextLog = 0.1;
    const imported = await timed(() =>
      importPatentFile(db, csv.file, {
        reference,
        source: SYNTHETIC_SOURCE,
        fileName: path.basename(csv.file),
        onProgress: (p) => {
          if (p.bytesRead / p.totalBytes >= nextLog) {
            log(
              `    ${Math.round((100 * p.bytesRead) / p.totalBytes)} % (${p.accepted} accepted, ${p.rejected} rejected)`,
            );
            nextLog += 0.1;
          }
        },
      }),
    );
    const report = imported.value;
    const importSeconds = imported.ms / 1000;
    log(
      `    ${report.accepted} accepted, ${report.rejected.length} rejected, ${Math.round(report.totalRows / importSeconds)} rows/s`,
    );

    // 2. Index the way the platform does: open catches up from the database.
    gc();
    const rssBefore = process.memoryUsage().rss;
    const dataDir = path.join(workDir, 'var');
    loadAverage.index = load();
    log(`  [${engine}] building the search index …`);
    const built = await openIndex(db, dataDir);
    index = built.index;
    const stats = index.store.index.stats();
    const logMiB = index.store.logBytes / MiB;
    const gcAvailable = gc();
    const mem = process.memoryUsage();
    log(`    ${stats.documents} documents in ${built.seconds} s`);
    await index.close();
    index = null;

    // 3. Restart: reopen from disk (log replay), then after compaction (snapshot).
    const reopened = await openIndex(db, dataDir);
    index = reopened.index;
    const reopen = {
      seconds: reopened.seconds,
      from: index.store.opened.from,
      replayedBatches: index.store.opened.replayedBatches,
      rowsReadFromDatabase: reopened.rows,
    };
    const compacted = await timed(() => index!.store.compact());
    await index.close();
    index = null;
    const again = await openIndex(db, dataDir);
    index = again.index;
    const reopenAfterCompact = {
      seconds: again.seconds,
      from: index.store.opened.from,
      replayedBatches: index.store.opened.replayedBatches,
      rowsReadFromDatabase: again.rows,
    };
    log(
      `    reopen ${reopen.seconds} s (${reopen.from}, ${reopen.replayedBatches} log batches), after compaction ${reopenAfterCompact.seconds} s (${reopenAfterCompact.from})`,
    );

    // 4. The fixed query set through the real search path and the raw index.
    loadAverage.search = load();
    log(`  [${engine}] ${queries.length} queries × ${options.rounds} rounds through the engine …`);
    const live = index;
    const catalogueQuery = (q: BenchQuery) => ({
      q: q.q,
      filters: q.filters ?? {},
      sort: q.sort ?? 'relevance',
      page: 1,
      pageSize: 20,
      lang: 'zh' as const,
    });
    const rawRequest = (q: BenchQuery) => ({
      text: q.q,
      match: 'all' as const,
      filters: Object.fromEntries(Object.entries(q.filters ?? {})) as Record<string, string[]>,
      facets: [...FILTER_FACETS],
      sort:
        !q.sort || q.sort === 'relevance'
          ? ('relevance' as const)
          : {
              key: q.sort.replace('-', ''),
              order: q.sort.startsWith('-') ? ('desc' as const) : ('asc' as const),
            },
      limit: 20,
    });
    for (let w = 0; w < options.warmupRounds; w++) {
      for (const q of queries) {
        await searchCatalogue(db, live, reference, catalogueQuery(q));
        live.search(rawRequest(q));
      }
    }
    const engineMs: number[] = [];
    const engineCpu: number[] = [];
    const rawMs: number[] = [];
    const rawCpu: number[] = [];
    const perQuery = new Map<
      string,
      {
        e: number[];
        r: number[];
        total: number;
        relaxed: boolean;
        hits: number;
        rawTotal: number;
        terms: string[];
      }
    >();
    for (let round = 0; round < options.rounds; round++) {
      for (const q of queries) {
        const e = await timed(() => searchCatalogue(db, live, reference, catalogueQuery(q)));
        const r = await timed(() => live.search(rawRequest(q)));
        engineMs.push(e.ms);
        engineCpu.push(e.cpuMs);
        rawMs.push(r.ms);
        rawCpu.push(r.cpuMs);
        const entry = perQuery.get(q.id) ?? {
          e: [],
          r: [],
          total: e.value.total,
          relaxed: e.value.relaxed,
          hits: e.value.items.length,
          rawTotal: r.value.total,
          terms: e.value.terms,
        };
        entry.e.push(e.ms);
        entry.r.push(r.ms);
        perQuery.set(q.id, entry);
      }
    }

    // 5. The naive SQL baselines on the same database.
    loadAverage.baselines = load();
    log(`  [${engine}] building the tsvector baseline …`);
    const ftsBuild = await buildFtsBaseline(db);
    log(`    ${ftsBuild.rows} rows in ${ftsBuild.totalSeconds} s (GIN ${ftsBuild.ginIndexSeconds} s)`);
    log(`  [${engine}] baselines …`);
    const fts = await runBaseline(db, 'fts', queries, size, options, log);
    const ilike = await runBaseline(db, 'ilike', queries, size, options, log);

    const outcomes: QueryOutcome[] = queries.map((q) => {
      const p = perQuery.get(q.id)!;
      return {
        id: q.id,
        group: q.group,
        q: q.q,
        filters: q.filters ?? null,
        sort: q.sort ?? 'relevance',
        terms: p.terms,
        engineTotal: p.total,
        engineRelaxed: p.relaxed,
        engineHits: p.hits,
        rawTotal: p.rawTotal,
        ftsTotal: fts.totals.get(q.id) ?? null,
        ilikeTotal: ilike.totals.get(q.id) ?? null,
        engineMs: median(p.e)!,
        rawMs: median(p.r)!,
        ftsMs: fts.medians.get(q.id) ?? null,
        ilikeMs: ilike.medians.get(q.id) ?? null,
      };
    });
    const comparable = outcomes.filter((o) => o.ftsTotal !== null && !o.engineRelaxed);
    const common = outcomes.filter((o) => o.group === 'common');
    const unlabelled = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM patents WHERE source <> $1',
      [SYNTHETIC_SOURCE],
    );
    const databaseBytes = await opened.size();
    loadAverage.end = load();
    return {
      database: engine,
      loadAverage,
      import: {
        rows: report.totalRows,
        accepted: report.accepted,
        created: report.created,
        rejected: report.rejected.length,
        firstRejections: report.rejected.slice(0, 5),
        seconds: r2(importSeconds),
        rowsPerSecond: Math.round(report.totalRows / importSeconds),
        cpuSeconds: r2(imported.cpuMs / 1000),
        rowsPerCpuSecond: Math.round(report.totalRows / (imported.cpuMs / 1000)),
        mibPerSecond: r2(csv.bytes / MiB / importSeconds),
        layout: report.layout,
      },
      index: {
        documents: stats.documents,
        buildSeconds: built.seconds,
        buildCpuSeconds: built.cpuSeconds,
        rowsPerSecond: Math.round(stats.documents / Math.max(built.seconds, 0.001)),
        terms: stats.terms,
        postingMiB: r1(stats.postingBytes / MiB),
        estimatedMiB: r1(stats.memoryBytes / MiB),
        logMiB: r1(logMiB),
        reopen,
        compactSeconds: r2(compacted.ms / 1000),
        reopenAfterCompact,
      },
      memory: {
        rssMiB: r1(mem.rss / MiB),
        heapUsedMiB: r1(mem.heapUsed / MiB),
        externalMiB: r1(mem.external / MiB),
        arrayBuffersMiB: r1(mem.arrayBuffers / MiB),
        rssBeforeIndexMiB: r1(rssBefore / MiB),
        rssDeltaIndexMiB: r1((mem.rss - rssBefore) / MiB),
        gcAvailable,
      },
      disk: {
        databaseMiB: r1(databaseBytes / MiB),
        indexMiB: r1(dirBytes(path.join(dataDir, 'index')) / MiB),
        csvMiB: r1(csv.bytes / MiB),
        ftsTableMiB: r1(ftsBuild.tableBytes / MiB),
      },
      search: {
        engine: latencyOf(engineMs, engineCpu),
        engineRaw: latencyOf(rawMs, rawCpu),
        fts: fts.run,
        ilike: ilike.run,
      },
      ftsBuild,
      checks: {
        everyRowAccepted: report.accepted === size && report.rejected.length === 0,
        everyQueryAnswered: outcomes.every((o) => Number.isFinite(o.engineTotal) && o.engineMs >= 0),
        commonTermsHitEverywhere: common.every(
          (o) => o.engineTotal > 0 && (o.ftsTotal ?? 0) > 0 && (o.ilikeTotal ?? 0) > 0,
        ),
        engineAgreesWithFts: {
          agree: comparable.filter((o) => o.engineTotal === o.ftsTotal).length,
          compared: comparable.length,
        },
        reopenDidNotRebuild:
          reopen.rowsReadFromDatabase <= REOPEN_ROWS_ALLOWED[engine] &&
          reopenAfterCompact.rowsReadFromDatabase <= REOPEN_ROWS_ALLOWED[engine],
        everyRecordLabelledSynthetic: unlabelled.rows[0]!.n === 0,
      },
      queries: outcomes,
    };
  } finally {
    await index?.close().catch(() => {});
    await opened.dispose().catch(() => {});
  }
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: import.meta.dirname,
      encoding: 'utf8',
    }).trim();
  } catch {
    return null;
  }
}

function packageVersion(name: string): string {
  try {
    const file = path.resolve(import.meta.dirname, '../node_modules', name, 'package.json');
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

async function postgresVersion(url: string | null | undefined): Promise<string | null> {
  if (!url) return null;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ v: string }>('SHOW server_version')).rows[0]!.v;
  } finally {
    await client.end();
  }
}

export const TARGETS = {
  importRowsPerSecond: 2000,
  searchP95Ms: { '100000': 50, '1000000': 150 } as Record<string, number>,
};

/** Runs every size on every database and returns the report (the CLI prints and writes it). */
export async function runCatalogueBenchmark(options: CatalogueBenchOptions): Promise<CatalogueBenchReport> {
  const log = options.log ?? (() => {});
  const startedAt = new Date();
  const loadAtStart = os.loadavg().map(r2);
  const root = fs.mkdtempSync(path.join(options.workDir ?? os.tmpdir(), 'zh-bench-catalogue-'));
  const engines: EngineKind[] = options.postgresUrl ? ['pglite', 'postgres'] : ['pglite'];
  const sizes: SizeRun[] = [];
  try {
    warmUpSegmenter();
    const vocabulary: Vocabulary = loadVocabulary();
    for (const size of options.sizes) {
      const sizeDir = path.join(root, String(size));
      fs.mkdirSync(sizeDir, { recursive: true });
      log(`size ${size}: generating synthetic patents …`);
      const gen = await timed(() =>
        writeSyntheticExport(path.join(sizeDir, `synthetic-${size}.csv`), size, {
          seed: options.seed,
          vocabulary,
        }),
      );
      log(`  ${r1(gen.value.bytes / MiB)} MiB in ${r1(gen.ms / 1000)} s`);
      const runs: EngineRun[] = [];
      for (const engine of engines) {
        runs.push(
          await runEngine(
            engine,
            size,
            { file: gen.value.file, bytes: gen.value.bytes },
            sizeDir,
            options,
            log,
          ),
        );
      }
      sizes.push({
        size,
        generation: { seconds: r2(gen.ms / 1000), csvBytes: gen.value.bytes, layout: '61-column export' },
        engines: runs,
      });
      if (!options.keep) fs.rmSync(sizeDir, { recursive: true, force: true });
    }
  } finally {
    if (!options.keep) fs.rmSync(root, { recursive: true, force: true });
    else log(`kept ${root}`);
  }
  const cpus = os.cpus();
  return {
    benchmark: 'catalogue',
    synthetic: true,
    dataNote: DATA_NOTE,
    date: startedAt.toISOString().slice(0, 10),
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: {
      cores: cpus.length,
      cpuModel: cpus[0]?.model ?? 'unknown',
      totalMemoryGiB: r1(os.totalmem() / 1024 ** 3),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      pglite: packageVersion('@electric-sql/pglite'),
      postgresServer: await postgresVersion(options.postgresUrl),
      gitCommit: gitCommit(),
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: os.loadavg().map(r2),
    },
    options: {
      sizes: options.sizes,
      seed: options.seed,
      rounds: options.rounds,
      warmupRounds: options.warmupRounds,
      baselineBudgetSeconds: options.baselineBudgetSeconds,
      queries: (options.queries ?? BENCH_QUERIES).length,
    },
    targets: TARGETS,
    sizes,
  };
}
