import type { Queryable } from '../../platform/db/database';
import type { LegalStatus } from '../patents/legalStatus';
import type { PatentType } from '../patents/patentType';

/** Matching's SQL: patent details for explanations, the open-licence pool, stored matches, feedback. */

export interface PatentCardRow {
  id: number;
  title: string;
  abstract: string | null;
  first_claim: string | null;
  application_number: string | null;
  publication_number: string | null;
  grant_number: string | null;
  patent_type: PatentType;
  ipc_codes: string[];
  main_ipc: string | null;
  sei_codes: string[];
  industry_codes: string[];
  trl: number | null;
  legal_status: LegalStatus;
  patentees: string[];
  applicants: string[];
  region_code: string | null;
  change_seq: number;
}

export async function patentCards(q: Queryable, ids: readonly number[]): Promise<Map<number, PatentCardRow>> {
  if (ids.length === 0) return new Map();
  const res = await q.query<PatentCardRow>(
    `SELECT id, title, abstract, first_claim, application_number, publication_number, grant_number, patent_type,
            ipc_codes, main_ipc, sei_codes, industry_codes, trl, legal_status, patentees, applicants, region_code,
            change_seq
       FROM patents WHERE id = ANY($1::bigint[])`,
    [[...ids]],
  );
  return new Map(res.rows.map((r) => [r.id, r]));
}

export async function patentExists(q: Queryable, id: number): Promise<boolean> {
  return (await q.query('SELECT 1 FROM patents WHERE id = $1', [id])).rowCount > 0;
}

/**
 * Published open-licence declarations (the pool): read-only, from the open-licence feature's table, because
 * matching needs the whole set in memory for its licence signal (open-licence pool first). Terms are described
 * with the open-licence feature's own pure `describePaymentTerms`.
 */
export interface PublishedLicenceRow {
  id: number;
  patent_id: number;
  payment_terms: unknown;
  term_end: string;
}

export async function publishedLicences(q: Queryable): Promise<PublishedLicenceRow[]> {
  const res = await q.query<PublishedLicenceRow>(
    `SELECT id, patent_id, payment_terms, term_end FROM open_licence_declarations WHERE state = 'published'`,
  );
  return res.rows;
}

/** Changes whenever a declaration is published, withdrawn, suspended or edited. */
export async function poolFingerprint(q: Queryable): Promise<string> {
  const res = await q.query<{ n: number; s: string | null; t: Date | null }>(
    `SELECT count(*) FILTER (WHERE state = 'published')::int8 AS n,
            sum(id) FILTER (WHERE state = 'published')::text AS s, max(updated_at) AS t
       FROM open_licence_declarations`,
  );
  const r = res.rows[0]!;
  return `${r.n}:${r.s ?? 0}:${r.t?.getTime() ?? 0}`;
}

// Stored matches and feedback ------------------------------------------------------------------------

export interface StoredMatch {
  patentId: number;
  rank: number;
  score: number;
  breakdown: unknown;
  reasons: unknown;
  mode: 'hybrid' | 'lexical';
}

/** Replaces the matches last shown for a demand. */
export async function replaceDemandMatches(
  q: Queryable,
  demandId: number,
  matches: readonly StoredMatch[],
): Promise<void> {
  await q.query('DELETE FROM demand_matches WHERE demand_id = $1', [demandId]);
  if (matches.length === 0) return;
  await q.query(
    `INSERT INTO demand_matches (demand_id, patent_id, rank, score, breakdown, reasons, mode)
     SELECT $1, x.patent_id, x.rank, x.score, x.breakdown, x.reasons, x.mode
       FROM jsonb_to_recordset($2::jsonb)
         AS x(patent_id bigint, rank int, score float8, breakdown jsonb, reasons jsonb, mode text)`,
    [
      demandId,
      JSON.stringify(
        matches.map((m) => ({
          patent_id: m.patentId,
          rank: m.rank,
          score: m.score,
          breakdown: m.breakdown,
          reasons: m.reasons,
          mode: m.mode,
        })),
      ),
    ],
  );
}

export async function storedMatch(
  q: Queryable,
  demandId: number,
  patentId: number,
): Promise<{ rank: number; score: number } | null> {
  const res = await q.query<{ rank: number; score: number }>(
    'SELECT rank, score FROM demand_matches WHERE demand_id = $1 AND patent_id = $2',
    [demandId, patentId],
  );
  return res.rows[0] ?? null;
}

