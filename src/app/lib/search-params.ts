import type { SpeakerId } from '../../core/model.ts';
import type { ArticleSummary } from '../../core/schema.ts';

/**
 * URL search params are the single source of truth for what the reader sees. They come from links people
 * paste, so each is validated: anything malformed is dropped, never trusted and never a crash.
 */
export interface TimelineSearch {
  /** Comma-separated speaker ids. */
  speakers?: string;
  /** Inclusive date range, YYYY-MM-DD. */
  from?: string;
  to?: string;
}

/** The timeline's filters travel with the reader, for next/previous article and the way back. */
export interface ArticleSearch extends TimelineSearch {
  quote?: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SPEAKER_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;
/** The shape of a quote id (see core/ids.ts): anything else cannot name a quote and is dropped. */
const QUOTE_ID = /^q[0-9a-z]{8}$/;

export function parseDateParam(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATE.exec(value.trim());
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? value.trim() : undefined;
}

export function parseSpeakersParam(value: unknown): string | undefined {
  const raw = Array.isArray(value) ? value.join(',') : typeof value === 'string' ? value : '';
  const ids = [...new Set(raw.split(',').map((s) => s.trim().toLowerCase()).filter((s) => SPEAKER_ID.test(s)))];
  return ids.length ? ids.join(',') : undefined;
}

export function speakerList(param: string | undefined): SpeakerId[] {
  return param ? (param.split(',') as SpeakerId[]) : [];
}

/**
 * Every key is returned, undefined when absent or malformed: the router keeps raw keys a validator leaves out,
 * so leaving a bad value out would let it through.
 */
export function validateTimelineSearch(raw: Record<string, unknown>): TimelineSearch {
  return { speakers: parseSpeakersParam(raw.speakers), ...validateDateRangeSearch(raw) };
}

/** An inclusive date range: a speaker's page narrowed to some months. */
export interface DateRangeSearch {
  from?: string;
  to?: string;
}

export function validateDateRangeSearch(raw: Record<string, unknown>): DateRangeSearch {
  let from = parseDateParam(raw.from);
  let to = parseDateParam(raw.to);
  if (from && to && from > to) [from, to] = [to, from];
  return { from, to };
}

export function validateArticleSearch(raw: Record<string, unknown>): ArticleSearch {
  const quote = typeof raw.quote === 'string' ? raw.quote.trim() : '';
  return { ...validateTimelineSearch(raw), quote: QUOTE_ID.test(quote) ? quote : undefined };
}

export function inDateRange(date: string, from?: string, to?: string): boolean {
  return (!from || date >= from) && (!to || date <= to);
}

/** Articles in the date range that quote any of the chosen speakers (all articles when none is chosen). */
export function filterArticles<T extends ArticleSummary>(articles: T[], search: TimelineSearch): T[] {
  const chosen = new Set(speakerList(search.speakers));
  if (chosen.size === 0 && !search.from && !search.to) return articles; // the same list, not a copy of 100,000
  return articles.filter(
    (a) => inDateRange(a.date, search.from, search.to) && (chosen.size === 0 || a.speakers.some((s) => chosen.has(s))),
  );
}

/** The first `count` articles `filterArticles` would give, without filtering the whole corpus. */
export function firstArticles<T extends ArticleSummary>(articles: T[], search: TimelineSearch, count: number): T[] {
  const chosen = new Set(speakerList(search.speakers));
  const out: T[] = [];
  for (const a of articles) {
    if (out.length >= count) break;
    if (inDateRange(a.date, search.from, search.to) && (chosen.size === 0 || a.speakers.some((s) => chosen.has(s)))) out.push(a);
  }
  return out;
}

/** How many articles in the date range quote each speaker: the counts beside the speaker filter. */
export function speakerArticleCounts(articles: ArticleSummary[], search: TimelineSearch): Map<SpeakerId, number> {
  const counts = new Map<SpeakerId, number>();
  for (const a of articles) {
    if (!inDateRange(a.date, search.from, search.to)) continue;
    for (const s of a.speakers) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

/** Only the timeline's filters, without undefined keys, for links between the timeline and the reader. */
export function timelineFilters(search: TimelineSearch): TimelineSearch {
  const out: TimelineSearch = {};
  if (search.speakers) out.speakers = search.speakers;
  if (search.from) out.from = search.from;
  if (search.to) out.to = search.to;
  return out;
}
