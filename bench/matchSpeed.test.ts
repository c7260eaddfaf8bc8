/**
 * The matching speed benchmark's pure parts (query set, vector approximation) and, when the model is in
 * ./models, one whole run at a tiny size checked for shape and honesty labels. Timings are only checked to be
 * present and ordered, never compared with a target.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { modelStatus } from '../src/features/matching/embedder';
import { modelDir } from './matchData';
import {
  demandEmbeddingText,
  demandQueries,
  runSpeed,
  type SpeedReport,
  VectorApproximator,
} from './matchSpeed';
import { loadVocabulary, SyntheticPatentGenerator, type Vocabulary } from './syntheticPatents';

describe('demand-like queries', () => {
  let vocab: Vocabulary;
  beforeAll(() => {
    vocab = loadVocabulary();
  });

  it('are fixed for a count and seed: hand-written first, then templated from real title words', () => {
    const a = demandQueries(vocab, 60);
    expect(demandQueries(vocab, 60)).toEqual(a);
    expect(a.map((q) => q.id)).toEqual([...new Set(a.map((q) => q.id))]);
    const written = a.filter((q) => q.kind === 'written');
    expect(written.length).toBeGreaterThanOrEqual(20);
    expect(a.slice(0, written.length).every((q) => q.kind === 'written')).toBe(true);
    expect(a[0]!.text.body).toContain('锂电池正极材料');
    const words = new Set([...vocab.wordsBySubclass.values()].flat());
    for (const q of a.filter((x) => x.kind === 'templated')) {
      // Every templated demand names words of real titles, and wants a transfer mode.
      const named = [...words].filter((w) => q.text.body.includes(w));
      expect(named.length).toBeGreaterThan(0);
      expect(q.wants.modes.length).toBe(1);
      expect(demandEmbeddingText(q.text).length).toBeLessThanOrEqual(256);
    }
  });
});

describe('approximated vectors', () => {
  it('stay unit vectors close to the mix of the two real title vectors, and differ from each other', () => {
    const vocab = loadVocabulary();
    const D = 8;
    const unit = (seed: number) => {
      const v = Float32Array.from({ length: D }, (_, d) => Math.sin(seed * 7.1 + d * 1.3));
      const n = Math.hypot(...v);
      return v.map((x) => x / n);
    };
    const real = new Map(vocab.titles.map((t, i) => [t.title, unit(i)]));
    const approx = new VectorApproximator(vocab, real, D, 1);
    const g = new SyntheticPatentGenerator(vocab);
    const cos = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);
    let seen = 0;
    for (let i = 0; i < 200 && seen < 20; i++) {
      const p = g.next();
      if (p.titleOrigin.tail === null) continue;
      seen++;
      const mix = approx.mix(p);
      expect(Math.hypot(...mix)).toBeCloseTo(1, 5);
      const a = approx.approximate(p, 0.05);
      const b = approx.approximate(p, 0.05);
      expect(Math.hypot(...a)).toBeCloseTo(1, 5);
      expect(cos(a, mix)).toBeGreaterThan(0.8);
      expect(cos(a, b)).toBeLessThan(1 - 1e-6);
      // Without noise the approximation is the mix itself.
      expect(cos(approx.approximate(p, 0), mix)).toBeCloseTo(1, 5);
    }
    expect(seen).toBe(20);
  });
});

const model = modelStatus(modelDir());

describe.skipIf(!model.available)('match speed benchmark at 800 patents (needs the model)', () => {
  let report: SpeedReport;
  beforeAll(async () => {
    report = await runSpeed({
      log: () => {},
      sizes: [800, 300],
      queries: 24,
      embedSample: 200,
      realTitles: 'used',
    });
  }, 600_000);

  it('labels the data and the approximated vectors, and records the machine and its load', () => {
    expect(report).toMatchObject({ benchmark: 'match-speed', synthetic: true });
    expect(report.dataNote).toMatch(/SYNTHETIC/);
    expect(report.dataNote).toMatch(/APPROXIMATED/);
    expect(report.machine.cores).toBeGreaterThan(0);
    expect(report.machine.loadAverageAtStart).toHaveLength(3);
    expect(report.sizes.map((s) => s.size)).toEqual([300, 800]);
    for (const s of report.sizes) {
      expect(s.vectors.real).toBe(200);
      expect(s.vectors.real + s.vectors.approximated).toBe(s.size);
      expect(s.loadAverage.before).toHaveLength(3);
    }
    expect(report.approximation.calibrationSample).toBeGreaterThan(100);
    expect(report.approximation.meanCosineToReal).toBeGreaterThan(0.5);
    expect(report.approximation.meanCosineToReal).toBeLessThan(1);
  });

  it('measures embedding throughput with and without batching on the real model', () => {
    const e = report.embedding;
    expect(e.model).toBe('bge-small-zh-v1.5');
    expect(e.titlesBatched.texts).toBe(200);
    expect(e.titlesBatched.perSecond).toBeGreaterThan(0);
    expect(e.titlesUnbatched.perSecond).toBeGreaterThan(0);
    expect(e.patentTextsBatched.meanChars).toBeGreaterThan(e.titlesBatched.meanChars);
  });

  it('times both paths for every query and compares the graph with exact search', () => {
    for (const s of report.sizes) {
      for (const l of [
        s.latency.hnsw.total,
        s.latency.bruteForce.total,
        s.dense.hnsw,
        s.dense.bruteForceJs,
      ]) {
        expect(l.samples).toBe(24);
        expect(l.p50).toBeLessThanOrEqual(l.p95);
        expect(l.p95).toBeLessThanOrEqual(l.p99);
      }
      // At this size the graph must find (nearly) every exact neighbour.
      expect(s.recall.at10).toBeGreaterThan(0.9);
      expect(s.recall.at200).toBeGreaterThan(0.9);
      expect(s.matchAgreementAt20).toBeGreaterThan(0.8);
      expect(s.build.reopen).toMatchObject({ ann: 'loaded', patents: s.size });
      expect(s.disk.annGraphMiB).toBeGreaterThan(0);
      expect(s.memory.storeVectorsMiB).toBeGreaterThan(0);
    }
  });
});
