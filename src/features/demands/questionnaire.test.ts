import { describe, expect, it } from 'vitest';
import {
  checkReferences,
  creditCodeProblem,
  type DemandInputRaw,
  demandInputSchema,
  isOrganisationCode,
  normaliseCreditCode,
  normalisePhone,
  type QuestionnaireReference,
} from './questionnaire';

/**
 * Real codes, as printed on business licences and published in the national enterprise credit information
 * system (企业信用信息公示系统): companies (9…), a public institution (12…), and codes whose organisation code
 * was issued by market regulation after 2015 (…MA…).
 */
const REAL_CODES = [
  ['914403001922038216', '华为技术有限公司'],
  ['9144030071526726XG', '腾讯科技（深圳）有限公司 (organisation-code check X)'],
  ['91330100716105852F', '阿里巴巴（中国）有限公司'],
  ['91110108551385082Q', '小米科技有限责任公司'],
  ['91110000802100433B', '北京百度网讯科技有限公司'],
  ['91440300192317458F', '比亚迪股份有限公司'],
  ['91350900587527783P', '宁德时代新能源科技股份有限公司'],
  ['12100000400000624D', '清华大学 (事业单位, registered by 机构编制)'],
  ['91310115MA1K427762', 'a Shanghai Pudong company, organisation code from market regulation'],
  ['91310115MA1H971RXF', 'another, check character X… F'],
] as const;

describe('统一社会信用代码 (GB 32100-2015) — real codes are accepted', () => {
  it.each(REAL_CODES)('%s (%s)', (code) => {
    expect(creditCodeProblem(code)).toBeNull();
  });
});

describe('统一社会信用代码 — each broken rule is named', () => {
  it.each([
    { code: '91110000802100433', rule: '18位', why: '17 characters' },
    { code: '9111000080210043300', rule: '18位', why: '19 characters' },
    { code: '', rule: '18位', why: 'empty' },
    { code: '9111000080210O433B', rule: '「O」', why: 'O is not in the character set' },
    { code: '91110000802100I33B', rule: '「I」', why: 'I is not in the character set' },
    { code: '91110000802100S33B', rule: '「S」', why: 'S is not in the character set' },
    { code: '9111000080210V433B', rule: '「V」', why: 'V is not in the character set' },
    { code: '9111000080210Z433B', rule: '「Z」', why: 'Z is not in the character set' },
    { code: '911100008021004-3B', rule: '「-」', why: 'punctuation' },
    { code: '91A10000802100433B', rule: '第3–8位', why: 'a letter in the division code' },
    { code: '91110000802100434B', rule: '组织机构代码', why: 'organisation-code check digit changed' },
    {
      code: '91110000812100433B',
      rule: '组织机构代码',
      why: 'a body digit of the organisation code changed',
    },
    { code: '91110000802100433C', rule: '最后一位', why: 'check character changed' },
    {
      code: '92110000802100433B',
      rule: '最后一位',
      why: 'registration authority changed, check not recomputed',
    },
    { code: '91110100802100433B', rule: '最后一位', why: 'division code changed, check not recomputed' },
    { code: '9144030071526726X0', rule: '最后一位', why: '0 stands for 31, not for G' },
  ])('$code: $why', ({ code, rule }) => {
    const p = creditCodeProblem(code);
    expect(p).not.toBeNull();
    expect(p!.zh).toContain(rule);
    expect(p!.zh).toMatch(/GB (32100-2015|11714)/);
    expect(p!.en).toMatch(/GB (32100-2015|11714)/);
  });

  it('every single-character substitution of a real code is caught (the check character detects them)', () => {
    const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    for (const [code] of REAL_CODES) {
      for (let i = 0; i < 18; i++) {
        for (const c of chars) {
          if (c === code[i]) continue;
          const broken = code.slice(0, i) + c + code.slice(i + 1);
          expect(creditCodeProblem(broken), `${broken} (position ${i + 1})`).not.toBeNull();
        }
      }
    }
  });

  it('transposing two different neighbouring characters is caught', () => {
    for (const [code] of REAL_CODES) {
      for (let i = 0; i < 17; i++) {
        if (code[i] === code[i + 1]) continue;
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        expect(creditCodeProblem(swapped), `${swapped} (swap ${i + 1}/${i + 2})`).not.toBeNull();
      }
    }
  });
});

describe('GB 11714 organisation code', () => {
  it.each([
    ['802100433', true],
    ['71526726X', true],
    ['MA1K42776', true],
    ['M000100Y4', true],
    ['802100434', false],
    ['71526726Y', false],
    ['80210043', false],
  ])('%s → %s', (code, ok) => {
    expect(isOrganisationCode(code)).toBe(ok);
  });
});

