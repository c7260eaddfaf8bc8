import { describe, expect, it } from 'vitest';
import type { Demand } from './api';
import {
  EMPTY_QUESTIONNAIRE,
  fieldErrors,
  fromDemand,
  type QuestionnaireValues,
  toDemandInput,
} from './questionnaireForm';

const filled: QuestionnaireValues = {
  ...EMPTY_QUESTIONNAIRE,
  enterpriseName: ' 宁德时代新能源科技股份有限公司 ',
  creditCode: '91350900587527783P',
  province: '35',
  city: '3509',
  industry: [{ value: 'C3841', label: 'C3841 锂离子电池制造' }],
  enterpriseSize: 'large',
  title: '提高锂电池正极材料能量密度',
  problem: '我们想把锂电池正极材料的能量密度提高10%',
  desiredIpc: [' H01M ', ''],
  preferredModes: ['exclusive_licence'],
  budgetMinYuan: '',
  budgetMaxYuan: '500000',
  timeline: 'within_1_year',
  contactName: '王经理',
  contactPhone: '13812345678',
  contactEmail: ' ',
};

describe('questionnaire form → API body', () => {
  it('sends fen, the most precise region, one industry, trimmed texts and nulls for blanks', () => {
    const r = toDemandInput(filled);
    expect(r).toEqual({
      ok: true,
      input: {
        enterpriseName: '宁德时代新能源科技股份有限公司',
        creditCode: '91350900587527783P',
        regionCode: '3509',
        industryCode: 'C3841',
        enterpriseSize: 'large',
        title: '提高锂电池正极材料能量密度',
        problem: '我们想把锂电池正极材料的能量密度提高10%',
        currentSolution: '',
        targetIndicators: '',
        desiredField: '',
        desiredIpc: ['H01M'],
        seiCodes: [],
        preferredModes: ['exclusive_licence'],
        budgetMinFen: null,
        budgetMaxFen: 50_000_000,
        timeline: 'within_1_year',
        minTrl: null,
        contactName: '王经理',
        contactPhone: '13812345678',
        contactEmail: null,
        visibility: 'public',
      },
    });
  });

  it('uses the province when no city is chosen, null without either', () => {
    const province = toDemandInput({ ...filled, city: undefined });
    expect(province.ok && province.input.regionCode).toBe('35');
    const none = toDemandInput({ ...filled, province: undefined, city: undefined });
    expect(none.ok && none.input.regionCode).toBeNull();
  });

  it('sends nothing while a budget field is not an amount', () => {
    expect(toDemandInput({ ...filled, budgetMinYuan: '50万' })).toEqual({
      ok: false,
      problems: [{ field: 'budgetMinYuan', problem: 'notAmount' }],
    });
  });
});

describe('demand → form (edit) → same body', () => {
  it('round-trips', () => {
    const first = toDemandInput(filled);
    if (!first.ok) throw new Error('unexpected');
    const demand = {
      id: 1,
      enterpriseName: first.input.enterpriseName,
      creditCode: first.input.creditCode,
      region: { code: '3509', name: '福建省宁德市' },
      industry: { code: 'C3841', name: '锂离子电池制造' },
      enterpriseSize: 'large',
      title: first.input.title,
      problem: first.input.problem,
      currentSolution: '',
      targetIndicators: '',
      desiredField: '',
      desiredIpc: [{ code: 'H01M', title: null }],
      sei: [],
      preferredModes: [{ code: 'exclusive_licence', label: { zh: '独占许可', en: 'Exclusive licence' } }],
      budgetMinFen: null,
      budgetMaxFen: 50_000_000,
      timeline: 'within_1_year',
      minTrl: null,
      contact: { name: '王经理', phone: '13812345678', email: null },
      visibility: 'public',
    } as unknown as Demand;
    const again = toDemandInput(fromDemand(demand));
    expect(again).toEqual(first);
  });
});

describe('server field errors onto form fields', () => {
  it('maps paths of the body to the fields that hold them', () => {
    const errors = fieldErrors([
      { path: 'body.creditCode', message: '统一社会信用代码最后一位校验码不正确（GB 32100-2015）' },
      { path: 'body.budgetMaxFen', message: '预算上限不能低于下限' },
      { path: 'body.regionCode', message: '地区代码 9999 不在 GB/T 2260 中' },
      { path: 'body.industryCode', message: '行业代码 Z 不在 GB/T 4754-2017 中' },
      { path: 'body.desiredIpc.1', message: 'X 不是 IPC 分类号' },
      { path: 'body.desiredIpc.1', message: 'X 不是 IPC 分类号' },
      { path: 'body.contactPhone', message: '请至少填写联系电话或电子邮箱之一' },
      { path: 'body', message: 'whole body' },
      { path: 'query.dryRun', message: 'not a form field' },
    ]);
    expect(Object.fromEntries(errors)).toEqual({
      creditCode: ['统一社会信用代码最后一位校验码不正确（GB 32100-2015）'],
      budgetMaxYuan: ['预算上限不能低于下限'],
      province: ['地区代码 9999 不在 GB/T 2260 中'],
      industry: ['行业代码 Z 不在 GB/T 4754-2017 中'],
      desiredIpc: ['X 不是 IPC 分类号'],
      contactPhone: ['请至少填写联系电话或电子邮箱之一'],
    });
  });
});
