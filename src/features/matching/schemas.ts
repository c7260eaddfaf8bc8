import { z } from 'zod';
import { bilingual, demandViewSchema } from '../demands/schemas';
import { LEGAL_STATUSES } from '../patents/legalStatus';
import { SIGNAL_WEIGHTS, TRANSFER_MODES } from './signals';

/** Response schemas of the matching API (documented in the OpenAPI; the web pages code against them). */

const signalNames = Object.keys(SIGNAL_WEIGHTS) as [
  keyof typeof SIGNAL_WEIGHTS,
  ...(keyof typeof SIGNAL_WEIGHTS)[],
];

export const breakdownSchema = z
  .object({
    total: z.number(),
    contributions: z.object(
      Object.fromEntries(signalNames.map((n) => [n, z.number()])) as Record<
        keyof typeof SIGNAL_WEIGHTS,
        z.ZodNumber
      >,
    ),
  })
  .describe(
    `Weighted contribution of each signal; total is their sum. Weights: ${signalNames.map((n) => `${n} ${SIGNAL_WEIGHTS[n]}`).join(', ')} (+0.1 licence when an open licence fits the demand)`,
  );

export const signalsSchema = z.object({
  ipc: z.object({
    value: z.number(),
    subclass: z.string().nullable(),
    title: z.string().nullable().describe('Chinese title of the subclass (IPC 2026.01), null when unknown'),
    how: z.enum(['desired', 'predicted', 'none']),
  }),
  legal: z.object({ value: z.number(), status: z.enum(LEGAL_STATUSES) }),
  licence: z.object({ value: z.number(), openLicence: z.boolean(), preferred: z.boolean() }),
  region: z.object({ value: z.number(), level: z.enum(['city', 'province', 'none']) }),
  sei: z.object({
    value: z.number(),
    code: z.string().nullable(),
    name: z.string().nullable().describe('Name of the strategic emerging industry category'),
  }),
  industry: z.object({ value: z.number(), code: z.string().nullable() }),
  readiness: z.object({ value: z.number(), trl: z.number().nullable() }),
});

export const reasonSchema = z.object({
  kind: z.enum([
    'concepts',
    'semantic',
    'ipc',
    'sei',
    'industry',
    'openLicence',
    'legal',
    'ownerRegion',
    'readiness',
  ]),
  text: bilingual,
  demand: z
    .array(z.string())
    .describe('What in the demand the reason refers to (its words, or labels of its fields)'),
  patent: z.array(z.string()).describe('What in the patent the reason refers to'),
  contribution: z.number(),
  caution: z.boolean().describe('A caution rather than a point in favour'),
});

const textSchema = z.object({
  value: z.number().describe('Fused text relevance 0–1 (reciprocal-rank fusion of BM25 and dense)'),
  bm25Rank: z.number().int().nullable(),
  bm25Score: z.number().nullable(),
  denseRank: z.number().int().nullable(),
  similarity: z.number().nullable().describe('Cosine similarity of the embeddings'),
});

const poolSchema = z.object({
  declarationId: z.number().int(),
  terms: bilingual,
  termEnd: z.string(),
  fixedFeeFen: z.number().int().nullable(),
});

export const matchItemSchema = z.object({
  rank: z.number().int(),
  patent: z.object({
    id: z.number().int(),
    title: z.string(),
    applicationNumber: z.string().nullable(),
    publicationNumber: z.string().nullable(),
    grantNumber: z.string().nullable(),
    type: z.string(),
    legalStatus: z.string(),
    legalStatusLabel: bilingual,
    mainIpc: z.string().nullable(),
    owners: z.array(z.string()),
    region: z.object({ code: z.string(), name: z.string() }).nullable(),
  }),
  score: z.number(),
  breakdown: breakdownSchema,
  text: textSchema,
  signals: signalsSchema,
  openLicence: poolSchema.nullable().describe('The published open-licence declaration (pool) and its terms'),
  reasons: z.array(reasonSchema),
  demoted: z.boolean().describe('Judged not relevant for this demand before: listed after the others'),
});

const resultShape = {
  mode: z.enum(['hybrid', 'lexical']),
  modeMessage: bilingual,
  rankingMs: z.number().describe('In-memory ranking time (ms), without database reads and query embedding'),
  embeddingMs: z.number().describe('Query embedding time (ms); 0 with a stored vector or in lexical mode'),
  terms: z.array(z.string()),
  predicted: z
    .array(z.object({ subclass: z.string(), title: z.string().nullable(), probability: z.number() }))
    .describe('IPC subclasses predicted from the text, most likely first'),
  considered: z.number().int(),
  items: z.array(matchItemSchema),
};

