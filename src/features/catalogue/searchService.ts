import type { Database } from '../../platform/db/database';
import type { Language } from '../../platform/http/problem';
import { LEGAL_STATUS_LABEL, type LegalStatus } from '../patents/legalStatus';
import { parseNumberQuery } from '../patents/lookup';
import type { PatentType } from '../patents/patentType';
import type { ReferenceCatalog } from '../reference';
import type { SortSpec } from '../search/bm25fIndex';
import { highlight, snippet } from '../search/snippet';
import type { CatalogueIndex } from './catalogueIndex';
import { facetLabel, regionName } from './labels';

export const FILTER_FACETS = [
  'type',
  'legalStatus',
  'ipcSection',
  'ipcClass',
  'sei',
  'province',
  'city',
  'applicantType',
  'organisation',
  'filingYear',
  'industry',
  'trl',
] as const;
export type FilterFacet = (typeof FILTER_FACETS)[number];

export const SORTS = ['relevance', 'filingDate', '-filingDate', 'grantDate', '-grantDate'] as const;
export type CatalogueSort = (typeof SORTS)[number];

export interface CatalogueQuery {
  q: string;
  filters: Partial<Record<FilterFacet, string[]>>;
  sort: CatalogueSort;
  page: number;
  pageSize: number;
  lang: Language;
}

export interface CatalogueHit {
  id: number;
  applicationNumber: string | null;
  publicationNumber: string | null;
  grantNumber: string | null;
  type: PatentType;
  title: string;
  titleHighlight: string;
  snippet: string;
  score: number | null;
  legalStatus: LegalStatus;
  legalStatusLabel: string;
  filingDate: string | null;
  grantDate: string | null;
  mainIpc: string | null;
  patentees: string[];
  regionName: string | null;
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface CatalogueResult {
  query: string;
  total: number;
  page: number;
  pageSize: number;
  tookMs: number;
  /** The query was a patent number and named exactly this patent. */
  exactMatch: boolean;
  /** No patent held every term, so patents holding any of them are shown. */
  relaxed: boolean;
  terms: string[];
  items: CatalogueHit[];
  facets: Record<FilterFacet, FacetValue[]>;
}

const FACET_TOP: Partial<Record<FilterFacet, number>> = {
  ipcClass: 30,
  sei: 50,
  province: 40,
  city: 30,
  organisation: 20,
  filingYear: 40,
  industry: 20,
};

function sortSpec(sort: CatalogueSort): SortSpec {
  if (sort === 'relevance') return 'relevance';
  return { key: sort.replace('-', ''), order: sort.startsWith('-') ? 'desc' : 'asc' };
}

interface HitRow {
  id: number;
  application_number: string | null;
  publication_number: string | null;
  grant_number: string | null;
  patent_type: PatentType;
  title: string;
  /** the abstract, or the first claim where there is none: the snippet's text */
  body: string | null;
  legal_status: LegalStatus;
  filing_date: string | null;
  grant_date: string | null;
  main_ipc: string | null;
  patentees: string[];
  applicants: string[];
  region_code: string | null;
}

/**
 * Catalogue search: ranking, filters and facet counts in the in-process index; the database only supplies
 * the page of rows to show (by primary key). A query that is a patent number looks the patent up exactly.
 */
export async function searchCatalogue(
  db: Database,
  index: CatalogueIndex,
  ref: ReferenceCatalog,
  query: CatalogueQuery,
): Promise<CatalogueResult> {
  const started = performance.now();
  const filters = Object.fromEntries(
    Object.entries(query.filters).filter(([, v]) => v && v.length > 0),
  ) as Record<string, string[]>;
  const offset = (query.page - 1) * query.pageSize;
  let exactMatch = false;
  let relaxed = false;

  const number = parseNumberQuery(query.q);
  let hits: { key: number; score: number }[] = [];
  let total = 0;
  let terms: string[] = [];
  let facetCounts: Record<string, { value: string; count: number }[]> = {};
  if (number.kind !== 'none') {
    const { rows } = await db.query<{ id: number }>(
      number.kind === 'application'
        ? 'SELECT id FROM patents WHERE application_number = $1'
        : 'SELECT id FROM patents WHERE publication_number = $1 OR grant_number = $1',
      [number.canonical],
    );
    if (rows[0]) {
      exactMatch = true;
      hits = [{ key: rows[0].id, score: 0 }];
      total = 1;
    }
  }
  if (!exactMatch) {
    const request = {
      text: query.q,
      filters,
      facets: [...FILTER_FACETS],
      facetTop: { ...Object.fromEntries(FILTER_FACETS.map((f) => [f, 20])), ...FACET_TOP },
      sort: sortSpec(query.sort),
      offset,
      limit: query.pageSize,
    };
    let result = index.search({ ...request, match: 'all' });
    if (result.total === 0 && result.terms.length > 1) {
      result = index.search({ ...request, match: 'any' });
      relaxed = result.total > 0;
    }
    hits = result.hits;
    total = result.total;
    terms = result.terms;
    facetCounts = result.facets;
  }

  const { rows } = await db.query<HitRow>(
    `SELECT id, application_number, publication_number, grant_number, patent_type, title,
            COALESCE(abstract, first_claim) AS body,
            legal_status, filing_date, grant_date, main_ipc, patentees, applicants, region_code
       FROM patents WHERE id = ANY($1::bigint[])`,
    [hits.map((h) => h.key)],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items: CatalogueHit[] = [];
  for (const h of hits) {
    const r = byId.get(h.key);
    if (!r) continue; // deleted since the index saw it
    items.push({
      id: r.id,
      applicationNumber: r.application_number,
      publicationNumber: r.publication_number,
      grantNumber: r.grant_number,
      type: r.patent_type,
      title: r.title,
      titleHighlight: highlight(r.title, terms).html,
      snippet: snippet(r.body ?? '', terms, { window: 160 }).html,
      score: exactMatch || terms.length === 0 ? null : Math.round(h.score * 1000) / 1000,
      legalStatus: r.legal_status,
      legalStatusLabel: LEGAL_STATUS_LABEL[r.legal_status]?.[query.lang] ?? r.legal_status,
      filingDate: r.filing_date,
      grantDate: r.grant_date,
      mainIpc: r.main_ipc,
      patentees: r.patentees.length ? r.patentees : r.applicants,
      regionName: regionName(r.region_code, ref),
    });
  }

  const orgIds = (facetCounts.organisation ?? []).map((f) => Number(f.value));
  const orgNames = new Map<string, string>();
  if (orgIds.length) {
    const orgs = await db.query<{ id: number; name: string }>(
      'SELECT id, name FROM organisations WHERE id = ANY($1::bigint[])',
      [orgIds],
    );
    for (const o of orgs.rows) orgNames.set(String(o.id), o.name);
  }
  const facets = Object.fromEntries(
    FILTER_FACETS.map((f) => [
      f,
      (facetCounts[f] ?? []).map((v) => ({
        value: v.value,
        count: v.count,
        label: facetLabel(f, v.value, query.lang, ref, orgNames),
      })),
    ]),
  ) as Record<FilterFacet, FacetValue[]>;

  return {
    query: query.q,
    total,
    page: query.page,
    pageSize: query.pageSize,
    tookMs: Math.round((performance.now() - started) * 10) / 10,
    exactMatch,
    relaxed,
    terms,
    items,
    facets,
  };
}
