import { parseLooseDate } from '../../../platform/calendarDate';
import type { Bilingual } from '../../../platform/http/problem';
import { parseApplicationNumber } from '../applicationNumber';
import { applicantTypeForHolder, classifyHolderName, parseApplicantType } from '../holderName';
import { normaliseLegalStatus } from '../legalStatus';
import type { PatentRecord } from '../patentRecord';
import { PATENT_TYPE_LABEL, type PatentType, parsePatentType } from '../patentType';
import { parsePublicationNumber } from '../publicationNumber';
import type { Field } from './headerMaps';

/** Reference look-ups row validation needs (from the reference feature), injected to keep this pure. */
export interface ImportReference {
  /** Canonical IPC code, or null when the text is not an IPC code. */
  normaliseIpc(code: string): string | null;
  /** Most specific GB/T 2260 code from a province field ('河南(41)', '41', '410000') and/or an address. */
  regionFrom(regionField: string | null, address: string | null): string | null;
  isIndustryCode(code: string): boolean;
}

export interface RowError {
  row: number;
  field: string;
  reason: Bilingual;
}

export type ValidatedRow =
  | { ok: true; row: number; record: Partial<PatentRecord>; key: RowKey }
  | { ok: false; errors: RowError[] };

/** How the catalogue finds the stored record a row speaks of. */
export interface RowKey {
  applicationNumber: string | null;
  publicationNumbers: string[];
}

const LIST_SPLIT = /[;；\n|]+/;
const NAME_SPLIT = /[;；\n|、]+/;
const MAX = { title: 500, abstract: 20_000, firstClaim: 50_000, legalEvents: 20_000, address: 500 } as const;

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(text).join(';');
  return String(v).trim();
}

function list(v: unknown, split: RegExp): string[] {
  const values = Array.isArray(v) ? v.map(text) : text(v).split(split);
  return [...new Set(values.map((s) => s.trim()).filter((s) => s !== ''))];
}

/**
 * Turns one source row (field → raw value) into the fields it provides, or the reasons it cannot be taken.
 * `label(field)` names the field as the user's file does (its column header or JSON key).
 */
