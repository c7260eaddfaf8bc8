import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Database } from '../../platform/db/database';
import type { HttpServer } from '../../platform/http/httpServer';
import { requestLanguage } from '../../platform/http/problem';
import { LEGAL_STATUS_LABEL, LEGAL_STATUSES } from '../patents/legalStatus';
import { PATENT_TYPE_LABEL, PATENT_TYPES } from '../patents/patentType';
import type { ReferenceCatalog } from '../reference';
import type { CatalogueIndex } from './catalogueIndex';
import { facetLabel } from './labels';
import { FILTER_FACETS, SORTS, searchCatalogue } from './searchService';

export interface CatalogueDeps {
  db: Database;
  index: CatalogueIndex;
  reference: ReferenceCatalog;
}

/** A query parameter that may be repeated (`type=invention&type=design`): OR within the facet. */
const multi = (max = 100) =>
  z.preprocess(
    (v) => (v === undefined || v === '' ? undefined : Array.isArray(v) ? v : [v]),
    z.array(z.string().trim().min(1).max(max)).max(50).optional(),
  );

const facetValue = z.object({ value: z.string(), label: z.string(), count: z.number().int() });

export const searchQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(500)
    .default('')
    .describe('中文检索词（标题、摘要、主权项），或任意形式的申请号/公开号'),
  ...Object.fromEntries(FILTER_FACETS.map((f) => [f, multi()])),
  sort: z.enum(SORTS).default('relevance'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  lang: z.enum(['zh', 'en']).optional(),
});

const hitSchema = z.object({
  id: z.number().int(),
  applicationNumber: z.string().nullable(),
  publicationNumber: z.string().nullable(),
  grantNumber: z.string().nullable(),
  type: z.enum(PATENT_TYPES),
  title: z.string(),
  titleHighlight: z.string().describe('HTML-escaped title; only <mark> tags'),
  snippet: z.string().describe('HTML-escaped abstract window; only <mark> tags'),
  score: z.number().nullable(),
  legalStatus: z.enum(LEGAL_STATUSES),
  legalStatusLabel: z.string(),
  filingDate: z.string().nullable(),
  grantDate: z.string().nullable(),
  mainIpc: z.string().nullable(),
  patentees: z.array(z.string()),
  regionName: z.string().nullable(),
});

const searchResultSchema = z.object({
  query: z.string(),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  tookMs: z.number(),
  exactMatch: z.boolean(),
  relaxed: z.boolean(),
  terms: z.array(z.string()),
  items: z.array(hitSchema),
  facets: z.object(Object.fromEntries(FILTER_FACETS.map((f) => [f, z.array(facetValue)]))),
});

const overviewSchema = z.object({
  patents: z.number().int(),
  inForce: z.number().int(),
  organisations: z.number().int(),
  universities: z.number().int(),
  byType: z.array(facetValue),
  byLegalStatus: z.array(facetValue),
  bySection: z.array(facetValue),
  bySei: z.array(facetValue),
  byProvince: z.array(facetValue),
  latestImports: z.array(
    z.object({
      id: z.number().int(),
      fileName: z.string(),
      status: z.string(),
      accepted: z.number().int(),
      rejectedCount: z.number().int(),
      startedAt: z.string(),
    }),
  ),
  indexedDocuments: z.number().int(),
});

