import MiniSearch, { type SearchResult } from 'minisearch';
import type { ArticleId, QuoteId, SpeakerId } from '../model.ts';
import type { SearchData } from './build.ts';
import { INDEX_OPTIONS, processTerm, queryOptions, TOKEN, type SearchDocument, type StoredFields } from './options.ts';

/** The search data loaded into a queryable index. */
export interface LoadedSearch {
  mini: MiniSearch<SearchDocument>;
  articleIds: ArticleId[];
  articleDates: string[];
}

export function loadSearchData(data: SearchData): LoadedSearch {
  return { mini: MiniSearch.loadJS(data.index, INDEX_OPTIONS), articleIds: data.articleIds, articleDates: data.articleDates };
}

/** The same, without blocking the page for long on a large index. */
export async function loadSearchDataAsync(data: SearchData): Promise<LoadedSearch> {
  return { mini: await MiniSearch.loadJSAsync(data.index, INDEX_OPTIONS), articleIds: data.articleIds, articleDates: data.articleDates };
}

export interface QuoteHit {
  quoteId: QuoteId;
  articleId: ArticleId;
  date: string;
  speakerId: SpeakerId | null;
  /** The quote's words (a preview when very long). */
  text: string;
  /** The indexed terms this result matched: what to highlight. */
  terms: string[];
  score: number;
}

export interface ArticleHit {
  articleId: ArticleId;
  date: string;
  terms: string[];
  score: number;
}

export interface SearchFilters {
  /** Keep quotes by any of these speakers, and articles that quote any of them. */
  speakers?: readonly SpeakerId[];
  /** Inclusive date range, YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** The speakers an article quotes: needed to narrow articles by speaker (the corpus index knows them). */
  articleSpeakers?: (id: ArticleId) => readonly SpeakerId[] | undefined;
}

export interface SearchOutcome {
  /** Best first. */
  quotes: QuoteHit[];
  articles: ArticleHit[];
  /** Matching quotes per speaker in the date range, before narrowing by speaker: the facet counts. */
  speakerCounts: Map<SpeakerId, number>;
  /** True when no result had every word, so results with any of them are shown instead. */
  loose: boolean;
}

const EMPTY: SearchOutcome = { quotes: [], articles: [], speakerCounts: new Map(), loose: false };

/** Whether a query has anything to search for once stop words and punctuation are set aside. */
export function hasSearchTerms(query: string): boolean {
  for (const match of query.matchAll(TOKEN)) if (processTerm(match[0])) return true;
  return false;
}

/**
 * Search quotes and articles. Every word must match (as a prefix, or with a typo); when no result has them all,
 * results with any of them are returned, marked `loose`. Results are narrowed by date range and speakers after
 * matching, so the speaker counts can show what choosing a speaker would leave.
 */
export function runSearch(loaded: LoadedSearch, query: string, filters: SearchFilters = {}): SearchOutcome {
  if (!hasSearchTerms(query)) return EMPTY;
  let loose = false;
  let results: SearchResult[] = loaded.mini.search(query, queryOptions('AND'));
  if (results.length === 0) {
    results = loaded.mini.search(query, queryOptions('OR'));
    loose = results.length > 0;
  }
  const { from, to } = filters;
  const chosen = new Set(filters.speakers ?? []);
  const quotes: QuoteHit[] = [];
  const articles: ArticleHit[] = [];
  const speakerCounts = new Map<SpeakerId, number>();
  for (const result of results) {
    const stored = result as unknown as SearchResult & StoredFields;
    const date = loaded.articleDates[stored.a];
    const articleId = loaded.articleIds[stored.a];
    if (date === undefined || articleId === undefined) continue;
    if ((from && date < from) || (to && date > to)) continue;
    if (stored.q !== undefined) {
      const speakerId = (stored.s ?? null) as SpeakerId | null;
      if (speakerId) speakerCounts.set(speakerId, (speakerCounts.get(speakerId) ?? 0) + 1);
      if (chosen.size > 0 && !(speakerId && chosen.has(speakerId))) continue;
      quotes.push({ quoteId: stored.q as QuoteId, articleId, date, speakerId, text: stored.x ?? '', terms: result.terms, score: result.score });
    } else {
      if (chosen.size > 0 && !(filters.articleSpeakers?.(articleId) ?? []).some((s) => chosen.has(s))) continue;
      articles.push({ articleId, date, terms: result.terms, score: result.score });
    }
  }
  return { quotes, articles, speakerCounts, loose };
}

export interface TextPiece {
  text: string;
  /** Whether this piece is a word the search matched. */
  hit: boolean;
}

/**
 * Split `text` into pieces, marking each word whose indexed form is one of `terms`: the same tokenizing and term
 * processing as the index, so a highlight is exactly a word that matched ("Ransomware," for "ransomware").
 */
export function highlightPieces(text: string, terms: readonly string[]): TextPiece[] {
  const wanted = new Set(terms);
  const pieces: TextPiece[] = [];
  let at = 0;
  if (wanted.size > 0) {
    for (const match of text.matchAll(TOKEN)) {
      const term = processTerm(match[0]);
      if (!term || !wanted.has(term)) continue;
      const start = match.index;
      if (start > at) pieces.push({ text: text.slice(at, start), hit: false });
      pieces.push({ text: match[0], hit: true });
      at = start + match[0].length;
    }
  }
  if (at < text.length) pieces.push({ text: text.slice(at), hit: false });
  return pieces;
}
