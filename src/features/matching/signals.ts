import type { LegalStatus } from '../patents/legalStatus';
import type { PatentFacts } from './matchStore';

/**
 * Structured signals between a demand and a patent, and the weights that combine them with the text
 * relevance into one score. Pure.
 *
 * Weights (sum 1): text relevance (BM25 ⊕ dense by reciprocal-rank fusion) 0.50; IPC fit 0.30 — chosen on the
 * title benchmark, where ranking by text alone reaches nDCG@10 0.34 and text⊕IPC fit ≈ 0.50 (bench/matchQuality.ts);
 * the remaining 0.20 are platform policy, not fitted: a valid patent, an available licence, the region, the
 * strategic emerging industry, the industry tag and readiness. Kept in one table so they can be revised
 * against the feedback evaluation (GET /matching/evaluation).
 */
export const SIGNAL_WEIGHTS = {
  text: 0.5,
  ipc: 0.3,
  legal: 0.05,
  licence: 0.05,
  region: 0.03,
  sei: 0.03,
  industry: 0.02,
  readiness: 0.02,
} as const;
export type SignalName = keyof typeof SIGNAL_WEIGHTS;

/** Extra weight for an available open licence when the demand prefers one (open-licence pool first). */
export const PREFERRED_OPEN_LICENCE_BONUS = 0.1;

export const TRANSFER_MODES = [
  'transfer',
  'exclusive_licence',
  'sole_licence',
  'ordinary_licence',
  'open_licence',
  'equity',
  'joint_development',
] as const;
export type TransferMode = (typeof TRANSFER_MODES)[number];

/**
 * Legal states in which a patent cannot be licensed or transferred any more: matching leaves them out unless
 * asked (an expired, lapsed or invalidated patent is free to use; Civil Code Art. 865: a licence contract is
 * valid only while the patent is).
 */
export const INACTIVE_STATUSES: ReadonlySet<LegalStatus> = new Set([
  'lapsed',
  'expired',
  'invalidated',
  'withdrawn',
  'rejected',
  'abandoned',
]);

const LEGAL_VALUE: Record<LegalStatus, number> = {
  in_force: 1,
  pending: 0.6,
  unknown: 0.4,
  lapsed: 0,
  expired: 0,
  invalidated: 0,
  withdrawn: 0,
  rejected: 0,
  abandoned: 0,
};

/** What of a demand the structured signals look at. */
export interface DemandWants {
  readonly region: string | null;
  readonly industry: string | null;
  readonly sei: readonly string[];
  readonly desiredIpc: readonly string[];
  readonly minTrl: number | null;
  readonly modes: readonly TransferMode[];
}

export interface SignalValues {
  /** Best fit of the patent's subclasses with the demand: explicit desired IPC (1) or predicted probability relative to the best. */
  ipc: { value: number; subclass: string | null; how: 'desired' | 'predicted' | 'none' };
  legal: { value: number; status: LegalStatus };
  licence: { value: number; openLicence: boolean; preferred: boolean };
  region: { value: number; level: 'city' | 'province' | 'none' };
  sei: { value: number; code: string | null };
  industry: { value: number; code: string | null };
  readiness: { value: number; trl: number | null };
}

export function prefersOpenLicence(modes: readonly TransferMode[]): boolean {
  return modes.includes('open_licence') || modes.includes('ordinary_licence');
}

/**
 * Patent Law Art. 51(3): a patent under open licence may be licensed only as an ordinary licence, never
 * exclusive or sole. A demand that accepts nothing but exclusive or sole licences cannot be met by it.
 */
export function onlyExclusiveWanted(modes: readonly TransferMode[]): boolean {
  return modes.length > 0 && modes.every((m) => m === 'exclusive_licence' || m === 'sole_licence');
}

