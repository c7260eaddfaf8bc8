import type { z } from 'zod';
import type { Database } from '../../platform/db/database';
import type { Bilingual } from '../../platform/http/problem';
import { problem } from '../../platform/http/problem';
import { type Actor, assertAllowed, authorize } from '../accounts';
import { recordAudit } from '../audit';
import {
  type DemandRow,
  type DemandView,
  demandView,
  getDemandRows,
  loadReadableDemand,
  MODE_LABEL,
  markMatchedInTransaction,
  mayRead,
  regionLabel,
  type TransferMode,
} from '../demands';
import { LEGAL_STATUS_LABEL } from '../patents/legalStatus';
import type { QueryTerm } from '../search/bm25fIndex';
import { type Evaluation, evaluateFeedback } from './evaluation';
import { explainMatch, type MatchReason, sharedConcepts } from './explain';
import type { RankedMatch } from './matcher';
import { queryTerms } from './matcher';
import { queryHints } from './queryHints';
import * as repo from './repository';
import type { similarPatentsSchema } from './schemas';
import {
  type MatchingService,
  type MatchResult,
  type NamedSignals,
  nameSignals,
  statusMessage,
} from './service';
import type { ScoreBreakdown } from './signals';

/** What the matching routes do, one function per route. */
export interface MatchingDeps {
  db: Database;
  matching: MatchingService;
  /** Called after a write commits (the demand index catches up). */
  afterWrite?: () => Promise<unknown>;
}

type RequestInfo = { ip: string; id: string } | null;

function demandSideOf(deps: MatchingDeps, d: DemandRow) {
  return deps.matching.explainDemandRow(d);
}

export interface DemandMatches extends MatchResult {
  demandId: number;
  /** Whether this list was stored as the demand's matches (signed-in readers with an organisation). */
  stored: boolean;
  /** The caller's organisation's verdicts, by patent id. */
  feedback: { patentId: number; relevance: 'relevant' | 'not_relevant' | null; contacted: boolean }[];
}

/**
 * Ranked patents for a demand the caller may read, with reasons. Patents the owner judged not relevant come
 * after the others. Stored as the demand's matches (so feedback refers to what was seen) when the caller is
 * signed in on behalf of an organisation.
 */
export async function demandMatches(
  deps: MatchingDeps,
  actor: Actor,
  demandId: number,
  options: { limit: number; includeInactive: boolean },
): Promise<DemandMatches> {
  const row = await loadReadableDemand(deps.db, actor, demandId);
  const demote = await repo.notRelevantFor(deps.db, demandId, row.organisation_id);
  const result = await deps.matching.matchDemand(row, {
    limit: options.limit,
    demote,
    includeInactive: options.includeInactive,
  });
  const org = actor.kind === 'user' ? actor.organisationId : null;
  if (org !== null)
    await repo.replaceDemandMatches(
      deps.db,
      demandId,
      result.items.map((i) => ({
        patentId: i.patent.id,
        rank: i.rank,
        score: i.score,
        breakdown: i.breakdown,
        reasons: i.reasons,
        mode: result.mode,
      })),
    );
  const verdicts = org === null ? [] : await repo.feedbackOf(deps.db, demandId, org);
  return {
    demandId,
    ...result,
    stored: org !== null,
    feedback: verdicts.map((v) => ({
      patentId: v.patent_id,
      relevance: v.relevance,
      contacted: v.contacted_at !== null,
    })),
  };
}

export interface AdHocQuery {
  text: string;
  title?: string;
  regionCode?: string | null;
  industryCode?: string | null;
  modes?: TransferMode[];
  desiredIpc?: string[];
  seiCodes?: string[];
  limit: number;
}

export interface AdHocMatches extends MatchResult {
  hints: {
    modes: { code: TransferMode; words: string; label: { zh: string; en: string } }[];
    budget: { minFen: number | null; maxFen: number; words: string } | null;
  };
}

