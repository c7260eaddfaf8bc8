import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../test/support/auth';
import { freshDatabase } from '../../../test/support/databases';
import type { Database } from '../../platform/db/database';
import { type MatchingPlatform, openMatchingPlatform } from './testPlatform';

/**
 * Test suite (imported by the fallback tests): with a model directory prepared by `prepare`, matching runs
 * lexical-only, the status says so with a reason matching `why`, and every matching route still answers.
 */
const CATL = '91350900587527783P';
const demand = () => ({
  enterpriseName: '宁德时代新能源科技股份有限公司',
  creditCode: CATL,
  title: '提高锂电池正极材料能量密度',
  problem: '我们想把锂电池正极材料的能量密度提高10%，预算50万，希望独占许可',
  preferredModes: ['exclusive_licence'],
  contactName: '王经理',
  contactEmail: 'wang@example.cn',
});

async function enterprise(m: MatchingPlatform, db: Database) {
  const user = await createUser(db, { kind: 'enterprise' });
  await db.query('UPDATE organisations SET credit_code = $2 WHERE id = $1', [user.organisationId, CATL]);
  return m.login(user);
}

export function lexicalFallbackSuite(name: string, prepare: (modelDir: string) => void, why: RegExp): void {
  describe(name, () => {
    let m: MatchingPlatform;
    let db: Database;
    let modelDir: string;
    let headers: Record<string, string>;
    const errors: unknown[] = [];
    beforeAll(async () => {
      modelDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-no-model-'));
      prepare(modelDir);
      db = await freshDatabase('pglite');
      m = await openMatchingPlatform(db, { modelDir });
      headers = await enterprise(m, db);
    });
    afterAll(async () => {
      await m?.close();
      fs.rmSync(modelDir, { recursive: true, force: true });
    });

    it('the status says lexical and why, in both languages', async () => {
      const s = (await m.app.inject({ method: 'GET', url: '/api/v1/matching/status' })).json() as {
        mode: string;
        reason: string;
        message: { zh: string; en: string };
        embedded: number;
        patents: number;
      };
      expect(s.mode).toBe('lexical');
      expect(s.reason).toMatch(why);
      expect(s.message.zh).toMatch(/仅关键词匹配/);
      expect(s.message.en).toMatch(/Keyword matching only/);
      expect(s.embedded).toBe(0);
      expect(s.patents).toBeGreaterThan(500);
    });

    it('the background round catches up and embeds nothing, without an error', async () => {
      m.runtime.matching.startBackground(60_000, (err) => errors.push(err));
      await m.runtime.matching.idle();
      m.runtime.matching.stopBackground();
      expect(errors).toEqual([]);
      expect(m.runtime.matching.index.store.vectorCount).toBe(0);
    });

    it('demand matches, free-text matches and reverse matches still work, by keywords', async () => {
      const created = await m.app.inject({
        method: 'POST',
        url: '/api/v1/demands',
        headers,
        payload: demand(),
      });
      expect(created.statusCode, created.body).toBe(201);
      const id = (created.json() as { id: number }).id;
      const r = (
        await m.app.inject({ method: 'GET', url: `/api/v1/demands/${id}/matches`, headers })
      ).json() as {
        mode: string;
        modeMessage: { zh: string };
        embeddingMs: number;
        predicted: { subclass: string }[];
        items: {
          patent: { id: number; title: string };
          text: { similarity: number | null; denseRank: number | null };
          reasons: { kind: string }[];
        }[];
      };
      expect(r.mode).toBe('lexical');
      expect(r.modeMessage.zh).toMatch(/仅关键词匹配/);
      expect(r.embeddingMs).toBe(0);
      expect(r.predicted[0]!.subclass).toBe('H01M');
      expect(r.items.length).toBeGreaterThan(5);
      expect(r.items[0]!.patent.title).toMatch(/正极|锂|电池/);
      for (const i of r.items) {
        expect(i.text.similarity).toBeNull();
        expect(i.text.denseRank).toBeNull();
        expect(i.reasons.map((x) => x.kind)).not.toContain('semantic');
      }
      const q = await m.app.inject({
        method: 'POST',
        url: '/api/v1/matching/query',
        payload: { text: '锂电池正极材料' },
      });
      expect(q.statusCode).toBe(200);
      expect((q.json() as { mode: string; items: unknown[] }).mode).toBe('lexical');
      const reverse = await m.app.inject({
        method: 'GET',
        url: `/api/v1/patents/${r.items[0]!.patent.id}/matching-demands`,
      });
      expect(reverse.statusCode).toBe(200);
      expect(
        (reverse.json() as { items: { demand: { id: number } }[] }).items.map((i) => i.demand.id),
      ).toContain(id);
      const row = await db.query<{ embedding: Uint8Array | null }>(
        'SELECT embedding FROM demands WHERE id = $1',
        [id],
      );
      expect(row.rows[0]!.embedding).toBeNull();
    });
  });
}
