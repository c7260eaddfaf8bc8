import { describe, expect, it } from 'vitest';
import { filterFromParams } from './demandFilter';

describe('public demand filters from the address', () => {
  it('always asks for public demands the reader may see', () => {
    expect(filterFromParams(new URLSearchParams())).toEqual({ scope: 'visible', visibility: 'public' });
  });

  it('keeps repeated states and modes, the region and industry prefixes and the words', () => {
    expect(
      filterFromParams(
        new URLSearchParams(
          'state=open&state=matched&mode=open_licence&region=3509&industry=c38&q=%20锂电池%20',
        ),
      ),
    ).toEqual({
      scope: 'visible',
      visibility: 'public',
      state: ['open', 'matched'],
      mode: ['open_licence'],
      regionCode: '3509',
      industryCode: 'C38',
      q: '锂电池',
    });
  });

  it('drops values the API would refuse', () => {
    expect(
      filterFromParams(
        new URLSearchParams('state=lost&mode=gift&region=350&industry=%25&visibility=private'),
      ),
    ).toEqual({ scope: 'visible', visibility: 'public' });
  });
});
