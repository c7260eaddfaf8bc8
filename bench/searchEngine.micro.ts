/**
 * Micro-benchmark of the in-process search engine (src/features/search).
 *
 *   npx tsx bench/searchEngine.micro.ts [sizes=100000,1000000] [--queries=200]
 *
 * Documents are SYNTHETIC beyond the 7,798 real titles: real titles + IPC classes, paired with real
 * abstract/claim text of other patents (see src/features/search/testCorpus.ts). Prints a table and writes
 * bench/results/searchEngine.json. Timings are wall-clock on the machine that runs it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Bm25fIndex, type IndexSchema, type SearchRequest } from '../src/features/search/bm25fIndex';
import { openIndexStore } from '../src/features/search/indexStore';
import { tokenizeForIndex, warmUpSegmenter } from '../src/features/search/segment';
import { type SyntheticPatent, syntheticPatents } from '../src/features/search/testCorpus';

const args = process.argv.slice(2);
const sizes = (args.find((a) => !a.startsWith('--')) ?? '100000,1000000').split(',').map(Number);
const queryRounds = Number(args.find((a) => a.startsWith('--queries='))?.split('=')[1] ?? 200);

const schema: IndexSchema = {
  fields: [{ name: 'title', weight: 3 }, { name: 'abstract' }, { name: 'claims' }],
  facets: ['ipcClass', 'kind'],
  sortKeys: ['filingDate'],
};

const QUERIES = [
  '装置',
  '方法',
  '系统',
  '装置 方法 系统',
  '无人机',
  '锂电池 正极',
  '数据处理方法',
  '图像识别',
  '区块链',
  '控制 系统 装置 方法',
  '高压输电线路',
  '检测装置',
  '新能源汽车 充电',
  '自然语言处理',
  '中药组方',
  '存储介质',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Row {
  docs: number;
  scenario: string;
  /** Wall-clock milliseconds. */
  p50: number;
  p95: number;
  max: number;
  /** CPU milliseconds of this process (user + system): less disturbed by other load on the machine. */
  cpuP50: number;
  cpuP95: number;
  meanTotal: number;
}

function timeQueries(
  index: Bm25fIndex,
  docs: number,
  scenario: string,
  make: (q: string) => SearchRequest,
): Row {
  const times: number[] = [];
  const cpu: number[] = [];
  let totals = 0;
  for (let round = 0; round < queryRounds; round++) {
    const q = QUERIES[round % QUERIES.length]!;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = index.search(make(q));
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    totals += r.total;
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    docs,
    scenario,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times[times.length - 1]!,
    cpuP50: percentile(cpu, 50),
    cpuP95: percentile(cpu, 95),
    meanTotal: Math.round(totals / queryRounds),
  };
}

function docFields(p: SyntheticPatent) {
  return { title: p.title, abstract: p.abstract, claims: p.claims };
}

