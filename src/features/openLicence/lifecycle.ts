import type { Bilingual } from '../../platform/http/problem';
import { ARTICLES, cite, type RuleRefusal } from './articles';
import type { Refusal } from './eligibility';

/**
 * The life of an open-licence declaration on the platform:
 *
 *   draft → submitted → verified → published ⇄ suspended → withdrawn
 *             ↓ returned ↑                 ↘ ended (term over)
 *
 * - verified: a service organisation's secondary check (二次核查) against a checklist;
 * - published: in the public pool, open for uptake (the announcement of Law Art. 50(1) is CNIPA's; the
 *   platform publishes its pool entry and the CSV for submission to the national platform);
 * - suspended: re-verification found a bar (lapse, pledge, suspension …) or a verifier suspended it;
 * - withdrawn: only in writing (Law Art. 50(2)); licences already granted stay in force;
 * - ended: the declared term is over (platform state; no new uptake).
 * Every transition is recorded with who, when and why by the service.
 */
export type DeclarationState =
  | 'draft'
  | 'submitted'
  | 'verified'
  | 'published'
  | 'suspended'
  | 'withdrawn'
  | 'ended';
export const LIFECYCLE_ACTIONS = [
  'submit',
  'return',
  'verify',
  'publish',
  'suspend',
  'reinstate',
  'withdraw',
  'end',
] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];
/**
 * - patentee: a member of an organisation that holds the patent (or an individual patentee's account);
 * - verifier: a member of a service organisation (服务机构) doing 二次核查 — verification is theirs alone;
 * - administration: the IP administration (知识产权局/市场监管局), which sees everything and may suspend or
 *   reinstate a published declaration, but does not verify or publish;
 * - admin: platform administrator (technical operation: sees the workflow, takes no step in it);
 * - system: the scheduled re-verification.
 */
export type LifecycleRole = 'patentee' | 'verifier' | 'administration' | 'admin' | 'system';

export const DECLARATION_STATES: readonly DeclarationState[] = [
  'draft',
  'submitted',
  'verified',
  'published',
  'suspended',
  'withdrawn',
  'ended',
];

