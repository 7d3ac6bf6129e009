import type { SpeakerId } from '../../core/model.ts';
import type { ArticleSummary } from '../../core/schema.ts';
import { quotesByPosition } from '../../core/speaker-quotes.ts';

export type BinUnit = 'day' | 'week' | 'month' | 'year';

export interface Count {
  articles: number;
  quotes: number;
}

export interface Bin {
  /** First and last day the bin covers, YYYY-MM-DD. */
  start: string;
  end: string;
  /** One count for the whole list, or one per speaker asked for, in the order asked. */
  counts: Count[];
}

const DAY_MS = 86_400_000;
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The finest unit that keeps the histogram readable (at most about 120 bars) for the span shown. */
export function unitFor(from: string, to: string): BinUnit {
  const days = (toDate(to).getTime() - toDate(from).getTime()) / DAY_MS + 1;
  if (days <= 120) return 'day';
  if (days <= 2 * 365) return 'week';
  if (days <= 10 * 365) return 'month';
  return 'year';
}

function binStart(date: Date, unit: BinUnit): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  if (unit === 'year') return new Date(Date.UTC(y, 0, 1));
  if (unit === 'month') return new Date(Date.UTC(y, m, 1));
  if (unit === 'week') return new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * DAY_MS); // weeks start on Monday
  return date;
}

function nextStart(start: Date, unit: BinUnit): Date {
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth();
  if (unit === 'year') return new Date(Date.UTC(y + 1, 0, 1));
  if (unit === 'month') return new Date(Date.UTC(y, m + 1, 1));
  return new Date(start.getTime() + (unit === 'week' ? 7 : 1) * DAY_MS);
}

/**
 * Count articles and quotes per bin over [from, to], with empty bins kept so gaps in time show as gaps. Without
 * `speakers`, each bin has one count: every article given. With them, one count per speaker: the articles that
 * quote them and their quotes there, a joint quote counting for each of its speakers as their pages count it.
 * The counts come from the index alone (ArticleSummary.speakerQuotes), never from loading a speaker's quotes.
 */
export function histogram(articles: readonly ArticleSummary[], from: string, to: string, unit: BinUnit, speakers?: readonly SpeakerId[]): Bin[] {
  const series = speakers?.length ?? 1;
  const bins: Bin[] = [];
  const indexOf = new Map<string, number>();
  for (let start = binStart(toDate(from), unit); iso(start) <= to; start = nextStart(start, unit)) {
    const end = new Date(nextStart(start, unit).getTime() - DAY_MS);
    indexOf.set(iso(start), bins.length);
    bins.push({ start: iso(start), end: iso(end), counts: Array.from({ length: series }, () => ({ articles: 0, quotes: 0 })) });
  }
  // Dates repeat (many articles a day), and parsing one is the costly part: find each distinct date's bin once.
  const binOfDate = new Map<string, Bin | undefined>();
  for (const article of articles) {
    if (article.date < from || article.date > to) continue;
    let bin = binOfDate.get(article.date);
    if (bin === undefined && !binOfDate.has(article.date)) {
      bin = bins[indexOf.get(iso(binStart(toDate(article.date), unit))) ?? -1];
      binOfDate.set(article.date, bin);
    }
    if (!bin) continue;
    if (!speakers) {
      const count = bin.counts[0]!;
      count.articles++;
      count.quotes += article.quoteCount;
      continue;
    }
    for (let k = 0; k < speakers.length; k++) {
      const position = article.speakers.indexOf(speakers[k]!);
      if (position < 0) continue;
      const count = bin.counts[k]!;
      count.articles++;
      count.quotes += quotesByPosition(article, position);
    }
  }
  return bins;
}

const monthFormat = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** A bin as a person names it: "March 2021", "week of Jan 4, 2021", "2021", "Jan 4, 2021". */
export function binLabel(bin: Pick<Bin, 'start'>, unit: BinUnit): string {
  const date = toDate(bin.start);
  if (unit === 'year') return bin.start.slice(0, 4);
  if (unit === 'month') return monthFormat.format(date);
  if (unit === 'week') return `week of ${dayFormat.format(date)}`;
  return dayFormat.format(date);
}
