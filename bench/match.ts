/**
 * npm run bench:match — matching quality (5-fold CV on real labelled titles) and speed (generated catalogues
 * of 100k and 1M patents, query embedding included, HNSW compared with brute force), in one run.
 * Prints tables, writes bench/results/match-quality.json and bench/results/match-speed.json.
 *
 *   --only quality|speed     run one part
 *   --sizes 100000,1000000   catalogue sizes for the speed part (default both)
 *   --queries 200            queries per size
 *   --embed-sample 3000      catalogue titles the model embeds (throughput; the rest get approximated vectors)
 *   --no-write               print only
 */
import { writeResult } from './matchData';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const only = arg('only');
const log = (msg: string) => process.stderr.write(`[bench:match] ${msg}\n`);

if (!only || only === 'quality') {
  const { printQuality, runQuality } = await import('./matchQuality');
  const quality = await runQuality({ log });
  printQuality(quality);
  log(`wrote ${writeResult('match-quality', quality)}`);
}
if (!only || only === 'speed') {
  const { printSpeed, runSpeed } = await import('./matchSpeed');
  const sizes = (arg('sizes') ?? '100000,1000000').split(',').map(Number);
  const embedSample = arg('embed-sample');
  const speed = await runSpeed({
    log,
    sizes,
    queries: Number(arg('queries') ?? 200),
    ...(embedSample ? { embedSample: Number(embedSample) } : {}),
  });
  printSpeed(speed);
  if (!process.argv.includes('--no-write')) log(`wrote ${writeResult('match-speed', speed)}`);
}
