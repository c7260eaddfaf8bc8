import { z } from 'zod';
import type { Queryable } from '../../platform/db/database';
import type { HttpServer } from '../../platform/http/httpServer';
import { problem } from '../../platform/http/problem';
import type { ReferenceCatalog } from './catalog';
import { INDUSTRY_LEVELS } from './industry';
import { IPC_LEVELS, parseIpc } from './ipc';
import { industries, ipcEntry, regions, searchIpcCodes, seiMatch } from './service';

export interface ReferenceDeps {
  db: Queryable;
  /** Built once at start-up with loadReferenceCatalog(db), after seedReferenceData(db). */
  catalog: ReferenceCatalog;
}

const TAGS = ['reference'];

const pageQuery = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
};

const text = z.string().trim().min(1).max(100);

const ipcRow = z.object({
  code: z.string(),
  level: z.enum(IPC_LEVELS as [string, ...string[]]),
  title: z.string(),
  parent: z.string().nullable(),
});

const namedRow = (levels: readonly string[]) =>
  z.object({
    code: z.string(),
    name: z.string(),
    level: z.enum(levels as [string, ...string[]]),
    parent: z.string().nullable(),
  });

const industryRow = namedRow(INDUSTRY_LEVELS);
const regionRow = namedRow(['province', 'city', 'county']);

const pageOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    items: z.array(item),
  });

const ipcEntrySchema = ipcRow.extend({
  titleMissing: z.boolean().describe('The source lost this title; `title` is a placeholder.'),
  ancestors: z
    .array(ipcRow)
    .describe('Section, class, subclass, main group, then the subgroups whose number this code extends.'),
  children: z
    .array(ipcRow)
    .describe(
      'Main groups of a subclass, all subgroups of a main group (the source has no dot depth), or for a subgroup the subgroups that extend its number.',
    ),
});

const ruleHit = z.object({
  ruleId: z.number().int(),
  seiCode: z.string(),
  pattern: z.string(),
  how: z.enum(['wildcard', 'exact', 'subdivision']),
  page: z.number().int().nullable(),
  keywords: z.string().nullable(),
});

const seiMatchItem = z.object({
  input: z.string(),
  ipc: z.string().nullable(),
  categories: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      domain: z.object({ code: z.string(), name: z.string() }),
      hits: z.array(ruleHit),
    }),
  ),
  excluded: z.array(
    z.object({
      ruleId: z.number().int(),
      seiCode: z.string(),
      pattern: z.string(),
      exclusion: z.string(),
      page: z.number().int().nullable(),
    }),
  ),
});

const MAX_MATCH_CODES = 50;

