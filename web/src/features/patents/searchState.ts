import { FACET_KEYS, type FacetKey, SORTS, type Sort } from './api';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

/** Everything the search page shows, as it is written in the address bar (shareable). */
export interface SearchState {
  q: string;
  filters: Record<FacetKey, string[]>;
  sort: Sort;
  page: number;
  pageSize: number;
}

export function emptyFilters(): Record<FacetKey, string[]> {
  return Object.fromEntries(FACET_KEYS.map((k) => [k, [] as string[]])) as Record<FacetKey, string[]>;
}

/** Reads the state from URL parameters, ignoring anything malformed rather than failing. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const key of FACET_KEYS) {
    filters[key] = [...new Set(params.getAll(key).filter((v) => v !== ''))];
  }
  const sortParam = params.get('sort');
  const sort = (SORTS as readonly string[]).includes(sortParam ?? '') ? (sortParam as Sort) : 'relevance';
  const page = positiveInt(params.get('page'), 1);
  const size = positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE);
  return {
    q: params.get('q')?.trim() ?? '',
    filters,
    sort,
    page,
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/** Writes the state back, leaving defaults out so URLs stay short. */
export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FACET_KEYS) for (const v of state.filters[key]) params.append(key, v);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(state.pageSize));
  return params;
}

/** The API query for a state: the same names, arrays repeated (OR within a facet). */
export function toApiQuery(state: SearchState): Record<string, string | number | string[]> {
  const query: Record<string, string | number | string[]> = { page: state.page, pageSize: state.pageSize };
  if (state.q) query.q = state.q;
  if (state.sort !== 'relevance') query.sort = state.sort;
  for (const key of FACET_KEYS) if (state.filters[key].length) query[key] = state.filters[key];
  return query;
}

/**
 * Toggles one facet value; any change of filters returns to page 1. Unticking a province also drops the
 * cities inside it (GB/T 2260: a city code starts with its province's two digits).
 */
export function toggleFilter(
  state: SearchState,
  key: FacetKey,
  value: string,
  checked: boolean,
): SearchState {
  const current = state.filters[key];
  const next = checked ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  const filters = { ...state.filters, [key]: next };
  if (key === 'province' && !checked) {
    const prefix = /^\d{2}/.test(value) ? value.slice(0, 2) : null;
    filters.city = prefix ? filters.city.filter((c) => !c.startsWith(prefix)) : [];
  }
  return { ...state, filters, page: 1 };
}

export function clearFilters(state: SearchState): SearchState {
  return { ...state, filters: emptyFilters(), page: 1 };
}

export function activeFilterCount(state: SearchState): number {
  return FACET_KEYS.reduce((n, k) => n + state.filters[k].length, 0);
}

function positiveInt(raw: string | null, fallback: number): number {
  if (!raw || !/^\d+$/.test(raw)) return fallback;
  const n = Number(raw);
  return n >= 1 ? n : fallback;
}
