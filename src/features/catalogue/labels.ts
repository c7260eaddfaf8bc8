import type { Language } from '../../platform/http/problem';
import { APPLICANT_TYPE_LABEL, type ApplicantType } from '../patents/holderName';
import { LEGAL_STATUS_LABEL, type LegalStatus } from '../patents/legalStatus';
import { PATENT_TYPE_LABEL, type PatentType } from '../patents/patentType';
import type { ReferenceCatalog } from '../reference';

/** Human labels for facet values, in the reader's language where the code list has one. */
export function facetLabel(
  facet: string,
  value: string,
  lang: Language,
  ref: ReferenceCatalog,
  organisations: ReadonlyMap<string, string>,
): string {
  switch (facet) {
    case 'type':
      return PATENT_TYPE_LABEL[value as PatentType]?.[lang] ?? value;
    case 'legalStatus':
      return LEGAL_STATUS_LABEL[value as LegalStatus]?.[lang] ?? value;
    case 'applicantType':
      return APPLICANT_TYPE_LABEL[value as ApplicantType]?.[lang] ?? value;
    case 'ipcSection':
    case 'ipcClass':
    case 'ipcSubclass': {
      const title = ref.ipcTitle(value);
      return title ? `${value} ${title}` : value;
    }
    case 'sei':
      return ref.seiName(value) ?? value;
    case 'province':
    case 'city':
      return ref.regionPathNames(value).at(-1) ?? ref.regionName(value) ?? value;
    case 'industry': {
      const name = ref.industryName(value);
      return name ? `${value} ${name}` : value;
    }
    case 'organisation':
      return organisations.get(value) ?? value;
    case 'trl':
      return lang === 'zh' ? `TRL ${value} 级` : `TRL ${value}`;
    case 'filingYear':
      return lang === 'zh' ? `${value} 年` : value;
    default:
      return value;
  }
}

/** '河南省 郑州市' for a region code, or null. */
export function regionName(code: string | null, ref: ReferenceCatalog): string | null {
  if (!code) return null;
  const names = ref.regionPathNames(code.slice(0, Math.min(code.length, 4)));
  return names.length ? names.join(' ') : null;
}
