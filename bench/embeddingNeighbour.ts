/**
 * Is background embedding a good neighbour to the HTTP server? (`npm run bench:neighbour [-- --label after]`)
 *
 * Starts the real platform as a child process (`zhuanhua serve`) on a fresh data directory, so its first start
 * seeds the real sample catalogue (data/samples, 7,898 patents) and embeds it in the background, exactly what a
 * new installation does. While that runs, and for a while after it finished, a client probes the server as a
 * user would, one request at a time:
 * - `GET /api/v1/patents/search?q=…` every `--probe-ms` (default 250 ms): latency of a catalogue search;
 * - `POST /api/v1/matching/query` every 4 s: latency of a free-text match, and the query-embedding time the
 *   server reports for it (`embeddingMs`);
 * - `GET /api/v1/matching/status` every second: embedded / pending, for the phase of each sample and the
 *   catalogue-embedding throughput (patents embedded between the first status that saw them pending and the
 *   first that saw none pending, over that time).
 * Prints a table and writes bench/results/embedding-neighbour-<label>.json. The machine is shared: the load
 * average at start and end is recorded with the numbers; nothing here asserts a time.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { type Embedder, loadEmbedder, loadProcessEmbedder } from '../src/features/matching/embedder';
import { type Latency, latencyOf } from './catalogueBenchmark';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = path.join(REPO, 'bench', 'results');

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const LABEL = option('label', 'latest');
const PROBE_MS = Number(option('probe-ms', '250'));
/** Seconds of probing after embedding finished (the "idle" comparison). */
const TAIL_S = Number(option('tail-s', '20'));
/** Give up after this many seconds of embedding. */
const LIMIT_S = Number(option('limit-s', '900'));
const TITLES = Number(option('titles', '3000'));
const BATCHES = option('batches', '32').split(',').map(Number);
const MODEL_DIR = path.join(REPO, 'models');

const SEARCHES = ['锂电池', '无人机', '图像识别', '正极材料', '传感器', '中药', '混凝土', '机器人'];
const QUERIES = [
  '我们想把锂电池正极材料的能量密度提高10%，预算50万，希望独占许可',
  '寻找无人机巡检图像识别技术，可接受普通许可',
  '降低混凝土开裂，提高耐久性',
];

interface Sample {
  at: number;
  ms: number;
  phase: 'embedding' | 'after';
  status: number;
}

