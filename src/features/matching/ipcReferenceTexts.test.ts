import { describe, expect, it } from 'vitest';
import { ipcReferenceTexts, referenceText } from './ipcReferenceTexts';

describe('IPC scheme titles as classifier texts', () => {
  it.each([
    ['手动工具', '手动工具'],
    // cross-references in parentheses name other places: removed
    ['专门用途的犁或类似的机具（排水用的入E02B11/02）', '专门用途的犁或类似的机具'],
    [
      '农业或林业的整地；一般农业机械（用于 播种入A01C5/00；工程目的的整地入E01，E02）',
      '农业或林业的整地；一般农业机械',
    ],
    // nested notes, half-width parentheses, the PDF's line-break spaces, a trailing separator
    ['电池（例如（锂）电池）; 附件 (见H01M)；', '电池;附件'],
    ['（标题缺失）', ''],
  ])('%s → %s', (title, want) => {
    expect(referenceText(title)).toBe(want);
  });

  it('reads subclass and main-group titles of the vendored IPC, each labelled with its subclass', () => {
    const all = ipcReferenceTexts();
    expect(all.length).toBeGreaterThan(7_000);
    expect(all.find((r) => r.code === 'A01B1/00')).toEqual({
      code: 'A01B1/00',
      subclass: 'A01B',
      text: '手动工具',
    });
    expect(all.some((r) => r.code.length > 4 && !r.code.endsWith('/00'))).toBe(false);
    expect(new Set(all.map((r) => r.code)).size).toBe(all.length);
    for (const r of all) expect(r.text.length).toBeGreaterThanOrEqual(2);
    const some = ipcReferenceTexts({ subclasses: new Set(['H01M']) });
    expect(some.length).toBeGreaterThan(5);
    expect(new Set(some.map((r) => r.subclass))).toEqual(new Set(['H01M']));
  });
});
