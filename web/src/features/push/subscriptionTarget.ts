import type { Subscription } from './api';

/**
 * Where a subscription leads in the web app and whether one already covers an object. Pure.
 */
export function subscriptionLink(s: Subscription): string {
  if (s.kind === 'demand' && s.demandId !== null) return `/demands/${s.demandId}`;
  if (s.kind === 'patent' && s.patentId !== null) return `/patents/${s.patentId}`;
  const params = new URLSearchParams();
  if (s.query) params.set('q', s.query);
  for (const [facet, values] of Object.entries(s.filters)) for (const v of values) params.append(facet, v);
  const qs = params.toString();
  return qs ? `/patents?${qs}` : '/patents';
}

/** The user's subscription to this demand or patent, if there is one. */
export function findSubscription(
  subscriptions: readonly Subscription[],
  kind: 'demand' | 'patent',
  objectId: number,
): Subscription | undefined {
  return subscriptions.find(
    (s) => s.kind === kind && (kind === 'demand' ? s.demandId : s.patentId) === objectId,
  );
}

/** Facet filters of a saved search read from a patent-search address (`?q=…&type=invention&sei=…`). */
export function savedSearchFrom(
  search: string,
  facets: readonly string[],
): { query: string; filters: Record<string, string[]> } {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const f of facets) {
    const values = params
      .getAll(f)
      .map((v) => v.trim())
      .filter(Boolean);
    if (values.length) filters[f] = [...new Set(values)];
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}
