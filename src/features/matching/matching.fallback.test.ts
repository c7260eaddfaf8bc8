import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../test/support/auth';
import { ENGINES, freshDatabase } from '../../../test/support/databases';
import type { Database } from '../../platform/db/database';
import { loadEmbedder } from './embedder';
import { lexicalFallbackSuite } from './lexicalFallbackSuite';
import { countingEmbedder, type MatchingPlatform, MODEL_DIR, openMatchingPlatform } from './testPlatform';

const CATL = '91350900587527783P';
const demand = (over: Record<string, unknown> = {}) => ({
  enterpriseName: '宁德时代新能源科技股份有限公司',
  creditCode: CATL,
  title: '提高锂电池正极材料能量密度',
  problem: '我们想把锂电池正极材料的能量密度提高10%，预算50万，希望独占许可',
  preferredModes: ['exclusive_licence'],
  contactName: '王经理',
  contactEmail: 'wang@example.cn',
  ...over,
});

/** The runtime closes the database it was given; a restart test needs the same database twice. */
function keepOpen(db: Database): Database {
  return { ...db, close: async () => {} };
}

async function enterprise(m: MatchingPlatform, db: Database) {
  const user = await createUser(db, { kind: 'enterprise' });
  await db.query('UPDATE organisations SET credit_code = $2 WHERE id = $1', [user.organisationId, CATL]);
  return m.login(user);
}

describe('without the model the platform runs lexical-only, says so, and never crashes', () => {
  lexicalFallbackSuite(
    'an empty model directory',
    () => {},
    /not found .*missing .*model_quantized\.onnx.*npm run model:fetch/,
  );
});

for (const engine of ENGINES) {
  describe(`a restart does not re-embed [${engine}]`, () => {
    let db: Database;
    let dataDir: string;
    let real: Awaited<ReturnType<typeof loadEmbedder>>['embedder'];
    beforeAll(async () => {
      db = await freshDatabase(engine);
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-restart-'));
      const loaded = await loadEmbedder(MODEL_DIR);
      if (loaded.reason) throw new Error(loaded.reason);
      real = loaded.embedder;
    });
    afterAll(async () => {
      await real?.close();
      await db?.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('patents and demands embedded once; the ANN graph is loaded, not rebuilt; only a changed patent is embedded again', async () => {
      const first = countingEmbedder(real!);
      const m1 = await openMatchingPlatform(keepOpen(db), { dataDir, embedder: first.embedder });
      const s1 = m1.runtime.matching;
      while ((await s1.index.embedPending({ max: 256 })) > 0) {}
      const patents = s1.index.store.size;
      expect(first.count()).toBe(patents);
      const headers = await enterprise(m1, db);
      const created = await m1.app.inject({
        method: 'POST',
        url: '/api/v1/demands',
        headers,
        payload: demand(),
      });
      const demandId = (created.json() as { id: number }).id;
      await s1.demands.catchUp();
      expect(await s1.demands.embedPending(first.embedder)).toBe(1);
      const top = async (m: MatchingPlatform) =>
        (
          (
            await m.app.inject({
              method: 'GET',
              url: `/api/v1/demands/${demandId}/matches?limit=10`,
              headers,
            })
          ).json() as {
            items: { patent: { id: number }; score: number }[];
          }
        ).items.map((i) => [i.patent.id, i.score]);
      const before = await top(m1);
      const embeddedBefore = first.count();
      await m1.close(false);

      const second = countingEmbedder(real!);
      const m2 = await openMatchingPlatform(keepOpen(db), {
        dataDir,
        embedder: second.embedder,
        seed: false,
      });
      const s2 = m2.runtime.matching;
      expect(s2.index.file.opened).toMatchObject({
        from: 'log',
        ann: 'loaded',
        annBatchesAfter: 0,
        tornBytes: 0,
      });
      expect(s2.index.store.size).toBe(patents);
      expect(s2.index.store.vectorCount).toBe(patents);
      expect(s2.demands.get(demandId)?.vector).not.toBeNull();
      expect(await s2.index.embedPending()).toBe(0);
      expect(await s2.demands.embedPending(second.embedder)).toBe(0);
      // The matches are computed from the stored vectors: same list, same scores, nothing embedded.
      // Sessions live in the database: the same cookie works with the restarted app.
      const headers2 = headers;
      const after = (
        (
          await m2.app.inject({
            method: 'GET',
            url: `/api/v1/demands/${demandId}/matches?limit=10`,
            headers: headers2,
          })
        ).json() as {
          items: { patent: { id: number }; score: number }[];
        }
      ).items.map((i) => [i.patent.id, i.score]);
      expect(after).toEqual(before);
      expect(second.count()).toBe(0);
      expect(embeddedBefore).toBe(patents + 1);

      // One re-worded patent: exactly one text to embed.
      const changed = before[0]![0]!;
      await db.query(
        "UPDATE patents SET title = title || '（修订）', change_seq = nextval('catalogue_change_seq') WHERE id = $1",
        [changed],
      );
      await s2.catchUp();
      expect(s2.index.store.size - s2.index.store.vectorCount).toBe(1);
      expect(await s2.index.embedPending()).toBe(1);
      expect(second.count()).toBe(1);
      await m2.close(false);

      // The graph saved at that close covers the new batches too: the next start adds nothing to it.
      const third = countingEmbedder(real!);
      const m3 = await openMatchingPlatform(keepOpen(db), { dataDir, embedder: third.embedder, seed: false });
      expect(m3.runtime.matching.index.file.opened).toMatchObject({ ann: 'loaded', annBatchesAfter: 0 });
      expect(await m3.runtime.matching.index.embedPending()).toBe(0);
      expect(third.count()).toBe(0);
      await m3.close(false);
    });
  });
}

describe('the server without a model: starts, says lexical-only, runs its jobs, stops cleanly', () => {
  it('startServer with ZHUANHUA_MODEL_DIR pointing at an empty directory', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-server-nomodel-'));
    const modelDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-server-nomodel-models-'));
    const { startServer } = await import('../../server');
    const { loadConfig } = await import('../../platform/config');
    const config = {
      ...loadConfig({
        ZHUANHUA_DATA_DIR: dataDir,
        ZHUANHUA_MODEL_DIR: modelDir,
        ZHUANHUA_SEED: 'none',
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_LEVEL: 'silent',
      }),
      databaseUrl: undefined,
    };
    const server = await startServer({
      config,
      env: { ZHUANHUA_ADMIN_EMAIL: 'admin@example.test', ZHUANHUA_ADMIN_PASSWORD: 'Correct-Horse-Battery-9' },
    });
    try {
      const status = (await (await fetch(`${server.url}/api/v1/matching/status`)).json()) as {
        mode: string;
        reason: string;
      };
      expect(status.mode).toBe('lexical');
      expect(status.reason).toMatch(/not found/);
      const query = await fetch(`${server.url}/api/v1/matching/query`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: '锂电池正极材料' }),
      });
      expect(query.status).toBe(200);
    } finally {
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(modelDir, { recursive: true, force: true });
    }
  }, 180_000);
});
