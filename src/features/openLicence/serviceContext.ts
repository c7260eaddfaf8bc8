import type { Database, Queryable } from '../../platform/db/database';
import { type FieldError, HttpProblem, problem } from '../../platform/http/problem';
import { organisationEmails, type UserActor } from '../accounts';
import type { SystemActor } from '../audit';
import { enqueueEmail } from '../outbox';
import type { RuleRefusal } from './articles';
import { type LocalDate, todayInChina } from './calendarDate';
import { type DeclarationTerms, normalisePartyName, type PatentFacts } from './eligibility';
import type { LifecycleRole } from './lifecycle';
import { fixedFeeFen, type PaymentTerms, royaltyOf } from './paymentTerms';
import * as repo from './repository';
import type { DeclarationInput } from './schemas';
import { type OpenLicenceSettings, resolveSettings } from './settings';

/** What the open-licence services need from the composition root. */
export interface OpenLicenceDeps {
  db: Database;
  /** Injected clock for tests and for the scheduled jobs; defaults to the system clock. */
  clock?: () => Date;
  /** Public base URL for links in feeds and e-mails. */
  publicUrl?: string;
}

export type ServiceActor = UserActor | SystemActor;

/** Who calls, and the HTTP request (for the audit log's IP and request id) when there is one. */
export interface Caller<A extends ServiceActor = UserActor> {
  actor: A;
  request?: { ip: string; id: string } | null;
}

export function now(deps: OpenLicenceDeps): Date {
  return deps.clock?.() ?? new Date();
}

/** Deadlines are counted in China Standard Time calendar days. */
export function today(deps: OpenLicenceDeps): LocalDate {
  return todayInChina(now(deps));
}

export async function loadSettings(q: Queryable): Promise<OpenLicenceSettings> {
  return resolveSettings(await repo.readSettingsRow(q));
}

export async function loadPatent(q: Queryable, id: number): Promise<repo.OpenLicencePatentRow> {
  const [patent] = await repo.readPatentsForOpenLicence(q, [id]);
  if (!patent) throw problem.notFound({ zh: `专利 ${id} 不存在`, en: `Patent ${id} not found` });
  return patent;
}

export async function loadDeclaration(
  q: Queryable,
  id: number,
  forUpdate = false,
): Promise<repo.DeclarationRow> {
  const row = await repo.getDeclaration(q, id, { forUpdate });
  if (!row) throw problem.notFound({ zh: `开放许可声明 ${id} 不存在`, en: `Declaration ${id} not found` });
  return row;
}

/** Everything the eligibility rules read about the patent, from the catalogue and this feature's tables. */
export async function patentFacts(
  q: Queryable,
  patent: repo.OpenLicencePatentRow,
  declarationId: number | null,
): Promise<PatentFacts> {
  const licences = await repo.readLicencesOf(q, patent.id);
  const pledges = await repo.readPledgesOf(q, patent.id);
  const suspensions = await repo.readSuspensionsOf(q, patent.id);
  const report = await repo.readEvaluationReport(q, patent.id);
  const other = await repo.hasOtherActiveDeclaration(q, patent.id, declarationId);
  return {
    patentType: patent.patentType,
    legalStatus: patent.legalStatus,
    grantDate: patent.grantDate,
    expiryDate: patent.expiryDate,
    feePaidUntil: patent.feePaidUntil,
    patentees: patent.patentees,
    licences: licences.map((l) => ({
      id: l.id,
      kind: l.kind,
      startDate: l.startDate,
      endDate: l.endDate,
      scope: { territory: l.territory, field: l.field },
    })),
    suspensions: suspensions.map((s) => ({ kind: s.kind, startDate: s.startDate, endDate: s.endDate })),
    pledges: pledges.map((p) => ({
      pledgee: p.pledgee,
      registeredOn: p.registeredOn,
      releasedOn: p.releasedOn,
      pledgeeConsentOn: p.pledgeeConsentOn,
    })),
    evaluationReport: report ? { reportNumber: report.reportNumber, issuedOn: report.issuedOn } : null,
    otherActiveDeclaration: other,
  };
}

export function declarationTerms(
  d: repo.DeclarationContent,
  consentedPatentees: readonly string[],
): DeclarationTerms {
  return {
    patentees: d.patentees,
    consentedPatentees,
    paymentTerms: d.paymentTerms,
    term: { startDate: d.termStart, endDate: d.termEnd },
    scope: { territory: d.territory, field: d.field },
    otherMatters: d.otherMatters,
  };
}

