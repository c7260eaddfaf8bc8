import { describe, expect, it } from 'vitest';
import { findAdvertisingWords, parseAdvertisingWordList } from './advertisingWords';

describe('Regs Art. 85(2): commercial advertising wording', () => {
  it.each([
    ['本专利技术国内领先', ['国内领先']],
    ['行业最佳方案', ['最佳']],
    ['全国第一', ['第一']],
    ['第一年免收提成费', []],
    ['第一实施例所述装置', []],
    ['顶级工艺，唯一选择', ['顶级', '唯一']],
    ['为每个设备分配唯一标识', []],
    ['非唯一解', []],
    ['No.1 solution', ['No.1']],
    ['许可方提供技术资料并给予技术指导。', []],
    ['达到国际领先水平', ['国际领先']],
  ])('%s → %j', (text, words) => {
    expect(findAdvertisingWords(text).map((m) => m.word)).toEqual(words);
  });

  it('reports where the word is, with an excerpt', () => {
    const [m] = findAdvertisingWords('本技术经鉴定达到国内领先水平，适合推广。');
    expect(m).toMatchObject({ word: '国内领先', index: 8 });
    expect(m?.excerpt).toContain('国内领先');
  });

  it('uses an operator-maintained list instead of the default', () => {
    const list = parseAdvertisingWordList('# 平台维护词表\n爆款\n首选 | 方案,实施\n\n');
    expect(list).toEqual([{ word: '爆款' }, { word: '首选', exceptFollowedBy: ['方案', '实施'] }]);
    expect(findAdvertisingWords('爆款技术，最佳首选', list).map((m) => m.word)).toEqual(['爆款', '首选']);
    expect(findAdvertisingWords('首选方案为 A', list)).toEqual([]);
  });
});
