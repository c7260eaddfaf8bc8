import { describe, expect, it } from 'vitest';
import { cityShortName, provinceShortName, RegionDirectory, type RegionEntry } from './regions';
import { readReferenceCsv, readSharedCsv } from './testData';

// The vendored GB/T 2260 list, as the seed loads it.
const entries: RegionEntry[] = [
  ...readReferenceCsv('cn-divisions/provinces.csv').map((r) => ({
    code: r.code!,
    name: r.name!,
    level: 'province' as const,
    parent: null,
  })),
  ...readReferenceCsv('cn-divisions/cities.csv').map((r) => ({
    code: r.code!,
    name: r.name!,
    level: 'city' as const,
    parent: r.provinceCode!,
  })),
  ...readReferenceCsv('cn-divisions/areas.csv').map((r) => ({
    code: r.code!,
    name: r.name!,
    level: 'county' as const,
    parent: r.cityCode!,
  })),
];
const regions = new RegionDirectory(entries);

describe('GB/T 2260: short names', () => {
  it.each([
    ['河南省', '河南'],
    ['北京市', '北京'],
    ['广西壮族自治区', '广西'],
    ['宁夏回族自治区', '宁夏'],
    ['新疆维吾尔自治区', '新疆'],
    ['内蒙古自治区', '内蒙古'],
    ['西藏自治区', '西藏'],
  ])('province %s → %s', (name, short) => expect(provinceShortName(name)).toBe(short));

  it.each([
    ['郑州市', '郑州'],
    ['延边朝鲜族自治州', '延边'],
    ['湘西土家族苗族自治州', '湘西'],
    ['大兴安岭地区', '大兴安岭'],
    ['阿拉善盟', '阿拉善'],
  ])('city %s → %s', (name, short) => expect(cityShortName(name)).toBe(short));
});

describe('GB/T 2260: region fields', () => {
  it.each([
    ['河南(41)', '41', 'province', null],
    ['河南（41）', '41', 'province', null],
    ['41', '41', 'province', null],
    ['410000', '41', 'province', null],
    ['410100', '4101', 'city', '4101'],
    ['4101', '4101', 'city', '4101'],
    ['410105', '410105', 'county', '4101'],
    ['郑州市', '4101', 'city', '4101'],
    ['郑州', '4101', 'city', '4101'],
    ['河南省', '41', 'province', null],
    ['河南', '41', 'province', null],
    ['北京(11)', '11', 'province', '1101'],
    ['海淀区', '110108', 'county', '1101'],
    ['济源市', '419001', 'county', '4190'],
    ['吉林', '22', 'province', null],
    ['海南', '46', 'province', null],
    ['吉林市', '2202', 'city', '2202'],
  ])('%s → %s', (raw, code, level, city) => {
    const m = regions.parse(raw);
    expect(m?.code).toBe(code);
    expect(m?.level).toBe(level);
    expect(m?.cityCode ?? null).toBe(city);
  });

  it.each([
    ['河南(42)', 'the name contradicts the code (42 is Hubei)'],
    ['朝阳区', 'ambiguous: Beijing and Changchun'],
    ['99', 'no such province'],
    ['419900', 'no such code'],
    ['4', 'not a code'],
    ['香港', 'not in the list'],
    ['', 'empty'],
  ])('%s → null (%s)', (raw) => {
    expect(regions.parse(raw)).toBeNull();
  });
});

describe('GB/T 2260: addresses', () => {
  it('every applicant address of the 61-column sample resolves to Zhengzhou (4101), consistent with 国省代码', () => {
    const rows = readSharedCsv('export-61col-sample.csv');
    expect(rows.length).toBe(10);
    for (const r of rows) {
      for (const address of [r.申请人地址!, r.当前著录项联系人通讯地址!]) {
        const m = regions.fromAddress(address);
        expect(m, address).toMatchObject({
          code: '4101',
          level: 'city',
          provinceCode: '41',
          cityCode: '4101',
        });
        expect(regions.regionFrom(r.国省代码!, address)).toBe('4101');
      }
      expect(regions.parse(r.国省代码!)?.code).toBe('41');
    }
  });

  it.each([
    ['450000河南省郑州市郑东新区中道东路6号创意岛大厦8层', '4101'],
    ['河南省郑州市金水区文化路97号', '410105'],
    ['郑州市金水区文化路97号', '410105'],
    ['河南郑州高新技术产业开发区', '4101'],
    ['北京市海淀区中关村大街1号', '110108'],
    ['100084北京市海淀区清华园', '110108'],
    ['北京海淀区学院路', '110108'],
    ['北京市', '11'],
    ['上海市浦东新区张江路', '310115'],
    ['重庆市万州区', '500101'],
    ['重庆市城口县', '500229'],
    ['广东省深圳市南山区科技园', '440305'],
    ['广西壮族自治区南宁市', '4501'],
    ['广西南宁市青秀区', '450103'],
    ['内蒙古呼和浩特市', '1501'],
    ['吉林省吉林市船营区', '220204'],
    ['吉林市船营区', '220204'],
    ['吉林省长春市朝阳区', '220104'],
    ['河南省济源市', '419001'],
    ['中国江苏省南京市鼓楼区', '320106'],
    ['江苏省苏州市', '3205'],
    ['湖南省湘西土家族苗族自治州吉首市', '433101'],
  ])('%s → %s', (address, code) => {
    expect(regions.fromAddress(address)?.code).toBe(code);
  });

  it('the city of a 直辖市 is its 市辖区', () => {
    expect(regions.fromAddress('北京市海淀区中关村')).toEqual({
      code: '110108',
      level: 'county',
      provinceCode: '11',
      cityCode: '1101',
      countyCode: '110108',
    });
    // Chongqing has two groupings (市辖区, 县): without a district the city is unknown.
    expect(regions.fromAddress('重庆市渝北路')?.cityCode).toBeNull();
  });

  it.each([
    ['朝阳区建国路', 'a district name without its city is ambiguous'],
    ['北京路88号', 'a street named after a city'],
    ['中山路1号', 'a street named after a city'],
    ['香港九龙', 'not in the list'],
    ['某某大学', 'no place name'],
    ['', 'empty'],
  ])('%s → null (%s)', (address) => {
    expect(regions.fromAddress(address)).toBeNull();
  });

  it('a region field wins over a contradicting address; an address refines a consistent field', () => {
    expect(regions.regionFrom('河南(41)', '北京市海淀区')).toBe('41');
    expect(regions.regionFrom('41', '河南省郑州市金水区')).toBe('410105');
    expect(regions.regionFrom(null, '河南省郑州市金水区')).toBe('410105');
    expect(regions.regionFrom('河南(41)', null)).toBe('41');
    expect(regions.regionFrom(null, null)).toBeNull();
  });

  it('paths and children', () => {
    expect(regions.path('410105').map((e) => e.name)).toEqual(['河南省', '郑州市', '金水区']);
    expect(regions.children(null)).toHaveLength(31);
    expect(regions.children('41').map((e) => e.code)).toContain('4101');
  });
});