/** Free text, as an SME types it: the ways of cooperation and the budget it names are read out of it. */
export async function adHocMatches(deps: MatchingDeps, q: AdHocQuery): Promise<AdHocMatches> {
  const hints = queryHints(q.text);
  const modes = q.modes?.length ? q.modes : hints.modes;
  const title = q.title?.trim() || q.text.slice(0, 60);
  const texts = q.title?.trim() ? [q.title.trim(), q.text] : [q.text];
  // What is matched is the technology: the phrases naming modes and budget are taken out first.
  let technical = q.text;
  for (const w of [...Object.values(hints.modeWords), hints.budget?.words ?? ''])
    if (w) technical = technical.replace(w, ' ');
  const { vector, ms: embeddingMs } = await deps.matching.embedText(
    q.title?.trim() ? `${q.title.trim()}。${technical}` : technical,
  );
  await deps.matching.refreshPool();
  const wants = {
    region: q.regionCode ?? null,
    industry: q.industryCode ?? null,
    sei: q.seiCodes ?? [],
    desiredIpc: q.desiredIpc ?? [],
    minTrl: null,
    modes,
  };
  const { outcome, ms } = deps.matching.rank(
    { title: q.title?.trim() ? q.title : '', body: technical },
    wants,
    vector,
    { limit: q.limit },
  );
  const side = deps.matching.explainDemandSide({
    texts,
    title,
    enterpriseName: null,
    regionCode: q.regionCode ?? null,
    desiredIpc: q.desiredIpc ?? [],
    seiCodes: q.seiCodes ?? [],
    industryCode: q.industryCode ?? null,
    minTrl: null,
    modes,
    modeWords: q.modes?.length ? undefined : hints.modeWords,
    budget: hints.budget ? { maxFen: hints.budget.maxFen, words: hints.budget.words } : null,
  });
  const result = await deps.matching.present(outcome, side, { rankingMs: ms, embeddingMs });
  return {
    ...result,
    hints: {
      modes: hints.modes.map((m) => ({ code: m, words: hints.modeWords[m]!, label: MODE_LABEL[m] })),
      budget: hints.budget,
    },
  };
}

export interface ReverseMatch {
  rank: number;
  demand: DemandView;
  score: number;
  breakdown: ScoreBreakdown;
  signals: NamedSignals;
  reasons: MatchReason[];
}

export interface ReverseMatches {
  patentId: number;
  mode: 'hybrid' | 'lexical';
  items: ReverseMatch[];
  /** The enterprises behind those demands, best first. */
  enterprises: {
    name: string;
    organisationId: number | null;
    region: { code: string; name: string } | null;
    demands: number;
    bestScore: number;
  }[];
}

/** Demands and enterprises fitting a patent, only those the caller may read. */
export async function matchingDemands(
  deps: MatchingDeps,
  actor: Actor,
  patentId: number,
  limit: number,
): Promise<ReverseMatches> {
  await deps.matching.demands.catchUp();
  const visible = (e: {
    organisationId: number | null;
    visibility: 'public' | 'private';
    approvedOrganisationIds: readonly number[];
  }) =>
    authorize(actor, 'demand.read', {
      ownerOrganisationId: e.organisationId,
      visibility: e.visibility,
      approvedOrganisationIds: e.approvedOrganisationIds,
    }).allowed;
  const found = await deps.matching.demandsForPatent(patentId, visible, limit);
  if (!found)
    throw problem.notFound({ zh: `没有编号为 ${patentId} 的专利`, en: `No patent with id ${patentId}` });
  const { card, ranked } = found;
  const rows = new Map(
    (
      await getDemandRows(
        deps.db,
        ranked.map((r) => r.entry.id),
      )
    ).map((r) => [r.id, r]),
  );
  const pool = deps.matching.openLicenceOf(patentId);
  const ref = deps.matching.reference;
  const patentSide = {
    title: card.title,
    abstract: card.abstract,
    firstClaim: card.first_claim,
    ipcCodes: card.ipc_codes,
    seiCodes: card.sei_codes,
    industryCodes: card.industry_codes,
    trl: card.trl,
    legalStatus: card.legal_status,
    owners: card.patentees.length ? card.patentees : card.applicants,
    region: regionLabel(ref, card.region_code),
    openLicence: pool ? { terms: pool.terms, termEnd: pool.termEnd, fixedFeeFen: pool.fixedFeeFen } : null,
  };
  const items: ReverseMatch[] = [];
  for (const r of ranked) {
    const row = rows.get(r.entry.id);
    if (!row || !mayRead(actor, row)) continue; // changed since the index saw it
    const predicted = [...r.entry.predicted].map(([subclass, probability]) => ({
      subclass,
      probability,
      sources: { dense: 0, lexical: 0, centroid: 0 },
      voters: [],
    }));
    const reasons = explainMatch(
      {
        key: patentId,
        score: r.score,
        text: r.text,
        signals: r.signals,
        breakdown: r.breakdown,
        demoted: false,
      },
      queryTermsOfPatent(card.title, card.abstract),
      predicted,
      demandSideOf(deps, row),
      patentSide,
      ref,
    );
    items.push({
      rank: items.length + 1,
      demand: demandView(row, ref, actor),
      score: Math.round(r.score * 10_000) / 10_000,
      breakdown: r.breakdown,
      signals: nameSignals(r.signals, ref),
      reasons,
    });
  }
  const byEnterprise = new Map<string, ReverseMatches['enterprises'][number]>();
  for (const i of items) {
    const key = i.demand.creditCode;
    const e = byEnterprise.get(key);
    if (e) e.demands++;
    else
      byEnterprise.set(key, {
        name: i.demand.enterpriseName,
        organisationId: i.demand.organisationId,
        region: i.demand.region,
        demands: 1,
        bestScore: i.score,
      });
  }
  const status = await deps.matching.index.status();
  return { patentId, mode: status.mode, items, enterprises: [...byEnterprise.values()] };
}

