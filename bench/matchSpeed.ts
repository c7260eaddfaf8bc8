/**
 * Matching speed (issue #4 item 8): `npm run bench:match -- --only speed [--sizes 100000,1000000] [--queries 200]`.
 *
 * On LABELLED-SYNTHETIC catalogues (bench/syntheticPatents.ts, the generator of the catalogue benchmark) of each
 * size, in one run:
 * - catalogue embedding throughput of the real bge-small-zh-v1.5 model from ./models, with batching (titles, and
 *   the title + abstract text the platform embeds for a patent), and without batching for comparison;
 * - the product's matcher (HybridMatcher over the catalogue's BM25F schema and a MatchStore with its HNSW graph,
 *   persisted through MatchStoreFile) for a fixed set of demand-like queries, **query embedding included**;
 * - the same matcher with the dense step replaced by brute-force exact search over the same stored vectors
 *   (MatchStore.exhaustiveNearest), plus a native SIMD brute force (usearch exactSearch) for the dense step;
 * - recall@10 and recall@200 of the HNSW graph against the exact neighbours, and how far the final match lists
 *   of the two paths agree;
 * - build times (BM25F, store log, HNSW graph, graph save, reopen as after a restart), memory and disk.
 *
 * Embedding 1M texts is too slow on 2 cores (≈ 2 h at 150 titles/s), so only a measured sample of the catalogue
 * is embedded by the model. Every other patent gets an APPROXIMATED vector: the synthetic title is the head of a
 * real title joined to the tail of another (syntheticPatents.ts, TitleOrigin), and its vector is the mix of the
 * real model vectors of those two titles, weighted by their share of characters, plus isotropic Gaussian noise
 * whose size is calibrated on the embedded sample (so that the approximated vectors sit as far from the mix as
 * the real embeddings do). The report counts real and approximated vectors and states how close approximations
 * come to the real embeddings on the sample. Sizes are built incrementally: the first 100k patents of the 1M
 * catalogue are exactly the 100k catalogue (the generator guarantees it); build times of a larger size are the
 * sum of all its steps.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CATALOGUE_SCHEMA, toIndexDocument } from '../src/features/catalogue/catalogueIndex';
import { exactSearch } from '../src/features/matching/annIndex';
import { type Embedder, embeddingInput, MODEL_NAME } from '../src/features/matching/embedder';
import { HybridMatcher, type MatchOutcome, type TextQuery } from '../src/features/matching/matcher';
import { patentEmbeddingText, subclassOf } from '../src/features/matching/matchIndex';
import { type MatchStore, type PatentFacts, quantise, textHash } from '../src/features/matching/matchStore';
import { MatchStoreFile, type StoreUpsert } from '../src/features/matching/matchStoreFile';
import type { DemandWants, TransferMode } from '../src/features/matching/signals';
import { normaliseLegalStatus } from '../src/features/patents/legalStatus';
import { loadReferenceCatalog, type ReferenceCatalog, seedReferenceData } from '../src/features/reference';
import { Bm25fIndex } from '../src/features/search/bm25fIndex';
import { warmUpSegmenter } from '../src/features/search/segment';
import { randomSource } from '../src/features/search/testCorpus';
import { migrate } from '../src/platform/db/migrate';
import { openPglite } from '../src/platform/db/pglite';
import { type Latency, latencyOf } from './catalogueBenchmark';
import { embedAll, loadTitles, NO_WANTS, printTable, requireEmbedder } from './matchData';
import {
  loadVocabulary,
  REFERENCE_DATE,
  SYNTHETIC_SOURCE,
  type SyntheticPatent,
  SyntheticPatentGenerator,
  type Vocabulary,
} from './syntheticPatents';

export const SPEED_TARGETS = {
  matchP95Ms: { '100000': 50, '1000000': 150 } as Record<string, number>,
  embeddingTitlesPerSecond: 100,
};

export interface SpeedOptions {
  log: (msg: string) => void;
  sizes: number[];
  /** demand-like queries per size */
  queries: number;
  seed?: number;
  /** catalogue patents whose titles the model embeds (throughput sample; they keep their real vectors) */
  embedSample?: number;
  /** where the store files go (default: the OS temp directory; removed afterwards) */
  workDir?: string;
  /**
   * Real titles the model embeds as the basis of approximated vectors: 'all' 7,798 (default; cached between
   * runs in the OS temp directory, shared with the quality benchmark) or only those the catalogue's synthetic
   * titles are made of (found by a first pass of the generator; for small test runs).
   */
  realTitles?: 'all' | 'used';
}

const MiB = 1024 * 1024;
const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
const r4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** Wall-clock and process CPU milliseconds of one awaited call. */
async function timed<T>(fn: () => Promise<T> | T): Promise<{ value: T; ms: number; cpuMs: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, ms, cpuMs: (c.user + c.system) / 1000 };
}

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
}