export const demandMatchesSchema = z.object({
  demandId: z.number().int(),
  ...resultShape,
  stored: z.boolean(),
  feedback: z.array(
    z.object({
      patentId: z.number().int(),
      relevance: z.enum(['relevant', 'not_relevant']).nullable(),
      contacted: z.boolean(),
    }),
  ),
});

export const adHocMatchesSchema = z.object({
  ...resultShape,
  hints: z.object({
    modes: z.array(z.object({ code: z.enum(TRANSFER_MODES), words: z.string(), label: bilingual })),
    budget: z
      .object({ minFen: z.number().int().nullable(), maxFen: z.number().int(), words: z.string() })
      .nullable(),
  }),
});

export const reverseMatchesSchema = z.object({
  patentId: z.number().int(),
  mode: z.enum(['hybrid', 'lexical']),
  items: z.array(
    z.object({
      rank: z.number().int(),
      demand: demandViewSchema,
      score: z.number(),
      breakdown: breakdownSchema,
      signals: signalsSchema,
      reasons: z.array(reasonSchema),
    }),
  ),
  enterprises: z.array(
    z.object({
      name: z.string(),
      organisationId: z.number().int().nullable(),
      region: z.object({ code: z.string(), name: z.string() }).nullable(),
      demands: z.number().int(),
      bestScore: z.number(),
    }),
  ),
});

export const statusSchema = z.object({
  mode: z.enum(['hybrid', 'lexical']),
  reason: z
    .string()
    .nullable()
    .describe('Why matching is lexical-only (English, for operators); null in hybrid mode'),
  message: bilingual,
  model: z.string(),
  patents: z.number().int(),
  embedded: z.number().int(),
  pending: z.number().int(),
  watermark: z.number().int(),
  demands: z.number().int(),
  demandsEmbedded: z.number().int(),
  openLicences: z.number().int(),
});

export const feedbackSchema = z.object({
  demandId: z.number().int(),
  patentId: z.number().int(),
  organisationId: z.number().int(),
  relevance: z.enum(['relevant', 'not_relevant']).nullable(),
  contacted: z.boolean(),
  contactedAt: z.string().nullable(),
  rankSeen: z.number().int().nullable(),
  scoreSeen: z.number().nullable(),
  updatedAt: z.string(),
  demandMatched: z.boolean(),
});

const bandSchema = z.object({
  band: z.string(),
  from: z.number(),
  to: z.number().nullable(),
  relevant: z.number().int(),
  notRelevant: z.number().int(),
  contacted: z.number().int(),
  precision: z.number().nullable(),
});

export const evaluationSchema = z.object({
  verdicts: z.number().int(),
  relevant: z.number().int(),
  notRelevant: z.number().int(),
  contacted: z.number().int(),
  precision: z.number().nullable(),
  byScore: z.array(bandSchema),
  byRank: z.array(bandSchema),
});

export const similarPatentsSchema = z.object({
  patentId: z.number().int(),
  mode: z
    .enum(['hybrid', 'lexical'])
    .describe(
      'hybrid: BM25 ⊕ the patent’s stored embedding; lexical: BM25 only (no model, or not embedded yet)',
    ),
  modeMessage: bilingual,
  terms: z
    .array(z.string())
    .describe('The patent’s words that were searched (title twice, abstract start once)'),
  items: z.array(
    z.object({
      rank: z.number().int(),
      patent: z.object({
        id: z.number().int(),
        title: z.string(),
        applicationNumber: z.string().nullable(),
        publicationNumber: z.string().nullable(),
        mainIpc: z.string().nullable(),
        legalStatus: z.enum(LEGAL_STATUSES),
        legalStatusLabel: bilingual,
      }),
      score: z
        .number()
        .describe('0–1: text relevance (weight 0.5) and a shared IPC subclass (0.3), scaled by their sum'),
      text: textSchema,
      sameSubclass: z.string().nullable().describe('The IPC subclass both patents are classified in'),
      reasons: z.array(
        z.object({
          kind: z.enum(['concepts', 'semantic', 'ipc']),
          text: bilingual,
          patent: z.array(z.string()).describe('What in the patent asked about the reason refers to'),
          similar: z.array(z.string()).describe('What in the listed patent the reason refers to'),
        }),
      ),
    }),
  ),
});
