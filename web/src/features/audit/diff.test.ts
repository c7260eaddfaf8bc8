import { describe, expect, it } from 'vitest';
import { diffEntries, showValue } from './diff';

describe('audit before/after diff', () => {
  it.each([
    {
      name: 'a changed role and an unchanged name',
      before: { role: 'member', displayName: '张三' },
      after: { role: 'admin', displayName: '张三' },
      rows: [
        { path: 'displayName', change: 'same' },
        { path: 'role', change: 'changed' },
      ],
    },
    {
      name: 'a creation (no before): every field added',
      before: null,
      after: { name: '郑州大学', kind: 'university' },
      rows: [
        { path: 'kind', change: 'added' },
        { path: 'name', change: 'added' },
      ],
    },
    {
      name: 'a deletion (no after): every field removed',
      before: { name: '临时机构' },
      after: null,
      rows: [{ path: 'name', change: 'removed' }],
    },
    {
      name: 'nested objects by dot path, arrays whole',
      before: { term: { startDate: '2026-01-01', endDate: '2027-12-31' }, scopes: ['a'] },
      after: { term: { startDate: '2026-01-01', endDate: '2028-12-31' }, scopes: ['a', 'b'] },
      rows: [
        { path: 'scopes', change: 'changed' },
        { path: 'term.endDate', change: 'changed' },
        { path: 'term.startDate', change: 'same' },
      ],
    },
    {
      name: 'scalars compare whole',
      before: 'pending',
      after: 'sent',
      rows: [{ path: '', change: 'changed' }],
    },
    { name: 'nothing on either side', before: null, after: null, rows: [] },
  ])('$name', ({ before, after, rows }) => {
    expect(diffEntries(before, after).map(({ path, change }) => ({ path, change }))).toEqual(rows);
  });

  it('shows strings as they are and everything else as JSON', () => {
    expect(showValue('a"b')).toBe('a"b');
    expect(showValue(12)).toBe('12');
    expect(showValue(['x'])).toBe('["x"]');
    expect(showValue(undefined)).toBe('');
  });
});
