import { describe, expect, it } from 'vitest';
import { isRegionCode, isUnifiedSocialCreditCode } from './organisation';

describe('统一社会信用代码 check character (GB 32100-2015)', () => {
  it.each([
    { code: '91110000802100433B', valid: true, why: 'a company registered in Beijing' },
    { code: '12100000400000624D', valid: true, why: 'a public institution (事业单位)' },
    { code: '91350100M000100Y43', valid: true, why: 'letters in the body' },
    { code: '91110000802100433C', valid: false, why: 'wrong check character' },
    { code: '91110000802100433', valid: false, why: '17 characters' },
    { code: '9111000080210043IB', valid: false, why: 'I is not in the character set' },
    { code: '91110000802100433b', valid: false, why: 'lower case' },
  ])('$code → $valid ($why)', ({ code, valid }) => {
    expect(isUnifiedSocialCreditCode(code)).toBe(valid);
  });
});

describe('GB/T 2260 region code shape', () => {
  it.each([
    ['41', true],
    ['4101', true],
    ['410105', true],
    ['410', false],
    ['41010500', false],
    ['4a01', false],
  ])('%s → %s', (code, valid) => {
    expect(isRegionCode(code)).toBe(valid);
  });
});
