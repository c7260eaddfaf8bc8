import {
  type CatalogueHit,
  type CatalogueResult,
  searchCatalogue,
} from '../features/catalogue/searchService';
import { loadConfig } from '../platform/config';
import { currentOwner } from '../platform/dataDirLock';
import { CliError } from './output';
import { cliRuntime } from './runtimeForCli';

export interface SearchCommandOptions {
  limit: number;
  json: boolean;
}

/**
 * `zhuanhua search QUERY`: ranked hits from the catalogue. When a server owns the data directory, asks it
 * over HTTP (the embedded database admits one process); otherwise opens the data directory itself.
 */
export async function searchCommand(query: string, options: SearchCommandOptions): Promise<void> {
  const config = loadConfig();
  const owner = currentOwner(config.dataDir);
  let result: CatalogueResult;
  if (owner?.url) {
    const url = `${owner.url}/api/v1/patents/search?q=${encodeURIComponent(query)}&pageSize=${options.limit}`;
    const res = await fetch(url).catch((err: Error) => {
      throw new CliError(
        `无法连接运行中的平台 ${owner.url} / cannot reach the running platform: ${err.message}`,
      );
    });
    if (!res.ok) throw new CliError(`平台返回 HTTP ${res.status} / the platform answered HTTP ${res.status}`);
    result = (await res.json()) as CatalogueResult;
  } else {
    const runtime = await cliRuntime('search', { seedSamples: true });
    try {
      result = await searchCatalogue(runtime.db, runtime.catalogue, runtime.reference, {
        q: query,
        filters: {},
        sort: 'relevance',
        page: 1,
        pageSize: options.limit,
        lang: 'zh',
      });
    } finally {
      await runtime.close();
    }
  }
  const hits = result.items.map((h: CatalogueHit, i: number) => ({
    rank: i + 1,
    id: h.id,
    publicationNumber: h.publicationNumber ?? h.grantNumber,
    applicationNumber: h.applicationNumber,
    title: h.title,
    score: h.score,
    type: h.type,
    legalStatus: h.legalStatus,
  }));
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ query, total: result.total, hits }, null, 2)}\n`);
    return;
  }
  process.stdout.write(
    `「${query}」共 ${result.total} 件 / ${result.total} hits${result.relaxed ? '（部分词匹配 / any-term match）' : ''}\n`,
  );
  for (const h of hits) {
    const score = h.score === null ? '     -' : h.score.toFixed(3).padStart(6);
    process.stdout.write(
      `${String(h.rank).padStart(3)}. ${score}  ${(h.publicationNumber ?? '-').padEnd(14)} ${(h.applicationNumber ?? '-').padEnd(16)} ${h.title}\n`,
    );
  }
}