/** Reference code lists: IPC, GB/T 4754-2017 industries, GB/T 2260 regions, SEI and the SEI–IPC concordance. Public, read-only. */
export async function referenceRoutes(app: HttpServer, deps: ReferenceDeps): Promise<void> {
  const ipcByCode = async (raw: string) => {
    const r = await ipcEntry(deps.db, raw);
    if (r.kind === 'invalid') {
      throw problem.badRequest(r.reason, [{ path: 'params.code', message: r.reason }]);
    }
    if (r.kind === 'not_found') {
      throw problem.notFound({
        zh: `IPC 2026.01 中没有 ${r.code}`,
        en: `${r.code} is not in IPC 2026.01`,
      });
    }
    return r.entry;
  };

  app.get(
    '/reference/ipc/:code',
    {
      schema: {
        tags: TAGS,
        summary: 'One IPC entry with its title, ancestors and children',
        description:
          "The code in any usual form ('H04N5/225', 'H04N 5/225', 'h04n5/225'); encode '/' as %2F, or write the path as /reference/ipc/H04N5/225.",
        params: z.object({ code: z.string().min(1).max(64) }),
        response: { 200: ipcEntrySchema },
      },
    },
    async (request) => ipcByCode(request.params.code),
  );

  // The same, with the '/' of the symbol left unencoded in the path.
  app.get(
    '/reference/ipc/:group/:subgroup',
    {
      schema: {
        hide: true,
        params: z.object({ group: z.string().min(1).max(32), subgroup: z.string().min(1).max(32) }),
        response: { 200: ipcEntrySchema },
      },
    },
    async (request) => ipcByCode(`${request.params.group}/${request.params.subgroup}`),
  );

  app.get(
    '/reference/ipc',
    {
      schema: {
        tags: TAGS,
        summary: 'Browse or search IPC codes',
        description:
          "Without q: the children of `parent` (the 8 sections without it). With q: codes starting with q when it looks like a code ('H04N', 'G06F16/3'), otherwise titles containing q, within `parent`'s subtree when given.",
        querystring: z.object({
          q: text.optional(),
          parent: z.string().trim().min(1).max(64).optional(),
          level: z.enum(IPC_LEVELS as [string, ...string[]]).optional(),
          ...pageQuery,
        }),
        response: { 200: pageOf(ipcRow) },
      },
    },
    async (request) => {
      const { q, parent, level, page, pageSize } = request.query;
      const r = await searchIpcCodes(deps.db, {
        ...(q === undefined ? {} : { q }),
        ...(parent === undefined ? {} : { parent }),
        ...(level === undefined ? {} : { level: level as (typeof IPC_LEVELS)[number] }),
        page,
        pageSize,
      });
      if (r.kind === 'invalid_parent') {
        throw problem.badRequest(r.reason, [{ path: 'query.parent', message: r.reason }]);
      }
      return r.page;
    },
  );

  app.get(
    '/reference/industries',
    {
      schema: {
        tags: TAGS,
        summary: 'GB/T 4754-2017 industries (国民经济行业分类)',
        description:
          'Without q: the children of `parent` (the 20 sections without it). With q: names containing q or codes starting with it.',
        querystring: z.object({
          parent: z
            .string()
            .trim()
            .refine((v) => /^[A-Ta-t]\d{0,3}$/.test(v), {
              message: '应为行业代码，如 C 或 C39 | Expected an industry code such as C or C39',
            })
            .optional(),
          q: text.optional(),
          ...pageQuery,
        }),
        response: { 200: pageOf(industryRow) },
      },
    },
    async (request) => {
      const { parent, q, page, pageSize } = request.query;
      return industries(deps.db, {
        ...(parent === undefined ? {} : { parent }),
        ...(q === undefined ? {} : { q }),
        page,
        pageSize,
      });
    },
  );

  app.get(
    '/reference/regions',
    {
      schema: {
        tags: TAGS,
        summary: 'GB/T 2260 administrative divisions (provinces, or the subdivisions of `parent`)',
        querystring: z.object({
          parent: z
            .string()
            .trim()
            .refine((v) => /^\d{2}(\d{2})?$/.test(v), {
              message:
                '应为省（2 位）或市（4 位）代码 | Expected a province (2-digit) or city (4-digit) code',
            })
            .optional(),
          ...pageQuery,
        }),
        response: { 200: pageOf(regionRow) },
      },
    },
    async (request) => {
      const { parent, page, pageSize } = request.query;
      return regions(deps.db, { ...(parent === undefined ? {} : { parent }), page, pageSize });
    },
  );

  app.get(
    '/reference/sei',
    {
      schema: {
        tags: TAGS,
        summary: '战略性新兴产业分类（2018）: the 9 domains and their categories',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                code: z.string(),
                name: z.string(),
                children: z.array(
                  z.object({
                    code: z.string(),
                    name: z.string(),
                    page: z.number().int().nullable().describe('Page of the SEI–IPC concordance table'),
                    ruleCount: z.number().int(),
                  }),
                ),
              }),
            ),
          }),
        },
      },
    },
    async () => ({ items: deps.catalog.seiTree() }),
  );

  app.get(
    '/reference/sei/match',
    {
      schema: {
        tags: TAGS,
        summary: 'SEI categories of IPC codes, with the concordance rule behind each',
        description:
          'Repeat `ipc` (ipc=G06F3/0416&ipc=H04W4/02) or separate codes with commas. `codes` is the patent-level result: every category and its domain. Wildcards, exclusions and exact codes are read as documented in seiConcordance.ts.',
        querystring: z.object({
          ipc: z.union([z.string(), z.array(z.string())]).describe(`1–${MAX_MATCH_CODES} IPC codes`),
        }),
        response: { 200: z.object({ items: z.array(seiMatchItem), codes: z.array(z.string()) }) },
      },
    },
    async (request) => {
      const raw = request.query.ipc;
      const list = (Array.isArray(raw) ? raw : [raw])
        .flatMap((v) => v.split(/[,，;；]/))
        .map((v) => v.trim())
        .filter(Boolean);
      if (list.length === 0 || list.length > MAX_MATCH_CODES) {
        const message = {
          zh: `请提供 1–${MAX_MATCH_CODES} 个 IPC 分类号`,
          en: `Give between 1 and ${MAX_MATCH_CODES} IPC codes`,
        };
        throw problem.badRequest(message, [{ path: 'query.ipc', message }]);
      }
      const errors = list.flatMap((code, i) => {
        const r = parseIpc(code);
        return r.ok ? [] : [{ path: `query.ipc.${i}`, message: r.reason }];
      });
      if (errors.length) {
        throw problem.badRequest({ zh: '有无效的 IPC 分类号', en: 'Some IPC codes are invalid' }, errors);
      }
      return seiMatch(deps.catalog, list);
    },
  );
}
