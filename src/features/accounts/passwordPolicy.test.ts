import { describe, expect, it } from 'vitest';
import { checkPassword, type PasswordRuleCode } from './passwordPolicy';

const email = 'li.wei@tsinghua.edu.cn';

describe('password policy (NIST SP 800-63B §5.1.1.2)', () => {
  const cases: Array<{ name: string; password: string; current?: string; codes: PasswordRuleCode[] }> = [
    { name: 'a long passphrase is accepted', password: '专利转化 open licence 2025', codes: [] },
    { name: 'ten characters are enough', password: 'k7#Rq2!vXz', codes: [] },
    { name: 'nine characters are too short', password: 'k7#Rq2!vX', codes: ['TOO_SHORT'] },
    {
      name: 'length counts characters, not UTF-16 units',
      password: '𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇𠀈',
      codes: ['TOO_SHORT'],
    },
    { name: '129 characters are too long', password: 'ab3'.repeat(43), codes: ['TOO_LONG'] },
    { name: 'the e-mail address itself', password: 'LI.WEI@tsinghua.edu.cn', codes: ['EQUALS_EMAIL'] },
    { name: 'the name part of the e-mail', password: 'xx-li.wei-2025', codes: ['CONTAINS_EMAIL_NAME'] },
    { name: 'one repeated character', password: 'aaaaaaaaaaaa', codes: ['SINGLE_CHARACTER'] },
    { name: 'digits in a row', password: '0123456789', codes: ['SEQUENCE', 'COMMON_PASSWORD'] },
    { name: 'digits backwards', password: '9876543210', codes: ['SEQUENCE'] },
    { name: 'a keyboard row', password: 'QWERTYUIOP', codes: ['SEQUENCE', 'COMMON_PASSWORD'] },
    { name: 'a common password', password: 'Password123', codes: ['COMMON_PASSWORD'] },
    {
      name: 'the same as the current one',
      password: 'k7#Rq2!vXz',
      current: 'k7#Rq2!vXz',
      codes: ['SAME_AS_CURRENT'],
    },
  ];
  it.each(cases)('$name', ({ password, current, codes }) => {
    const problems = checkPassword(password, { email, currentPassword: current });
    expect(problems.map((p) => p.code)).toEqual(codes);
    for (const p of problems) {
      expect(p.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(p.message.en).toMatch(/password/i);
    }
  });
});