function main() {
  const results: Record<string, unknown> = {
    machine: `${os.cpus().length} cores, node ${process.version}`,
    loadAverageAtStart: os.loadavg(),
  };
  warmUpSegmenter();

  // 1. Segmentation throughput on distinct real texts.
  const sample = syntheticPatents(20_000, 7);
  let chars = 0;
  const t0 = performance.now();
  for (const p of sample) {
    for (const text of Object.values(docFields(p))) {
      chars += text.length;
      tokenizeForIndex(text);
    }
  }
  const tokenizeMs = performance.now() - t0;
  const tokenizeRow = {
    docs: sample.length,
    charsPerDoc: Math.round(chars / sample.length),
    docsPerSecond: Math.round(sample.length / (tokenizeMs / 1000)),
    projected1MDocsSeconds: Math.round((1_000_000 / sample.length) * (tokenizeMs / 1000)),
  };
  results.tokenize = tokenizeRow;
  console.log('segmentation (index mode, title+abstract+claims):', tokenizeRow);

  const queryRows: Row[] = [];
  const buildRows: Record<string, unknown>[] = [];
  for (const n of sizes) {
    const patents = syntheticPatents(n, 1);
    // Synthetic texts repeat (titles cycle, abstracts are slices of 90 texts): cache tokens per text so
    // the build measures indexing, not repeated segmentation (measured separately above).
    const cache = new Map<string, string[]>();
    const tokens = (text: string) => {
      let t = cache.get(text);
      if (!t) {
        t = tokenizeForIndex(text);
        cache.set(text, t);
      }
      return t;
    };
    const index = new Bm25fIndex(schema);
    global.gc?.();
    const heapBefore = process.memoryUsage();
    const b0 = performance.now();
    for (const p of patents) {
      index.upsertTokens(
        {
          key: p.key,
          fields: {},
          facets: { ipcClass: p.ipcClass, kind: [p.kind] },
          sort: { filingDate: p.filingDate },
        },
        [tokens(p.title), tokens(p.abstract), tokens(p.claims)],
      );
    }
    const buildMs = performance.now() - b0;
    cache.clear();
    global.gc?.();
    const heapAfter = process.memoryUsage();
    const stats = index.stats();
    const build = {
      docs: n,
      buildSeconds: +(buildMs / 1000).toFixed(1),
      terms: stats.terms,
      postingMiB: +(stats.postingBytes / 2 ** 20).toFixed(1),
      estimatedMiB: +(stats.memoryBytes / 2 ** 20).toFixed(1),
      measuredRssDeltaMiB: +((heapAfter.rss - heapBefore.rss) / 2 ** 20).toFixed(1),
      measuredHeapPlusBuffersDeltaMiB: +(
        (heapAfter.heapUsed + heapAfter.arrayBuffers - heapBefore.heapUsed - heapBefore.arrayBuffers) /
        2 ** 20
      ).toFixed(1),
    };

    // Warm up the JIT.
    for (const q of QUERIES) index.search({ text: q, facets: ['ipcClass', 'kind'] });
    queryRows.push(
      timeQueries(index, n, 'relevance + 2 facets', (q) => ({
        text: q,
        facets: ['ipcClass', 'kind'],
        limit: 20,
      })),
      timeQueries(index, n, 'relevance, no facets', (q) => ({ text: q, limit: 20 })),
      timeQueries(index, n, 'match any, top 20 only (MaxScore)', (q) => ({
        text: q,
        match: 'any',
        exactTotal: false,
        limit: 20,
      })),
      timeQueries(index, n, 'match any + 2 facets', (q) => ({
        text: q,
        match: 'any',
        facets: ['ipcClass', 'kind'],
        limit: 20,
      })),
      timeQueries(index, n, 'filter G06 + facets + date desc', (q) => ({
        text: q,
        filters: { ipcClass: ['G06'] },
        facets: ['ipcClass', 'kind'],
        sort: { key: 'filingDate', order: 'desc' },
        limit: 20,
      })),
      timeQueries(index, n, 'empty query + filter + facets', () => ({
        filters: { kind: ['发明授权'] },
        facets: ['ipcClass', 'kind'],
        sort: { key: 'filingDate', order: 'desc' },
        limit: 20,
      })),
    );

    // Replace 10% of documents, then compaction and a snapshot round trip.
    for (let i = 0; i < n / 10; i++) {
      const p = patents[i]!;
      index.upsertTokens({ key: p.key, fields: {} }, [tokenizeForIndex(p.title), [], []]);
    }
    const c0 = performance.now();
    index.compact();
    const compactMs = performance.now() - c0;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-search-bench-'));
    const store = openIndexStore({ directory: dir, schema });
    const s0 = performance.now();
    store.rebuild(index, 1);
    const snapshotMs = performance.now() - s0;
    const snapshotBytes = fs.statSync(path.join(dir, 'snapshot.bin')).size;
    store.close();
    const l0 = performance.now();
    const reopened = openIndexStore({ directory: dir, schema });
    const loadMs = performance.now() - l0;
    if (reopened.index.size !== index.size) throw new Error('snapshot round trip lost documents');
    reopened.close();
    fs.rmSync(dir, { recursive: true, force: true });

    Object.assign(build, {
      compactSeconds: +(compactMs / 1000).toFixed(2),
      snapshotWriteSeconds: +(snapshotMs / 1000).toFixed(2),
      snapshotMiB: +(snapshotBytes / 2 ** 20).toFixed(1),
      snapshotLoadSeconds: +(loadMs / 1000).toFixed(2),
    });
    buildRows.push(build);
    console.log('build:', build);
    console.log(
      `load average after the queries: ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    console.table(
      queryRows
        .filter((r) => r.docs === n)
        .map((r) => ({
          ...r,
          p50: r.p50.toFixed(1),
          p95: r.p95.toFixed(1),
          max: r.max.toFixed(1),
          cpuP50: r.cpuP50.toFixed(1),
          cpuP95: r.cpuP95.toFixed(1),
        })),
    );
  }
  results.build = buildRows;
  results.loadAverageAtEnd = os.loadavg();
  results.queries = queryRows;
  fs.mkdirSync('bench/results', { recursive: true });
  fs.writeFileSync('bench/results/searchEngine.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('wrote bench/results/searchEngine.json');
}

main();
