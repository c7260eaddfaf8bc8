import { describe, expect, it } from 'vitest';
import { escapeHtml, highlight, snippet } from './snippet';
import { loadAbstracts } from './testCorpus';

const joined = (s: { segments: { text: string }[] }) => s.segments.map((g) => g.text).join('');

describe('snippet escaping (HTML injection in source text)', () => {
  it('escapes markup in the source, also inside a hit', () => {
    const text = '<script>alert("x")</script>无人机<img src=x onerror=alert(1)>';
    const s = highlight(text, ['无人机', 'script']);
    expect(s.html).not.toMatch(/<(?!\/?mark>)/);
    expect(s.html).toBe(
      '&lt;<mark>script</mark>&gt;alert(&quot;x&quot;)&lt;/<mark>script</mark>&gt;<mark>无人机</mark>&lt;img src=x onerror=alert(1)&gt;',
    );
    expect(joined(s)).toBe(text);
  });

  it('escapes all five HTML-special characters', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('a term containing markup is matched as text, never injected', () => {
    const s = highlight('a <b> tag', ['<b>']);
    expect(s.html).toBe('a <mark>&lt;b&gt;</mark> tag');
  });
});

describe('snippet normalisation shortcut', () => {
  it('CJK unified ideographs and printable ASCII normalise as the index does (NFKC + lower-case)', () => {
    // snippet.ts skips NFKC for these ranges; this is the property that makes the shortcut exact.
    for (let code = 0x20; code < 0x7f; code++) {
      const ch = String.fromCharCode(code);
      expect(ch.normalize('NFKC').toLowerCase()).toBe(code >= 0x41 && code <= 0x5a ? ch.toLowerCase() : ch);
    }
    for (let code = 0x4e00; code <= 0x9fff; code++) {
      const ch = String.fromCharCode(code);
      if (ch.normalize('NFKC').toLowerCase() !== ch) expect.fail(`U+${code.toString(16)} changes`);
    }
  });

  it('highlights upper-case ASCII and full-width forms next to ideographs', () => {
    const s = highlight('基于ＬＥＤ和LED的IGBT驱动', ['led', 'igbt驱动']);
    expect(s.segments.filter((g) => g.hit).map((g) => g.text)).toEqual(['ＬＥＤ', 'LED', 'IGBT驱动']);
  });
});

describe('snippet matching', () => {
  it.each([
    ['a query term matches full-width text (NFKC)', '采用ＣＰＵ和ＬＥＤ灯', ['cpu'], ['ＣＰＵ']],
    ['Chinese terms match inside longer words (无人 in 无人机)', '一种无人机', ['无人'], ['无人']],
    ['overlapping hits merge into one mark', '无人机系统', ['无人机', '人机系统'], ['无人机系统']],
    ['Latin terms match whole words only', 'controlled LED lamp', ['led'], ['LED']],
    ['case-insensitive', 'IGBT模块', ['igbt'], ['IGBT']],
    ['no terms: no marks', '电池', [], []],
  ])('%s', (_rule, text, terms, marked) => {
    const s = highlight(text, terms);
    expect(s.segments.filter((g) => g.hit).map((g) => g.text)).toEqual(marked);
    expect(joined(s)).toBe(text);
  });
});

describe('snippet window', () => {
  const abstracts = loadAbstracts();
  const long = abstracts.find((a) => a.abstract.length > 300 && a.abstract.lastIndexOf('数据') > 200)!;

  it('returns about `window` characters around the passage with the most distinct terms', () => {
    const text = long.abstract;
    const s = snippet(text, ['数据'], { window: 120 });
    const body = joined(s).replace(/…/g, '');
    expect(body.length).toBeGreaterThanOrEqual(100);
    expect(body.length).toBeLessThanOrEqual(122);
    expect(text).toContain(body);
    expect(s.hits).toBeGreaterThan(0);
  });

  it('prefers a window holding two different terms over one holding many of one', () => {
    const text = `${'甲'.repeat(10)}${'电池'.repeat(20)}${'乙'.repeat(200)}电池和电机${'丙'.repeat(200)}`;
    const s = snippet(text, ['电池', '电机'], { window: 60 });
    const marks = s.segments.filter((g) => g.hit).map((g) => g.text);
    expect(marks).toContain('电机');
    expect(joined(s)).toMatch(/^….*…$/);
  });

  it('without hits shows the beginning of the text', () => {
    const text = '零'.repeat(300);
    const s = snippet(text, ['无关'], { window: 50 });
    expect(s.hits).toBe(0);
    expect(joined(s)).toBe(`${'零'.repeat(50)}…`);
  });

  it('short texts are returned whole', () => {
    expect(joined(snippet('短文本', ['文本']))).toBe('短文本');
  });
});
