import { describe, expect, it } from 'vitest';
import {
  cleanIpcRows,
  cleanTitle,
  isGuideHeading,
  type RawIpcRow,
  removeLineBreakSpaces,
  stripMergedNote,
  stripVersionMarks,
} from '../../../scripts/reference/ipcCleaning';
import { IPC_TITLE_MISSING, parseIpc } from './ipc';
import { readReferenceCsv } from './testData';

describe('IPC cleaning rules (scripts/reference/ipcCleaning.ts)', () => {
  it.each([
    ['用于 播种', '用于播种'],
    [
      '带专用附属装置的犁，例如带土下施肥工具、碎土器的 耙',
      '带专用附属装置的犁，例如带土下施肥工具、碎土器的耙',
    ],
    ['（…入 A01D43/12）', '（…入A01D43/12）'],
    ['HIV-1 protease  inhibitor', 'HIV-1 protease inhibitor'],
    ['从H.263和 H.264之间选择', '从H.263和H.264之间选择'],
  ])('line-break spaces: %s', (raw, clean) => expect(removeLineBreakSpaces(raw)).toBe(clean));

  it.each([
    ['烟草；纸烟 注意： 此类术语…', '烟草；纸烟'],
    ['磁体;磁性材料的选择; 注意C部类名后的附注3…', '磁体;磁性材料的选择;'],
    ['使用自适应编码 H04N19/10的附注： 分入本组时…', '使用自适应编码'],
    ['…为特征的附注 该组中，术语…', '…为特征的'],
    ['化妆品的特定用途 1．该小类用于…', '化妆品的特定用途'],
    ['脸或身体用粉，例如用于打扮、修饰或引人注意的', '脸或身体用粉，例如用于打扮、修饰或引人注意的'],
    ['用于本小类附注（3）（i）定义的物件', '用于本小类附注（3）（i）定义的物件'],
  ])('merged notes: %s', (raw, clean) => expect(stripMergedNote(raw)).toBe(clean));

  it.each([
    ['底盘〔2〕', '底盘'],
    ['采摘的装置〔2， 3〕', '采摘的装置'],
    ['封口〔1，2012.01〕', '封口'],
    ['干细胞〔 2015.01〕', '干细胞'],
    ['导航设备[20250101]', '导航设备'],
    ['类似物〔3〕[2006.01', '类似物'],
    ['8-氮杂二环〔3.2.1〕辛烷', '8-氮杂二环〔3.2.1〕辛烷'],
  ])('version marks: %s', (raw, clean) => expect(stripVersionMarks(raw)).toBe(clean));

  it.each([
    ['火柴容器或盒A24F27_00，A24F29_00 电动吸烟装置A24F47_00 其他吸烟者用品A24F19_00', true],
    ['4.养鱼业A01K61_00，A01K63_00 5.其他饲养', true],
    ['其他类目不包括的船只B63B35/00 浮标；航道标志B63B22/00；B63B51/00', true],
    ['在C10G45/02，C10G45/32或C10G47/00单一组中不包含的烃油的处理', false],
    ['系统拆卸车辆（…入B09B3/00，B09B5/00）', false],
    ['其他放大器H03F99/00', false],
  ])('guide heading: %s → %s', (title, expected) => {
    expect(isGuideHeading(title.replace(/_/g, '/'))).toBe(expected);
  });

  it('titles lost in extraction become the placeholder; the code stays', () => {
    expect(cleanTitle('..', 'E01C23/07', 'subgroup')).toMatchObject({
      title: IPC_TITLE_MISSING,
      status: 'missing',
    });
    expect(cleanTitle('', 'C23C12/00', 'main_group')).toMatchObject({ status: 'missing' });
    expect(cleanTitle('F01P一般机器或发动机的冷却', 'F01P', 'subclass').title).toBe('一般机器或发动机的冷却');
    expect(cleanTitle('O\ue011糖苷的制备', 'C12P19/44', 'subgroup').title).toBe('O-糖苷的制备');
  });

  it('repairs split codes, derives level and parent, keeps one row per code', () => {
    const raw: RawIpcRow[] = [
      { line: 2, code: 'E01C23/00', level: 'main_group', title: '建造道路用的辅助设备', parent: 'E01C' },
      { line: 3, code: 'E01C23/08', level: 'subgroup', title: '..', parent: 'E01C23/00' },
      { line: 4, code: 'E01C23/08', level: 'subgroup', title: '2', parent: 'E01C23/00' },
      { line: 5, code: 'E01D101/0', level: 'subgroup', title: '0 桥梁的材料组成', parent: 'E01D24/00' },
      { line: 6, code: 'H02S20/00', level: 'main_group', title: '光伏模块的支撑结构', parent: 'H02S' },
      {
        line: 7,
        code: 'H02S20/00',
        level: 'subgroup',
        title: '同样为使用太阳能集热器而设计的',
        parent: 'H02S',
      },
      { line: 8, code: 'A63C19/00', level: 'main_group', title: '冰鞋；滑冰附件', parent: 'A63C' },
      { line: 9, code: 'A63C19/00', level: 'main_group', title: '运动场的设计或布局', parent: 'A63C' },
      { line: 10, code: 'H04N5', level: 'main_group', title: '坏的', parent: 'H04N' },
    ];
    const { rows, changes } = cleanIpcRows(raw);
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get('E01C23/08')?.title).toBe(IPC_TITLE_MISSING);
    expect(byCode.get('E01C23/082')).toMatchObject({ level: 'subgroup', parent: 'E01C23/00' });
    expect(byCode.get('E01D101/00')).toMatchObject({
      level: 'main_group',
      parent: 'E01D',
      title: '桥梁的材料组成',
    });
    expect(byCode.get('H02S20/00')?.title).toBe('光伏模块的支撑结构');
    expect(byCode.get('A63C19/00')?.title).toBe('运动场的设计或布局');
    expect(byCode.has('H04N5')).toBe(false);
    // Ancestors the list lacks are added so that every parent resolves.
    for (const r of rows) if (r.parent) expect(byCode.has(r.parent), r.code).toBe(true);
    expect(changes.find((c) => c.line === 10)?.fixes).toContain('invalid_code_dropped');
    expect(changes.find((c) => c.line === 8)?.fixes).toContain('duplicate_dropped(kept line 9)');
  });
});

