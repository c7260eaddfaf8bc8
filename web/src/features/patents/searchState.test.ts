import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  clearFilters,
  DEFAULT_PAGE_SIZE,
  readSearchState,
  toApiQuery,
  toggleFilter,
  writeSearchState,
} from './searchState';

const read = (qs: string) => readSearchState(new URLSearchParams(qs));

describe('search state in the address bar', () => {
  it('reads repeated parameters as OR-ed values of one facet', () => {
    const s = read(
      'q=%E9%94%82%E7%94%B5%E6%B1%A0&type=invention&type=design&province=410000&sort=-filingDate&page=3',
    );
    expect(s.q).toBe('锂电池');
    expect(s.filters.type).toEqual(['invention', 'design']);
    expect(s.filters.province).toEqual(['410000']);
    expect(s.filters.city).toEqual([]);
    expect(s.sort).toBe('-filingDate');
    expect(s.page).toBe(3);
    expect(s.pageSize).toBe(DEFAULT_PAGE_SIZE);
  });

  it.each([
    ['sort=random', 'sort', 'relevance'],
    ['page=0', 'page', 1],
    ['page=-2', 'page', 1],
    ['page=abc', 'page', 1],
    ['pageSize=7', 'pageSize', DEFAULT_PAGE_SIZE],
    ['pageSize=1000', 'pageSize', DEFAULT_PAGE_SIZE],
    ['pageSize=50', 'pageSize', 50],
  ] as const)('ignores malformed values: %s', (qs, key, expected) => {
    expect(read(qs)[key]).toBe(expected);
  });

  it('drops empty and duplicate facet values', () => {
    expect(read('type=&type=invention&type=invention').filters.type).toEqual(['invention']);
  });

  it('round-trips through the URL, leaving defaults out', () => {
    const qs = 'q=%E9%9A%94%E8%86%9C&type=invention&legalStatus=in_force&sort=grantDate&page=2&pageSize=50';
    const s = read(qs);
    expect(readSearchState(writeSearchState(s))).toEqual(s);
    expect(writeSearchState(read('')).toString()).toBe('');
    expect(writeSearchState(read('sort=relevance&page=1&pageSize=20')).toString()).toBe('');
  });

  it('builds the API query with the contract names, arrays repeated', () => {
    const s = read('q=x&ipcSection=H&ipcSection=G&filingYear=2021');
    expect(toApiQuery(s)).toEqual({
      q: 'x',
      page: 1,
      pageSize: 20,
      ipcSection: ['H', 'G'],
      filingYear: ['2021'],
    });
    expect(toApiQuery(read('sort=-grantDate'))).toEqual({ page: 1, pageSize: 20, sort: '-grantDate' });
  });
});

describe('toggling facets', () => {
  it('adds and removes a value and returns to page 1', () => {
    const s = read('type=invention&page=4');
    const added = toggleFilter(s, 'type', 'design', true);
    expect(added.filters.type).toEqual(['invention', 'design']);
    expect(added.page).toBe(1);
    expect(toggleFilter(added, 'type', 'invention', false).filters.type).toEqual(['design']);
  });

  it('unticking a province drops its cities (GB/T 2260 prefix) and keeps others', () => {
    const s = read('province=410000&province=110000&city=410100&city=410300&city=110100');
    const next = toggleFilter(s, 'province', '410000', false);
    expect(next.filters.province).toEqual(['110000']);
    expect(next.filters.city).toEqual(['110100']);
  });

  it('unticking a province that is not a code drops all cities', () => {
    const s = read('province=%E6%B2%B3%E5%8D%97&city=%E9%83%91%E5%B7%9E');
    expect(toggleFilter(s, 'province', '河南', false).filters.city).toEqual([]);
  });

  it('clears all filters but keeps the query and sort', () => {
    const s = clearFilters(read('q=a&type=invention&city=410100&sort=grantDate&page=5'));
    expect(activeFilterCount(s)).toBe(0);
    expect(s.q).toBe('a');
    expect(s.sort).toBe('grantDate');
    expect(s.page).toBe(1);
  });
});
