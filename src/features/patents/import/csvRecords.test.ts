import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvRecordParser, UnterminatedQuoteError } from './csvRecords';

function parseAll(text: string, chunkSize = 7, delimiter: ',' | '\t' = ','): string[][] {
  const p = new CsvRecordParser(delimiter);
  const out: string[][] = [];
  for (let i = 0; i < text.length; i += chunkSize) out.push(...p.push(text.slice(i, i + chunkSize)));
  out.push(...p.end());
  return out;
}

describe('CSV records', () => {
  it.each([
    [
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['a,"b,c"\n', [['a', 'b,c']]],
    ['"say ""hi""",x\n', [['say "hi"', 'x']]],
    ['"line1\nline2",x\n', [['line1\nline2', 'x']]],
    ['"line1\r\nline2",x\r\n', [['line1\r\nline2', 'x']]],
    [
      'a,,c\n,,\n',
      [
        ['a', '', 'c'],
        ['', '', ''],
      ],
    ],
    ['\n\na\n\n', [['a']]],
    ['5"寸,屏\n', [['5"寸', '屏']]],
    ['"ab"cd,e\n', [['abcd', 'e']]],
    ['a\r\rb\n', [['a'], ['b']]],
    ['""\n', []], // a row holding one empty field carries nothing: skipped like a blank line
  ])('%j', (text, want) => {
    for (const size of [1, 2, 3, 7, 1000]) expect(parseAll(text, size)).toEqual(want);
  });

  it('splits on tabs when asked', () => {
    expect(parseAll('申请号\t专利名称\nCN1\t"a\tb"\n', 3, '\t')).toEqual([
      ['申请号', '专利名称'],
      ['CN1', 'a\tb'],
    ]);
  });

  it('refuses a quote left open at the end of the file', () => {
    expect(() => parseAll('a,"open\n')).toThrow(UnterminatedQuoteError);
  });

  it('reads every real sample file exactly as csv-parse does, whatever the chunk size', () => {
    const dir = path.resolve(import.meta.dirname, '../../../../data/samples');
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.csv'))) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8').replace(/^\uFEFF/, '');
      const want = parse(text, { relax_column_count: true, skip_empty_lines: true });
      for (const size of [97, 4096, 65536]) expect(parseAll(text, size), `${f} @${size}`).toEqual(want);
    }
  });
});
