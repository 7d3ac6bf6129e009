import { describe, expect, it } from 'vitest';
import type { ArticleId } from '../../../../../src/core/model.ts';
import type { ArticleSummary } from '../../../../../src/core/schema.ts';
import { histogram, unitFor } from '../../../../../src/app/features/timeline/lib/histogram.ts';

const a = (date: string, quoteCount = 1): ArticleSummary => ({ id: `x-${date}` as ArticleId, date, title: date, source: '', quoteCount, speakers: [] });

describe('histogram', () => {
  it('picks a finer unit for a shorter span', () => {
    expect(unitFor('2021-01-01', '2021-02-01')).toBe('day');
    expect(unitFor('2021-01-01', '2021-12-31')).toBe('week');
    expect(unitFor('2019-01-01', '2026-08-20')).toBe('month');
    expect(unitFor('1990-01-01', '2026-08-20')).toBe('year');
  });

  it('counts articles and quotes per bin, keeps empty bins, and ignores dates outside the span', () => {
    const bins = histogram([a('2021-01-05', 2), a('2021-01-31'), a('2021-03-02', 4), a('2020-12-31')], '2021-01-01', '2021-03-31', 'month');
    expect(bins.map((b) => [b.start, b.end, b.articles, b.quotes])).toEqual([
      ['2021-01-01', '2021-01-31', 2, 3],
      ['2021-02-01', '2021-02-28', 0, 0],
      ['2021-03-01', '2021-03-31', 1, 4],
    ]);
  });

  it('starts weeks on Monday', () => {
    const bins = histogram([a('2021-01-03'), a('2021-01-04')], '2021-01-01', '2021-01-10', 'week');
    expect(bins.map((b) => [b.start, b.articles])).toEqual([
      ['2020-12-28', 1],
      ['2021-01-04', 1],
    ]);
  });
});
