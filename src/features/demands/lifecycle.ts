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
