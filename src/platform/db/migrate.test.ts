import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/databases';
import { migrate, readMigrations } from './migrate';

describeEachEngine('migrations', (db) => {
  it('are all applied to a fresh database and re-running applies nothing', async () => {
    const rows = (
      await db().query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version')
    ).rows;
    expect(rows.map((r) => r.version)).toEqual(readMigrations().map((m) => m.version));
    expect(await migrate(db())).toEqual([]);
  });

  it('returns dates as calendar strings and bigints as numbers on both engines', async () => {
    const { rows } = await db().query<{ d: string; n: number; a: string[] }>(
      "SELECT DATE '2021-06-01' AS d, 9007199254740991::bigint AS n, ARRAY['a','b']::text[] AS a",
    );
    expect(rows[0]).toEqual({ d: '2021-06-01', n: 9007199254740991, a: ['a', 'b'] });
  });

  it('rolls a failed transaction back completely', async () => {
    await db().query('CREATE TABLE tx_probe (x int PRIMARY KEY)');
    await expect(
      db().transaction(async (tx) => {
        await tx.query('INSERT INTO tx_probe VALUES (1)');
        await tx.query('INSERT INTO tx_probe VALUES (1)');
      }),
    ).rejects.toThrow();
    expect((await db().query('SELECT * FROM tx_probe')).rowCount).toBe(0);
  });
});
