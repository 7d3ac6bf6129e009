import { describe, expect, it } from 'vitest';
import { validateArticleSearch, validateTimelineSearch } from '../../../src/app/lib/search-params.ts';

describe('search params from pasted links', () => {
  it('keep valid speakers and dates, and order a reversed range', () => {
    expect(validateTimelineSearch({ speakers: 'joe-biden,Vladimir-Putin,joe-biden', from: '2021-12-31', to: '2021-01-01' })).toEqual({
      speakers: 'joe-biden,vladimir-putin',
      from: '2021-01-01',
      to: '2021-12-31',
    });
  });

  it('drop script, impossible dates and junk, naming every key so none slips through', () => {
    expect(validateTimelineSearch({ speakers: '<script>', from: 'notadate', to: '2021-02-30' })).toEqual({ speakers: undefined, from: undefined, to: undefined });
  });

  it('keep a quote param only when it has the shape of a quote id', () => {
    expect(validateArticleSearch({ quote: 'q1a2b3c4d' }).quote).toBe('q1a2b3c4d');
    expect(validateArticleSearch({ quote: 999999 }).quote).toBeUndefined();
    expect(validateArticleSearch({ quote: '"><img>' }).quote).toBeUndefined();
  });
});
