import fs from 'node:fs';
import { PGlite, type Transaction as PgliteTx } from '@electric-sql/pglite';
import { type Database, PG_TYPE, parseInt8, type QueryResult, type Transaction } from './database';

const parsers = {
  [PG_TYPE.INT8]: parseInt8,
  [PG_TYPE.DATE]: (v: string) => v,
  [PG_TYPE.NUMERIC]: (v: string) => v,
};

function wrap(q: PGlite | PgliteTx): Transaction {
  return {
    async query<R>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
      const res = await q.query<R>(sql, params as unknown[] | undefined);
      // PGlite reports affectedRows 0 for SELECT; pg reports the row count. Align on pg's meaning.
      return { rows: res.rows, rowCount: res.fields.length > 0 ? res.rows.length : (res.affectedRows ?? 0) };
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  };
}

export interface PgliteOptions {
  /** Data directory on disk; omit for an in-memory database. */
  dataDir?: string;
  /** A data-directory dump (from `dump()`) to start from: tests load a migrated template this way. */
  loadDataDir?: Blob;
}

export interface PgliteDatabase extends Database {
  /** A tarball of the whole data directory, loadable with `loadDataDir`. */
  dump(): Promise<Blob>;
}

export async function openPglite(options: PgliteOptions = {}): Promise<PgliteDatabase> {
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
  const pg = await PGlite.create(options.dataDir, {
    parsers,
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const base = wrap(pg);
  return {
    kind: 'pglite',
    query: base.query,
    exec: base.exec,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close(),
    dump: async () => (await pg.dumpDataDir('none')) as Blob,
  };
}