describe('the vendored IPC list', () => {
  const rows = readReferenceCsv('ipc-2026.01-zh.csv');
  const byCode = new Map(rows.map((r) => [r.code!, r]));

  it('has one row per canonical code, with level and parent derived from the code', () => {
    expect(rows.length).toBe(byCode.size);
    expect(rows.length).toBeGreaterThan(77_000);
    const wrong = rows.filter((r) => {
      const p = parseIpc(r.code!);
      return (
        !p.ok || p.value.code !== r.code || p.value.level !== r.level || (r.parent && !byCode.has(r.parent))
      );
    });
    expect(wrong).toEqual([]);
    const counts = Object.fromEntries(
      ['section', 'class', 'subclass', 'main_group'].map((l) => [
        l,
        rows.filter((r) => r.level === l).length,
      ]),
    );
    expect(counts).toMatchObject({ section: 8, class: 132 });
    expect(counts.subclass).toBeGreaterThan(640);
  });

  it('has no title that is empty, a guide heading, carries a merged note or a PDF line-break space', () => {
    const offenders = (re: RegExp) =>
      rows.filter((r) => re.test(r.title!)).map((r) => `${r.code} ${r.title}`);
    expect(rows.filter((r) => !r.title)).toEqual([]);
    expect(offenders(/[\u4e00-\u9fff] [\u4e00-\u9fff]/)).toEqual([]);
    expect(offenders(/\s注意[：:\s]/)).toEqual([]);
    expect(offenders(/[A-H]\d\d[A-Z] ?\d+_\d+/)).toEqual([]);
    expect(offenders(/[\ue000-\uf8ff]/)).toEqual([]);
  });

  it('known entries', () => {
    expect(byCode.get('A01B')?.title).toMatch(/^农业或林业的整地；.*（用于播种、种植/);
    expect(byCode.get('H04N')?.level).toBe('subclass');
    expect(byCode.get('E21B47/00')?.title).toBe('测量钻孔或井（钻井液的压力或流量监测入E21B21/08）');
    expect(byCode.get('B64U')?.title).toBe('无人驾驶飞行器[UAV]；为此的设备');
    expect(byCode.get('A24F17/00')?.title).toBe(IPC_TITLE_MISSING);
  });
});
