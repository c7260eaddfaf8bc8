import type { Bilingual } from '../../platform/http/problem';

/**
 * States of a technology demand and the moves between them, pure.
 *
 * open → matched (a fitting patent was found: the owner says so, or marks a match relevant) → negotiating
 * (talks with the patentee) → closed. A negotiation that fails goes back to matched; a match that does not
 * hold goes back to open. Closing needs a reason (solved, licensed, withdrawn …) and is final: a new need is
 * a new demand, so the closed one keeps the history it was matched and negotiated with.
 */
export const DEMAND_STATES = ['open', 'matched', 'negotiating', 'closed'] as const;
export type DemandState = (typeof DEMAND_STATES)[number];

export const DEMAND_STATE_LABEL: Record<DemandState, Bilingual> = {
  open: { zh: '征集中', en: 'Open' },
  matched: { zh: '已匹配', en: 'Matched' },
  negotiating: { zh: '洽谈中', en: 'In negotiation' },
  closed: { zh: '已关闭', en: 'Closed' },
};

const MOVES: Record<DemandState, readonly DemandState[]> = {
  open: ['matched', 'negotiating', 'closed'],
  matched: ['open', 'negotiating', 'closed'],
  negotiating: ['matched', 'closed'],
  closed: [],
};

export function allowedMoves(from: DemandState): readonly DemandState[] {
  return MOVES[from];
}

export const CLOSED_REASONS = ['solved', 'licensed', 'transferred', 'withdrawn', 'other'] as const;
export type ClosedReason = (typeof CLOSED_REASONS)[number];

export const CLOSED_REASON_LABEL: Record<ClosedReason, Bilingual> = {
  solved: { zh: '需求已解决', en: 'Solved' },
  licensed: { zh: '已达成许可', en: 'Licence concluded' },
  transferred: { zh: '已完成转让', en: 'Assignment concluded' },
  withdrawn: { zh: '需求方撤回', en: 'Withdrawn by the enterprise' },
  other: { zh: '其他原因', en: 'Other reason' },
};

/**
 * Why the platform itself moved a demand (a transition without a user). Stored as the code in
 * `demand_transitions.reason`; rows written before codes were used hold the English words.
 */
export const PLATFORM_REASONS = ['relevant_match'] as const;
export type PlatformReason = (typeof PLATFORM_REASONS)[number];

export const PLATFORM_REASON_LABEL: Record<PlatformReason, Bilingual> = {
  relevant_match: {
    zh: '需求方将一项匹配结果标记为相关，平台自动将需求改为已匹配',
    en: 'The enterprise marked a match relevant, so the platform moved the demand to matched',
  },
};

const LEGACY_PLATFORM_REASONS: Readonly<Record<string, PlatformReason>> = {
  'relevant match': 'relevant_match',
};

export type TransitionReasonCode = ClosedReason | PlatformReason;

/**
 * A stored transition reason read back: a closing reason (`'<code>: <note>'`), the platform's own reason
 * (a code), or a user's free note.
 */
export function transitionReason(
  stored: string | null,
  to: DemandState,
  byPlatform: boolean,
): { code: TransitionReasonCode | null; label: Bilingual | null; note: string | null } {
  const text = stored?.trim() || null;
  if (byPlatform && text) {
    const code = (PLATFORM_REASONS as readonly string[]).includes(text)
      ? (text as PlatformReason)
      : LEGACY_PLATFORM_REASONS[text];
    if (code) return { code, label: PLATFORM_REASON_LABEL[code], note: null };
  }
  if (to === 'closed' && text) {
    const [head, ...rest] = text.split(':');
    const code = (CLOSED_REASONS as readonly string[]).includes(head!.trim())
      ? (head!.trim() as ClosedReason)
      : 'other';
    const note = code === 'other' && head!.trim() !== 'other' ? text : rest.join(':').trim() || null;
    return { code, label: CLOSED_REASON_LABEL[code], note };
  }
  return { code: null, label: null, note: text };
}

export type TransitionCheck =
  | { ok: true }
  | { ok: false; code: 'SAME_STATE' | 'NOT_ALLOWED' | 'REASON_REQUIRED' | 'CLOSED'; message: Bilingual };

/** Whether `from → to` may happen with this reason (`reasonCode` and free text; 'other' needs the text). */
export function checkTransition(
  from: DemandState,
  to: DemandState,
  reasonCode: ClosedReason | null,
  note: string | null,
): TransitionCheck {
  if (from === 'closed')
    return {
      ok: false,
      code: 'CLOSED',
      message: {
        zh: '需求已关闭，不能再变更状态；如有新的需求请另行发布',
        en: 'The demand is closed and keeps its state; publish a new demand for a new need',
      },
    };
  if (from === to)
    return {
      ok: false,
      code: 'SAME_STATE',
      message: {
        zh: `需求已处于「${DEMAND_STATE_LABEL[to].zh}」状态`,
        en: `The demand is already ${DEMAND_STATE_LABEL[to].en.toLowerCase()}`,
      },
    };
  if (!MOVES[from].includes(to))
    return {
      ok: false,
      code: 'NOT_ALLOWED',
      message: {
        zh: `不能从「${DEMAND_STATE_LABEL[from].zh}」变为「${DEMAND_STATE_LABEL[to].zh}」`,
        en: `A demand cannot go from ${DEMAND_STATE_LABEL[from].en.toLowerCase()} to ${DEMAND_STATE_LABEL[to].en.toLowerCase()}`,
      },
    };
  if (to === 'closed' && (reasonCode === null || (reasonCode === 'other' && !note?.trim())))
    return {
      ok: false,
      code: 'REASON_REQUIRED',
      message:
        reasonCode === 'other'
          ? {
              zh: '选择“其他原因”时请说明关闭原因',
              en: 'Say why the demand is closed when the reason is "other"',
            }
          : { zh: '关闭需求须选择关闭原因', en: 'Closing a demand needs a reason' },
    };
  return { ok: true };
}
