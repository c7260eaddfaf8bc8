import { seedReferenceData } from '../../src/features/reference/seed';
import type { Database } from '../../src/platform/db/database';

/** Data every test database starts with, beyond the schema (reference code lists). */
export async function prepareTemplate(db: Database): Promise<void> {
  await seedReferenceData(db);
}
