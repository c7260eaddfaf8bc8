/**
 * The catalogue benchmark at a tiny size: the synthetic generator's guarantees, then one whole run (PGlite on
 * disk, and a PostgreSQL server when DATABASE_URL is set) checked for shape and correctness. Timings are
 * only checked to be present, never compared with anything.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseApplicationNumber } from '../src/features/patents/applicationNumber';
import { mapHeader } from '../src/features/patents/import/headerMaps';
import { parsePublicationNumber } from '../src/features/patents/publicationNumber';
import { normaliseIpc } from '../src/features/reference';
import { type CatalogueBenchReport, runCatalogueBenchmark } from './catalogueBenchmark';
import { BENCH_QUERIES } from './catalogueQueries';
import {
  loadVocabulary,
  REFERENCE_DATE,
  SyntheticPatentGenerator,
  type Vocabulary,
  writeSyntheticExport,
} from './syntheticPatents';

describe('synthetic patents from the real vocabulary', () => {
  let vocab: Vocabulary;
  beforeAll(() => {
    vocab = loadVocabulary();
  });

  it('are reproducible for a seed and differ across seeds', () => {
    const a = new SyntheticPatentGenerator(vocab, { seed: 7 });
    const b = new SyntheticPatentGenerator(vocab, { seed: 7 });
    const c = new SyntheticPatentGenerator(vocab, { seed: 8 });
    const first = Array.from({ length: 200 }, () => a.next());
    expect(Array.from({ length: 200 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 200 }, () => c.next())).not.toEqual(first);
  });

  it('carry valid, unique numbers whose type digit and kind code agree with the patent type', () => {
    const g = new SyntheticPatentGenerator(vocab);
    const seen = new Set<string>();
    for (let i = 0; i < 5_000; i++) {
      const p = g.next();
      const app = parseApplicationNumber(p.applicationNumber);
      expect(app.ok && app.value.checkDigitStatus).toBe('verified');
      const type = p.patentType === '发明' ? 'invention' : 'utility_model';
      expect(app.ok && app.value.patentType).toBe(type);
      expect(app.ok && app.value.filingYear).toBe(Number(p.filingDate.slice(0, 4)));
      for (const n of [p.publicationNumber, p.grantNumber]) {
        if (!n) continue;
        const pub = parsePublicationNumber(n);
        expect(pub.ok && pub.value.patentType).toBe(type);
      }
      for (const key of [p.applicationNumber, p.publicationNumber, p.grantNumber]) {
        if (!key || (key === p.grantNumber && key === p.publicationNumber)) continue;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
      expect(p.ipcCodes.every((code) => normaliseIpc(code) === code)).toBe(true);
      expect(p.publicationDate <= REFERENCE_DATE && p.filingDate < p.publicationDate).toBe(true);
      if (p.grantDate) expect(p.grantDate >= p.filingDate && p.grantDate <= REFERENCE_DATE).toBe(true);
    }
  });

  it('keep IPC and words correlated: a title shares words with real titles of its main IPC subclass', () => {
    const g = new SyntheticPatentGenerator(vocab);
    let shared = 0;
    for (let i = 0; i < 500; i++) {
      const p = g.next();
      const words = vocab.wordsBySubclass.get(p.mainIpc.slice(0, 4)) ?? [];
      if (words.some((w) => p.title.includes(w))) shared++;
    }
    expect(shared).toBeGreaterThan(450);
  });

  it('name the real titles each title was made of: head of one, tail of another of the same subclass', () => {
    const g = new SyntheticPatentGenerator(vocab);
    let recombined = 0;
    for (let i = 0; i < 2_000; i++) {
      const p = g.next();
      const { head, tail, headChars } = p.titleOrigin;
      const a = vocab.titles[head]!;
      expect(a.index).toBe(head);
      // The record keeps the head title's IPC subclasses.
      expect(p.mainIpc.slice(0, 4)).toBe(a.subclasses[0]);
      if (tail === null) {
        expect(p.title).toBe(a.title);
        continue;
      }
      recombined++;
      const b = vocab.titles[tail]!;
      expect(b.subclasses[0]).toBe(a.subclasses[0]);
      expect(headChars).toBeGreaterThan(0);
      expect(headChars).toBeLessThan(p.title.length);
      expect(a.title.startsWith(p.title.slice(0, headChars))).toBe(true);
      expect(b.title.endsWith(p.title.slice(headChars))).toBe(true);
    }
    expect(recombined).toBeGreaterThan(1_000);
  });

  it('are written in the real 61-column export layout, which the importer recognises', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zh-synthetic-')), 'synthetic.csv');
    const written = await writeSyntheticExport(file, 50, { vocabulary: vocab });
    const rows = parse(fs.readFileSync(file), { bom: true }) as string[][];
    expect(rows).toHaveLength(51);
    expect(rows[0]).toHaveLength(61);
    expect(rows[0]).toEqual(vocab.exportHeader);
    expect(mapHeader(rows[0]!).layout).toBe('export61');
    expect(written).toMatchObject({ rows: 50, bytes: fs.statSync(file).size });
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});

describe('catalogue benchmark at 2,000 documents', () => {
  let report: CatalogueBenchReport;
  beforeAll(async () => {
    report = await runCatalogueBenchmark({
      sizes: [2_000],
      seed: 1,
      rounds: 1,
      warmupRounds: 0,
      baselineRounds: 1,
      baselineWarmup: false,
      baselineBudgetSeconds: 3_600,
      baselineStatementTimeoutMs: 60_000,
      postgresUrl: process.env.DATABASE_URL ?? null,
    });
  }, 900_000);

  it('says the data is synthetic and records the machine', () => {
    expect(report).toMatchObject({ benchmark: 'catalogue', synthetic: true });
    expect(report.dataNote).toMatch(/SYNTHETIC/);
    expect(report.machine.cores).toBeGreaterThan(0);
    expect(report.machine.node).toBe(process.version);
    expect(report.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(report.sizes.map((s) => s.size)).toEqual([2_000]);
    expect(report.sizes[0]!.engines.map((e) => e.database)).toEqual(
      process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'],
    );
  });

  it('imports every generated row, labelled synthetic, and indexes every one', () => {
    for (const e of report.sizes[0]!.engines) {
      expect(e.import).toMatchObject({
        rows: 2_000,
        accepted: 2_000,
        created: 2_000,
        rejected: 0,
        layout: 'export61',
      });
      expect(e.checks.everyRowAccepted).toBe(true);
      expect(e.checks.everyRecordLabelledSynthetic).toBe(true);
      expect(e.index.documents).toBe(2_000);
      expect(e.ftsBuild.rows).toBe(2_000);
    }
  });

  it('reopens the index from its own files without rebuilding from the database', () => {
    for (const e of report.sizes[0]!.engines) {
      expect(e.checks.reopenDidNotRebuild).toBe(true);
      expect(e.index.reopenAfterCompact.from).toBe('snapshot');
      if (e.database === 'pglite') {
        expect(e.index.reopen.rowsReadFromDatabase).toBe(0);
        expect(e.index.reopenAfterCompact.rowsReadFromDatabase).toBe(0);
      }
    }
  });

  it('answers every query on every path; engine and baselines find the common terms', () => {
    for (const e of report.sizes[0]!.engines) {
      expect(e.queries.map((q) => q.id)).toEqual(BENCH_QUERIES.map((q) => q.id));
      expect(e.checks.everyQueryAnswered).toBe(true);
      expect(e.checks.commonTermsHitEverywhere).toBe(true);
      for (const q of e.queries) {
        expect(q.ftsTotal).not.toBeNull();
        expect(q.ilikeTotal).not.toBeNull();
        expect(q.engineHits).toBe(Math.min(20, q.engineTotal));
      }
      for (const q of e.queries.filter((x) => x.group === 'common')) {
        expect(q.engineTotal).toBeGreaterThan(0);
        expect(q.ftsTotal).toBeGreaterThan(0);
        expect(q.ilikeTotal).toBeGreaterThan(0);
      }
      expect(e.search.fts).toMatchObject({ queriesRun: BENCH_QUERIES.length, queriesSkipped: 0 });
      expect(e.search.ilike).toMatchObject({ queriesRun: BENCH_QUERIES.length, queriesSkipped: 0 });
    }
  });

  it('agrees with the tsvector baseline on how many patents hold all the query terms', () => {
    // Same tokens on both sides (jieba, the engine's analyzer): where the engine did not relax the query
    // to 'any term', its total must equal PostgreSQL's full-text count.
    for (const e of report.sizes[0]!.engines) {
      const { agree, compared } = e.checks.engineAgreesWithFts;
      expect(compared).toBeGreaterThan(30);
      expect(agree).toBe(compared);
    }
  });

  it('reports latency percentiles, memory and disk for each path', () => {
    for (const e of report.sizes[0]!.engines) {
      for (const l of [e.search.engine, e.search.engineRaw, e.search.fts.latency, e.search.ilike.latency]) {
        expect(l).not.toBeNull();
        expect(l!.samples).toBe(BENCH_QUERIES.length);
        expect(l!.p50).toBeLessThanOrEqual(l!.p95);
        expect(l!.p95).toBeLessThanOrEqual(l!.p99);
      }
      expect(e.memory.rssMiB).toBeGreaterThan(0);
      expect(e.index.estimatedMiB).toBeGreaterThan(0);
      expect(e.disk.databaseMiB).toBeGreaterThan(0);
      expect(e.disk.indexMiB).toBeGreaterThan(0);
    }
  });
});
