import { describe, expect, it } from 'vitest';
import type { ArticleId, SpeakerId } from '../../../src/core/model.ts';
import type { ArticleSummary } from '../../../src/core/schema.ts';
import { binLabel, histogram, unitFor } from '../../../src/app/lib/histogram.ts';

const a = (date: string, quoteCount = 1): ArticleSummary => ({ id: `x-${date}` as ArticleId, date, title: date, source: '', quoteCount, speakers: [], speakerQuotes: [] });
/** An article quoting speakers with these counts, most quoted first, carried as the index carries them. */
const quoting = (date: string, counts: [string, number][]): ArticleSummary => {
  const sorted = [...counts].sort((x, y) => y[1] - x[1]);
  const speakerQuotes = sorted.map(([, n]) => n);
  while (speakerQuotes.at(-1) === 1) speakerQuotes.pop();
  return { ...a(date, sorted.reduce((n, [, q]) => n + q, 0)), speakers: sorted.map(([s]) => s as SpeakerId), speakerQuotes };
};
const biden = 'joe-biden' as SpeakerId;
const tanabe = 'aiko-tanabe' as SpeakerId;
const putin = 'vladimir-putin' as SpeakerId;

describe('histogram', () => {
  it('picks a finer unit for a shorter span', () => {
    expect(unitFor('2021-01-01', '2021-02-01')).toBe('day');
    expect(unitFor('2021-01-01', '2021-12-31')).toBe('week');
    expect(unitFor('2019-01-01', '2026-08-20')).toBe('month');
    expect(unitFor('1990-01-01', '2026-08-20')).toBe('year');
  });

  it('counts articles and quotes per bin, keeps empty bins, and ignores dates outside the span', () => {
    const bins = histogram([a('2021-01-05', 2), a('2021-01-31'), a('2021-03-02', 4), a('2020-12-31')], '2021-01-01', '2021-03-31', 'month');
    expect(bins.map((b) => [b.start, b.end, b.counts[0]!.articles, b.counts[0]!.quotes])).toEqual([
      ['2021-01-01', '2021-01-31', 2, 3],
      ['2021-02-01', '2021-02-28', 0, 0],
      ['2021-03-01', '2021-03-31', 1, 4],
    ]);
  });

  it('starts weeks on Monday', () => {
    const bins = histogram([a('2021-01-03'), a('2021-01-04')], '2021-01-01', '2021-01-10', 'week');
    expect(bins.map((b) => [b.start, b.counts[0]!.articles])).toEqual([
      ['2020-12-28', 1],
      ['2021-01-04', 1],
    ]);
  });

  it('names bins as a reader would', () => {
    expect(binLabel({ start: '2021-03-01' }, 'month')).toBe('March 2021');
    expect(binLabel({ start: '2021-01-04' }, 'week')).toBe('week of Jan 4, 2021');
    expect(binLabel({ start: '2021-01-01' }, 'year')).toBe('2021');
  });
});

describe('a speaker’s quotes per month', () => {
  const articles = [
    quoting('2021-06-20', [[biden, 3], [tanabe, 1]]),
    quoting('2021-06-02', [[tanabe, 2], [biden, 2]]),
    quoting('2021-04-11', [[putin, 1]]),
    quoting('2021-03-30', [[biden, 1]]),
  ];

  it('counts only that speaker’s quotes and the articles that quote them, months without them kept as 0', () => {
    const bins = histogram(articles, '2021-03-01', '2021-06-30', 'month', [biden]);
    expect(bins.map((b) => [b.start, b.counts[0]!.quotes, b.counts[0]!.articles])).toEqual([
      ['2021-03-01', 1, 1],
      ['2021-04-01', 0, 0],
      ['2021-05-01', 0, 0],
      ['2021-06-01', 5, 2],
    ]);
  });

  it('has a single bar for a speaker quoted in one month only', () => {
    const bins = histogram(articles, '2021-04-01', '2021-04-30', 'month', [putin]);
    expect(bins.map((b) => [b.start, b.counts[0]!.quotes])).toEqual([['2021-04-01', 1]]);
  });

  it('counts a joint quote for each of its members, as the article’s counts carry it', () => {
    // "The two leaders said …": one quote, counted once for Biden and once for Tanabe in the index.
    const joint = quoting('2021-06-05', [[biden, 1], [tanabe, 1]]);
    const bins = histogram([joint], '2021-06-01', '2021-06-30', 'month', [biden, tanabe]);
    expect(bins[0]!.counts).toEqual([
      { articles: 1, quotes: 1 },
      { articles: 1, quotes: 1 },
    ]);
  });

  it('gives each compared speaker a series of their own, in the order asked', () => {
    const bins = histogram(articles, '2021-06-01', '2021-06-30', 'month', [tanabe, biden, putin]);
    expect(bins[0]!.counts).toEqual([
      { articles: 2, quotes: 3 },
      { articles: 2, quotes: 5 },
      { articles: 0, quotes: 0 },
    ]);
  });
});