/** The patent's words as reverse ranking weighs them: the title's twice, the start of the abstract once. */
function queryTermsOfPatent(title: string, abstract: string | null) {
  return queryTerms({ title, body: (abstract ?? '').slice(0, 400) });
}

// Similar patents --------------------------------------------------------------------------------------

/** The answer of GET /patents/:id/similar: the route's schema (schemas.ts) is the one definition of its shape. */
export type SimilarPatents = z.infer<typeof similarPatentsSchema>;
export type SimilarPatent = SimilarPatents['items'][number];
/** Why a patent is listed as similar: `patent` cites the patent asked about, `similar` the one listed. */
export type SimilarReason = SimilarPatent['reasons'][number];

interface SimilarSide {
  title: string;
  abstract: string | null;
  firstClaim: string | null;
  ipcCodes: readonly string[];
}

/**
 * Words naming the kind of claim, not the technology ("…及其制备方法", "…装置"): nearly every patent title has
 * one, so two patents sharing it are not alike for that. Left out of the shared concepts shown.
 */
const CLAIM_CATEGORY_WORDS: ReadonlySet<string> = new Set([
  '方法',
  '制备方法',
  '制作方法',
  '制造方法',
  '生产方法',
  '制备',
  '装置',
  '系统',
  '设备',
  '应用',
  '用途',
  '工艺',
]);

/** An IPC title as a reason names it: up to its first semicolon, at most 40 characters. */
function shortIpcTitle(title: string): string {
  const head = title.split(/[；;]/)[0]!.trim();
  return [...head].length > 40 ? `${[...head].slice(0, 40).join('')}…` : head;
}

const inSubclass = (codes: readonly string[], sub: string) =>
  codes.filter((c) => c.replace(/\s+/g, '').toUpperCase().startsWith(sub));

/**
 * Reasons for a similar patent, pure: shared technical words (found verbatim in both records, as demand
 * matching finds them), closeness of the two embeddings, the IPC subclass both are classified in. Each reason
 * cites what it rests on in both patents.
 */
