import { describe, expect, it } from 'vitest';
import { decodeEntities, parseHighlight } from './highlight';

describe('parseHighlight: only <mark> becomes markup, everything else stays text', () => {
  it.each([
    ['plain text', '锂电池隔膜', [{ text: '锂电池隔膜', marked: false }]],
    [
      'one highlighted term',
      '一种<mark>锂电池</mark>隔膜',
      [
        { text: '一种', marked: false },
        { text: '锂电池', marked: true },
        { text: '隔膜', marked: false },
      ],
    ],
    [
      'highlight at both ends',
      '<mark>电池</mark>与<mark>隔膜</mark>',
      [
        { text: '电池', marked: true },
        { text: '与', marked: false },
        { text: '隔膜', marked: true },
      ],
    ],
    [
      'escaped tags are decoded to literal text, never markup',
      '&lt;script&gt;alert(1)&lt;/script&gt;<mark>x</mark>',
      [
        { text: '<script>alert(1)</script>', marked: false },
        { text: 'x', marked: true },
      ],
    ],
    [
      'an unescaped foreign tag stays literal text',
      '<b>粗体</b><img src=x onerror=alert(1)>',
      [{ text: '<b>粗体</b><img src=x onerror=alert(1)>', marked: false }],
    ],
    [
      'ampersands and quotes',
      'A &amp; B &quot;C&quot; &#39;D&#39;',
      [{ text: 'A & B "C" \'D\'', marked: false }],
    ],
    ['empty marks vanish', 'a<mark></mark>b', [{ text: 'ab', marked: false }]],
    [
      'upper-case tags',
      'a<MARK>b</MARK>',
      [
        { text: 'a', marked: false },
        { text: 'b', marked: true },
      ],
    ],
    ['empty input', '', []],
  ])('%s', (_name, input, expected) => {
    expect(parseHighlight(input)).toEqual(expected);
  });
});

describe('decodeEntities', () => {
  it.each([
    ['&#x4E2D;&#25991;', '中文'],
    ['&nbsp;', '\u00a0'],
    ['&unknown; stays', '&unknown; stays'],
    ['&#0; is not a character', '&#0; is not a character'],
    ['&#x110000; is out of range', '&#x110000; is out of range'],
  ])('%s', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});
