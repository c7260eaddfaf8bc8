import { describe, expect, it } from 'vitest';
import type { Reason } from './api';
import {
  breakdownRows,
  markTerms,
  orderedReasons,
  reasonTerms,
  scorePercent,
  sharedConcepts,
} from './reasons';

const marked = (text: string, terms: string[]) =>
  markTerms(text, terms)
    .map((s) => (s.mark ? `[${s.text}]` : s.text))
    .join('');

describe('markTerms', () => {
  it.each([
    ['一种锂电池正极材料的制备方法', ['正极材料', '锂电池'], '一种[锂电池][正极材料]的制备方法'],
    // The longer term wins where two overlap; the shorter one is still marked elsewhere.
    ['正极材料与负极材料', ['材料', '正极材料'], '[正极材料]与负极[材料]'],
    ['Shared concepts: 锂电池, 正极材料', ['锂电池', '正极材料'], 'Shared concepts: [锂电池], [正极材料]'],
    // Case and full-width forms are ignored; the text keeps its own spelling.
    [
      'ＩＰＣ 小类 H01M（用于直接转变化学能为电能的方法或装置）',
      ['h01m', 'ipc'],
      '[ＩＰＣ] 小类 [H01M]（用于直接转变化学能为电能的方法或装置）',
    ],
    // A single character is never marked; repeated terms once each.
    ['能量密度', ['能', '能量', '能量'], '[能量]密度'],
    ['无关的文本', ['锂电池'], '无关的文本'],
    ['', ['锂电池'], ''],
  ])('%s', (text, terms, expected) => {
    expect(marked(text, terms)).toBe(expected);
  });

  it('keeps every character, in order', () => {
    const text = '专利权人：清华大学（北京市），与需求方（北京市）同省';
    expect(
      markTerms(text, ['清华大学', '北京市'])
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });
});

const reason = (over: Partial<Reason>): Reason => ({
  kind: 'concepts',
  text: { zh: '', en: '' },
  demand: [],
  patent: [],
  contribution: 0,
  caution: false,
  ...over,
});

describe('reasons', () => {
  it('takes the shared concepts from the concepts reason only', () => {
    const rs = [
      reason({ kind: 'concepts', demand: ['正极材料'], patent: ['正极材料', '锂电池'] }),
      reason({ kind: 'ipc', demand: ['H01M'], patent: ['H01M4/131'] }),
    ];
    expect(sharedConcepts(rs)).toEqual(['正极材料', '锂电池']);
    expect(reasonTerms(rs[1]!)).toEqual(['H01M', 'H01M4/131']);
  });

  it('marks words and codes, not whole titles', () => {
    expect(
      reasonTerms(
        reason({ kind: 'semantic', demand: ['提高锂电池正极材料能量密度'], patent: ['一种正极材料'] }),
      ),
    ).toEqual([]);
    expect(
      reasonTerms(
        reason({
          kind: 'openLicence',
          demand: ['开放许可', '预算50万'],
          patent: ['开放许可', '一次性付费：人民币 50,000 元，许可期限内不另收费用'],
        }),
      ),
    ).toEqual(['开放许可', '预算50万']);
  });

  it('lists points in favour by contribution, cautions last', () => {
    const rs = [
      reason({ kind: 'legal', contribution: 0.05, caution: true }),
      reason({ kind: 'concepts', contribution: 0.3 }),
      reason({ kind: 'ownerRegion', contribution: 0 }),
      reason({ kind: 'ipc', contribution: 0.25 }),
      reason({ kind: 'openLicence', contribution: 0, caution: true }),
    ];
    expect(orderedReasons(rs).map((r) => r.kind)).toEqual([
      'concepts',
      'ipc',
      'ownerRegion',
      'legal',
      'openLicence',
    ]);
  });
});

describe('score breakdown', () => {
  it('shows the signals that contributed, largest first, as shares of the total', () => {
    expect(
      breakdownRows({
        total: 0.5,
        contributions: {
          text: 0.3,
          ipc: 0.1,
          legal: 0.05,
          licence: 0,
          region: 0.03,
          sei: 0,
          industry: 0.02,
          readiness: 0,
        },
      }),
    ).toEqual([
      { signal: 'text', contribution: 0.3, percent: 60 },
      { signal: 'ipc', contribution: 0.1, percent: 20 },
      { signal: 'legal', contribution: 0.05, percent: 10 },
      { signal: 'region', contribution: 0.03, percent: 6 },
      { signal: 'industry', contribution: 0.02, percent: 4 },
    ]);
  });

  it('is empty for a zero score', () => {
    expect(
      breakdownRows({
        total: 0,
        contributions: {
          text: 0,
          ipc: 0,
          legal: 0,
          licence: 0,
          region: 0,
          sei: 0,
          industry: 0,
          readiness: 0,
        },
      }),
    ).toEqual([]);
  });

  it.each([
    [0.734, 73],
    [1.2, 100],
    [-0.1, 0],
  ])('score %s reads %s per cent', (s, p) => {
    expect(scorePercent(s)).toBe(p);
  });
});