export async function catalogueRoutes(app: HttpServer, deps: CatalogueDeps): Promise<void> {
  const { db, index, reference } = deps;

  app.get(
    '/patents/search',
    {
      schema: {
        tags: ['catalogue'],
        summary: '专利目录检索 Search the patent catalogue',
        description:
          'BM25 ranking on jieba-segmented title (×3), abstract and first claim; filters are OR within a facet, AND across facets; facet counts cover the whole result (drill-sideways). A query that is a patent number returns that patent.',
        querystring: searchQuerySchema,
        response: { 200: searchResultSchema },
      },
    },
    async (request, reply) => {
      // The answer depends only on the index version, the query and the language; the body also carries the
      // time taken, so a hash of the body would never repeat. An ETag from the inputs lets clients revalidate.
      const lang = requestLanguage(request);
      const tag = createHash('sha1').update(`${request.url}|${lang}`).digest('base64url').slice(0, 16);
      reply.header('etag', `W/"s${index.watermark}-${tag}"`);
      const q = request.query;
      const filters = Object.fromEntries(
        FILTER_FACETS.map((f) => [f, (q as Record<string, unknown>)[f] as string[] | undefined]),
      );
      return searchCatalogue(db, index, reference, {
        q: q.q,
        filters,
        sort: q.sort,
        page: q.page,
        pageSize: q.pageSize,
        lang,
      });
    },
  );

  app.get(
    '/stats/overview',
    {
      schema: {
        tags: ['catalogue'],
        summary: '目录概况 Headline figures of the catalogue',
        querystring: z.object({ lang: z.enum(['zh', 'en']).optional() }),
        response: { 200: overviewSchema },
      },
    },
    async (request) => {
      const lang = requestLanguage(request);
      const all = index.search({
        filters: {},
        facets: ['type', 'legalStatus', 'ipcSection', 'sei', 'province'],
        facetTop: { type: 5, legalStatus: 10, ipcSection: 8, sei: 60, province: 40 },
        limit: 0,
      });
      const label = (facet: string) => (v: { value: string; count: number }) => ({
        ...v,
        label: facetLabel(facet, v.value, lang, reference, new Map()),
      });
      const counts = await db.query<{ organisations: number; universities: number }>(
        `SELECT count(*)::int AS organisations, count(*) FILTER (WHERE kind = 'university')::int AS universities
           FROM organisations`,
      );
      const imports = await db.query<{
        id: number;
        file_name: string;
        status: string;
        accepted: number;
        rejected_count: number;
        started_at: Date;
      }>(
        `SELECT id, file_name, status, accepted, jsonb_array_length(rejected) AS rejected_count, started_at
           FROM import_runs ORDER BY id DESC LIMIT 5`,
      );
      const byLegalStatus = (all.facets.legalStatus ?? []).map(label('legalStatus'));
      return {
        patents: all.total,
        inForce: byLegalStatus.find((s) => s.value === 'in_force')?.count ?? 0,
        organisations: counts.rows[0]!.organisations,
        universities: counts.rows[0]!.universities,
        byType: (all.facets.type ?? []).map(label('type')),
        byLegalStatus,
        bySection: (all.facets.ipcSection ?? []).map(label('ipcSection')),
        bySei: (all.facets.sei ?? []).filter((v) => !v.value.includes('.')).map(label('sei')),
        byProvince: (all.facets.province ?? []).map(label('province')),
        latestImports: imports.rows.map((r) => ({
          id: r.id,
          fileName: r.file_name,
          status: r.status,
          accepted: r.accepted,
          rejectedCount: r.rejected_count,
          startedAt: r.started_at.toISOString(),
        })),
        indexedDocuments: index.size,
      };
    },
  );

  // Labels for facet values the client needs without a search (e.g. legend of a chart).
  app.get(
    '/catalogue/vocabulary',
    {
      schema: {
        tags: ['catalogue'],
        summary: '枚举值与名称 Enumerations with labels',
        querystring: z.object({ lang: z.enum(['zh', 'en']).optional() }),
        response: {
          200: z.object({
            types: z.array(z.object({ value: z.string(), label: z.string() })),
            legalStatuses: z.array(z.object({ value: z.string(), label: z.string() })),
          }),
        },
      },
    },
    async (request) => {
      const lang = requestLanguage(request);
      return {
        types: PATENT_TYPES.map((t) => ({ value: t, label: PATENT_TYPE_LABEL[t][lang] })),
        legalStatuses: LEGAL_STATUSES.map((s) => ({ value: s, label: LEGAL_STATUS_LABEL[s][lang] })),
      };
    },
  );
}
