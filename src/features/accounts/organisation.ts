/** Identifiers of organisations, pure. */

const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * 统一社会信用代码, GB 32100-2015: 18 characters from a 31-character set (no I, O, S, V, Z); the last is
 * a check character, 31 − (Σ value × weight mod 31), with 31 written as 0.
 */
export function isUnifiedSocialCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARS.indexOf(code[i]!) * CREDIT_CODE_WEIGHTS[i]!;
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_CHARS[check] === code[17];
}

/** GB/T 2260 administrative division: province (2 digits), city (4) or county (6). */
export function isRegionCode(code: string): boolean {
  return /^(\d{2}|\d{4}|\d{6})$/.test(code);
}
