import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/support/databases';
import { loadEmbedder, loadProcessEmbedder } from './embedder';
import { type MatchingPlatform, MODEL_DIR, openMatchingPlatform } from './testPlatform';

const TITLES = [
  '一种高能量密度锂电池正极材料及其制备方法',
  '无人机巡检图像识别系统',
  '一种混凝土抗裂外加剂',
  '中药提取物的制备方法',
];

const cosine = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('the model in a child process', () => {
  it('gives the vectors the query embedder gives, in input order; a closed one refuses further work', async () => {
    const main = await loadEmbedder(MODEL_DIR);
    const worker = await loadProcessEmbedder(MODEL_DIR, { threads: 1 });
    if (!main.embedder || !worker.embedder) throw new Error(`${main.reason ?? worker.reason}`);
    expect(main.embedder.runsIn).toBe('main');
    expect(worker.embedder.runsIn).toBe('process');
    const [a, b] = [await main.embedder.embed(TITLES), await worker.embedder.embed(TITLES)];
    expect(b).toHaveLength(TITLES.length);
    for (let i = 0; i < TITLES.length; i++) expect(cosine(a[i]!, b[i]!)).toBeGreaterThan(0.9999);
    await worker.embedder.close();
    await expect(worker.embedder.embed(['电池'])).rejects.toThrow(/embedding process/);
    await main.embedder.close();
  });

  it('a model directory without the model gives a reason, no process', async () => {
    const r = await loadProcessEmbedder('/nonexistent-model-dir');
    expect(r.embedder).toBeNull();
    expect(r.reason).toMatch(/not found/);
  });
});

describe('catalogue embedding in the background leaves the server’s thread free', () => {
  let m: MatchingPlatform;
  beforeAll(async () => {
    m = await openMatchingPlatform(await freshDatabase('pglite'));
  });
  afterAll(() => m?.close());

  it('runs in a process of its own, apart from the query embedder', async () => {
    const index = m.runtime.matching.index;
    const background = await index.backgroundEmbedder();
    const query = (await index.embedder()).embedder;
    expect(background?.runsIn).toBe('process');
    expect(query?.runsIn).toBe('main');
    expect(background).not.toBe(query);
  });

  it('while it embeds, the event loop keeps turning and a query is embedded without waiting for it', async () => {
    const index = m.runtime.matching.index;
    await index.backgroundEmbedder(); // loaded (as after the first round)
    const pending = index.store.size - index.store.vectorCount;
    expect(pending).toBeGreaterThan(256);
    const running = index.embedPending();
    // On the server's thread a model call held the loop for its whole batch: 200 turns of the loop could only
    // finish after the first step's vectors were stored. With the model in its own process they pass while it
    // computes.
    for (let i = 0; i < 200; i++) await new Promise((r) => setImmediate(r));
    expect(index.store.vectorCount).toBe(0);
    const { vector } = await m.runtime.matching.embedText('提高锂电池正极材料能量密度');
    expect(vector).not.toBeNull();
    expect(index.store.vectorCount).toBeLessThan(index.store.size);
    expect(await running).toBe(pending);
    expect(index.store.vectorCount).toBe(index.store.size);
  });
});