describe('normalisation of what people paste', () => {
  it.each([
    ['91110000802100433b', '91110000802100433B'],
    [' 9111 0000 8021 0043 3B ', '91110000802100433B'],
    ['９１１１００００８０２１００４３３Ｂ', '91110000802100433B'],
  ])('credit code %j → %s', (raw, out) => {
    expect(normaliseCreditCode(raw)).toBe(out);
    expect(creditCodeProblem(normaliseCreditCode(raw))).toBeNull();
  });

  it.each([
    ['13812345678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['86-13812345678', '13812345678'],
    ['010-62781234', '010-62781234'],
    ['0371-67781234-801', '0371-67781234-801'],
    ['（010）62781234', '01062781234'],
    ['12812345678', null],
    ['1381234567', null],
    ['62781234', null],
    ['phone', null],
  ])('phone %j → %s', (raw, out) => {
    expect(normalisePhone(raw)).toBe(out);
  });
});

/** The SME of the issue, in full. */
const valid: DemandInputRaw = {
  enterpriseName: '郑州某新能源材料有限公司',
  creditCode: '91350900587527783P',
  regionCode: '410100',
  industryCode: 'C3841',
  enterpriseSize: 'small',
  title: '提高锂电池正极材料能量密度',
  problem: '我们想把锂电池正极材料的能量密度提高10%',
  currentSolution: '磷酸铁锂正极',
  targetIndicators: '能量密度提高10%',
  desiredField: '电化学储能',
  desiredIpc: ['H01M'],
  seiCodes: ['6.3'],
  preferredModes: ['exclusive_licence'],
  budgetMinFen: 0,
  budgetMaxFen: 50_000_000,
  timeline: 'within_1_year',
  minTrl: 5,
  contactName: '王经理',
  contactPhone: '13812345678',
  contactEmail: 'Wang@Example.CN',
  visibility: 'private',
};

function issues(input: unknown): { path: string; message: string }[] {
  const r = demandInputSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('questionnaire: shape and rules between fields', () => {
  it('the full questionnaire passes and is normalised', () => {
    const r = demandInputSchema.parse(valid);
    expect(r.contactEmail).toBe('wang@example.cn');
    expect(r.creditCode).toBe('91350900587527783P');
    expect(r.visibility).toBe('private');
  });

  it('the minimum passes: defaults for the optional parts', () => {
    const r = demandInputSchema.parse({
      enterpriseName: 'A',
      creditCode: '91110000802100433B',
      title: 'T',
      problem: 'P',
      preferredModes: ['open_licence'],
      contactName: 'C',
      contactEmail: 'c@example.cn',
    });
    expect(r).toMatchObject({
      currentSolution: '',
      targetIndicators: '',
      desiredIpc: [],
      seiCodes: [],
      visibility: 'public',
      contactPhone: null,
    });
  });

  it.each<{ name: string; patch: Record<string, unknown>; path: string; message: RegExp }>([
    {
      name: 'enterprise name required',
      patch: { enterpriseName: '  ' },
      path: 'enterpriseName',
      message: /企业名称/,
    },
    { name: 'title required', patch: { title: '' }, path: 'title', message: /需求名称/ },
    { name: 'problem required', patch: { problem: '' }, path: 'problem', message: /技术问题/ },
    { name: 'contact name required', patch: { contactName: '' }, path: 'contactName', message: /联系人/ },
    { name: 'title at most 120', patch: { title: '长'.repeat(121) }, path: 'title', message: /./ },
    {
      name: 'bad check character',
      patch: { creditCode: '91350900587527783Q' },
      path: 'creditCode',
      message: /校验码.*\| .*check character/,
    },
    {
      name: 'I in credit code',
      patch: { creditCode: '9135090058752778IP' },
      path: 'creditCode',
      message: /「I」/,
    },
    { name: 'region 3 digits', patch: { regionCode: '410' }, path: 'regionCode', message: /GB\/T 2260/ },
    { name: 'no mode', patch: { preferredModes: [] }, path: 'preferredModes', message: /合作方式/ },
    { name: 'unknown mode', patch: { preferredModes: ['lease'] }, path: 'preferredModes.0', message: /./ },
    {
      name: 'duplicate mode',
      patch: { preferredModes: ['transfer', 'transfer'] },
      path: 'preferredModes',
      message: /重复/,
    },
    {
      name: 'budget min above max',
      patch: { budgetMinFen: 60_000_000 },
      path: 'budgetMaxFen',
      message: /预算上限/,
    },
    { name: 'negative budget', patch: { budgetMinFen: -1 }, path: 'budgetMinFen', message: /./ },
    { name: 'fractional fen', patch: { budgetMaxFen: 1.5 }, path: 'budgetMaxFen', message: /./ },
    {
      name: 'budget above 100 亿元',
      patch: { budgetMaxFen: 1_000_000_000_001 },
      path: 'budgetMaxFen',
      message: /./,
    },
    { name: 'TRL 10', patch: { minTrl: 10 }, path: 'minTrl', message: /./ },
    { name: 'TRL 0', patch: { minTrl: 0 }, path: 'minTrl', message: /./ },
    { name: 'bad phone', patch: { contactPhone: '12345' }, path: 'contactPhone', message: /手机号/ },
    { name: 'bad e-mail', patch: { contactEmail: 'wang@' }, path: 'contactEmail', message: /电子邮箱/ },
    {
      name: 'neither phone nor e-mail',
      patch: { contactPhone: null, contactEmail: '' },
      path: 'contactPhone',
      message: /至少填写/,
    },
    { name: 'unknown size', patch: { enterpriseSize: 'huge' }, path: 'enterpriseSize', message: /./ },
    { name: 'unknown timeline', patch: { timeline: 'soon' }, path: 'timeline', message: /./ },
    { name: 'unknown visibility', patch: { visibility: 'secret' }, path: 'visibility', message: /./ },
    {
      name: 'eleven IPC codes',
      patch: { desiredIpc: Array(11).fill('H01M') },
      path: 'desiredIpc',
      message: /./,
    },
  ])('$name → $path', ({ patch, path, message }) => {
    const found = issues({ ...valid, ...patch });
    const hit = found.find((i) => i.path === path);
    expect(hit, JSON.stringify(found)).toBeDefined();
    expect(hit!.message).toMatch(message);
  });

  it('bilingual custom messages split into Chinese | English', () => {
    for (const patch of [
      { creditCode: '91350900587527783Q' },
      { budgetMinFen: 60_000_000 },
      { contactPhone: '1' },
      { preferredModes: ['transfer', 'transfer'] },
    ]) {
      for (const i of issues({ ...valid, ...patch }))
        expect(i.message).toMatch(/^[^|]*[\u4e00-\u9fff][^|]* \| [A-Z]/);
    }
  });

  it('blank optional codes from a form mean "not given"', () => {
    const r = demandInputSchema.parse({ ...valid, regionCode: '', industryCode: ' ' });
    expect(r.regionCode).toBeNull();
    expect(r.industryCode).toBeNull();
  });
});

/** A reference of a few real codes (GB/T 2260, GB/T 4754-2017, SEI 2018); the service tests use the full lists. */
const reference: QuestionnaireReference = {
  regionName: (c) =>
    ({ '41': '河南省', '4101': '郑州市', '410100': '郑州市', '110108': '海淀区' })[c] ?? null,
  industryCode: (c) => ({ C3841: 'C3841', '3841': 'C3841', C38: 'C38' })[c] ?? null,
  seiName: (c) => ({ '6.3': '新能源汽车相关设施制造', '6': '新能源汽车产业' })[c] ?? null,
  normaliseIpc: (c) => (/^H01M\s*4\/13$/i.test(c) ? 'H01M4/13' : null),
};

describe('questionnaire: codes against the reference lists', () => {
  const parsed = (patch: Record<string, unknown> = {}) => demandInputSchema.parse({ ...valid, ...patch });

  it('canonical codes come back: 3841 → C3841, h01m 4/13 → H01M4/13, h01m → H01M', () => {
    const r = checkReferences(
      parsed({ industryCode: '3841', desiredIpc: ['h01m 4/13', 'h01m', 'H'] }),
      reference,
    );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.industryCode).toBe('C3841');
      expect(r.value.desiredIpc).toEqual(['H01M4/13', 'H01M', 'H']);
    }
  });

  it.each([
    { patch: { regionCode: '419900' }, path: 'regionCode', zh: /GB\/T 2260/ },
    { patch: { industryCode: 'C9999' }, path: 'industryCode', zh: /GB\/T 4754-2017/ },
    { patch: { seiCodes: ['6.3', '99.9'] }, path: 'seiCodes.1', zh: /战略性新兴产业/ },
    { patch: { desiredIpc: ['H01M', 'battery'] }, path: 'desiredIpc.1', zh: /IPC/ },
  ])('$path refused', ({ patch, path, zh }) => {
    const r = checkReferences(parsed(patch), reference);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.path)).toEqual([path]);
      expect(r.issues[0]!.message.zh).toMatch(zh);
      expect(r.issues[0]!.message.en.length).toBeGreaterThan(5);
    }
  });
});
