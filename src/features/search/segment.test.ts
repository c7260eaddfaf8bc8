import { describe, expect, it } from 'vitest';
import { normalizeText, STOPWORDS, subwords, tokenizeForIndex, tokenizeQuery } from './segment';

describe('normalizeText', () => {
  it.each([
    ['full-width Latin and digits become half-width', 'ＣＰＵ４Ｇ', 'cpu4g'],
    ['full-width punctuation becomes ASCII', '（１）：，', '(1):,'],
    ['Latin is lower-cased', 'IGBT LED', 'igbt led'],
    ['Han characters are unchanged', '无人机', '无人机'],
  ])('%s', (_rule, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('tokenizeQuery (precise mode)', () => {
  it.each([
    [
      'full-width ASCII is normalised before segmentation',
      '４Ｇ通信模块ＣＰＵ',
      ['4g', '通信', '模块', 'cpu'],
    ],
    [
      'meaningful ASCII tokens are kept',
      'IGBT驱动电路ph值led灯',
      ['igbt', '驱动', '电路', 'ph', '值', 'led', '灯'],
    ],
    [
      '5G and decimals and percentages are kept',
      '5G基站pm2.5含10wt%',
      ['5g', '基站', 'pm2.5', '含', '10wt%'],
    ],
    [
      'patent boilerplate and function words are dropped',
      '本实用新型公开了一种装置，其特征在于：所述装置包括底座',
      ['装置', '装置', '底座'],
    ],
    ['content words 装置/方法/系统 are kept', '检测方法及系统', ['检测', '方法', '系统']],
    ['punctuation and whitespace are dropped', '电池 , 。；！电机', ['电池', '电机']],
    ['reference numerals and claim letters are dropped', '底座(1)与支架（12）a', ['底座', '支架']],
    ['three-digit numbers such as 304 stainless steel are kept', '304不锈钢', ['304', '不锈钢']],
    ['query mode does not add sub-words', '无人机', ['无人机']],
    ['a two-character word stays itself', '无人', ['无人']],
    ['patent vocabulary stays whole', '石墨烯区块链', ['石墨烯', '区块链']],
  ])('%s', (_rule, input, expected) => {
    expect(tokenizeQuery(input)).toEqual(expected);
  });
});

describe('tokenizeForIndex (search mode)', () => {
  it('adds the dictionary sub-words of 无人机 so that a query for 无人 finds it', () => {
    const tokens = tokenizeForIndex('一种无人机');
    expect(tokens).toContain('无人机');
    expect(tokens).toContain('无人');
    expect(tokens).toContain('人机');
    expect(tokens).toEqual(expect.arrayContaining(tokenizeQuery('无人')));
  });

  it('adds sub-words longer than three characters (卷积神经网络 → 神经网络)', () => {
    expect(tokenizeForIndex('卷积神经网络')).toEqual(expect.arrayContaining(['卷积', '神经网络', '网络']));
  });

  it('every query token of a text is also an index token of the same text', () => {
    const text =
      '本发明公开了一种基于自然语言处理的银行客服会话问答处理方法及系统，利用4G/5G网络与ＣＰＵ实现无人机巡检。';
    const index = new Set(tokenizeForIndex(text));
    for (const token of tokenizeQuery(text)) expect(index.has(token)).toBe(true);
  });

  it('never emits stopwords, even as sub-words of longer words', () => {
    const text = '本实用新型涉及一种其特征在于所述的实用新型专利装置，本发明包括以下步骤';
    for (const token of tokenizeForIndex(text)) expect(STOPWORDS.has(token)).toBe(false);
  });

  it('keeps the search-mode sub-words of a word out of two-character words', () => {
    expect(subwords('无人')).toEqual([]);
    expect(subwords('cpu')).toEqual([]);
  });

  it('returns nothing for punctuation-only text', () => {
    expect(tokenizeForIndex('，。、；：“”（）——')).toEqual([]);
    expect(tokenizeQuery('')).toEqual([]);
  });
});
