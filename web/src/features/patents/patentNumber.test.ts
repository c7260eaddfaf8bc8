import { describe, expect, it } from 'vitest';
import { patentNumberQuery } from './patentNumber';

// Number forms from GLOSSARY.md: 申请号 with or without CN/ZL and check digit, 公开号, 授权公告号.
describe('patentNumberQuery recognises patent numbers typed into the search box', () => {
  it.each([
    ['202122975192.6', '202122975192.6'],
    ['CN202122975192.6', 'CN202122975192.6'],
    ['ZL202122975192.6', 'ZL202122975192.6'],
    ['zl 2021 2297 5192.6', 'ZL202122975192.6'],
    ['2021229751926', '2021229751926'],
    ['202122975192', '202122975192'],
    ['03123456.7', '03123456.7'],
    ['0312345X', null],
    ['03123456.X', '03123456.X'],
    ['CN114081026A', 'CN114081026A'],
    ['cn111464778b', 'CN111464778B'],
    ['CN218751475U', 'CN218751475U'],
    ['CN1234567A', 'CN1234567A'],
    ['ＣＮ１１４０８１０２６Ａ', 'CN114081026A'],
  ])('%s → %s', (input, expected) => {
    expect(patentNumberQuery(input)).toBe(expected);
  });

  it.each([
    ['锂电池'],
    ['锂电池 202122975192'],
    ['H01M'],
    ['2021'],
    ['1234567'],
    [''],
    ['   '],
    ['CN'],
    ['US1234567B2'],
  ])('words are not numbers: %s', (input) => {
    expect(patentNumberQuery(input)).toBeNull();
  });
});
