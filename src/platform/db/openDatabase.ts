import path from 'node:path';
import type { PlatformConfig } from '../config';
import type { Database } from './database';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

/** PostgreSQL when `DATABASE_URL` is set, otherwise the embedded PGlite database in `<dataDir>/pgdata`. */
export async function openDatabase(
  config: Pick<PlatformConfig, 'dataDir' | 'databaseUrl'>,
): Promise<Database> {
  if (config.databaseUrl) return openPostgres({ connectionString: config.databaseUrl });
  return openPglite({ dataDir: path.join(config.dataDir, 'pgdata') });
}
