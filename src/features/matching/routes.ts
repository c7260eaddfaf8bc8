import { z } from 'zod';
import type { HttpServer } from '../../platform/http/httpServer';
import { TRANSFER_MODES } from '../demands';
import {
  adHocMatches,
  demandMatches,
  feedbackEvaluation,
  type MatchingDeps,
  matchingDemands,
  recordFeedback,
  similarPatents,
} from './requests';
import {
  adHocMatchesSchema,
  demandMatchesSchema,
  evaluationSchema,
  feedbackSchema,
  reverseMatchesSchema,
  similarPatentsSchema,
  statusSchema,
} from './schemas';

const tags = ['matching'];
const security: Array<Record<string, string[]>> = [{ session: [] }, { bearer: [] }];
const requestInfo = (r: { ip: string; id: string }) => ({ ip: r.ip, id: r.id });

export async function matchingRoutes(app: HttpServer, deps: MatchingDeps): Promise<void> {
  app.get(
    '/matching/status',
    {
      schema: {
        tags,
        summary: '匹配状态 Hybrid (BM25 + embeddings) or lexical-only, and why; embedding progress',
        response: { 200: statusSchema },
      },
    },
    async () => deps.matching.status(),
  );

  app.get(
    '/demands/:id/matches',
    {
      schema: {
        tags,
        summary: '需求匹配 Ranked patents for a demand, with score breakdown and reasons',
        description:
          'Hybrid retrieval: BM25 over the catalogue and dense similarity (bge-small-zh-v1.5) fused by reciprocal rank, ' +
          'plus structured signals (IPC fit, legal status, open licence, region, SEI, industry, readiness). Every reason ' +
          'names what it refers to in the demand and in the patent. Patents the owner marked not relevant come last. ' +
          'Stored as the demand’s matches when the caller acts for an organisation.',
        params: z.object({ id: z.coerce.number().int().positive() }),
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(100).default(20),
          includeInactive: z
            .enum(['true', 'false'])
            .default('false')
            .describe('Also lapsed, expired, invalidated … patents (free to use, not licensable)'),
        }),
        response: { 200: demandMatchesSchema },
      },
    },
    async (request) =>
      demandMatches(deps, request.actor, request.params.id, {
        limit: request.query.limit,
        includeInactive: request.query.includeInactive === 'true',
      }),
  );

  app.post(
    '/matching/query',
    {
      schema: {
        tags,
        summary: '即时匹配 Match free text as an SME types it (modes and budget are read out of the text)',
        body: z
          .object({
            text: z
              .string()
              .trim()
              .min(2, '请描述技术需求 | Describe the need')
              .max(4000)
              .describe('e.g. 我们想把锂电池正极材料的能量密度提高10%，预算50万，希望独占许可'),
            title: z.string().trim().max(120).optional(),
            regionCode: z
              .string()
              .regex(
                /^\d{2}(\d{2}){0,2}$/,
                '地区代码应为2、4或6位数字（GB/T 2260） | Region code: 2, 4 or 6 digits (GB/T 2260)',
              )
              .nullish(),
            industryCode: z.string().trim().max(5).nullish(),
            modes: z
              .array(z.enum(TRANSFER_MODES))
              .max(7)
              .optional()
              .describe('Overrides the modes read from the text'),
            desiredIpc: z.array(z.string().trim().min(1).max(20)).max(10).optional(),
            seiCodes: z.array(z.string().trim().min(1).max(12)).max(10).optional(),
            limit: z.number().int().min(1).max(100).default(20),
          })
          .strict(),
        response: { 200: adHocMatchesSchema },
      },
    },
    async (request) => adHocMatches(deps, request.body),
  );

  app.get(
    '/patents/:id/matching-demands',
    {
      schema: {
        tags,
        summary: '匹配企业 Demands and enterprises fitting a patent (only demands the caller may read)',
        params: z.object({ id: z.coerce.number().int().positive() }),
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) }),
        response: { 200: reverseMatchesSchema },
      },
    },
    async (request) => matchingDemands(deps, request.actor, request.params.id, request.query.limit),
  );

  app.get(
    '/patents/:id/similar',
    {
      schema: {
        tags,
        summary: '相似专利 Other catalogue patents on the same subject (public)',
        description:
          'Hybrid retrieval: the patent’s stored embedding (nearest neighbours in the ANN index, nothing re-embedded) ' +
          'fused by reciprocal rank with BM25 over its title and abstract; a shared IPC subclass adds to the score. ' +
          'The patent itself (and other records of its application) is never listed. Lexical-only when there is no ' +
          'model or the patent has no vector yet (`mode`). Each item says why: shared concepts, semantic closeness, ' +
          'the same IPC subclass.',
        params: z.object({ id: z.coerce.number().int().positive() }),
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(20).default(8) }),
        response: { 200: similarPatentsSchema },
      },
    },
    async (request) => similarPatents(deps, request.params.id, request.query.limit),
  );

  app.post(
    '/demands/:id/matches/:patentId/feedback',
    {
      schema: {
        tags,
        summary: '匹配反馈 Relevant / not relevant / contacted, for the caller’s organisation',
        description:
          'Anyone who may read the demand and acts for an organisation. The owner’s “not relevant” demotes the patent ' +
          'in later matches; the owner’s first “relevant” moves an open demand to matched. Omitted fields keep their value; ' +
          'relevance null clears the verdict.',
        security,
        params: z.object({
          id: z.coerce.number().int().positive(),
          patentId: z.coerce.number().int().positive(),
        }),
        body: z
          .object({
            relevance: z.enum(['relevant', 'not_relevant']).nullable().optional(),
            contacted: z.boolean().optional(),
          })
          .strict()
          .refine(
            (b) => b.relevance !== undefined || b.contacted !== undefined,
            '请给出反馈 | Give a verdict or mark contacted',
          ),
        response: { 200: feedbackSchema },
      },
    },
    async (request) =>
      recordFeedback(
        deps,
        request.actor,
        requestInfo(request),
        request.params.id,
        request.params.patentId,
        request.body,
      ),
  );

  app.get(
    '/matching/evaluation',
    {
      schema: {
        tags,
        summary: '匹配评估 Precision of the feedback by score band and rank band (operators, administration)',
        security,
        response: { 200: evaluationSchema },
      },
    },
    async (request) => {
      const e = await feedbackEvaluation(deps, request.actor);
      const finite = (b: (typeof e.byScore)[number]) => ({ ...b, to: Number.isFinite(b.to) ? b.to : null });
      return { ...e, byScore: e.byScore.map(finite), byRank: e.byRank.map(finite) };
    },
  );
}
