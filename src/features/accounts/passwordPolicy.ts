/**
 * Password policy, pure. Follows NIST SP 800-63B §5.1.1.2: a minimum length, a maximum that bounds
 * hashing work, a blocklist of common and context-specific passwords, and no composition rules.
 */
import type { Bilingual } from '../../platform/http/problem';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordRuleCode =
  | 'TOO_SHORT'
  | 'TOO_LONG'
  | 'EQUALS_EMAIL'
  | 'CONTAINS_EMAIL_NAME'
  | 'SINGLE_CHARACTER'
  | 'SEQUENCE'
  | 'COMMON_PASSWORD'
  | 'SAME_AS_CURRENT';

export interface PasswordProblem {
  code: PasswordRuleCode;
  message: Bilingual;
}

// Frequent passwords of at least 10 characters from public breach lists, and the platform's own words.
const COMMON = new Set([
  '1234567890',
  '0123456789',
  '12345678910',
  '123456789a',
  'a123456789',
  '1q2w3e4r5t',
  '1qaz2wsx3edc',
  'qwertyuiop',
  'qwerty1234',
  'qwerty123456',
  'asdfghjkl;',
  'zxcvbnm123',
  'password12',
  'password123',
  'password1234',
  'passw0rd123',
  'p@ssw0rd123',
  'iloveyou123',
  'abc1234567',
  'abcd123456',
  'abcdefghij',
  'woaini1314',
  '5201314520',
  '1314520520',
  'administrator',
  'admin12345',
  'admin123456',
  'changeme123',
  'welcome123',
  'letmein123',
  'zhuanhua123',
  'zhuanhua2024',
  'zhuanhua2025',
  'zhuanhua2026',
]);

const ROWS = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** A run along a digit, alphabet or keyboard row, forwards or backwards (e.g. `9876543210`). */
function isSequence(pw: string): boolean {
  const s = pw.toLowerCase();
  return ROWS.some((row) => {
    const twice = row + row;
    const reverse = [...twice].reverse().join('');
    return twice.includes(s) || reverse.includes(s);
  });
}

export interface PasswordContext {
  email: string;
  /** The current password's plain text when known (change-password form), to refuse re-use. */
  currentPassword?: string;
}

/** Every rule the password breaks; empty when acceptable. */
export function checkPassword(password: string, context: PasswordContext): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  const lower = password.toLowerCase();
  const email = context.email.trim().toLowerCase();
  const local = email.split('@')[0] ?? '';
  if (length < PASSWORD_MIN_LENGTH)
    problems.push({
      code: 'TOO_SHORT',
      message: {
        zh: `密码至少需要 ${PASSWORD_MIN_LENGTH} 个字符`,
        en: `The password needs at least ${PASSWORD_MIN_LENGTH} characters`,
      },
    });
  if (length > PASSWORD_MAX_LENGTH)
    problems.push({
      code: 'TOO_LONG',
      message: {
        zh: `密码不得超过 ${PASSWORD_MAX_LENGTH} 个字符`,
        en: `The password may have at most ${PASSWORD_MAX_LENGTH} characters`,
      },
    });
  if (email && lower === email)
    problems.push({
      code: 'EQUALS_EMAIL',
      message: { zh: '密码不能与电子邮箱相同', en: 'The password must not be your e-mail address' },
    });
  else if (local.length >= 4 && lower.includes(local))
    problems.push({
      code: 'CONTAINS_EMAIL_NAME',
      message: {
        zh: '密码不能包含电子邮箱的用户名部分',
        en: 'The password must not contain the name part of your e-mail address',
      },
    });
  if (length > 0 && new Set(password).size === 1)
    problems.push({
      code: 'SINGLE_CHARACTER',
      message: { zh: '密码不能由同一个字符重复组成', en: 'The password must not repeat a single character' },
    });
  else if (length >= 4 && isSequence(password))
    problems.push({
      code: 'SEQUENCE',
      message: {
        zh: '密码不能是连续的数字、字母或键盘序列',
        en: 'The password must not be a run of digits, letters or keyboard keys',
      },
    });
  if (COMMON.has(lower))
    problems.push({
      code: 'COMMON_PASSWORD',
      message: { zh: '该密码过于常见，容易被猜中', en: 'This password is too common and easily guessed' },
    });
  if (context.currentPassword !== undefined && password === context.currentPassword)
    problems.push({
      code: 'SAME_AS_CURRENT',
      message: { zh: '新密码不能与当前密码相同', en: 'The new password must differ from the current one' },
    });
  return problems;
}
