import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import type { Database, EngineKind } from '../../src/platform/db/database';
import { openPglite } from '../../src/platform/db/pglite';
import { openPostgres } from '../../src/platform/db/postgres';
import { withDatabase } from './templateSetup';

/** PGlite always; PostgreSQL whenever `DATABASE_URL` is set (CI always sets it). */
export const ENGINES: EngineKind[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** A new database, migrated and seeded with the reference code lists, private to the caller. */
export async function freshDatabase(engine: EngineKind): Promise<Database> {
  if (engine === 'pglite') {
    const blob = new Blob([fs.readFileSync(inject('pgliteTemplate'))]);
    return openPglite({ loadDataDir: blob });
  }
  const { url, drop } = await freshPostgresDatabase();
  const db = await openPostgres({ connectionString: url, max: 4 });
  return {
    ...db,
    async close() {
      await db.close();
      await drop();
    },
  };
}

/**
 * A new database on the PostgreSQL server at `DATABASE_URL`, copied from the migrated and seeded template: its URL
 * (for a child process such as the CLI) and a function that drops it.
 */
export async function freshPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  const template = inject('postgresTemplate');
  if (!url || !template) throw new Error('DATABASE_URL is not set: no PostgreSQL server for the tests');
  const name = `zh_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        break;
      } catch (err) {
        // Another worker may be copying the template at this instant.
        if (attempt > 20 || !/being accessed by other users/.test(String(err))) throw err;
        await new Promise((r) => setTimeout(r, 100 + attempt * 50));
      }
    }
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(url, name),
    async drop() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * Declares the suite once per engine. Each engine's block gets its own fresh database, opened before
 * its tests and dropped after them.
 */
export function describeEachEngine(name: string, body: (db: () => Database, engine: EngineKind) => void) {
  for (const engine of ENGINES) {
    describe(`${name} [${engine}]`, () => {
      let db: Database | undefined;
      beforeAll(async () => {
        db = await freshDatabase(engine);
      });
      afterAll(async () => {
        await db?.close();
      });
      body(() => {
        if (!db) throw new Error('database not ready');
        return db;
      }, engine);
    });
  }
}
