import { describe, expect, it } from 'vitest';
import type { Refusal } from './eligibility';
import {
  availableActions,
  type Checklist,
  DECLARATION_STATES,
  type DeclarationState,
  decideTransition,
  type LifecycleAction,
  type LifecycleRole,
  licenceSurvivesWithdrawal,
  openLicenceInForce,
  type TransitionInput,
} from './lifecycle';

const ALL_CONFIRMED: Checklist = {
  validity: 'confirmed',
  noExclusiveLicence: 'confirmed',
  pledgeStatus: 'confirmed',
  feePaid: 'confirmed',
  evaluationReport: 'confirmed',
};
const ROLES: LifecycleRole[] = ['patentee', 'verifier', 'administration', 'admin', 'system'];
const ACTIONS: LifecycleAction[] = [
  'submit',
  'return',
  'verify',
  'publish',
  'suspend',
  'reinstate',
  'withdraw',
  'end',
];

/**
 * Written out by hand from the issues, independent of the TRANSITIONS table. "from:role → to". Verification and
 * publication are the service organisations' (verifier); the IP administration may suspend and reinstate; the
 * platform administrator takes no step in the workflow.
 */
const ALLOWED: Record<LifecycleAction, string[]> = {
  submit: ['draft:patentee→submitted'],
  return: ['submitted:verifier→draft', 'verified:verifier→draft'],
  verify: ['submitted:verifier→verified'],
  publish: ['verified:verifier→published'],
  suspend: [
    'published:system→suspended',
    'published:verifier→suspended',
    'published:administration→suspended',
  ],
  reinstate: [
    'suspended:system→published',
    'suspended:verifier→published',
    'suspended:administration→published',
  ],
  withdraw: [
    'draft:patentee→withdrawn',
    'submitted:patentee→withdrawn',
    'verified:patentee→withdrawn',
    'published:patentee→withdrawn',
    'suspended:patentee→withdrawn',
  ],
  end: ['published:system→ended', 'suspended:system→ended'],
};

function fullInput(state: DeclarationState, action: LifecycleAction, role: LifecycleRole) {
  return {
    state,
    action,
    role,
    reason: '理由',
    refusals: [] as Refusal[],
    checklist: ALL_CONFIRMED,
    writtenWithdrawal: '撤回声明书 2025-001',
    termEndDate: '2025-01-31',
    today: '2025-02-01',
  };
}

describe('lifecycle: who may do what, from which state', () => {
  const cells = DECLARATION_STATES.flatMap((state) =>
    ACTIONS.flatMap((action) => ROLES.map((role) => ({ state, action, role }))),
  );
  it.each(cells)('$action from $state by $role', ({ state, action, role }) => {
    const decision = decideTransition(fullInput(state, action, role));
    const expected = ALLOWED[action].find((cell) => cell.startsWith(`${state}:${role}→`));
    if (expected) {
      expect(decision).toMatchObject({ ok: true, to: expected.split('→')[1] });
    } else {
      expect(decision.ok).toBe(false);
      if (!decision.ok)
        expect(['TRANSITION_NOT_ALLOWED', 'ROLE_NOT_ALLOWED']).toContain(decision.refusal.code);
    }
  });

  it('withdrawn and ended are final', () => {
    for (const role of ROLES) {
      expect(availableActions('withdrawn', role)).toEqual([]);
      expect(availableActions('ended', role)).toEqual([]);
    }
    expect(availableActions('published', 'patentee')).toEqual(['withdraw']);
    expect(availableActions('submitted', 'verifier')).toEqual(['return', 'verify']);
  });
});

describe('lifecycle guards', () => {
  const refusal: Refusal = {
    code: 'PLEDGED_WITHOUT_CONSENT',
    article: '专利法实施细则第86条第（四）项',
    message: {
      zh: '已质押（专利法实施细则第86条第（四）项）',
      en: 'pledged (Implementing Regulations Art. 86(iv))',
    },
  };
  it.each([
    {
      name: 'Law 50(2): withdrawal without a written statement is refused',
      input: { ...fullInput('published', 'withdraw', 'patentee'), writtenWithdrawal: '  ' },
      code: 'WRITTEN_WITHDRAWAL_REQUIRED',
      article: '专利法第50条第2款',
    },
    {
      name: 'suspension needs a reason',
      input: { ...fullInput('published', 'suspend', 'system'), reason: '' },
      code: 'REASON_REQUIRED',
    },
    {
      name: 'return needs a reason',
      input: { ...fullInput('submitted', 'return', 'verifier'), reason: null },
      code: 'REASON_REQUIRED',
    },
    {
      name: 'verification needs every checklist item confirmed',
      input: {
        ...fullInput('submitted', 'verify', 'verifier'),
        checklist: { ...ALL_CONFIRMED, feePaid: 'failed' },
      },
      code: 'CHECKLIST_INCOMPLETE',
    },
    {
      name: 'evaluation report may not be "not applicable" for a utility model',
      input: {
        ...fullInput('submitted', 'verify', 'verifier'),
        checklist: { ...ALL_CONFIRMED, evaluationReport: 'not_applicable' as const },
        isInvention: false,
      },
      code: 'CHECKLIST_INCOMPLETE',
    },
    {
      name: 'submission is refused while eligibility refuses',
      input: { ...fullInput('draft', 'submit', 'patentee'), refusals: [refusal] },
      code: 'NOT_ELIGIBLE',
      article: '专利法实施细则第86条第（四）项',
    },
    {
      name: 'reinstatement is refused while a bar remains',
      input: { ...fullInput('suspended', 'reinstate', 'system'), refusals: [refusal] },
      code: 'NOT_ELIGIBLE',
    },
    {
      name: 'a term that ends today has not ended',
      input: { ...fullInput('published', 'end', 'system'), termEndDate: '2025-02-01' },
      code: 'TERM_NOT_ENDED',
    },
  ] as { name: string; input: TransitionInput; code: string; article?: string }[])(
    '$name',
    ({ input, code, article }) => {
      const decision = decideTransition(input);
      expect(decision.ok).toBe(false);
      if (decision.ok) return;
      expect(decision.refusal.code).toBe(code);
      if (article) expect(decision.refusal.article).toBe(article);
      expect(decision.refusal.message.zh).toContain(decision.refusal.article.split('；')[0]!);
    },
  );

  it('an invention may mark the evaluation report not applicable', () => {
    const decision = decideTransition({
      ...fullInput('submitted', 'verify', 'verifier'),
      checklist: { ...ALL_CONFIRMED, evaluationReport: 'not_applicable' },
      isInvention: true,
    });
    expect(decision).toMatchObject({ ok: true, to: 'verified' });
  });

  it('Law 51(3) counts a suspended declaration as still in force; Law 50(2) keeps earlier licences', () => {
    expect(openLicenceInForce('published')).toBe(true);
    expect(openLicenceInForce('suspended')).toBe(true);
    expect(openLicenceInForce('withdrawn')).toBe(false);
    expect(openLicenceInForce('verified')).toBe(false);
    expect(licenceSurvivesWithdrawal('2025-03-01', '2025-03-01')).toBe(true);
    expect(licenceSurvivesWithdrawal('2025-03-02', '2025-03-01')).toBe(false);
  });
});
