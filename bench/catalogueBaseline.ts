/**
 * The naive SQL baselines the catalogue benchmark compares the in-process engine with, on the same database
 * and the same data:
 * - `ilike`: every query term as `ILIKE '%term%'` over title and abstract (all terms must match), ranked by a
 *   crude relevance (3 per title match + 1 per abstract match), `LIMIT 20`, then the total and two facet counts
 *   (patent type, legal status) in one `GROUP BY GROUPING SETS` statement;
 * - `fts`: PostgreSQL full-text search with the `simple` configuration over jieba-segmented text (the same
 *   tokens the engine indexes: title weighted A, abstract + first claim D), a GIN index, `ts_rank` ordering,
 *   `LIMIT 20`, the same count and facet counts. The tsvector lives in a side table `bench_fts (id, tsv)`
 *   keyed by patent id (the migrations are not touched); searches join it to `patents`.
 * Both use the engine's query segmentation (`tokenizeQuery`), so the three answer the same question.
 */
import type { FilterFacet } from '../src/features/catalogue/searchService';
import { tokenizeForIndex, tokenizeQuery } from '../src/features/search/segment';
import type { Database, Queryable } from '../src/platform/db/database';
import type { BenchQuery } from './catalogueQueries';

export type BaselineKind = 'ilike' | 'fts';

export interface BaselineAnswer {
  total: number;
  ids: number[];
  facets: { type: Record<string, number>; legalStatus: Record<string, number> };
}

export interface FtsBuildReport {
  rows: number;
  tokenizeSeconds: number;
  insertSeconds: number;
  ginIndexSeconds: number;
  analyzeSeconds: number;
  totalSeconds: number;
  /** bench_fts with its GIN index and TOAST */
  tableBytes: number;
}

const PAGE = 2_000;

