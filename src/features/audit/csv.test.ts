import { describe, expect, it } from 'vitest';
import { csvField, csvLine } from './csv';

describe('CSV fields (RFC 4180, OWASP CSV injection)', () => {
  it.each<[string, string | number | null, string]>([
    ['plain text', '专利', '专利'],
    ['null is empty', null, ''],
    ['numbers as is, negative too', -5, '-5'],
    ['quotes doubled', 'a "b"', '"a ""b"""'],
    ['commas quoted', 'a,b', '"a,b"'],
    ['line breaks quoted', 'a\nb', '"a\nb"'],
    ['a formula is neutralised', '=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['a leading @ is neutralised', '@SUM(A1)', "'@SUM(A1)"],
    ['a leading minus in text is neutralised', '-1+2', "'-1+2"],
  ])('%s', (_name, value, out) => {
    expect(csvField(value)).toBe(out);
  });
  it('ends lines with CRLF', () => {
    expect(csvLine(['a', 1, null])).toBe('a,1,\r\n');
  });
});
