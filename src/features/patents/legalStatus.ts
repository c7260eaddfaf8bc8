import type { Bilingual } from '../../platform/http/problem';

/**
 * Normalised legal status (法律状态). Exports write it many ways ('有权-审定授权', '审中-实质审查',
 * '无权-未缴年费', '无效-视为撤回', '专利权有效', 'granted' …); the raw text is kept beside the enum.
 */
export const LEGAL_STATUSES = [
  'pending',
  'in_force',
  'lapsed',
  'expired',
  'invalidated',
  'withdrawn',
  'rejected',
  'abandoned',
  'unknown',
] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];

export const LEGAL_STATUS_LABEL: Record<LegalStatus, Bilingual> = {
  pending: { zh: '审中', en: 'Pending' },
  in_force: { zh: '有效', en: 'In force' },
  lapsed: { zh: '失效（未缴年费）', en: 'Lapsed (annual fee unpaid)' },
  expired: { zh: '失效（期限届满）', en: 'Expired' },
  invalidated: { zh: '宣告无效', en: 'Invalidated' },
  withdrawn: { zh: '撤回', en: 'Withdrawn' },
  rejected: { zh: '驳回', en: 'Rejected' },
  abandoned: { zh: '放弃', en: 'Abandoned' },
  unknown: { zh: '未知', en: 'Unknown' },
};

/** Ordered: the first pattern that matches a part decides. Specific causes come before generic words. */
const RULES: [RegExp, LegalStatus][] = [
  [/未缴年费|年费终止|欠费|fee|lapse/, 'lapsed'],
  [/期限届满|期满终止|届满|expir/, 'expired'],
  [/全部无效|宣告无效|被宣告|invalidat/, 'invalidated'],
  [/视为撤回|主动撤回|撤回|withdraw/, 'withdrawn'],
  [/驳回|reject|refus/, 'rejected'],
  [/放弃|abandon|surrender/, 'abandoned'],
  [/部分无效|审定授权|授权|有权|有效|in[ _-]?force|grant|active|valid/, 'in_force'],
  [/实质审查|实审|审中|在审|公开|公布|pending|examination|published/, 'pending'],
];

/** More advanced states win when a value lists several ('有权-审定授权;审中-实质审查' → in force). */
const PRECEDENCE: LegalStatus[] = [
  'invalidated',
  'expired',
  'lapsed',
  'abandoned',
  'rejected',
  'withdrawn',
  'in_force',
  'pending',
];

export function normaliseLegalStatus(raw: string | null | undefined): LegalStatus {
  const text = (raw ?? '').normalize('NFKC').toLowerCase().trim();
  if (text === '' || /^pct/.test(text)) return 'unknown';
  const found = new Set<LegalStatus>();
  for (const part of text.split(/[;；,，|]/)) {
    // '无效-驳回': in these exports the prefix (有权/无权/无效/审中) is generic; the suffix names the cause.
    const segments = part
      .split(/[-—–]/)
      .map((s) => s.trim())
      .filter(Boolean)
      .reverse();
    for (const seg of segments) {
      const rule = RULES.find(([re]) => re.test(seg));
      if (rule) {
        found.add(rule[1]);
        break;
      }
    }
  }
  for (const s of PRECEDENCE) if (found.has(s)) return s;
  return 'unknown';
}

/** Statuses in which the patent right exists and can be licensed, transferred or pledged. */
export function isInForce(status: LegalStatus): boolean {
  return status === 'in_force';
}
