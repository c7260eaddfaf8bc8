import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/databases';
import { loadReferenceCatalog, type ReferenceCatalog } from './catalog';

describeEachEngine('reference catalogue', (db) => {
  let ref: ReferenceCatalog;
  beforeAll(async () => {
    ref = await loadReferenceCatalog(db());
  });

  it('IPC titles down to main groups', () => {
    expect(ref.ipcTitle('H')).toBe('电学');
    expect(ref.ipcTitle('H04N')).toMatch(/图像通信/);
    expect(ref.ipcTitle('H04N5/00')).not.toBeNull();
    // Subgroups are not held in memory; a lost title reads as null.
    expect(ref.ipcTitle('H04N5/225')).toBeNull();
    expect(ref.ipcTitle('A24F17/00')).toBeNull();
    expect(ref.ipcPath('h04n 5/225').map((r) => r.code)).toEqual(['H', 'H04', 'H04N', 'H04N5/00']);
    expect(ref.ipcLabel('H04')).toMatch(/^H04 电通信技术/);
    expect(ref.ipcLabel('Z99')).toBe('Z99');
    expect(ref.normaliseIpc('Ｈ０４Ｎ ５／２２５')).toBe('H04N5/225');
  });

  it('industries', () => {
    expect(ref.isIndustryCode('A0111')).toBe(true);
    expect(ref.isIndustryCode('0111')).toBe(true);
    expect(ref.isIndustryCode('A0118')).toBe(false);
    expect(ref.industryCode('3911')).toBe('C3911');
    expect(ref.industryName('C39')).toBe('计算机、通信和其他电子设备制造业');
    expect(ref.industryPath('C3911').map((r) => r.code)).toEqual(['C', 'C39', 'C391', 'C3911']);
  });

  it('regions', () => {
    expect(ref.regionName('41')).toBe('河南省');
    expect(ref.regionPathNames('110108')).toEqual(['北京市', '海淀区']);
    expect(ref.regionPathNames('410105')).toEqual(['河南省', '郑州市', '金水区']);
    expect(ref.regionFrom('河南(41)', '450000河南省郑州市郑东新区中道东路6号创意岛大厦8层')).toBe('4101');
  });

  it('SEI names, tree and matcher', () => {
    expect(ref.seiName('1')).toBe('新一代信息技术产业');
    expect(ref.seiName('1.2')).toBe('电子核心产业');
    const tree = ref.seiTree();
    expect(tree.map((d) => d.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(tree[0]!.children.map((c) => c.code)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5']);
    expect(tree[0]!.children[0]).toEqual({
      code: '1.1',
      name: '下一代信息网络产业',
      page: 148,
      ruleCount: 5,
    });
    expect(ref.seiCodesFor(['G06F3/0416', 'H04W4/02'])).toEqual(['1', '1.2', '1.4']);
    expect(ref.explainSei('H04W4/02').excluded[0]).toMatchObject({ exclusion: 'H04W4/02' });
  });
});