export interface FeedbackRow {
  demand_id: number;
  patent_id: number;
  organisation_id: number;
  relevance: 'relevant' | 'not_relevant' | null;
  contacted_at: Date | null;
  rank_seen: number | null;
  score_seen: number | null;
  user_id: number;
  updated_at: Date;
}

export async function feedbackOf(
  q: Queryable,
  demandId: number,
  organisationId: number | null,
): Promise<FeedbackRow[]> {
  const res = await q.query<FeedbackRow>(
    'SELECT * FROM match_feedback WHERE demand_id = $1 AND ($2::bigint IS NULL OR organisation_id = $2)',
    [demandId, organisationId],
  );
  return res.rows;
}

export async function getFeedback(
  q: Queryable,
  key: { demandId: number; patentId: number; organisationId: number },
  forUpdate = false,
): Promise<FeedbackRow | null> {
  const res = await q.query<FeedbackRow>(
    `SELECT * FROM match_feedback WHERE demand_id = $1 AND patent_id = $2 AND organisation_id = $3${forUpdate ? ' FOR UPDATE' : ''}`,
    [key.demandId, key.patentId, key.organisationId],
  );
  return res.rows[0] ?? null;
}

export async function upsertFeedback(
  q: Queryable,
  f: {
    demandId: number;
    patentId: number;
    organisationId: number;
    relevance: 'relevant' | 'not_relevant' | null;
    contacted: boolean;
    rankSeen: number | null;
    scoreSeen: number | null;
    userId: number;
  },
): Promise<FeedbackRow> {
  const res = await q.query<FeedbackRow>(
    `INSERT INTO match_feedback (demand_id, patent_id, organisation_id, relevance, contacted_at, rank_seen, score_seen, user_id)
     VALUES ($1, $2, $3, $4, CASE WHEN $5 THEN now() END, $6, $7, $8)
     ON CONFLICT (demand_id, patent_id, organisation_id) DO UPDATE SET
       relevance = EXCLUDED.relevance,
       contacted_at = CASE WHEN $5 THEN COALESCE(match_feedback.contacted_at, now()) END,
       rank_seen = COALESCE(EXCLUDED.rank_seen, match_feedback.rank_seen),
       score_seen = COALESCE(EXCLUDED.score_seen, match_feedback.score_seen),
       user_id = EXCLUDED.user_id, updated_at = now()
     RETURNING *`,
    [f.demandId, f.patentId, f.organisationId, f.relevance, f.contacted, f.rankSeen, f.scoreSeen, f.userId],
  );
  return res.rows[0]!;
}

/** Patents the demand's owner judged not relevant (demoted in later matches). */
export async function notRelevantFor(
  q: Queryable,
  demandId: number,
  ownerOrganisationId: number | null,
): Promise<Set<number>> {
  if (ownerOrganisationId === null) return new Set();
  const res = await q.query<{ patent_id: number }>(
    `SELECT patent_id FROM match_feedback WHERE demand_id = $1 AND organisation_id = $2 AND relevance = 'not_relevant'`,
    [demandId, ownerOrganisationId],
  );
  return new Set(res.rows.map((r) => r.patent_id));
}

/** Every verdict with the score and rank it was given at (for the evaluation). */
export async function verdicts(q: Queryable): Promise<
  {
    relevance: 'relevant' | 'not_relevant' | null;
    contacted: boolean;
    score: number | null;
    rank: number | null;
  }[]
> {
  const res = await q.query<{
    relevance: 'relevant' | 'not_relevant' | null;
    contacted: boolean;
    score: number | null;
    rank: number | null;
  }>(
    `SELECT f.relevance, f.contacted_at IS NOT NULL AS contacted,
            COALESCE(f.score_seen, m.score) AS score, COALESCE(f.rank_seen, m.rank) AS rank
       FROM match_feedback f
       LEFT JOIN demand_matches m ON m.demand_id = f.demand_id AND m.patent_id = f.patent_id`,
  );
  return res.rows;
}

export async function organisationNames(
  q: Queryable,
  ids: readonly number[],
): Promise<Map<number, { name: string; kind: string }>> {
  if (ids.length === 0) return new Map();
  const res = await q.query<{ id: number; name: string; kind: string }>(
    'SELECT id, name, kind FROM organisations WHERE id = ANY($1::bigint[])',
    [[...ids]],
  );
  return new Map(res.rows.map((r) => [r.id, { name: r.name, kind: r.kind }]));
}