export function explainSimilar(
  terms: readonly QueryTerm[],
  patent: SimilarSide,
  similar: SimilarSide,
  m: { text: RankedMatch['text']; sameSubclass: string | null },
  labels: { ipcTitle(code: string): string | null },
): SimilarReason[] {
  const out: SimilarReason[] = [];
  const concepts = sharedConcepts(
    terms,
    [patent.title, patent.abstract ?? '', patent.firstClaim ?? ''],
    [similar.title, similar.abstract, similar.firstClaim],
    6,
  )
    .filter((c) => !CLAIM_CATEGORY_WORDS.has(c))
    .slice(0, 4);
  if (concepts.length)
    out.push({
      kind: 'concepts',
      text: { zh: `共同技术概念：${concepts.join('、')}`, en: `Shared concepts: ${concepts.join(', ')}` },
      patent: concepts,
      similar: concepts,
    });
  const sim = m.text.similarity;
  if (sim !== null && m.text.denseRank !== null && sim >= 0.6)
    out.push({
      kind: 'semantic',
      text: {
        zh: `语义相近：两件专利题名与摘要的语义相似度为 ${sim.toFixed(2)}`,
        en: `Close in meaning: the titles and abstracts have a semantic similarity of ${sim.toFixed(2)}`,
      },
      patent: [patent.title],
      similar: [similar.title],
    });
  const sub = m.sameSubclass;
  const own = sub ? inSubclass(patent.ipcCodes, sub) : [];
  const theirs = sub ? inSubclass(similar.ipcCodes, sub) : [];
  if (sub && own.length && theirs.length) {
    const full = labels.ipcTitle(sub);
    const title = full ? shortIpcTitle(full) : null;
    const head = {
      zh: `同属 IPC 小类 ${sub}${title ? `（${title}）` : ''}`,
      en: `Same IPC subclass ${sub}${title ? ` (${title})` : ''}`,
    };
    // Records that carry the subclass alone (title samples) need not repeat it.
    const detailed = [...own, ...theirs].some((c) => c.replace(/\s+/g, '').toUpperCase() !== sub);
    out.push({
      kind: 'ipc',
      text: detailed
        ? {
            zh: `${head.zh}：本专利 ${own.join('、')}，该专利 ${theirs.join('、')}`,
            en: `${head.en}: this patent ${own.join(', ')}, that one ${theirs.join(', ')}`,
          }
        : head,
      patent: own,
      similar: theirs,
    });
  }
  return out;
}

/**
 * Catalogue patents similar to a patent (public): hybrid retrieval from the patent's stored embedding and
 * BM25 over its title and abstract, lexical-only without a vector. 404 for an unknown patent.
 */
export async function similarPatents(
  deps: MatchingDeps,
  patentId: number,
  limit: number,
): Promise<SimilarPatents> {
  const found = await deps.matching.similarPatents(patentId, limit);
  if (!found)
    throw problem.notFound({ zh: `没有编号为 ${patentId} 的专利`, en: `No patent with id ${patentId}` });
  const { card, cards } = found;
  const ref = deps.matching.reference;
  const side = (c: repo.PatentCardRow): SimilarSide => ({
    title: c.title,
    abstract: c.abstract,
    firstClaim: c.first_claim,
    ipcCodes: c.ipc_codes,
  });
  const items: SimilarPatent[] = [];
  for (const r of found.ranked) {
    const c = cards.get(r.key);
    if (!c) continue;
    items.push({
      rank: items.length + 1,
      patent: {
        id: c.id,
        title: c.title,
        applicationNumber: c.application_number,
        publicationNumber: c.publication_number,
        mainIpc: c.main_ipc,
        legalStatus: c.legal_status,
        legalStatusLabel: LEGAL_STATUS_LABEL[c.legal_status],
      },
      score: Math.round(r.score * 10_000) / 10_000,
      text: {
        ...r.text,
        value: Math.round(r.text.value * 10_000) / 10_000,
        bm25Score: r.text.bm25Score === null ? null : Math.round(r.text.bm25Score * 10_000) / 10_000,
        similarity: r.text.similarity === null ? null : Math.round(r.text.similarity * 10_000) / 10_000,
      },
      sameSubclass: r.sameSubclass,
      reasons: explainSimilar(found.terms, side(card), side(c), r, ref),
    });
  }
  const status = await deps.matching.index.status();
  const modeMessage: Bilingual =
    found.mode === 'hybrid'
      ? {
          zh: `混合检索：本专利题名与摘要的 BM25 关键词检索 + 其已存储的 ${status.model} 语义向量的近邻，按倒数排名融合`,
          en: `Hybrid retrieval: BM25 over this patent's title and abstract + nearest neighbours of its stored ${status.model} embedding, fused by reciprocal rank`,
        }
      : status.mode === 'lexical'
        ? statusMessage(status)
        : {
            zh: '仅关键词检索（BM25）：该专利的语义向量尚在后台计算',
            en: "Keyword retrieval only (BM25): this patent's embedding is still being computed in the background",
          };
  return {
    patentId,
    mode: found.mode,
    modeMessage,
    terms: found.terms.map((t) => (typeof t === 'string' ? t : t.term)),
    items,
  };
}

