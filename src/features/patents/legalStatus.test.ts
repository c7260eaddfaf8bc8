import { describe, expect, it } from 'vitest';
import { expiryDate, termYears } from './expiry';
import { normaliseLegalStatus } from './legalStatus';

describe('legal status normalisation', () => {
  it.each([
    ['有权-审定授权', 'in_force'],
    ['有权-部分无效', 'in_force'],
    ['专利权有效', 'in_force'],
    ['授权', 'in_force'],
    ['审中-实质审查', 'pending'],
    ['审中-公开', 'pending'],
    ['实质审查的生效', 'pending'],
    ['有权-审定授权;审中-实质审查', 'in_force'],
    ['无权-未缴年费', 'lapsed'],
    ['无效-未缴年费', 'lapsed'],
    ['未缴年费专利权终止', 'lapsed'],
    ['无权-期限届满', 'expired'],
    ['专利权期满终止', 'expired'],
    ['无权-全部无效', 'invalidated'],
    ['无效-视为撤回', 'withdrawn'],
    ['无效-驳回', 'rejected'],
    ['无权-避重放弃', 'abandoned'],
    ['Granted', 'in_force'],
    ['pending', 'pending'],
    ['Expired - Fee Related', 'lapsed'],
    ['PCT-有效期满', 'unknown'],
    ['', 'unknown'],
    ['？？', 'unknown'],
  ])('%s → %s', (raw, want) => expect(normaliseLegalStatus(raw)).toBe(want));
});

describe('expiry (Patent Law Art. 42)', () => {
  it.each([
    ['invention', '2021-11-30', '2041-11-29'],
    ['utility_model', '2021-11-30', '2031-11-29'],
    ['utility_model', '2022-12-02', '2032-12-01'],
    ['design', '2021-05-31', '2031-05-30'],
    ['design', '2021-06-01', '2036-05-31'],
    ['invention', '2000-02-29', '2020-02-28'],
    ['invention', '2004-01-01', '2023-12-31'],
  ] as const)('%s filed %s is protected up to and including %s', (type, filed, last) => {
    expect(expiryDate(type, filed)).toBe(last);
  });

  it('gives designs filed from 2021-06-01 fifteen years and earlier ones ten', () => {
    expect(termYears('design', '2021-05-31')).toBe(10);
    expect(termYears('design', '2021-06-01')).toBe(15);
  });
});
