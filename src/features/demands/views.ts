import { type Actor, authorize } from '../accounts';
import type { ReferenceCatalog } from '../reference';
import {
  allowedMoves,
  CLOSED_REASON_LABEL,
  CLOSED_REASONS,
  type ClosedReason,
  DEMAND_STATE_LABEL,
  type DemandState,
} from './lifecycle';
import {
  type EnterpriseSize,
  MODE_LABEL,
  SIZE_LABEL,
  TIMELINE_LABEL,
  type Timeline,
  type TransferMode,
} from './questionnaire';
import type { DemandRow } from './repository';

/** A demand as the API shows it: codes with their names, labels in both languages, what the caller may do. */
export interface DemandView {
  id: number;
  organisationId: number | null;
  organisationName: string | null;
  enterpriseName: string;
  creditCode: string;
  region: { code: string; name: string } | null;
  industry: { code: string; name: string | null } | null;
  enterpriseSize: EnterpriseSize | null;
  enterpriseSizeLabel: { zh: string; en: string } | null;
  title: string;
  problem: string;
  currentSolution: string;
  targetIndicators: string;
  desiredField: string;
  desiredIpc: { code: string; title: string | null }[];
  sei: { code: string; name: string | null }[];
  preferredModes: { code: TransferMode; label: { zh: string; en: string } }[];
  budgetMinFen: number | null;
  budgetMaxFen: number | null;
  timeline: Timeline | null;
  timelineLabel: { zh: string; en: string } | null;
  minTrl: number | null;
  /** Contact details are shown to signed-in users only (the public sees that a contact exists). */
  contact: { name: string; phone: string | null; email: string | null } | null;
  visibility: 'public' | 'private';
  state: DemandState;
  stateLabel: { zh: string; en: string };
  closedReason: { code: ClosedReason; label: { zh: string; en: string }; note: string | null } | null;
  source: string;
  sourceRow: number | null;
  createdAt: string;
  updatedAt: string;
  /** Whether the caller may edit, move and approve (the owner enterprise). */
  canEdit: boolean;
  /** States the caller may move the demand to now. */
  availableMoves: DemandState[];
  /** Organisations approved to see a private demand: shown to the owner and the administration only. */
  approvedOrganisationIds: number[] | null;
}

export function parseClosedReason(stored: string | null): DemandView['closedReason'] {
  if (!stored) return null;
  const [code, ...rest] = stored.split(':');
  const c = (CLOSED_REASONS as readonly string[]).includes(code!) ? (code as ClosedReason) : 'other';
  return { code: c, label: CLOSED_REASON_LABEL[c], note: rest.join(':').trim() || null };
}

/** Title of an IPC code, or of its main group for a subgroup (titles are held down to main groups). */
export function ipcHeadingTitle(ref: ReferenceCatalog, code: string): string | null {
  const own = ref.ipcTitle(code);
  if (own || !code.includes('/')) return own;
  return ref.ipcTitle(`${code.split('/')[0]}/00`) ?? ref.ipcTitle(code.slice(0, 4));
}

export function regionLabel(
  ref: ReferenceCatalog,
  code: string | null,
): { code: string; name: string } | null {
  if (!code) return null;
  const names = ref.regionPathNames(code);
  return { code, name: names.length ? names.join('') : (ref.regionName(code) ?? code) };
}

export function demandView(row: DemandRow, ref: ReferenceCatalog, actor: Actor): DemandView {
  const owner = row.organisation_id;
  const canEdit = owner !== null && authorize(actor, 'demand.update', { ownerOrganisationId: owner }).allowed;
  const seesApprovals = canEdit || (actor.kind === 'user' && actor.organisationKind === 'government');
  return {
    id: row.id,
    organisationId: owner,
    organisationName: row.organisation_name,
    enterpriseName: row.enterprise_name,
    creditCode: row.credit_code,
    region: regionLabel(ref, row.region_code),
    industry: row.industry_code
      ? { code: row.industry_code, name: ref.industryName(row.industry_code) }
      : null,
    enterpriseSize: row.enterprise_size,
    enterpriseSizeLabel: row.enterprise_size ? SIZE_LABEL[row.enterprise_size] : null,
    title: row.title,
    problem: row.problem,
    currentSolution: row.current_solution,
    targetIndicators: row.target_indicators,
    desiredField: row.desired_field,
    desiredIpc: row.desired_ipc.map((code) => ({ code, title: ipcHeadingTitle(ref, code) })),
    sei: row.sei_codes.map((code) => ({ code, name: ref.seiName(code) })),
    preferredModes: row.preferred_modes.map((code) => ({ code, label: MODE_LABEL[code] })),
    budgetMinFen: row.budget_min_fen,
    budgetMaxFen: row.budget_max_fen,
    timeline: row.timeline,
    timelineLabel: row.timeline ? TIMELINE_LABEL[row.timeline] : null,
    minTrl: row.min_trl,
    contact:
      actor.kind === 'user'
        ? { name: row.contact_name, phone: row.contact_phone, email: row.contact_email }
        : null,
    visibility: row.visibility,
    state: row.state,
    stateLabel: DEMAND_STATE_LABEL[row.state],
    closedReason: parseClosedReason(row.closed_reason),
    source: row.source,
    sourceRow: row.source_row,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    canEdit,
    availableMoves: canEdit ? [...allowedMoves(row.state)] : [],
    approvedOrganisationIds: seesApprovals ? row.approved_organisation_ids : null,
  };
}
