import type { Database } from '../../src/platform/db/database';

/** Data every test database starts with, beyond the schema (reference code lists). */
export async function prepareTemplate(_db: Database): Promise<void> {}
