import type { Bilingual } from '../../platform/http/problem';
import { type LocalDate, rangesOverlap } from './calendarDate';

/**
 * A licence's scope (范围): term, territory and field of use (Judicial Interpretation on technology
 * contracts Art. 28: 范围 = 期限、地域、方式). Territory is a list of GB/T 2260 codes; an empty list means
 * the whole of 中华人民共和国境内. A null field means every field of use.
 */
export interface LicenceScope {
  territory: readonly string[];
  field: string | null;
}

export type LicenceKind = 'exclusive' | 'sole' | 'ordinary' | 'open';

export const LICENCE_KIND_LABEL: Record<LicenceKind, Bilingual> = {
  exclusive: { zh: '独占实施许可', en: 'exclusive licence' },
  sole: { zh: '排他实施许可', en: 'sole licence' },
  ordinary: { zh: '普通实施许可', en: 'ordinary licence' },
  open: { zh: '开放许可', en: 'open licence' },
};

export const WHOLE_COUNTRY: LicenceScope = { territory: [], field: null };

/** Two territories overlap when either is the whole country or one region contains the other. */
export function territoriesOverlap(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.some((x) => b.some((y) => x.startsWith(y) || y.startsWith(x)));
}

function normaliseField(field: string): string {
  return field.normalize('NFKC').trim().toLowerCase();
}

/** Fields overlap unless both are named and differ; free text cannot prove two fields are disjoint otherwise. */
export function fieldsOverlap(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  const x = normaliseField(a);
  const y = normaliseField(b);
  return x === '' || y === '' || x === y;
}

export interface TimedScope {
  startDate: LocalDate;
  /** Last day of the term, inclusive; null = no time limit (Judicial Interpretation Art. 28). */
  endDate: LocalDate | null;
  scope: LicenceScope;
}

export function scopesOverlap(a: TimedScope, b: TimedScope): boolean {
  return (
    rangesOverlap(a.startDate, a.endDate, b.startDate, b.endDate) &&
    territoriesOverlap(a.scope.territory, b.scope.territory) &&
    fieldsOverlap(a.scope.field, b.scope.field)
  );
}

export function describeTerritory(
  territory: readonly string[],
  names?: ReadonlyMap<string, string>,
): Bilingual {
  if (territory.length === 0) return { zh: '中华人民共和国境内', en: 'Mainland China' };
  const list = territory.map((c) => names?.get(c) ?? c);
  return { zh: list.join('、'), en: list.join(', ') };
}
