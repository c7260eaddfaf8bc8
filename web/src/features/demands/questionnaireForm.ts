import { formFieldPath } from '../../api/client';
import type { LabelledCode } from '../patents/IndustryPicker';
import type { Demand, DemandInput, EnterpriseSize, Timeline, TransferMode, Visibility } from './api';
import { type BudgetProblem, budgetFromYuan, fenToYuanInput } from './budget';

/**
 * The questionnaire as the form holds it (texts as typed, yuan, pickers' values) and its translation to and
 * from the API body. Pure, so the mapping of every field — and of every server field error back onto the
 * form — is unit-tested.
 */
export interface QuestionnaireValues {
  enterpriseName: string;
  creditCode: string;
  province?: string;
  city?: string;
  industry: LabelledCode[];
  enterpriseSize?: EnterpriseSize;
  title: string;
  problem: string;
  currentSolution: string;
  targetIndicators: string;
  desiredField: string;
  desiredIpc: string[];
  seiCodes: string[];
  preferredModes: TransferMode[];
  budgetMinYuan: string;
  budgetMaxYuan: string;
  timeline?: Timeline;
  minTrl?: number;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  visibility: Visibility;
}

export type FormField = keyof QuestionnaireValues;

export const EMPTY_QUESTIONNAIRE: QuestionnaireValues = {
  enterpriseName: '',
  creditCode: '',
  industry: [],
  title: '',
  problem: '',
  currentSolution: '',
  targetIndicators: '',
  desiredField: '',
  desiredIpc: [],
  seiCodes: [],
  preferredModes: [],
  budgetMinYuan: '',
  budgetMaxYuan: '',
  contactName: '',
  contactPhone: '',
  contactEmail: '',
  visibility: 'public',
};

const blank = (s: string | undefined) => (s?.trim() ? s.trim() : null);

/** The API body, or the budget problems to show on the budget fields (nothing is sent then). */
export function toDemandInput(
  v: QuestionnaireValues,
):
  | { ok: true; input: DemandInput }
  | { ok: false; problems: { field: FormField; problem: BudgetProblem }[] } {
  const budget = budgetFromYuan(v.budgetMinYuan, v.budgetMaxYuan);
  if (budget.problems.length) return { ok: false, problems: budget.problems };
  return {
    ok: true,
    input: {
      enterpriseName: v.enterpriseName.trim(),
      creditCode: v.creditCode.trim(),
      regionCode: blank(v.city) ?? blank(v.province),
      industryCode: v.industry[0]?.value ?? null,
      enterpriseSize: v.enterpriseSize ?? null,
      title: v.title.trim(),
      problem: v.problem.trim(),
      currentSolution: v.currentSolution.trim(),
      targetIndicators: v.targetIndicators.trim(),
      desiredField: v.desiredField.trim(),
      desiredIpc: v.desiredIpc.map((c) => c.trim()).filter(Boolean),
      seiCodes: v.seiCodes,
      preferredModes: v.preferredModes,
      budgetMinFen: budget.minFen,
      budgetMaxFen: budget.maxFen,
      timeline: v.timeline ?? null,
      minTrl: v.minTrl ?? null,
      contactName: v.contactName.trim(),
      contactPhone: blank(v.contactPhone),
      contactEmail: blank(v.contactEmail),
      visibility: v.visibility,
    },
  };
}

/** A demand back into the form (for editing). */
export function fromDemand(d: Demand): QuestionnaireValues {
  const region = d.region?.code ?? '';
  return {
    enterpriseName: d.enterpriseName,
    creditCode: d.creditCode,
    ...(region ? { province: region.slice(0, 2) } : {}),
    ...(region.length >= 4 ? { city: region.slice(0, 4) } : {}),
    industry: d.industry
      ? [{ value: d.industry.code, label: [d.industry.code, d.industry.name].filter(Boolean).join(' ') }]
      : [],
    ...(d.enterpriseSize ? { enterpriseSize: d.enterpriseSize } : {}),
    title: d.title,
    problem: d.problem,
    currentSolution: d.currentSolution,
    targetIndicators: d.targetIndicators,
    desiredField: d.desiredField,
    desiredIpc: d.desiredIpc.map((i) => i.code),
    seiCodes: d.sei.map((s) => s.code),
    preferredModes: d.preferredModes.map((m) => m.code),
    budgetMinYuan: fenToYuanInput(d.budgetMinFen),
    budgetMaxYuan: fenToYuanInput(d.budgetMaxFen),
    ...(d.timeline ? { timeline: d.timeline } : {}),
    ...(d.minTrl ? { minTrl: d.minTrl } : {}),
    contactName: d.contact?.name ?? '',
    contactPhone: d.contact?.phone ?? '',
    contactEmail: d.contact?.email ?? '',
    visibility: d.visibility,
  };
}

const SERVER_TO_FORM: Record<string, FormField> = {
  regionCode: 'province',
  industryCode: 'industry',
  budgetMinFen: 'budgetMinYuan',
  budgetMaxFen: 'budgetMaxYuan',
};

const FORM_FIELDS = new Set<string>(
  Object.keys(EMPTY_QUESTIONNAIRE).concat(['province', 'city', 'enterpriseSize', 'timeline', 'minTrl']),
);

/**
 * Server field errors (`body.creditCode`, `body.budgetMaxFen`, `body.desiredIpc.1`) on the form's fields,
 * messages joined per field; errors that name no field of the form stay in the alert only.
 */
export function fieldErrors(errors: readonly { path: string; message: string }[]): Map<FormField, string[]> {
  const out = new Map<FormField, string[]>();
  for (const e of errors) {
    const [head] = formFieldPath(e.path);
    if (typeof head !== 'string') continue;
    const field = SERVER_TO_FORM[head] ?? head;
    if (!FORM_FIELDS.has(field)) continue;
    const list = out.get(field as FormField) ?? [];
    if (!list.includes(e.message)) list.push(e.message);
    out.set(field as FormField, list);
  }
  return out;
}