export function validateRow(
  row: number,
  values: Map<Field, unknown>,
  label: (f: Field) => string,
  ref: ImportReference,
): ValidatedRow {
  const errors: RowError[] = [];
  const err = (field: Field, reason: Bilingual) => errors.push({ row, field: label(field), reason });
  const out: Partial<PatentRecord> = {};
  const raw = (f: Field) => (values.has(f) ? text(values.get(f)) : '');

  // Numbers. A CNKI 'href' carries the publication number inside a URL (…filename=CN108982325A).
  let appType: PatentType | undefined;
  const appRaw = raw('applicationNumber');
  if (appRaw) {
    const r = parseApplicationNumber(appRaw);
    if (r.ok) {
      out.applicationNumber = r.value.canonical;
      out.pct = r.value.pct;
      appType = r.value.patentType;
    } else err('applicationNumber', r.reason);
  }
  const pubTypes: PatentType[] = [];
  for (const f of ['publicationNumber', 'grantNumber'] as const) {
    let v = raw(f);
    const inUrl = /filename=(CN\w+?)(?:&|$)/i.exec(v);
    if (inUrl) v = inUrl[1]!;
    if (!v) continue;
    const r = parsePublicationNumber(v);
    if (r.ok) {
      out[f] = r.value.canonical;
      pubTypes.push(r.value.patentType);
    } else err(f, r.reason);
  }
  if (!out.applicationNumber && !out.publicationNumber && !out.grantNumber && errors.length === 0) {
    err(values.has('applicationNumber') ? 'applicationNumber' : 'publicationNumber', {
      zh: '缺少申请号和公开号，无法识别该专利',
      en: 'No application or publication number: the patent cannot be identified',
    });
  }

  // Type: the explicit column, the application number's type digit and the kind code must agree.
  const typeRaw = raw('patentType');
  const declared = parsePatentType(typeRaw);
  if (declared === undefined) {
    err('patentType', {
      zh: `无法识别的专利类型「${typeRaw}」（应为 发明 / 实用新型 / 外观设计）`,
      en: `Unrecognised patent type "${typeRaw}" (expected invention / utility model / design)`,
    });
  }
  const candidates = [declared ?? undefined, appType, ...pubTypes].filter((t): t is PatentType => !!t);
  const type = candidates[0];
  if (type && candidates.some((t) => t !== type)) {
    err('patentType', {
      zh: `专利类型不一致：${[...new Set(candidates)].map((t) => PATENT_TYPE_LABEL[t].zh).join(' / ')}（类型列、申请号类型位与公开号类别代码应一致）`,
      en: `Conflicting patent types: ${[...new Set(candidates)].map((t) => PATENT_TYPE_LABEL[t].en).join(' / ')} (type column, application number type digit and kind code must agree)`,
    });
  } else if (type) out.patentType = type;
  else if (declared !== undefined && errors.length === 0) {
    err('patentType', { zh: '无法确定专利类型', en: 'The patent type cannot be determined' });
  }

  // Texts.
  const title = raw('title');
  if (!title) err('title', { zh: '专利名称为空', en: 'Title is empty' });
  else if (title.length > MAX.title) err('title', tooLong(MAX.title));
  else out.title = title;
  for (const f of ['abstract', 'firstClaim', 'legalEvents', 'address'] as const) {
    const v = raw(f);
    if (!v) continue;
    if (v.length > MAX[f]) err(f, tooLong(MAX[f]));
    else out[f] = v;
  }

  // Classification.
  if (values.has('ipcCodes') || values.has('mainIpc')) {
    const codes: string[] = [];
    for (const f of ['mainIpc', 'ipcCodes'] as const) {
      for (const c of list(values.get(f), /[;；,，|\n]+/)) {
        const n = ref.normaliseIpc(c);
        if (n) {
          if (!codes.includes(n)) codes.push(n);
        } else {
          err(f, { zh: `无效的 IPC 分类号「${c}」`, en: `Invalid IPC code "${c}"` });
        }
      }
    }
    if (codes.length > 0) {
      out.ipcCodes = codes;
      out.mainIpc = raw('mainIpc')
        ? (ref.normaliseIpc(list(values.get('mainIpc'), LIST_SPLIT)[0]!) ?? null)
        : codes[0]!;
    }
  }
  const cpc = list(values.get('cpcCodes'), /[;；,，|\n]+/).map((c) =>
    c.normalize('NFKC').replace(/\s+/g, ''),
  );
  if (cpc.length) out.cpcCodes = cpc;

  // Parties.
  for (const f of ['applicants', 'patentees', 'inventors'] as const) {
    const names = list(values.get(f), NAME_SPLIT);
    if (names.length) out[f] = names;
  }
  const atRaw = raw('applicantType');
  const at = parseApplicantType(atRaw);
  if (at === undefined) {
    err('applicantType', {
      zh: `无法识别的申请人类型「${atRaw}」（应为 大专院校 / 科研机构 / 企业 / 个人 / 机关团体 / 其他）`,
      en: `Unrecognised applicant type "${atRaw}"`,
    });
  } else if (at) out.applicantType = at;
  else {
    const firstHolder = out.patentees?.[0] ?? out.applicants?.[0];
    if (firstHolder) out.applicantType = applicantTypeForHolder(classifyHolderName(firstHolder));
  }
  const region = ref.regionFrom(raw('regionCode') || null, out.address ?? null);
  if (region) out.regionCode = region;

  // Dates.
  for (const f of [
    'filingDate',
    'publicationDate',
    'grantDate',
    'feePaidUntil',
    'lapseDate',
    'invalidationDate',
  ] as const) {
    const v = raw(f);
    const d = parseLooseDate(v);
    if (d === undefined) err(f, badDate(v));
    else if (d) out[f] = d;
  }
  for (const f of ['transferDates', 'licenceDates', 'pledgeDates'] as const) {
    const dates: string[] = [];
    for (const v of list(values.get(f), /[;；,，|\s]+/)) {
      const d = parseLooseDate(v);
      if (d === undefined) err(f, badDate(v));
      else if (d) dates.push(d);
    }
    if (dates.length) out[f] = dates.sort();
  }

  // Status and counts.
  const status = raw('legalStatus');
  if (status) {
    out.legalStatus = normaliseLegalStatus(status);
    out.legalStatusRaw = status;
  }
  for (const f of ['transferCount', 'licenceCount', 'pledgeCount'] as const) {
    const v = raw(f);
    if (!v) continue;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 100_000) {
      err(f, { zh: `应为非负整数，实为「${v}」`, en: `Expected a non-negative integer, found "${v}"` });
    } else out[f] = n;
  }
  // Counts recorded without dates still count; dates without a count imply at least that many events.
  if (out.transferDates && (out.transferCount ?? 0) < out.transferDates.length)
    out.transferCount = out.transferDates.length;
  if (out.licenceDates && (out.licenceCount ?? 0) < out.licenceDates.length)
    out.licenceCount = out.licenceDates.length;
  if (out.pledgeDates && (out.pledgeCount ?? 0) < out.pledgeDates.length)
    out.pledgeCount = out.pledgeDates.length;

  // Manual tags.
  const industries = list(values.get('industryCodes'), /[;；,，|\s]+/).map((c) => c.toUpperCase());
  for (const c of industries) {
    if (!ref.isIndustryCode(c)) {
      err('industryCodes', {
        zh: `不是 GB/T 4754-2017 行业代码：「${c}」`,
        en: `Not a GB/T 4754-2017 industry code: "${c}"`,
      });
    }
  }
  if (industries.length) out.industryCodes = industries;
  const effects = list(values.get('technicalEffects'), NAME_SPLIT);
  if (effects.length) out.technicalEffects = effects;
  const trl = raw('trl');
  if (trl) {
    const n = Number(trl);
    if (!Number.isInteger(n) || n < 1 || n > 9) {
      err('trl', {
        zh: `技术就绪度应为 1–9 的整数，实为「${trl}」`,
        en: `TRL must be an integer 1–9, found "${trl}"`,
      });
    } else out.trl = n;
  }

  if (errors.length) return { ok: false, errors };
  const publicationNumbers = [out.publicationNumber, out.grantNumber].filter((n): n is string => !!n);
  return {
    ok: true,
    row,
    record: out,
    key: { applicationNumber: out.applicationNumber ?? null, publicationNumbers },
  };
}

function tooLong(max: number): Bilingual {
  return { zh: `内容过长（超过 ${max} 字）`, en: `Too long (more than ${max} characters)` };
}

function badDate(v: string): Bilingual {
  return {
    zh: `无法识别的日期「${v}」（应如 20221202 或 2022-12-02）`,
    en: `Unrecognised date "${v}" (e.g. 20221202 or 2022-12-02)`,
  };
}
