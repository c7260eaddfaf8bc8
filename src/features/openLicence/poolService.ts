import * as repo from './repository';
import type { DeclarationView } from './schemas';
import type { OpenLicenceDeps } from './serviceContext';
import { declarationView } from './views';

/** The public open-licence pool: published declarations with their patents, filtered and paged. */
export async function listPool(
  deps: OpenLicenceDeps,
  filter: repo.PoolFilter,
  page: { page: number; pageSize: number },
): Promise<{ total: number; page: number; pageSize: number; items: DeclarationView[] }> {
  const { total, rows } = await repo.queryPool(deps.db, filter, {
    limit: page.pageSize,
    offset: (page.page - 1) * page.pageSize,
  });
  const regions = await repo.regionNames(deps.db, [...new Set(rows.flatMap((r) => r.territory))]);
  return {
    total,
    page: page.page,
    pageSize: page.pageSize,
    items: rows.map((r) => declarationView(r, r.patent, regions)),
  };
}

/** Every matching published declaration, newest first, up to `limit` (feeds and the CSV export). */
export async function poolItems(
  deps: OpenLicenceDeps,
  filter: repo.PoolFilter,
  limit: number,
): Promise<DeclarationView[]> {
  const items: DeclarationView[] = [];
  for (let page = 1; items.length < limit; page++) {
    const chunk = await listPool(deps, filter, { page, pageSize: Math.min(100, limit - items.length) });
    items.push(...chunk.items);
    if (chunk.items.length === 0 || items.length >= chunk.total) break;
  }
  return items;
}