export const STATE_LABEL: Record<DeclarationState, Bilingual> = {
  draft: { zh: '草稿', en: 'draft' },
  submitted: { zh: '已提交待核查', en: 'submitted' },
  verified: { zh: '已核查待发布', en: 'verified' },
  published: { zh: '已发布', en: 'published' },
  suspended: { zh: '已中止', en: 'suspended' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
  ended: { zh: '期限届满', en: 'term ended' },
};

export interface TransitionRule {
  action: LifecycleAction;
  from: readonly DeclarationState[];
  to: DeclarationState;
  roles: readonly LifecycleRole[];
  /** A reason text is required (shown to the patentee). */
  needsReason: boolean;
  /** The eligibility check must pass (no refusals) at the moment of the transition. */
  needsEligibility: boolean;
  label: Bilingual;
}

/** Who may do what. The routes show this table in the OpenAPI description; tests walk every cell. */
export const TRANSITIONS: readonly TransitionRule[] = [
  {
    action: 'submit',
    from: ['draft'],
    to: 'submitted',
    roles: ['patentee'],
    needsReason: false,
    needsEligibility: true,
    label: { zh: '提交', en: 'submit' },
  },
  {
    action: 'return',
    from: ['submitted', 'verified'],
    to: 'draft',
    roles: ['verifier'],
    needsReason: true,
    needsEligibility: false,
    label: { zh: '退回修改', en: 'return for changes' },
  },
  {
    action: 'verify',
    from: ['submitted'],
    to: 'verified',
    roles: ['verifier'],
    needsReason: false,
    needsEligibility: true,
    label: { zh: '核查通过', en: 'verify' },
  },
  {
    action: 'publish',
    from: ['verified'],
    to: 'published',
    roles: ['verifier'],
    needsReason: false,
    needsEligibility: true,
    label: { zh: '发布', en: 'publish' },
  },
  {
    action: 'suspend',
    from: ['published'],
    to: 'suspended',
    roles: ['system', 'verifier', 'administration'],
    needsReason: true,
    needsEligibility: false,
    label: { zh: '中止', en: 'suspend' },
  },
  {
    action: 'reinstate',
    from: ['suspended'],
    to: 'published',
    roles: ['system', 'verifier', 'administration'],
    needsReason: true,
    needsEligibility: true,
    label: { zh: '恢复', en: 'reinstate' },
  },
  {
    action: 'withdraw',
    from: ['draft', 'submitted', 'verified', 'published', 'suspended'],
    to: 'withdrawn',
    roles: ['patentee'],
    needsReason: true,
    needsEligibility: false,
    label: { zh: '撤回', en: 'withdraw' },
  },
  {
    action: 'end',
    from: ['published', 'suspended'],
    to: 'ended',
    roles: ['system'],
    needsReason: true,
    needsEligibility: false,
    label: { zh: '期限届满', en: 'term ended' },
  },
];

export type ChecklistItem =
  | 'validity'
  | 'noExclusiveLicence'
  | 'pledgeStatus'
  | 'feePaid'
  | 'evaluationReport';
export const CHECKLIST_ITEMS: readonly ChecklistItem[] = [
  'validity',
  'noExclusiveLicence',
  'pledgeStatus',
  'feePaid',
  'evaluationReport',
];
export const CHECKLIST_LABEL: Record<ChecklistItem, Bilingual> = {
  validity: { zh: '专利权有效（已授权、未终止、未届满、未被宣告无效）', en: 'Patent in force' },
  noExclusiveLicence: { zh: '不存在有效的独占或排他许可', en: 'No exclusive or sole licence in force' },
  pledgeStatus: { zh: '未质押，或已取得质权人同意', en: 'Not pledged, or pledgee consent on record' },
  feePaid: { zh: '年费已按规定缴纳（不在滞纳期）', en: 'Annual fee paid (not in the grace period)' },
  evaluationReport: {
    zh: '实用新型/外观设计已提供专利权评价报告',
    en: 'Evaluation report provided (utility model/design)',
  },
};
export type ChecklistAnswer = 'confirmed' | 'not_applicable' | 'failed';
export type Checklist = Partial<Record<ChecklistItem, ChecklistAnswer>>;

export type LifecycleRefusalCode =
  | 'TRANSITION_NOT_ALLOWED'
  | 'ROLE_NOT_ALLOWED'
  | 'REASON_REQUIRED'
  | 'WRITTEN_WITHDRAWAL_REQUIRED'
  | 'CHECKLIST_INCOMPLETE'
  | 'TERM_NOT_ENDED'
  | 'NOT_ELIGIBLE';
export type LifecycleRefusal = RuleRefusal<LifecycleRefusalCode> & { refusals?: Refusal[] };

const PLATFORM_WORKFLOW = { zh: '平台核查流程', en: 'platform verification workflow' };

export interface TransitionInput {
  state: DeclarationState;
  action: LifecycleAction;
  role: LifecycleRole;
  reason?: string | null;
  /** The eligibility refusals computed now; required for transitions that need eligibility. */
  refusals?: readonly Refusal[];
  /** verify: the verifier's checklist. */
  checklist?: Checklist;
  /** verify: whether the evaluation report item may be 'not_applicable' (inventions). */
  isInvention?: boolean;
  /** withdraw: reference of the written withdrawal statement (document number or uploaded text). */
  writtenWithdrawal?: string | null;
  /** end: the declared term's last day and today. */
  termEndDate?: string;
  today?: string;
}

export type TransitionDecision =
  | { ok: true; from: DeclarationState; to: DeclarationState; rule: TransitionRule }
  | { ok: false; refusal: LifecycleRefusal };

export function ruleFor(action: LifecycleAction): TransitionRule {
  const rule = TRANSITIONS.find((t) => t.action === action);
  if (!rule) throw new Error(`no transition rule for ${action}`);
  return rule;
}

/** Actions the role may take from this state (for buttons in the UI; the server decides anyway). */
export function availableActions(state: DeclarationState, role: LifecycleRole): LifecycleAction[] {
  return TRANSITIONS.filter((t) => t.from.includes(state) && t.roles.includes(role)).map((t) => t.action);
}

/** Decides one transition. Pure: the service supplies the eligibility result and records the outcome. */
export function decideTransition(input: TransitionInput): TransitionDecision {
  const rule = ruleFor(input.action);
  const fail = (refusal: LifecycleRefusal): TransitionDecision => ({ ok: false, refusal });
  if (!rule.from.includes(input.state))
    return fail(
      cite(
        'TRANSITION_NOT_ALLOWED',
        PLATFORM_WORKFLOW,
        `当前状态为“${STATE_LABEL[input.state].zh}”，不能执行“${rule.label.zh}”`,
        `Cannot ${rule.label.en} a declaration that is ${STATE_LABEL[input.state].en}`,
      ),
    );
  if (!rule.roles.includes(input.role))
    return fail(
      cite(
        'ROLE_NOT_ALLOWED',
        PLATFORM_WORKFLOW,
        `“${rule.label.zh}”只能由${rule.roles.map((r) => ROLE_LABEL[r].zh).join('或')}执行`,
        `Only ${rule.roles.map((r) => ROLE_LABEL[r].en).join(' or ')} may ${rule.label.en}`,
      ),
    );
  if (input.action === 'withdraw') {
    // Law Art. 50(2): 撤回开放许可声明的，应当以书面方式提出.
    if (!input.writtenWithdrawal?.trim())
      return fail(
        cite(
          'WRITTEN_WITHDRAWAL_REQUIRED',
          ARTICLES.law50_2,
          '撤回开放许可声明应当以书面方式提出，请提供书面撤回声明',
          'A declaration is withdrawn only in writing; attach the written withdrawal',
          'writtenWithdrawal',
        ),
      );
  }
  if (rule.needsReason && !input.reason?.trim())
    return fail(
      cite(
        'REASON_REQUIRED',
        PLATFORM_WORKFLOW,
        `“${rule.label.zh}”需要写明理由`,
        `A reason is required to ${rule.label.en}`,
        'reason',
      ),
    );
  if (input.action === 'verify') {
    const missing = CHECKLIST_ITEMS.filter((item) => {
      const answer = input.checklist?.[item];
      if (answer === 'confirmed') return false;
      if (answer === 'not_applicable') return !(item === 'evaluationReport' && input.isInvention === true);
      return true;
    });
    if (missing.length > 0)
      return fail(
        cite(
          'CHECKLIST_INCOMPLETE',
          PLATFORM_WORKFLOW,
          `核查清单未全部确认：${missing.map((m) => CHECKLIST_LABEL[m].zh).join('；')}`,
          `Checklist items not confirmed: ${missing.map((m) => CHECKLIST_LABEL[m].en).join('; ')}`,
          'checklist',
        ),
      );
  }
  if (input.action === 'end' && !(input.termEndDate && input.today && input.termEndDate < input.today))
    return fail(
      cite(
        'TERM_NOT_ENDED',
        ARTICLES.regs85_1_4,
        '声明的许可期限尚未届满',
        'The declared licence term has not ended yet',
      ),
    );
  if (rule.needsEligibility) {
    if (input.refusals === undefined) throw new Error(`${input.action} needs the eligibility result`);
    if (input.refusals.length > 0)
      return fail({
        code: 'NOT_ELIGIBLE',
        article: [...new Set(input.refusals.map((r) => r.article))].join('；'),
        message: {
          zh: `不符合开放许可条件：${input.refusals.map((r) => r.message.zh).join('；')}`,
          en: `Not eligible for open licence: ${input.refusals.map((r) => r.message.en).join('; ')}`,
        },
        refusals: [...input.refusals],
      });
  }
  return { ok: true, from: input.state, to: rule.to, rule };
}

const ROLE_LABEL: Record<LifecycleRole, Bilingual> = {
  patentee: { zh: '专利权人', en: 'the patentee' },
  verifier: { zh: '核查服务机构', en: 'a verifying service organisation' },
  administration: { zh: '知识产权管理部门', en: 'the IP administration' },
  admin: { zh: '平台管理员', en: 'a platform administrator' },
  system: { zh: '系统自动核查', en: 'the scheduled re-verification' },
};

/**
 * Whether the open licence counts as "实行开放许可" for Law Art. 51(3) (no exclusive or sole licence may be
 * granted). A suspended declaration has not been withdrawn and announced as such, so it still counts.
 */
export function openLicenceInForce(state: DeclarationState): boolean {
  return state === 'published' || state === 'suspended';
}

/** Only a published declaration takes new uptake (Law Art. 51(1)). */
export function acceptsUptake(state: DeclarationState): boolean {
  return state === 'published';
}

/** Law Art. 50(2): 开放许可声明被公告撤回的，不影响在先给予的开放许可的效力. */
export function licenceSurvivesWithdrawal(licenceEffectiveDate: string, withdrawnOn: string): boolean {
  return licenceEffectiveDate <= withdrawnOn;
}
