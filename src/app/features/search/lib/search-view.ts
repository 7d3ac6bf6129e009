import { validateTimelineSearch, type TimelineSearch } from '../../../lib/search-params.ts';

/** `/search?q=…`: the query and the same speaker and date filters as the timeline, so a search is a deep link. */
export interface SearchViewSearch extends TimelineSearch {
  q?: string;
}

/**
 * How many results of each kind the view shows before "Show more": a phone's screen holds a few, and every quote
 * shown fetches its article's file for its words, so a longer first page only delays the first.
 */
export const SEARCH_PAGE: Readonly<{ quotes: number; articles: number }> = { quotes: 10, articles: 10 };

/** Longer than any real query; a pasted essay is cut rather than searched word by word. */
export const QUERY_MAX = 200;

/** Whitespace collapsed and trimmed; "" for nothing to search. */
export function normalizeQuery(value: string): string {
  return value.replace(/\s+/g, ' ').trim().slice(0, QUERY_MAX).trim();
}

/**
 * The router parses search values as JSON, so `?q=2021` arrives as a number and `?q=true` as a boolean: both are
 * still what the reader typed. Anything else (an object, an array) is dropped.
 */
export function validateSearchViewSearch(raw: Record<string, unknown>): SearchViewSearch {
  const value = raw.q;
  const q = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? normalizeQuery(String(value)) : '';
  return { q: q || undefined, ...validateTimelineSearch(raw) };
}