interface QuerySample extends Sample {
  embeddingMs: number | null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string; log: string[] }> {
  const child = spawn(
    process.execPath,
    [path.join(REPO, 'bin', 'zhuanhua.js'), 'serve', '--port', '0', '--host', '127.0.0.1'],
    {
      cwd: REPO,
      env: {
        ...process.env,
        ZHUANHUA_DATA_DIR: dataDir,
        DATABASE_URL: '',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const log: string[] = [];
  let buffer = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      for (let i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n')) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 1);
        log.push(line);
        const m = line.match(/Zhuanhua is running: (http\S+)/);
        if (m) resolve(m[1]!.replace(/\/$/, ''));
      }
    });
    child.stderr!.on('data', () => {});
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
  return { child, url, log };
}

async function timed(fn: () => Promise<Response>): Promise<{ ms: number; status: number; body: unknown }> {
  const t0 = performance.now();
  const res = await fn();
  const text = await res.text();
  const ms = performance.now() - t0;
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {}
  return { ms, status: res.status, body };
}

interface StatusBody {
  patents: number;
  embedded: number;
  pending: number;
  mode: string;
}

async function serverPart() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-neighbour-'));
  const load0 = os.loadavg();
  const tStart = performance.now();
  process.stderr.write(`starting the platform on ${dataDir} (first start seeds the sample catalogue)…\n`);
  const { child, url, log } = await startServer(dataDir);
  const startS = (performance.now() - tStart) / 1000;
  process.stderr.write(`listening on ${url} after ${startS.toFixed(1)} s; probing…\n`);

  const search: Sample[] = [];
  const query: QuerySample[] = [];
  const status: { at: number; ms: number; embedded: number; pending: number; patents: number }[] = [];
  let phase: 'embedding' | 'after' = 'embedding';
  let doneAt: number | null = null;
  let stop = false;
  const t0 = performance.now();
  const now = () => (performance.now() - t0) / 1000;

  const statusLoop = (async () => {
    while (!stop) {
      const r = await timed(() => fetch(`${url}/api/v1/matching/status`));
      const s = r.body as StatusBody;
      status.push({ at: now(), ms: r.ms, embedded: s.embedded, pending: s.pending, patents: s.patents });
      if (s.mode !== 'hybrid') throw new Error(`matching is ${s.mode}: is the model in ./models?`);
      if (phase === 'embedding' && s.pending === 0) {
        phase = 'after';
        doneAt = now();
        process.stderr.write(`embedding finished at ${doneAt.toFixed(1)} s; ${TAIL_S} s more of probing\n`);
      }
      if (doneAt !== null && now() > doneAt + TAIL_S) stop = true;
      if (now() > LIMIT_S) stop = true;
      await sleep(1_000);
    }
  })();
  const searchLoop = (async () => {
    for (let i = 0; !stop; i++) {
      const p = phase;
      const q = encodeURIComponent(SEARCHES[i % SEARCHES.length]!);
      const r = await timed(() => fetch(`${url}/api/v1/patents/search?q=${q}&pageSize=20`));
      search.push({ at: now(), ms: r.ms, phase: p, status: r.status });
      await sleep(PROBE_MS);
    }
  })();
  const queryLoop = (async () => {
    for (let i = 0; !stop; i++) {
      await sleep(4_000);
      const p = phase;
      const r = await timed(() =>
        fetch(`${url}/api/v1/matching/query`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text: QUERIES[i % QUERIES.length], limit: 10 }),
        }),
      );
      const body = r.body as { embeddingMs?: number };
      query.push({ at: now(), ms: r.ms, phase: p, status: r.status, embeddingMs: body.embeddingMs ?? null });
    }
  })();
  await Promise.all([statusLoop, searchLoop, queryLoop]);
  const load1 = os.loadavg();

  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  if (!process.argv.includes('--keep')) fs.rmSync(dataDir, { recursive: true, force: true });

  // Throughput: from the first status that saw patents pending to the first that saw none.
  const first = status.find((s) => s.pending > 0);
  const last = status.find((s) => s.pending === 0 && first && s.at > first.at);
  const throughput =
    first && last ? (last.embedded - first.embedded) / Math.max(1e-9, last.at - first.at) : null;
  const lat = (xs: Sample[], ph: Sample['phase']): Latency =>
    latencyOf(
      xs.filter((s) => s.phase === ph).map((s) => s.ms),
      null,
    );
  const embeddingMs = (ph: Sample['phase']) =>
    latencyOf(
      query.filter((s) => s.phase === ph && s.embeddingMs !== null).map((s) => s.embeddingMs!),
      null,
    );
  // What the server itself said about its embedding rounds (info log lines), when it says it.
  const rounds = log
    .map((l) => {
      try {
        return JSON.parse(l) as {
          msg?: string;
          patents?: number;
          demands?: number;
          ms?: number;
          patentsPerSecond?: number;
        };
      } catch {
        return null;
      }
    })
    .filter((l) => l?.msg === 'catalogue embedding round')
    .map((l) => ({
      patents: l!.patents,
      demands: l!.demands,
      ms: l!.ms,
      patentsPerSecond: l!.patentsPerSecond,
    }));

  const result = {
    label: LABEL,
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? null, node: process.version },
    loadAverage: {
      start: load0.map((x) => Math.round(x * 100) / 100),
      end: load1.map((x) => Math.round(x * 100) / 100),
    },
    startSeconds: Math.round(startS * 10) / 10,
    patents: status.at(-1)?.patents ?? null,
    embedding: {
      seconds: first && last ? Math.round((last.at - first.at) * 10) / 10 : null,
      embedded: first && last ? last.embedded - first.embedded : null,
      titlesPerSecond: throughput === null ? null : Math.round(throughput * 10) / 10,
      serverRounds: rounds,
    },
    search: {
      embedding: lat(search, 'embedding'),
      after: lat(search, 'after'),
      errors: search.filter((s) => s.status !== 200).length,
    },
    matchQuery: {
      embedding: lat(query, 'embedding'),
      after: lat(query, 'after'),
      queryEmbeddingMs: { embedding: embeddingMs('embedding'), after: embeddingMs('after') },
    },
    status: {
      embedding: latencyOf(
        status.filter((s) => s.pending > 0).map((s) => s.ms),
        null,
      ),
    },
  };

  return result;
}

