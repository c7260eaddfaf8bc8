import type { Bilingual } from '../../platform/http/problem';
import type { PatentType } from './patentType';

/**
 * Chinese patent application numbers (申请号).
 *
 * Current form (since 2003-10-01): 12 digits + '.' + check digit, e.g. 202122975192.6 —
 *   digits 1–4 year of filing, digit 5 type (1 invention, 2 utility model, 3 design,
 *   8 PCT invention entering China, 9 PCT utility model entering China), digits 6–12 serial.
 * Old form (1985–2003): 8 digits + '.' + check digit, e.g. 98123456.X — digits 1–2 year, digit 3 type.
 * Check digit: Σ digit × weight (weights 2,3,4,5,6,7,8,9 then again 2,3,4,5 for the 12-digit form),
 *   mod 11; a remainder of 10 is written X.
 * Accepted input decorations: prefixes CN/ZL (any case), full-width digits and letters, spaces, a missing dot.
 */
export interface ApplicationNumber {
  /** '202122975192.6' or '98123456.X' */
  canonical: string;
  digits: string;
  checkDigit: string;
  format: 'current' | 'legacy';
  filingYear: number;
  patentType: PatentType;
  pct: boolean;
  /** verified: given and correct; computed: absent in the input and added. */
  checkDigitStatus: 'verified' | 'computed';
}

export type ApplicationNumberResult =
  | { ok: true; value: ApplicationNumber }
  | { ok: false; code: ApplicationNumberError; reason: Bilingual };

export type ApplicationNumberError = 'EMPTY' | 'MALFORMED' | 'CHECK_DIGIT_MISMATCH' | 'UNKNOWN_TYPE_DIGIT';

const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

export function checkDigitFor(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * WEIGHTS[i]!;
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

const TYPE_DIGIT: Record<string, { patentType: PatentType; pct: boolean }> = {
  '1': { patentType: 'invention', pct: false },
  '2': { patentType: 'utility_model', pct: false },
  '3': { patentType: 'design', pct: false },
  '8': { patentType: 'invention', pct: true },
  '9': { patentType: 'utility_model', pct: true },
};

/** NFKC folds full-width digits and letters (２０２１, ＣＮ, ．) to ASCII. */
function clean(raw: string): string {
  return raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\u3000]+/g, '')
    .replace(/。/g, '.');
}

export function parseApplicationNumber(raw: string | null | undefined): ApplicationNumberResult {
  const input = clean(raw ?? '');
  if (input === '') return fail('EMPTY', { zh: '申请号为空', en: 'Application number is empty' });
  const m = /^(?:CN|ZL)?(\d{8}|\d{12})(?:\.?([0-9X]))?$/.exec(input);
  if (!m) {
    return fail('MALFORMED', {
      zh: `申请号格式不正确：「${raw}」（应为 12 位数字加校验位，如 202122975192.6，或旧式 8 位数字加校验位）`,
      en: `Malformed application number "${raw}" (expected 12 digits and a check digit, e.g. 202122975192.6, or the old 8-digit form)`,
    });
  }
  const digits = m[1]!;
  const given = m[2];
  const legacy = digits.length === 8;
  const typeInfo = TYPE_DIGIT[digits[legacy ? 2 : 4]!];
  if (!typeInfo) {
    return fail('UNKNOWN_TYPE_DIGIT', {
      zh: `申请号「${raw}」的类型位为 ${digits[legacy ? 2 : 4]}，不是 1/2/3/8/9 之一`,
      en: `Application number "${raw}" has type digit ${digits[legacy ? 2 : 4]}, not one of 1/2/3/8/9`,
    });
  }
  const expected = checkDigitFor(digits);
  if (given !== undefined && given !== expected) {
    return fail('CHECK_DIGIT_MISMATCH', {
      zh: `申请号「${raw}」校验位错误：应为 ${expected}，实为 ${given}`,
      en: `Application number "${raw}" fails its check digit: expected ${expected}, found ${given}`,
    });
  }
  const yy = Number(digits.slice(0, legacy ? 2 : 4));
  return {
    ok: true,
    value: {
      canonical: `${digits}.${expected}`,
      digits,
      checkDigit: expected,
      format: legacy ? 'legacy' : 'current',
      filingYear: legacy ? (yy >= 85 ? 1900 + yy : 2000 + yy) : yy,
      patentType: typeInfo.patentType,
      pct: typeInfo.pct,
      checkDigitStatus: given === undefined ? 'computed' : 'verified',
    },
  };
}

function fail(code: ApplicationNumberError, reason: Bilingual): ApplicationNumberResult {
  return { ok: false, code, reason };
}

/** Display forms: 'CN202122975192.6' in lists, 'ZL202122975192.6' as the patent number of a granted patent. */
export function displayApplicationNumber(canonical: string, prefix: 'CN' | 'ZL' = 'CN'): string {
  return `${prefix}${canonical}`;
}
