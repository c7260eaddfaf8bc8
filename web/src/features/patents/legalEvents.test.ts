import { describe, expect, it } from 'vitest';
import { legalEventLines } from './legalEvents';

describe('legal events text of an export', () => {
  it('is empty without text', () => {
    expect(legalEventLines(null)).toEqual([]);
    expect(legalEventLines('')).toEqual([]);
    expect(legalEventLines(' ；\n ')).toEqual([]);
  });

  it('splits on line breaks and (full-width) semicolons and reads a leading date in its usual spellings', () => {
    expect(
      legalEventLines(
        '2021-05-04 实质审查的生效；2022.03.01：授权\n20230115,专利权质押合同登记的生效; 专利申请权的转移',
      ),
    ).toEqual([
      { date: '2021-05-04', text: '实质审查的生效' },
      { date: '2022-03-01', text: '授权' },
      { date: '2023-01-15', text: '专利权质押合同登记的生效' },
      { date: null, text: '专利申请权的转移' },
    ]);
    expect(legalEventLines('2024年06月30日 未缴年费专利权终止')).toEqual([
      { date: '2024-06-30', text: '未缴年费专利权终止' },
    ]);
  });

  it('keeps an event that is only a date, and text whose digits are not a leading date', () => {
    expect(legalEventLines('2021-05-04')).toEqual([{ date: '2021-05-04', text: '2021-05-04' }]);
    expect(legalEventLines('第3次年费缴纳')).toEqual([{ date: null, text: '第3次年费缴纳' }]);
  });
});