/** Same code or one a prefix of the other ('C38' ⊃ 'C3841'). */
function related(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** Same SEI code or one an ancestor of the other, by dotted segments ('5' ⊃ '5.1', but '1.1' ⊅ '1.10'). */
function seiRelated(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}

/** The highest probability of a prediction, computed once per map (every candidate of a match asks). */
const TOPS = new WeakMap<ReadonlyMap<string, number>, number>();
function maxProbability(predicted: ReadonlyMap<string, number>): number {
  let top = TOPS.get(predicted);
  if (top === undefined) {
    top = 0;
    for (const p of predicted.values()) top = Math.max(top, p);
    TOPS.set(predicted, top);
  }
  return top;
}

export function signalValues(
  wants: DemandWants,
  patent: PatentFacts,
  predicted: ReadonlyMap<string, number>,
  openLicence: boolean,
): SignalValues {
  // IPC: an explicitly desired class wins; otherwise the predicted probability of the patent's best
  // subclass, relative to the most probable subclass (1 = the patent sits in the demand's likeliest class).
  let ipc: SignalValues['ipc'] = { value: 0, subclass: null, how: 'none' };
  const desired = patent.subclasses.find((s) => wants.desiredIpc.some((d) => related(s, d.slice(0, 4))));
  if (desired) ipc = { value: 1, subclass: desired, how: 'desired' };
  else {
    const top = maxProbability(predicted);
    for (const s of patent.subclasses) {
      const p = predicted.get(s) ?? 0;
      if (top > 0 && p / top > ipc.value) ipc = { value: p / top, subclass: s, how: 'predicted' };
    }
  }

  const region: SignalValues['region'] =
    wants.region && patent.region
      ? wants.region.slice(0, 4) === patent.region.slice(0, 4) &&
        wants.region.length >= 4 &&
        patent.region.length >= 4
        ? { value: 1, level: 'city' }
        : wants.region.slice(0, 2) === patent.region.slice(0, 2)
          ? { value: 0.6, level: 'province' }
          : { value: 0, level: 'none' }
      : { value: 0, level: 'none' };

  const seiCode =
    patent.sei
      .filter((p) => wants.sei.some((w) => seiRelated(p, w)))
      .sort((a, b) => b.length - a.length)[0] ?? null;
  // The more specific the shared category, the stronger ('5.1' beats '5').
  const sei = { value: seiCode ? (seiCode.includes('.') ? 1 : 0.5) : 0, code: seiCode };

  const industryCode = wants.industry
    ? (patent.industries.find((c) => related(c, wants.industry!.slice(0, 3))) ?? null)
    : null;
  const industry = { value: industryCode ? 1 : 0, code: industryCode };

  const trl = patent.trl;
  const readiness = {
    value: wants.minTrl === null || trl === null ? 0 : trl >= wants.minTrl ? 1 : 0,
    trl,
  };

  const preferred = prefersOpenLicence(wants.modes);
  const licence = { value: openLicence ? 1 : 0, openLicence, preferred };

  return {
    ipc,
    legal: { value: LEGAL_VALUE[patent.legalStatus], status: patent.legalStatus },
    licence,
    region,
    sei,
    industry,
    readiness,
  };
}

export interface ScoreBreakdown {
  /** Weighted contribution of each signal; `total` is their sum. */
  contributions: Record<SignalName, number>;
  total: number;
}

export function combine(text: number, s: SignalValues, wants: DemandWants): ScoreBreakdown {
  const w = SIGNAL_WEIGHTS;
  const licenceWeight =
    w.licence + (s.licence.openLicence && prefersOpenLicence(wants.modes) ? PREFERRED_OPEN_LICENCE_BONUS : 0);
  const contributions: Record<SignalName, number> = {
    text: w.text * text,
    ipc: w.ipc * s.ipc.value,
    legal: w.legal * s.legal.value,
    // An open licence is no use to a demand that only accepts exclusive or sole licences (Law Art. 51(3)).
    licence: onlyExclusiveWanted(wants.modes) ? 0 : licenceWeight * s.licence.value,
    region: w.region * s.region.value,
    sei: w.sei * s.sei.value,
    industry: w.industry * s.industry.value,
    readiness: w.readiness * s.readiness.value,
  };
  let total = 0;
  for (const v of Object.values(contributions)) total += v;
  return { contributions, total };
}
