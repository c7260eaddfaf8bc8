import { describe, expect, it } from 'vitest';
import { formatRate, formatYuan, percentToBp, yuanToFen } from './money';

describe('money and rates in forms', () => {
  it.each([
    [5_000_000, '50,000'],
    [1_200_050, '12,000.50'],
    [5, '0.05'],
  ])('formatYuan(%i) = %s', (fen, text) => {
    expect(formatYuan(fen)).toBe(text);
  });
  it.each([
    ['12000.5', 1_200_050],
    ['12,000', 1_200_000],
    [300, 30_000],
    ['1.005', null],
    ['abc', null],
  ])('yuanToFen(%j) = %j', (text, fen) => {
    expect(yuanToFen(text)).toBe(fen);
  });
  it.each([
    [350, '3.5%'],
    [2000, '20%'],
    [1505, '15.05%'],
  ])('formatRate(%i) = %s', (bp, text) => {
    expect(formatRate(bp)).toBe(text);
  });
  it.each([
    ['3.5', 350],
    [20, 2000],
    ['3.555', null],
  ])('percentToBp(%j) = %j', (text, bp) => {
    expect(percentToBp(text)).toBe(bp);
  });
});