function dirBytes(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function normalise(v: Float32Array): Float32Array {
  const n = Math.sqrt(dot(v, v)) || 1;
  for (let i = 0; i < v.length; i++) v[i]! /= n;
  return v;
}

// Demand-like queries ------------------------------------------------------------------------------------

export interface DemandQuery {
  id: string;
  /** 'written': hand-written demands; 'templated': a fixed frame filled with words of real titles */
  kind: 'written' | 'templated';
  text: TextQuery;
  wants: DemandWants;
}

/** Written the way SMEs fill in the demand questionnaire (企业专利技术需求调查问卷): title, then problem and goal. */
const WRITTEN: readonly { title: string; body: string; wants?: Partial<DemandWants> }[] = [
  {
    title: '锂电池正极材料能量密度提升',
    body: '我们想把锂电池正极材料的能量密度提高10%，预算50万，希望独占许可。',
    wants: { modes: ['exclusive_licence'] },
  },
  {
    title: '光伏组件自动清洗',
    body: '电站光伏板积灰导致发电效率下降，人工清洗成本高，寻求无水或节水的自动清洗装置，优先开放许可。',
    wants: { modes: ['open_licence'], region: '62' },
  },
  {
    title: '污水处理设备除磷脱氮',
    body: '现有污水处理设备出水总磷超标，希望引进高效除磷脱氮工艺及设备，能耗降低15%。',
    wants: { region: '32' },
  },
  {
    title: '混凝土养护',
    body: '冬季施工混凝土养护困难，需要一种温湿度可控的混凝土养护装置，降低开裂率。',
  },
  {
    title: '无人机续航',
    body: '植保无人机电池续航时间短，作业一次只能飞15分钟，希望提高电池能量密度或采用快速换电结构。',
    wants: { modes: ['transfer', 'exclusive_licence'] },
  },
  {
    title: '茶叶加工自动化',
    body: '茶叶揉捻和杀青依赖人工经验，品质不稳定，寻求智能控制的茶叶加工设备。',
    wants: { region: '35' },
  },
  {
    title: '图像识别缺陷检测',
    body: '生产线上产品表面缺陷靠人工目检，漏检率高，希望用机器视觉和图像识别方法实现在线检测，准确率达到99%。',
  },
  {
    title: '中药提取工艺',
    body: '中药有效成分提取率低、溶剂消耗大，希望获得新的提取纯化方法，可合作开发。',
    wants: { modes: ['joint_development'] },
  },
  {
    title: '新能源汽车充电桩散热',
    body: '大功率充电桩模块温升过高，需要改进散热结构，保证连续充电时的稳定性。',
  },
  {
    title: '塔吊安全监测',
    body: '建筑工地塔吊存在超载和碰撞风险，希望引进塔吊运行状态实时监测与预警系统。',
    wants: { region: '44' },
  },
  {
    title: '石墨烯导热复合材料',
    body: '电子产品散热需要高导热的石墨烯复合材料，要求制备工艺简单、成本可控，适合规模化生产。',
  },
  {
    title: '农业物联网土壤墒情监测',
    body: '智慧农业项目需要低功耗的土壤墒情和气象监测终端，数据远程传输到云平台。',
    wants: { modes: ['ordinary_licence'] },
  },
  {
    title: '智能问答客服',
    body: '企业客服咨询量大，希望用自然语言处理技术搭建智能问答系统，自动回答常见问题。',
  },
  {
    title: '轴承寿命预测',
    body: '风电齿轮箱轴承故障频发，希望通过振动信号分析实现故障诊断和剩余寿命预测。',
  },
  {
    title: '驱鸟装置',
    body: '输电线路上鸟类筑巢引起跳闸，寻求一种免维护的驱鸟装置。',
    wants: { region: '41' },
  },
  {
    title: '钢结构焊接机器人',
    body: '钢结构焊缝人工焊接效率低、质量不稳定，希望引进焊缝跟踪的焊接机器人技术，预算200万元。',
    wants: { modes: ['transfer'] },
  },
  {
    title: '食品保鲜包装',
    body: '生鲜食品货架期短，需要可降解的保鲜包装材料和气调包装方法。',
  },
  {
    title: '区块链数据存证',
    body: '供应链金融业务需要可信的数据存储与存证方案，基于区块链保证数据不可篡改。',
  },
  {
    title: '废旧电池回收',
    body: '退役动力电池回收中正极材料中锂、钴、镍的回收率低，希望获得湿法回收工艺专利。',
    wants: { modes: ['exclusive_licence', 'joint_development'] },
  },
  {
    title: '医用导管抗菌涂层',
    body: '医用导管使用中易发生感染，希望找到抗菌涂层的制备方法，符合医疗器械要求。',
  },
];

const PROBLEMS = ['效率低', '成本高', '能耗大', '精度不足', '寿命短', '稳定性差', '污染较大', '噪声大'];
const GOALS = ['生产效率提高20%', '成本降低15%', '能耗降低10%', '良品率达到99%', '使用寿命延长一倍'];
const MODE_TEXT: readonly [string, TransferMode][] = [
  ['独占许可', 'exclusive_licence'],
  ['普通许可', 'ordinary_licence'],
  ['专利转让', 'transfer'],
  ['开放许可', 'open_licence'],
  ['合作开发', 'joint_development'],
];

/**
 * The fixed query set: the hand-written demands first, then demands templated from the words of real titles
 * (data/samples/cn-titles-ipc.csv) of seeded random IPC subclasses. The same count and seed give the same queries.
 */
export function demandQueries(vocab: Vocabulary, count: number, seed = 4242): DemandQuery[] {
  const out: DemandQuery[] = WRITTEN.slice(0, count).map((w, i) => ({
    id: `w${i + 1}`,
    kind: 'written',
    text: { title: w.title, body: w.body },
    wants: { ...NO_WANTS, ...w.wants },
  }));
  const rand = randomSource(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const subclasses = [...vocab.wordsBySubclass.keys()].filter(
    (s) => (vocab.wordsBySubclass.get(s)?.length ?? 0) >= 6,
  );
  for (let i = out.length; i < count; i++) {
    const sub = pick(subclasses);
    const words = vocab.wordsBySubclass.get(sub)!;
    const [w1, w2, w3] = [pick(words), pick(words), pick(words)];
    const [modeText, mode] = pick(MODE_TEXT);
    const region = rand() < 0.3 ? pick(vocab.provinces).code : null;
    out.push({
      id: `t${i + 1}`,
      kind: 'templated',
      text: {
        title: rand() < 0.5 ? `${w1}${w2}技术需求` : `寻求${w1}相关专利`,
        body:
          `我公司现有${w1}${pick(['产品', '设备', '工艺', '系统'])}存在${pick(PROBLEMS)}的问题，` +
          `希望引进${w2}、${w3}方面的专利技术，目标是${pick(GOALS)}，` +
          `预算${pick([20, 50, 100, 300])}万元，倾向${modeText}。`,
      },
      wants: {
        ...NO_WANTS,
        region,
        modes: [mode],
        desiredIpc: rand() < 0.15 ? [sub] : [],
      },
    });
  }
  return out;
}

/** What is embedded for a demand: its title, then its text (as for a patent: title。body). */
export function demandEmbeddingText(q: TextQuery): string {
  return embeddingInput(q.body ? `${q.title}。${q.body}` : q.title);
}

// Vectors --------------------------------------------------------------------------------------------------

/** Standard normal deviates from a seeded uniform source (Box–Muller, both values used). */
function gaussianSource(seed: number): () => number {
  const u = randomSource(seed);
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    let a = u();
    while (a <= Number.EPSILON) a = u();
    const r = Math.sqrt(-2 * Math.log(a));
    const t = 2 * Math.PI * u();
    spare = r * Math.sin(t);
    return r * Math.cos(t);
  };
}

/**
 * Approximated embedding of a synthetic title from the real vectors of the titles it was made of: the mix
 * weighted by character share, plus isotropic noise of squared norm `noise2` (calibrated on the sample).
 */
export class VectorApproximator {
  private readonly gauss: () => number;
  constructor(
    private readonly vocab: Vocabulary,
    private readonly real: ReadonlyMap<string, Float32Array>,
    readonly dimensions: number,
    seed: number,
  ) {
    this.gauss = gaussianSource(seed);
  }

  mix(p: SyntheticPatent): Float32Array {
    const { head, tail, headChars } = p.titleOrigin;
    const vh = this.real.get(this.vocab.titles[head]!.title)!;
    const out = new Float32Array(this.dimensions);
    if (tail === null) {
      out.set(vh);
      return out;
    }
    const vt = this.real.get(this.vocab.titles[tail]!.title)!;
    const w = Math.min(1, Math.max(0, headChars / p.title.length));
    for (let d = 0; d < out.length; d++) out[d] = w * vh[d]! + (1 - w) * vt[d]!;
    return normalise(out);
  }

  approximate(p: SyntheticPatent, noise2: number): Float32Array {
    const v = this.mix(p);
    const s = Math.sqrt(noise2 / this.dimensions);
    for (let d = 0; d < v.length; d++) v[d]! += s * this.gauss();
    return normalise(v);
  }
}

// Report ---------------------------------------------------------------------------------------------------

export interface Rate {
  texts: number;
  seconds: number;
  perSecond: number;
  /** CPU seconds of the whole process (the model's threads included) */
  cpuSeconds: number;
  /** texts per CPU second: less disturbed than texts/s by other load on a shared machine */
  perCpuSecond: number;
}

export interface EmbeddingThroughput {
  model: string;
  threads: number;
  batchSize: number;
  /** titles of the catalogue sample, batched (the figure the target is about) */
  titlesBatched: Rate & { meanChars: number };
  /** the same titles one per call, for comparison */
  titlesUnbatched: Rate;
  /** title + abstract as the platform embeds a catalogue patent (patentEmbeddingText, ≤ 256 characters) */
  patentTextsBatched: Rate & { meanChars: number };
  modelLoadSeconds: number;
}

export interface SizeSpeed {
  size: number;
  vectors: {
    real: number;
    approximated: number;
    note: string;
  };
  build: {
    /** generating the synthetic records (cumulative over the incremental steps) */
    generateSeconds: number;
    bm25Seconds: number;
    /** facts + int8 vectors written to the store log (MatchStoreFile.apply, fsync per batch of 5,000) */
    storeWriteSeconds: number;
    hnswBuildSeconds: number;
    annSaveSeconds: number;
    /** MatchStoreFile.open of the written directory, as after a restart */
    reopen: { seconds: number; ann: string; patents: number };
    vectorApproximationSeconds: number;
  };
  memory: {
    rssMiB: number;
    heapUsedMiB: number;
    arrayBuffersMiB: number;
    bm25EstimatedMiB: number;
    /** int8 vectors + scales held by the MatchStore */
    storeVectorsMiB: number;
    /** RSS grown by the HNSW build step(s) (cumulative) */
    hnswRssDeltaMiB: number;
  };
  disk: { storeLogMiB: number; annGraphMiB: number; totalMiB: number };
  latency: {
    /** query embedding + HybridMatcher.match with the HNSW graph: the product path */
    hnsw: { total: Latency; embed: Latency; match: Latency };
    /** the same with the dense step as brute-force exact search over the same int8 vectors */
    bruteForce: { total: Latency; embed: Latency; match: Latency };
  };
  /** the dense step alone, 200 neighbours (the matcher's candidate depth) */
  dense: { hnsw: Latency; bruteForceJs: Latency; bruteForceSimd: Latency };
  recall: { at10: number; at200: number; queries: number };
  /** final top-20 match lists: share of the brute-force list that the HNSW path also returns */
  matchAgreementAt20: number;
  queries: { count: number; written: number; templated: number; meanChars: number };
  loadAverage: { before: number[]; after: number[] };
  target: { p95Ms: number | null; met: boolean | null };
}

export interface SpeedReport {
  benchmark: 'match-speed';
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
    gitCommit: string | null;
    loadAverageAtStart: number[];
    loadAverageAtEnd: number[];
  };
  options: {
    sizes: number[];
    queries: number;
    seed: number;
    embedSample: number;
    realTitles: { basis: 'all' | 'used'; embedded: number };
  };
  matcher: { candidates: number; limit: number; hnsw: Record<string, unknown> };
  targets: typeof SPEED_TARGETS;
  embedding: EmbeddingThroughput;
  approximation: {
    method: string;
    calibrationSample: number;
    noiseSquaredNorm: number;
    /** mean cosine between an approximated vector and the real embedding of the same title, on the sample */
    meanCosineToReal: number;
    /** mean cosine of the real embeddings (sample) and of the approximations to the mix of their two titles */
    meanCosineRealToMix: number;
    meanCosineApproxToMix: number;
    /** the same patent's real vector is its nearest neighbour among the approximations of the sample */
    note: string;
  };
  sizes: SizeSpeed[];
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

async function loadReference(log: (m: string) => void): Promise<ReferenceCatalog> {
  const db = await openPglite({});
  try {
    await migrate(db);
    await seedReferenceData(db);
    return await loadReferenceCatalog(db);
  } finally {
    await db.close();
    log('reference data loaded (SEI concordance, divisions)');
  }
}

const CANDIDATES = 200;
const LIMIT = 20;

/** Runs the speed benchmark; sizes are built incrementally in ascending order. */
export async function runSpeed(options: SpeedOptions): Promise<SpeedReport> {
  const { log } = options;
  const sizes = [...new Set(options.sizes)].sort((a, b) => a - b);
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--sizes must be positive integers, got ${options.sizes.join(',')}`);
  const seed = options.seed ?? 20250630;
  const embedSample = Math.min(options.embedSample ?? 3_000, sizes.at(-1)!);
  const startedAt = new Date();
  const loadAtStart = os.loadavg().map(r2);

  warmUpSegmenter();
  const vocab = loadVocabulary();
  const reference = await loadReference(log);

  // 1. The model, and the real vectors of every real title (cached between runs by matchData.embedAll).
  const loadStart = performance.now();
  const embedder: Embedder = await requireEmbedder();
  await embedder.embed(['预热']);
  const modelLoadSeconds = r2((performance.now() - loadStart) / 1000);
  const D = embedder.dimensions;
  let realTitles: string[];
  if (options.realTitles === 'used') {
    const used = new Set<string>();
    const pass = new SyntheticPatentGenerator(vocab, { seed });
    for (let i = 0; i < sizes.at(-1)!; i++) {
      const { head, tail } = pass.next().titleOrigin;
      used.add(vocab.titles[head]!.title);
      if (tail !== null) used.add(vocab.titles[tail]!.title);
    }
    realTitles = [...used];
  } else {
    realTitles = loadTitles().map((t) => t.title);
    const known = new Set(realTitles);
    for (const t of vocab.titles) if (!known.has(t.title)) realTitles.push(t.title);
  }
  const realVectors = await embedAll(embedder, realTitles, (n) => log(`real titles embedded: ${n}`));
  const real = new Map(realTitles.map((t, i) => [t, realVectors[i]!]));

  // 2. Throughput on the catalogue sample: the first `embedSample` synthetic patents.
  const generator = new SyntheticPatentGenerator(vocab, { seed });
  const sample: SyntheticPatent[] = [];
  for (let i = 0; i < embedSample; i++) sample.push(generator.next());
  log(`embedding ${sample.length} catalogue titles (batched) …`);
  const titlesRun = await timed(async () => {
    const out: Float32Array[] = [];
    // Calls of 256 texts, as MatchIndex.embedPending makes them; the embedder batches 32 inside a call.
    for (let s = 0; s < sample.length; s += 256) {
      out.push(...(await embedder.embed(sample.slice(s, s + 256).map((p) => p.title))));
    }
    return out;
  });
  const sampleVectors = titlesRun.value;
  const unbatchedN = Math.min(300, sample.length);
  const unbatched = await timed(async () => {
    for (const p of sample.slice(0, unbatchedN)) await embedder.embed([p.title]);
  });
  const patentTextN = Math.min(500, sample.length);
  const patentTexts = sample
    .slice(0, patentTextN)
    .map((p) => patentEmbeddingText({ title: p.title, abstract: p.abstract, first_claim: p.firstClaim }));
  log(`embedding ${patentTextN} title + abstract texts (batched) …`);
  const patentRun = await timed(async () => {
    for (let s = 0; s < patentTexts.length; s += 256) await embedder.embed(patentTexts.slice(s, s + 256));
  });
  const meanChars = (xs: readonly string[]) => r1(xs.reduce((a, x) => a + x.length, 0) / xs.length);
  const rate = (texts: number, run: { ms: number; cpuMs: number }): Rate => ({
    texts,
    seconds: r2(run.ms / 1000),
    perSecond: Math.round((texts * 1000) / run.ms),
    cpuSeconds: r2(run.cpuMs / 1000),
    perCpuSecond: Math.round((texts * 1000) / run.cpuMs),
  });
  const embedding: EmbeddingThroughput = {
    model: MODEL_NAME,
    threads: 1,
    batchSize: 32,
    titlesBatched: { ...rate(sample.length, titlesRun), meanChars: meanChars(sample.map((p) => p.title)) },
    titlesUnbatched: rate(unbatchedN, unbatched),
    patentTextsBatched: { ...rate(patentTextN, patentRun), meanChars: meanChars(patentTexts) },
    modelLoadSeconds,
  };
  log(
    `throughput: ${embedding.titlesBatched.perSecond} titles/s batched (${embedding.titlesBatched.perCpuSecond} per CPU s), ` +
      `${embedding.titlesUnbatched.perSecond} unbatched, ${embedding.patentTextsBatched.perSecond} title+abstract texts/s`,
  );

  // 3. Calibrate the approximation on the sample (recombined titles only: the others are real titles).
  const approx = new VectorApproximator(vocab, real, D, seed + 1);
  let sumInv = 0;
  let nCal = 0;
  let cosRealMix = 0;
  sample.forEach((p, i) => {
    if (p.titleOrigin.tail === null) return;
    const c = dot(sampleVectors[i]!, approx.mix(p));
    cosRealMix += c;
    sumInv += 1 / Math.max(c, 1e-3) ** 2 - 1;
    nCal++;
  });
  const noise2 = nCal ? sumInv / nCal : 0.1;
  let cosToReal = 0;
  let cosApproxMix = 0;
  sample.forEach((p, i) => {
    if (p.titleOrigin.tail === null) return;
    const a = approx.approximate(p, noise2);
    cosToReal += dot(a, sampleVectors[i]!);
    cosApproxMix += dot(a, approx.mix(p));
  });
  const approximation = {
    method:
      'mix of the real model vectors of the two real titles a synthetic title is made of (weighted by character ' +
      'share) + isotropic Gaussian noise, squared norm calibrated on the sample so that cos(approx, mix) matches ' +
      'cos(real embedding, mix); the noise is added to every approximated vector (it also stands in for the ' +
      'abstract the platform embeds with the title, so no two vectors coincide)',
    calibrationSample: nCal,
    noiseSquaredNorm: r4(noise2),
    meanCosineToReal: r4(cosToReal / Math.max(1, nCal)),
    meanCosineRealToMix: r4(cosRealMix / Math.max(1, nCal)),
    meanCosineApproxToMix: r4(cosApproxMix / Math.max(1, nCal)),
    note: `the first ${sample.length} catalogue patents keep the real embeddings of their titles; the rest are approximated`,
  };
  log(
    `approximation: noise ${approximation.noiseSquaredNorm}, cos(approx, real) ${approximation.meanCosineToReal}, ` +
      `cos(real, mix) ${approximation.meanCosineRealToMix} vs cos(approx, mix) ${approximation.meanCosineApproxToMix}`,
  );

  // 4. Queries.
  const queries = demandQueries(vocab, options.queries);
  const queryChars = meanChars(queries.map((q) => demandEmbeddingText(q.text)));

  // 5. Build incrementally and measure at each size.
  const root = fs.mkdtempSync(path.join(options.workDir ?? os.tmpdir(), 'zh-bench-match-'));
  const storeDir = path.join(root, 'matching');
  const file = MatchStoreFile.open({
    directory: storeDir,
    model: MODEL_NAME,
    store: { dimensions: D, ann: true },
    durable: true,
  });
  const store = file.store;
  const text = new Bm25fIndex(CATALOGUE_SCHEMA);
  const matcher = new HybridMatcher(text, store);
  // The same store with the dense step done by brute force: the matcher only reads from it.
  const bruteStore = Object.create(store) as MatchStore;
  bruteStore.nearest = (q: Float32Array, k: number) => store.exhaustiveNearest(q, k);
  const bruteMatcher = new HybridMatcher(text, bruteStore);

  const acc = {
    generate: 0,
    bm25: 0,
    storeWrite: 0,
    hnsw: 0,
    annSave: 0,
    approximate: 0,
    hnswRss: 0,
    real: 0,
    approximated: 0,
  };
  const results: SizeSpeed[] = [];
  const regions = new Map<string, string | null>();
  let built = 0;
  const pendingSample = [...sample];
  try {
    for (const size of sizes) {
      log(`size ${size}: building patents ${built + 1}–${size} …`);
      const loadBefore = os.loadavg().map(r2);
      let batch: StoreUpsert[] = [];
      const flushStore = () => {
        if (!batch.length) return;
        const t0 = performance.now();
        file.apply(batch, [], batch.at(-1)!.facts.seq);
        acc.storeWrite += performance.now() - t0;
        batch = [];
      };
      let nextLog = built + 100_000;
      while (built < size) {
        let t0 = performance.now();
        const p = pendingSample.length ? pendingSample.shift()! : generator.next();
        acc.generate += performance.now() - t0;
        const key = built + 1;
        // Addresses repeat per applicant: resolve each once (as the importer does).
        const regionKey = `${p.provinceField}\u0000${p.address}`;
        let regionCode = regions.get(regionKey);
        if (regionCode === undefined) {
          regionCode = reference.regionFrom(p.provinceField, p.address);
          regions.set(regionKey, regionCode);
        }
        const ipcCodes = p.ipcCodes;
        const sei = reference.seiCodesFor(ipcCodes);
        const legalStatus = normaliseLegalStatus(p.legalStatus);
        t0 = performance.now();
        text.upsert(
          toIndexDocument({
            id: key,
            change_seq: key,
            title: p.title,
            abstract: p.abstract,
            first_claim: p.firstClaim,
            patent_type: p.patentType === '发明' ? 'invention' : 'utility_model',
            legal_status: legalStatus,
            ipc_codes: ipcCodes,
            sei_codes: sei,
            region_code: regionCode,
            applicant_type: null,
            filing_date: p.filingDate,
            grant_date: p.grantDate,
            publication_date: p.publicationDate,
            industry_codes: [],
            trl: null,
            organisation_ids: [],
          }),
        );
        acc.bm25 += performance.now() - t0;
        const subclasses: string[] = [];
        for (const c of ipcCodes) {
          const s = subclassOf(c);
          if (s && !subclasses.includes(s)) subclasses.push(s);
        }
        const facts: PatentFacts = {
          key,
          seq: key,
          subclasses,
          sei,
          legalStatus,
          region: regionCode,
          trl: null,
          industries: [],
          organisations: [],
          textHash: textHash(
            patentEmbeddingText({ title: p.title, abstract: p.abstract, first_claim: p.firstClaim }),
          ),
        };
        t0 = performance.now();
        let vector: Float32Array;
        if (p.index < sampleVectors.length) {
          vector = sampleVectors[p.index]!;
          acc.real++;
        } else {
          vector = approx.approximate(p, noise2);
          acc.approximated++;
        }
        const q = quantise(vector);
        acc.approximate += performance.now() - t0;
        batch.push({ facts, vector: q });
        if (batch.length === 5_000) flushStore();
        built++;
        if (built >= nextLog) {
          log(`  ${built} patents`);
          nextLog += 100_000;
        }
      }
      flushStore();
      gc();
      const rssBeforeAnn = process.memoryUsage().rss;
      log(`  HNSW graph: adding ${store.annBacklog} vectors …`);
      const ann = await timed(() => store.syncAnn());
      acc.hnsw += ann.ms;
      gc();
      acc.hnswRss += process.memoryUsage().rss - rssBeforeAnn;
      const saved = await timed(() => file.saveAnn());
      acc.annSave += saved.ms;
      log(`  graph built in ${r1(ann.ms / 1000)} s, saved in ${r1(saved.ms / 1000)} s`);
      gc();
      const mem = process.memoryUsage();
      const textStats = text.stats();

      // Restart: open the directory again (log replay + graph load), then let it go.
      log('  reopening the store as after a restart …');
      const reopened = await timed(() =>
        MatchStoreFile.open({
          directory: storeDir,
          model: MODEL_NAME,
          store: { dimensions: D, ann: true },
          durable: true,
        }),
      );
      const reopen = {
        seconds: r2(reopened.ms / 1000),
        ann: reopened.value.opened.ann,
        patents: reopened.value.store.size,
      };
      reopened.value.close();
      gc();

      // Warm-up: a tenth of the queries (at least 10) through both paths, not measured.
      const warm = queries.slice(0, Math.max(10, Math.ceil(queries.length / 10)));
      for (const q of warm) {
        const [v] = await embedder.embed([demandEmbeddingText(q.text)]);
        matcher.match(q.text, { vector: v!, wants: q.wants, limit: LIMIT, candidates: CANDIDATES });
        bruteMatcher.match(q.text, { vector: v!, wants: q.wants, limit: LIMIT, candidates: CANDIDATES });
      }

      log(`  ${queries.length} queries through the matcher (HNSW, then brute force) …`);
      const paths = { hnsw: matcher, bruteForce: bruteMatcher } as const;
      const lat: Record<
        keyof typeof paths,
        { total: number[]; totalCpu: number[]; embed: number[]; match: number[] }
      > = {
        hnsw: { total: [], totalCpu: [], embed: [], match: [] },
        bruteForce: { total: [], totalCpu: [], embed: [], match: [] },
      };
      const outcomes: Record<keyof typeof paths, MatchOutcome[]> = { hnsw: [], bruteForce: [] };
      const vectors: Float32Array[] = [];
      // Both paths for each query in turn, so that changing load on the shared machine hits both alike.
      for (const q of queries) {
        for (const name of ['hnsw', 'bruteForce'] as const) {
          const c0 = process.cpuUsage();
          const t0 = performance.now();
          const [v] = await embedder.embed([demandEmbeddingText(q.text)]);
          const t1 = performance.now();
          const outcome = paths[name].match(q.text, {
            vector: v!,
            wants: q.wants,
            limit: LIMIT,
            candidates: CANDIDATES,
          });
          const t2 = performance.now();
          const c = process.cpuUsage(c0);
          lat[name].total.push(t2 - t0);
          lat[name].totalCpu.push((c.user + c.system) / 1000);
          lat[name].embed.push(t1 - t0);
          lat[name].match.push(t2 - t1);
          outcomes[name].push(outcome);
          if (name === 'hnsw') vectors.push(v!);
        }
      }

      // The dense step alone, and recall of the graph against exact neighbours over the same vectors.
      log('  dense step alone and recall …');
      const denseHnsw: number[] = [];
      const denseJs: number[] = [];
      let hit10 = 0;
      let hit200 = 0;
      for (const v of vectors) {
        let t0 = performance.now();
        const approxHits = store.nearest(v, CANDIDATES);
        denseHnsw.push(performance.now() - t0);
        t0 = performance.now();
        const exact = store.exhaustiveNearest(v, CANDIDATES);
        denseJs.push(performance.now() - t0);
        const got200 = new Set(approxHits.map((h) => h.key));
        const got10 = new Set(approxHits.slice(0, 10).map((h) => h.key));
        hit200 += exact.filter((h) => got200.has(h.key)).length / Math.max(1, exact.length);
        hit10 +=
          exact.slice(0, 10).filter((h) => got10.has(h.key)).length / Math.max(1, Math.min(10, exact.length));
      }
      const denseSimd = simdBruteForce(store, vectors, CANDIDATES, D);
      let agree = 0;
      outcomes.bruteForce.forEach((b, i) => {
        const h = new Set(outcomes.hnsw[i]!.matches.map((m) => m.key));
        agree += b.matches.length ? b.matches.filter((m) => h.has(m.key)).length / b.matches.length : 1;
      });

      const target = SPEED_TARGETS.matchP95Ms[String(size)] ?? null;
      const hnswTotal = latencyOf(lat.hnsw.total, lat.hnsw.totalCpu);
      const storeVectorsBytes = store.vectorCount * (D + 4);
      results.push({
        size,
        vectors: {
          real: acc.real,
          approximated: acc.approximated,
          note:
            `${acc.real} real model vectors (titles of the first patents), ` +
            `${acc.approximated} APPROXIMATED from real vectors of the titles they recombine (see approximation)`,
        },
        build: {
          generateSeconds: r1(acc.generate / 1000),
          bm25Seconds: r1(acc.bm25 / 1000),
          storeWriteSeconds: r1(acc.storeWrite / 1000),
          hnswBuildSeconds: r1(acc.hnsw / 1000),
          annSaveSeconds: r1(acc.annSave / 1000),
          reopen,
          vectorApproximationSeconds: r1(acc.approximate / 1000),
        },
        memory: {
          rssMiB: r1(mem.rss / MiB),
          heapUsedMiB: r1(mem.heapUsed / MiB),
          arrayBuffersMiB: r1(mem.arrayBuffers / MiB),
          bm25EstimatedMiB: r1(textStats.memoryBytes / MiB),
          storeVectorsMiB: r1(storeVectorsBytes / MiB),
          hnswRssDeltaMiB: r1(acc.hnswRss / MiB),
        },
        disk: {
          storeLogMiB: r1(fs.statSync(path.join(storeDir, 'store.log')).size / MiB),
          annGraphMiB: r1(fs.statSync(path.join(storeDir, 'ann.usearch')).size / MiB),
          totalMiB: r1(dirBytes(storeDir) / MiB),
        },
        latency: {
          hnsw: {
            total: hnswTotal,
            embed: latencyOf(lat.hnsw.embed, null),
            match: latencyOf(lat.hnsw.match, null),
          },
          bruteForce: {
            total: latencyOf(lat.bruteForce.total, lat.bruteForce.totalCpu),
            embed: latencyOf(lat.bruteForce.embed, null),
            match: latencyOf(lat.bruteForce.match, null),
          },
        },
        dense: {
          hnsw: latencyOf(denseHnsw, null),
          bruteForceJs: latencyOf(denseJs, null),
          bruteForceSimd: latencyOf(denseSimd, null),
        },
        recall: {
          at10: r4(hit10 / vectors.length),
          at200: r4(hit200 / vectors.length),
          queries: vectors.length,
        },
        matchAgreementAt20: r4(agree / queries.length),
        queries: {
          count: queries.length,
          written: queries.filter((q) => q.kind === 'written').length,
          templated: queries.filter((q) => q.kind === 'templated').length,
          meanChars: queryChars,
        },
        loadAverage: { before: loadBefore, after: os.loadavg().map(r2) },
        target: { p95Ms: target, met: target === null ? null : hnswTotal.p95 <= target },
      });
      log(
        `  p50/p95/p99 ${hnswTotal.p50}/${hnswTotal.p95}/${hnswTotal.p99} ms (HNSW), ` +
          `recall@10 ${r4(hit10 / vectors.length)}, load ${os.loadavg().map(r2).join(' ')}`,
      );
    }
  } finally {
    file.close();
    await embedder.close();
    fs.rmSync(root, { recursive: true, force: true });
  }

  const cpus = os.cpus();
  return {
    benchmark: 'match-speed',
    synthetic: true,
    dataNote:
      `LABELLED-SYNTHETIC catalogue (bench/syntheticPatents.ts, source '${SYNTHETIC_SOURCE}', dates up to ` +
      `${REFERENCE_DATE}); vectors: the first ${embedSample} patents embedded by the real model, the others ` +
      'APPROXIMATED from real model vectors (see approximation). Queries: demand-like texts (hand-written and ' +
      'templated from real title words), embedded by the real model inside every timed query.',
    date: startedAt.toISOString().slice(0, 10),
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: {
      cores: cpus.length,
      cpuModel: cpus[0]?.model ?? 'unknown',
      totalMemoryGiB: r1(os.totalmem() / 1024 ** 3),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      gitCommit: gitCommit(),
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: os.loadavg().map(r2),
    },
    options: {
      sizes,
      queries: options.queries,
      seed,
      embedSample,
      realTitles: { basis: options.realTitles ?? 'all', embedded: realTitles.length },
    },
    matcher: {
      candidates: CANDIDATES,
      limit: LIMIT,
      hnsw: { connectivity: 16, expansionAdd: 128, expansionSearch: 96, quantization: 'f16', metric: 'ip' },
    },
    targets: SPEED_TARGETS,
    embedding,
    approximation,
    sizes: results,
  };
}

/**
 * Exact top-k with usearch's SIMD brute force over float32 copies of the stored int8 vectors, in blocks of
 * 100k (then merged): the strongest brute force available here, for the dense step only.
 */
function simdBruteForce(store: MatchStore, queries: Float32Array[], k: number, D: number): number[] {
  const BLOCK = 100_000;
  const keys: number[] = [];
  for (const key of store.keys()) if (store.hasVector(key)) keys.push(key);
  const blocks: { keys: number[]; data: Float32Array }[] = [];
  for (let s = 0; s < keys.length; s += BLOCK) {
    const part = keys.slice(s, s + BLOCK);
    const data = new Float32Array(part.length * D);
    part.forEach((key, j) => {
      const q = store.vector(key)!;
      for (let d = 0; d < D; d++) data[j * D + d] = q.values[d]! * q.scale;
    });
    blocks.push({ keys: part, data });
  }
  const times: number[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    const all: { key: number; similarity: number }[] = [];
    for (const b of blocks) {
      for (const h of exactSearch(b.data, D, q, k))
        all.push({ key: b.keys[h.key]!, similarity: h.similarity });
    }
    all.sort((a, b) => b.similarity - a.similarity);
    all.length = Math.min(all.length, k);
    times.push(performance.now() - t0);
  }
  return times;
}

export function printSpeed(r: SpeedReport): void {
  const out = (s: string) => process.stdout.write(`${s}\n`);
  out(
    `\nMatch speed — ${r.date}, ${r.machine.cores} cores (${r.machine.cpuModel}), Node ${r.machine.node}, ` +
      `load average ${r.machine.loadAverageAtStart.join(' / ')} at start, ${r.machine.loadAverageAtEnd.join(' / ')} at end`,
  );
  out(r.dataNote);
  const e = r.embedding;
  out(
    `\nembedding (${e.model}, ${e.threads} thread, batches of ${e.batchSize}): ` +
      `${e.titlesBatched.perSecond} titles/s batched, ${e.titlesBatched.perCpuSecond} per CPU s ` +
      `(${e.titlesBatched.texts} titles, mean ${e.titlesBatched.meanChars} chars; ` +
      `target ≥ ${r.targets.embeddingTitlesPerSecond}: ${e.titlesBatched.perSecond >= r.targets.embeddingTitlesPerSecond ? 'met' : 'NOT met'}), ` +
      `${e.titlesUnbatched.perSecond}/s (${e.titlesUnbatched.perCpuSecond} per CPU s) one per call, ` +
      `${e.patentTextsBatched.perSecond} title+abstract texts/s (${e.patentTextsBatched.perCpuSecond} per CPU s, ` +
      `mean ${e.patentTextsBatched.meanChars} chars)`,
  );
  const a = r.approximation;
  out(
    `approximated vectors: cos to the real embedding ${a.meanCosineToReal} on ${a.calibrationSample} sampled titles ` +
      `(real↔mix ${a.meanCosineRealToMix}, approx↔mix ${a.meanCosineApproxToMix})\n`,
  );
  const f = (l: Latency) => `${l.p50} / ${l.p95} / ${l.p99}`;
  const rows: (string | number)[][] = [];
  for (const s of r.sizes) {
    const n = s.size.toLocaleString('en');
    rows.push([
      `${n} HNSW (product)`,
      f(s.latency.hnsw.total),
      `${s.latency.hnsw.embed.p50} / ${s.latency.hnsw.match.p50} / ${s.latency.hnsw.match.p95}`,
      `${s.latency.hnsw.total.cpuP50} / ${s.latency.hnsw.total.cpuP95}`,
      f(s.dense.hnsw),
      s.target.p95Ms ? `≤ ${s.target.p95Ms}: ${s.target.met ? 'met' : 'NOT met'}` : '',
    ]);
    rows.push([
      `${n} brute force`,
      f(s.latency.bruteForce.total),
      `${s.latency.bruteForce.embed.p50} / ${s.latency.bruteForce.match.p50} / ${s.latency.bruteForce.match.p95}`,
      `${s.latency.bruteForce.total.cpuP50} / ${s.latency.bruteForce.total.cpuP95}`,
      `${f(s.dense.bruteForceJs)} (SIMD ${f(s.dense.bruteForceSimd)})`,
      '',
    ]);
  }
  printTable(
    [
      'size / dense search',
      'match p50 / p95 / p99 ms (embedding incl.)',
      'embed p50 / match p50 / p95',
      'CPU p50 / p95',
      'dense step p50 / p95 / p99',
      'target p95',
    ],
    rows,
  );
  out('');
  printTable(
    [
      'size',
      'vectors real / approx.',
      'recall@10 / @200',
      'top-20 agreement',
      'build s: BM25F / log / HNSW / save',
      'reopen s',
      'RSS MiB',
      'disk MiB log / graph',
      'load before → after',
    ],
    r.sizes.map((s) => [
      s.size.toLocaleString('en'),
      `${s.vectors.real} / ${s.vectors.approximated}`,
      `${s.recall.at10} / ${s.recall.at200}`,
      s.matchAgreementAt20,
      `${s.build.bm25Seconds} / ${s.build.storeWriteSeconds} / ${s.build.hnswBuildSeconds} / ${s.build.annSaveSeconds}`,
      `${s.build.reopen.seconds} (graph ${s.build.reopen.ann})`,
      s.memory.rssMiB,
      `${s.disk.storeLogMiB} / ${s.disk.annGraphMiB}`,
      `${s.loadAverage.before[0]} → ${s.loadAverage.after[0]}`,
    ]),
  );
}
