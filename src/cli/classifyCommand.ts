import fs from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { DEFAULT_DECISION, decideSubclasses, queryTerms, type SubclassScore } from '../features/matching';
import { FileLevelError, openImportFile } from '../features/patents/import/readers';
import { CliError } from './output';
import { cliRuntime } from './runtimeForCli';

export interface ClassifyCommandOptions {
  input: string;
  column: string;
  top: number;
}

/** A progress bar on stderr when it is a terminal, a line per tenth otherwise (pipes, CI logs). */
function progress(label: string, total: number) {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: `${label} [{bar}] {percentage}% | {value}/{total} | {eta_formatted}`,
        stream: process.stderr,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0);
    return { update: (n: number) => bar.update(n), stop: () => bar.stop() };
  }
  let last = -1;
  return {
    update(n: number) {
      const pct = total ? Math.floor((n / total) * 100) : 100;
      if (pct >= last + 10 || n === total) {
        last = pct;
        process.stderr.write(`${label} ${n}/${total} (${pct}%)\n`);
      }
    },
    stop() {},
  };
}

const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/**
 * `zhuanhua classify --input FILE.csv --column title --top K`: IPC subclasses for each row's text, from the
 * catalogue in ZHUANHUA_DATA_DIR (its patents' IPC codes are the knowledge: the nearest ones vote, with the
 * subclass centroids). Patents still waiting for an embedding are embedded first (progress on stderr). Prints
 * CSV to stdout — `row,ipc_subclasses,scores` — row as the spreadsheet numbers it (header = 1), subclasses most
 * likely first joined by `|`, their scores in the same order. Of the top K it keeps what the predictor's decision
 * rule keeps (the best always, the others from DEFAULT_DECISION.threshold on).
 */
export async function classifyCommand(options: ClassifyCommandOptions): Promise<void> {
  const file = path.resolve(options.input);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile())
    throw new CliError(`找不到文件 / file not found: ${options.input}`, 2);
  let opened: Awaited<ReturnType<typeof openImportFile>>;
  try {
    opened = await openImportFile(file, path.basename(file));
  } catch (err) {
    if (err instanceof FileLevelError) throw new CliError(`${err.reason.zh} / ${err.reason.en}`, 2);
    throw err;
  }
  if (!opened.header)
    throw new CliError(
      '输入须为带表头的 CSV 或 XLSX / the input must be a CSV or XLSX file with a header row',
      2,
    );
  const column = opened.header.findIndex((h) => h.replace(/^\uFEFF/, '').trim() === options.column);
  if (column < 0)
    throw new CliError(
      `表头中没有列「${options.column}」/ no column "${options.column}" in the header (columns: ${opened.header.join(', ')})`,
      2,
    );
  const rows: { row: number; text: string }[] = [];
  for await (const r of opened.rows) {
    if (r.kind === 'cells') rows.push({ row: r.row, text: (r.cells[column] ?? '').trim() });
    else if (r.kind === 'unreadable')
      throw new CliError(`第 ${r.row} 行 / row ${r.row}: ${r.reason.zh} / ${r.reason.en}`, 2);
  }

  const runtime = await cliRuntime('classify');
  try {
    const matching = runtime.matching;
    if (matching.index.store.size === 0)
      throw new CliError(
        `目录中没有专利，无从分类：请先导入（zhuanhua import）/ the catalogue in ${runtime.config.dataDir} is empty; import patents first`,
        1,
      );
    const status = await matching.status();
    if (status.mode === 'lexical')
      process.stderr.write(`仅关键词（BM25）分类 / lexical-only classification: ${status.reason}\n`);
    else if (status.pending > 0) {
      const bar = progress('向量化目录 embedding the catalogue', status.pending);
      try {
        await matching.index.embedPending({
          onProgress: (done) => bar.update(Math.min(done, status.pending)),
        });
        bar.update(status.pending);
      } finally {
        bar.stop();
      }
    }
    const embedder = await matching.embedder();
    const vectors: (Float32Array | null)[] = rows.map(() => null);
    if (embedder) {
      const bar = progress('向量化输入 embedding the input', rows.length);
      try {
        for (let s = 0; s < rows.length; s += 256) {
          const chunk = rows.slice(s, s + 256);
          const out = await embedder.embed(chunk.map((r) => r.text));
          out.forEach((v, i) => {
            if (chunk[i]!.text) vectors[s + i] = v;
          });
          bar.update(Math.min(s + 256, rows.length));
        }
      } finally {
        bar.stop();
      }
    }
    const k = Math.max(1, options.top);
    const decision = { ...DEFAULT_DECISION, maxLabels: k };
    const lines = ['row,ipc_subclasses,scores'];
    // Neighbours asked for as in the quality benchmark (bench/matchQuality.ts), which fitted the predictor.
    const voters = 200;
    rows.forEach((r, i) => {
      let kept: SubclassScore[] = [];
      if (r.text) {
        const vector = vectors[i] ?? null;
        const terms = queryTerms({ title: r.text, body: '' });
        const neighbours = matching.matcher.neighbours(terms, vector, voters);
        const ranked = matching.matcher.predict(neighbours, vector, vector ? 'hybrid' : 'lexical');
        kept = decideSubclasses(ranked.slice(0, k), decision);
      }
      lines.push(
        [
          String(r.row),
          kept.map((s) => s.subclass).join('|'),
          kept.map((s) => s.probability.toFixed(4)).join('|'),
        ]
          .map(csvCell)
          .join(','),
      );
    });
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await runtime.close();
  }
}