// Feedback -------------------------------------------------------------------------------------------

export interface FeedbackInput {
  relevance?: 'relevant' | 'not_relevant' | null;
  contacted?: boolean;
}

export interface FeedbackView {
  demandId: number;
  patentId: number;
  organisationId: number;
  relevance: 'relevant' | 'not_relevant' | null;
  contacted: boolean;
  contactedAt: string | null;
  rankSeen: number | null;
  scoreSeen: number | null;
  updatedAt: string;
  /** The demand moved from open to matched because its owner marked this match relevant. */
  demandMatched: boolean;
}

/**
 * A verdict on one match by the caller's organisation (anyone who may read the demand and acts for an
 * organisation). The owner's "not relevant" demotes the patent in later matches; the owner's first
 * "relevant" moves an open demand to matched. Audited.
 */
export async function recordFeedback(
  deps: MatchingDeps,
  actor: Actor,
  request: RequestInfo,
  demandId: number,
  patentId: number,
  input: FeedbackInput,
): Promise<FeedbackView> {
  if (actor.kind !== 'user') throw problem.unauthorized({ zh: '请先登录', en: 'Please sign in first' });
  if (actor.organisationId === null)
    throw problem.forbidden({
      zh: '反馈须以机构名义提交（平台管理员无所属机构）',
      en: 'Feedback is given on behalf of an organisation (a platform administrator has none)',
    });
  if (actor.via === 'token' && !actor.scopes.some((s) => s === 'demands:write' || s === 'admin'))
    throw problem.forbidden({
      zh: '此 API 令牌缺少权限范围 demands:write',
      en: 'This API token lacks the scope demands:write',
    });
  const org = actor.organisationId;
  const out = await deps.db.transaction(async (tx) => {
    const row = await loadReadableDemand(tx, actor, demandId);
    if (!(await repo.patentExists(tx, patentId)))
      throw problem.notFound({ zh: `没有编号为 ${patentId} 的专利`, en: `No patent with id ${patentId}` });
    const key = { demandId, patentId, organisationId: org };
    const before = await repo.getFeedback(tx, key, true);
    const relevance = input.relevance !== undefined ? input.relevance : (before?.relevance ?? null);
    const contacted = input.contacted ?? before?.contacted_at != null;
    const seen = await repo.storedMatch(tx, demandId, patentId);
    const saved = await repo.upsertFeedback(tx, {
      ...key,
      relevance,
      contacted,
      rankSeen: seen?.rank ?? null,
      scoreSeen: seen?.score ?? null,
      userId: actor.userId,
    });
    const moved =
      relevance === 'relevant' &&
      org === row.organisation_id &&
      (await markMatchedInTransaction(tx, demandId));
    await recordAudit(tx, {
      actor,
      request,
      action: 'match.feedback',
      objectType: 'demand',
      objectId: demandId,
      before: before
        ? { patentId, relevance: before.relevance, contacted: before.contacted_at !== null }
        : null,
      after: { patentId, relevance, contacted, ...(moved ? { demandState: 'matched' } : {}) },
    });
    return { saved, moved };
  });
  if (out.moved) await deps.afterWrite?.();
  const f = out.saved;
  return {
    demandId,
    patentId,
    organisationId: org,
    relevance: f.relevance,
    contacted: f.contacted_at !== null,
    contactedAt: f.contacted_at?.toISOString() ?? null,
    rankSeen: f.rank_seen,
    scoreSeen: f.score_seen,
    updatedAt: f.updated_at.toISOString(),
    demandMatched: out.moved,
  };
}

/** Precision of the feedback by score band and rank band (operators and the administration). */
export async function feedbackEvaluation(deps: MatchingDeps, actor: Actor): Promise<Evaluation> {
  assertAllowed(actor, 'dashboard.read', {});
  return evaluateFeedback(await repo.verdicts(deps.db));
}