/** The stored content of a declaration from the wizard's or the sheet's input. */
export function declarationContent(
  input: DeclarationInput,
  patent: repo.OpenLicencePatentRow,
): repo.DeclarationContent {
  const terms = input.paymentTerms as PaymentTerms;
  const royalty = royaltyOf(terms);
  return {
    patentees: input.patentees ?? patent.patentees,
    paymentTerms: terms,
    paymentMode: terms.mode,
    fixedFeeFen: fixedFeeFen(terms),
    royaltyBase: royalty?.base ?? null,
    royaltyRateBp: royalty?.rateBp ?? null,
    termStart: input.term.startDate,
    termEnd: input.term.endDate,
    territory: [...new Set(input.territory)],
    field: input.field?.trim() ? input.field.trim() : null,
    otherMatters: input.otherMatters,
    contact: input.contact,
  };
}

/** Patentees whose consent counts: recorded consents plus, implicitly, the declaring organisation's own names. */
export function consentedNames(
  recorded: readonly { patenteeName: string }[],
  declarantNames: readonly string[],
): string[] {
  const names = new Map<string, string>();
  for (const n of [...recorded.map((c) => c.patenteeName), ...declarantNames])
    names.set(normalisePartyName(n), n);
  return [...names.values()];
}

export function ownsPatent(
  actor: ServiceActor,
  patent: { ownerOrganisationIds: readonly number[] },
): boolean {
  return (
    actor.kind === 'user' &&
    actor.organisationId !== null &&
    patent.ownerOrganisationIds.includes(actor.organisationId)
  );
}

export function isOperator(actor: ServiceActor): boolean {
  return (
    actor.kind === 'user' &&
    (actor.organisationKind === 'service_organisation' || actor.organisationKind === 'government')
  );
}

/** The lifecycle role of an already authorised caller. */
export function lifecycleRole(
  actor: ServiceActor,
  patent: { ownerOrganisationIds: readonly number[] },
): LifecycleRole {
  if (actor.kind === 'system') return 'system';
  if (ownsPatent(actor, patent)) return 'patentee';
  if (actor.organisationKind === 'service_organisation') return 'verifier';
  if (actor.organisationKind === 'government') return 'administration';
  if (actor.isPlatformAdmin) return 'admin';
  throw problem.forbidden({ zh: '无权处理该开放许可声明', en: 'You may not act on this declaration' });
}

/** Patentee, operator or platform administrator: sees drafts, checks and the full history. */
export function isParty(
  actor: ServiceActor | null,
  patent: { ownerOrganisationIds: readonly number[] },
): boolean {
  if (!actor) return false;
  if (actor.kind === 'system') return true;
  return ownsPatent(actor, patent) || isOperator(actor) || actor.isPlatformAdmin;
}

/**
 * Legal refusals as a 422 problem: each cites its article in the message; `code` and `article` of the
 * first are extension members, and all of them are listed in `refusals`.
 */
export function refusalProblem(
  refusals: readonly RuleRefusal[],
  summary: { zh: string; en: string },
  pathPrefix = 'body',
): HttpProblem {
  const errors: FieldError[] = refusals
    .filter((r) => r.field)
    .map((r) => ({ path: `${pathPrefix}.${r.field}`, message: r.message }));
  return new HttpProblem({
    status: 422,
    type: 'urn:zhuanhua:problem:open-licence-refused',
    title: { zh: '不符合规定，已拒绝', en: 'Refused under the rules' },
    detail: {
      zh: `${summary.zh}：${refusals.map((r) => r.message.zh).join('；')}`,
      en: `${summary.en}: ${refusals.map((r) => r.message.en).join('; ')}`,
    },
    errors,
    extensions: {
      code: refusals[0]?.code,
      article: refusals[0]?.article,
      refusals: refusals.map((r) => ({
        code: r.code,
        article: r.article,
        field: r.field,
        message: r.message,
      })),
    },
  });
}

export function actorLabel(actor: ServiceActor): string {
  return actor.kind === 'system' ? actor.name : actor.email;
}

export interface Notice {
  kind: repo.MessageKind;
  declarationId: number | null;
  licenceId: number | null;
  subject: string;
  body: string;
}

/**
 * Tells organisations something, in the caller's transaction: a message in their platform inbox and an
 * e-mail to each active user through the outbox (sent only if the transaction commits).
 */
export async function notifyOrganisations(
  tx: Queryable,
  deps: OpenLicenceDeps,
  organisationIds: readonly (number | null)[],
  notice: Notice,
): Promise<void> {
  const ids = [...new Set(organisationIds.filter((id): id is number => id !== null))];
  if (ids.length === 0) return;
  for (const organisationId of ids) await repo.insertMessage(tx, { organisationId, ...notice });
  const link =
    deps.publicUrl && notice.declarationId !== null
      ? `\n\n${deps.publicUrl.replace(/\/$/, '')}/open-licences/${notice.declarationId}`
      : '';
  for (const to of await organisationEmails(tx, ids))
    await enqueueEmail(tx, { to, subject: notice.subject, text: `${notice.body}${link}` });
}