/** Creates and fills `bench_fts` from the patents table, then builds its GIN index. */
export async function buildFtsBaseline(
  db: Database,
  onProgress?: (rows: number) => void,
): Promise<FtsBuildReport> {
  const started = performance.now();
  await db.exec(
    'DROP TABLE IF EXISTS bench_fts; CREATE TABLE bench_fts (id bigint PRIMARY KEY, tsv tsvector NOT NULL)',
  );
  let tokenizeMs = 0;
  let insertMs = 0;
  let last = 0;
  let rows = 0;
  for (;;) {
    const page = await db.query<{
      id: number;
      title: string;
      abstract: string | null;
      first_claim: string | null;
    }>('SELECT id, title, abstract, first_claim FROM patents WHERE id > $1 ORDER BY id LIMIT $2', [
      last,
      PAGE,
    ]);
    if (page.rows.length === 0) break;
    const t0 = performance.now();
    const ids: number[] = [];
    const titles: string[] = [];
    const bodies: string[] = [];
    for (const r of page.rows) {
      ids.push(r.id);
      titles.push(tokenizeForIndex(r.title).join(' '));
      bodies.push(
        [...tokenizeForIndex(r.abstract ?? ''), ...tokenizeForIndex(r.first_claim ?? '')].join(' '),
      );
    }
    const t1 = performance.now();
    await db.query(
      `INSERT INTO bench_fts (id, tsv)
       SELECT id, setweight(to_tsvector('simple', t), 'A') || to_tsvector('simple', b)
         FROM unnest($1::bigint[], $2::text[], $3::text[]) AS r(id, t, b)`,
      [ids, titles, bodies],
    );
    tokenizeMs += t1 - t0;
    insertMs += performance.now() - t1;
    rows += page.rows.length;
    last = page.rows.at(-1)!.id;
    onProgress?.(rows);
  }
  const g0 = performance.now();
  await db.exec('CREATE INDEX bench_fts_tsv ON bench_fts USING gin (tsv)');
  const g1 = performance.now();
  await db.exec('ANALYZE bench_fts; ANALYZE patents');
  const g2 = performance.now();
  const size = await db.query<{ bytes: number }>(
    "SELECT pg_total_relation_size('bench_fts')::bigint AS bytes",
  );
  return {
    rows,
    tokenizeSeconds: round(tokenizeMs / 1000),
    insertSeconds: round(insertMs / 1000),
    ginIndexSeconds: round((g1 - g0) / 1000),
    analyzeSeconds: round((g2 - g1) / 1000),
    totalSeconds: round((performance.now() - started) / 1000),
    tableBytes: size.rows[0]!.bytes,
  };
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** WHERE conditions for the benchmark's facet filters, as the catalogue's facets define them (catalogueIndex.ts). */
function filterSql(filters: BenchQuery['filters'], params: unknown[]): string[] {
  const conditions: string[] = [];
  for (const [facet, values] of Object.entries(filters ?? {}) as [FilterFacet, string[]][]) {
    if (!values?.length) continue;
    params.push(values);
    const p = `$${params.length}::text[]`;
    switch (facet) {
      case 'type':
        conditions.push(`p.patent_type = ANY(${p})`);
        break;
      case 'legalStatus':
        conditions.push(`p.legal_status = ANY(${p})`);
        break;
      case 'applicantType':
        conditions.push(`p.applicant_type = ANY(${p})`);
        break;
      case 'province':
        conditions.push(`left(p.region_code, 2) = ANY(${p})`);
        break;
      case 'ipcSection':
        conditions.push(`EXISTS (SELECT 1 FROM unnest(p.ipc_codes) c WHERE left(c, 1) = ANY(${p}))`);
        break;
      default:
        throw new Error(`the baseline does not implement the ${facet} filter`);
    }
  }
  return conditions;
}

function orderSql(sort: BenchQuery['sort'], relevance: string): string {
  switch (sort ?? 'relevance') {
    case 'relevance':
      return `${relevance} DESC, p.id`;
    case 'filingDate':
      return 'p.filing_date ASC NULLS LAST, p.id';
    case '-filingDate':
      return 'p.filing_date DESC NULLS LAST, p.id';
    case 'grantDate':
      return 'p.grant_date ASC NULLS LAST, p.id';
    case '-grantDate':
      return 'p.grant_date DESC NULLS LAST, p.id';
    default:
      throw new Error(`unknown sort ${sort}`);
  }
}

const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * One baseline search: the first page of 20 (ids, titles), then the total and two facet counts in one
 * aggregate statement (two scans of the matches), in one transaction (`statementTimeoutMs` applies to each on a PostgreSQL server; the embedded
 * database cannot interrupt a statement).
 */
export async function baselineSearch(
  db: Database,
  kind: BaselineKind,
  query: BenchQuery,
  statementTimeoutMs: number | null,
): Promise<BaselineAnswer> {
  const terms = tokenizeQuery(query.q);
  if (terms.length === 0) return { total: 0, ids: [], facets: { type: {}, legalStatus: {} } };
  const params: unknown[] = [];
  let from: string;
  let match: string[];
  let relevance: string;
  if (kind === 'fts') {
    params.push(terms.join(' '));
    from = `bench_fts f JOIN patents p ON p.id = f.id, plainto_tsquery('simple', $1) q`;
    match = ['f.tsv @@ q'];
    relevance = 'ts_rank(f.tsv, q)';
  } else {
    from = 'patents p';
    match = [];
    const score: string[] = [];
    for (const t of terms) {
      params.push(likePattern(t));
      const p = `$${params.length}`;
      match.push(`(p.title ILIKE ${p} OR p.abstract ILIKE ${p})`);
      score.push(
        `(CASE WHEN p.title ILIKE ${p} THEN 3 ELSE 0 END + CASE WHEN p.abstract ILIKE ${p} THEN 1 ELSE 0 END)`,
      );
    }
    relevance = `(${score.join(' + ')})`;
  }
  const where = [...match, ...filterSql(query.filters, params)].join(' AND ');
  const run = async (q: Queryable) => {
    if (statementTimeoutMs !== null && db.kind === 'postgres') {
      await q.query(`SET LOCAL statement_timeout = ${Math.round(statementTimeoutMs)}`);
    }
    const page = await q.query<{ id: number; title: string }>(
      `SELECT p.id, p.title FROM ${from} WHERE ${where} ORDER BY ${orderSql(query.sort, relevance)} LIMIT 20`,
      params,
    );
    // Total and both facets in one scan: the total is the sum of either grouping set.
    const groups = await q.query<{ t: string | null; s: string | null; n: number }>(
      `SELECT p.patent_type AS t, p.legal_status AS s, count(*)::int AS n FROM ${from} WHERE ${where}
        GROUP BY GROUPING SETS ((p.patent_type), (p.legal_status))`,
      params,
    );
    const facets: BaselineAnswer['facets'] = { type: {}, legalStatus: {} };
    let total = 0;
    for (const g of groups.rows) {
      if (g.t !== null) {
        facets.type[g.t] = g.n;
        total += g.n;
      } else if (g.s !== null) facets.legalStatus[g.s] = g.n;
    }
    return { total, ids: page.rows.map((r) => r.id), facets };
  };
  return db.transaction(run);
}
