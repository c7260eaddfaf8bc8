import { describe, expect, it } from 'vitest';
import type { Subscription } from './api';
import { findSubscription, savedSearchFrom, subscriptionLink } from './subscriptionTarget';

const sub = (over: Partial<Subscription>): Subscription => ({
  id: 1,
  kind: 'search',
  demandId: null,
  patentId: null,
  query: null,
  filters: {},
  label: '',
  topK: 20,
  email: 'daily',
  webhookId: null,
  active: true,
  createdAt: '2026-01-01T00:00:00Z',
  ...over,
});

describe('subscription links', () => {
  it.each([
    [sub({ kind: 'demand', demandId: 7 }), '/demands/7'],
    [sub({ kind: 'patent', patentId: 42 }), '/patents/42'],
    [sub({ query: '锂电池 正极' }), '/patents?q=%E9%94%82%E7%94%B5%E6%B1%A0+%E6%AD%A3%E6%9E%81'],
    [
      sub({ query: '电池', filters: { type: ['invention', 'utility_model'], sei: ['6.1'] } }),
      '/patents?q=%E7%94%B5%E6%B1%A0&type=invention&type=utility_model&sei=6.1',
    ],
    [sub({ query: '' }), '/patents'],
  ])('%#', (s, link) => {
    expect(subscriptionLink(s)).toBe(link);
  });

  it('finds the subscription of a demand or a patent, not of another kind with the same id', () => {
    const list = [sub({ id: 1, kind: 'patent', patentId: 5 }), sub({ id: 2, kind: 'demand', demandId: 5 })];
    expect(findSubscription(list, 'demand', 5)?.id).toBe(2);
    expect(findSubscription(list, 'patent', 5)?.id).toBe(1);
    expect(findSubscription(list, 'patent', 6)).toBeUndefined();
  });
});

describe('saved search from a search address', () => {
  it('keeps the words and the known facets, once each', () => {
    expect(
      savedSearchFrom('?q=%20锂电池%20&type=invention&type=invention&sei=6.1&sort=-filingDate&page=2', [
        'type',
        'sei',
        'province',
      ]),
    ).toEqual({
      query: '锂电池',
      filters: { type: ['invention'], sei: ['6.1'] },
    });
  });
});