function printServer(result: Awaited<ReturnType<typeof serverPart>>): void {
  const rows: (string | number | null)[][] = [
    ['GET /patents/search', 'while embedding', ...cells(result.search.embedding)],
    ['GET /patents/search', 'after', ...cells(result.search.after)],
    ['POST /matching/query', 'while embedding', ...cells(result.matchQuery.embedding)],
    ['POST /matching/query', 'after', ...cells(result.matchQuery.after)],
    ['  query embedding', 'while embedding', ...cells(result.matchQuery.queryEmbeddingMs.embedding)],
    ['  query embedding', 'after', ...cells(result.matchQuery.queryEmbeddingMs.after)],
    ['GET /matching/status', 'while embedding', ...cells(result.status.embedding)],
  ];
  printTable(['request', 'phase', 'n', 'p50 ms', 'p95 ms', 'max ms'], rows);
  process.stdout.write(
    `\ncatalogue embedding: ${result.embedding.embedded} patents in ${result.embedding.seconds} s = ${result.embedding.titlesPerSecond} titles/s` +
      ` (first start to listening ${result.startSeconds} s; load average ${result.loadAverage.start.join(' ')} → ${result.loadAverage.end.join(' ')}, ${result.machine.cpus} CPUs)\n`,
  );
}

interface ThroughputRun {
  embedder: string;
  batchSize: number;
  titles: number;
  seconds: number;
  titlesPerSecond: number;
  loadAverage: number[];
}

async function throughputPart(): Promise<ThroughputRun[]> {
  const rows = parse(fs.readFileSync(path.join(REPO, 'data', 'samples', 'cn-titles-ipc.csv')), {
    columns: true,
    skip_empty_lines: true,
  }) as { title: string }[];
  const titles = rows.map((r) => r.title).slice(0, TITLES);
  const runs: ThroughputRun[] = [];
  const measure = async (name: string, batchSize: number, load: () => ReturnType<typeof loadEmbedder>) => {
    const { embedder, reason } = await load();
    if (!embedder) throw new Error(reason);
    await embedder.embed(titles.slice(0, 64)); // warm-up
    const t0 = performance.now();
    for (let i = 0; i < titles.length; i += 256) await (embedder as Embedder).embed(titles.slice(i, i + 256));
    const seconds = (performance.now() - t0) / 1000;
    await embedder.close();
    const run = {
      embedder: name,
      batchSize,
      titles: titles.length,
      seconds: Math.round(seconds * 10) / 10,
      titlesPerSecond: Math.round((titles.length / seconds) * 10) / 10,
      loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
    };
    process.stderr.write(`${name}, batch ${batchSize}: ${run.titlesPerSecond} titles/s\n`);
    runs.push(run);
  };
  for (const b of BATCHES)
    await measure('background: own process, 1 thread', b, () =>
      loadProcessEmbedder(MODEL_DIR, { threads: 1, batchSize: b }),
    );
  await measure('query embedder: calling thread, 1 thread', 32, () =>
    loadEmbedder(MODEL_DIR, { threads: 1, batchSize: 32 }),
  );
  return runs;
}

async function main() {
  const server = process.argv.includes('--skip-server') ? null : await serverPart();
  const throughput = await throughputPart();
  if (server) printServer(server);
  process.stdout.write('\nembedding throughput, server stopped:\n');
  printTable(
    ['embedder', 'batch', 'titles', 's', 'titles/s', 'load average'],
    throughput.map((r) => [
      r.embedder,
      r.batchSize,
      r.titles,
      r.seconds,
      r.titlesPerSecond,
      r.loadAverage.join(' '),
    ]),
  );
  const result = { ...(server ?? { label: LABEL, date: new Date().toISOString() }), throughput };
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `embedding-neighbour-${LABEL}.json`);
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`\n${JSON.stringify(result)}\nwritten to ${path.relative(REPO, file)}\n`);
}

function cells(l: Latency): (number | null)[] {
  return [l.samples, l.samples ? l.p50 : null, l.samples ? l.p95 : null, l.samples ? l.max : null];
}

function printTable(headers: string[], rows: (string | number | null)[][]): void {
  const all = [headers, ...rows.map((r) => r.map((c) => (c === null ? '–' : String(c))))];
  const widths = headers.map((_, c) => Math.max(...all.map((r) => [...(r[c] ?? '')].length)));
  const line = (r: string[]) =>
    `| ${r.map((v, c) => (c < 2 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join(' | ')} |`;
  process.stdout.write(`${line(all[0]!)}\n`);
  process.stdout.write(
    `|${widths.map((w, c) => (c < 2 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|\n`,
  );
  for (const r of all.slice(1)) process.stdout.write(`${line(r)}\n`);
}

await main();
