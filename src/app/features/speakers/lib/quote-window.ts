import type { SpeakerId } from '../../../../core/model.ts';
import { SPEAKER_QUOTES_PER_FILE, type ArticleSummary } from '../../../../core/schema.ts';
import { quotesBy } from '../../../../core/speaker-quotes.ts';
import { inDateRange, type DateRangeSearch } from '../../../lib/search-params.ts';

/**
 * Where a date range's quotes sit in a speaker's list (newest first, cut into files of SPEAKER_QUOTES_PER_FILE):
 * `skip` quotes are newer than the range, the next `count` are in it. Counted from the index, so a page narrowed to
 * one month of a long career loads the one or two files that hold that month, not every file before it.
 */
export function quoteWindow(articles: readonly ArticleSummary[], speaker: SpeakerId, range: DateRangeSearch): { skip: number; count: number } {
  let skip = 0;
  let count = 0;
  for (const article of articles) {
    if (range.to && article.date > range.to) skip += quotesBy(article, speaker);
    else if (inDateRange(article.date, range.from, range.to)) count += quotesBy(article, speaker);
  }
  return { skip, count };
}

/** The files (0 is the speaker's own page) that hold quotes `skip` to `skip + shown` of the list. */
export function filesFor(skip: number, shown: number): number[] {
  const first = Math.floor(skip / SPEAKER_QUOTES_PER_FILE);
  const last = shown > 0 ? Math.floor((skip + shown - 1) / SPEAKER_QUOTES_PER_FILE) : first;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
