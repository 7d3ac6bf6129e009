import MiniSearch from 'minisearch';
import type { ArticleId, SpeakerId } from '../model.ts';
import { quoteText } from '../quote-text.ts';
import { DATA_ROOT, DATA_VERSION, type PublishedArticle, type SpeakerSummary } from '../schema.ts';
import { INDEX_OPTIONS, type SearchDocument } from './options.ts';

/** Where the app finds the search data, relative to the site root: loaded on the first search only. */
export const searchIndexPath = (): string => `${DATA_ROOT}/search/index.json`;

/** The serialized MiniSearch index, as `MiniSearch#toJSON` gives it. */
export type SerializedIndex = ReturnType<MiniSearch<SearchDocument>['toJSON']>;

/** `search/index.json`: the full-text index of every quote and article. */
export interface SearchData {
  version: typeof DATA_VERSION;
  /** Every article's id and date, by number: documents refer to their article by its position here. */
  articleIds: ArticleId[];
  articleDates: string[];
  index: SerializedIndex;
}

/**
 * The documents to index: one per article (title and body) and one per quote (its words and its speaker's
 * names). Derived from the published articles alone, so search can never disagree with what the reader shows.
 */
export function searchDocuments(
  articles: readonly PublishedArticle[],
  speakers: readonly SpeakerSummary[],
): { docs: SearchDocument[]; articleIds: ArticleId[]; articleDates: string[] } {
  const nameOf = new Map<SpeakerId, string>(speakers.map((s) => [s.id, s.name]));
  const docs: SearchDocument[] = [];
  const articleIds: ArticleId[] = [];
  const articleDates: string[] = [];
  articles.forEach((article, a) => {
    articleIds.push(article.id);
    articleDates.push(article.date);
    docs.push({ id: docs.length, a, title: article.title, body: article.body });
    for (const quote of article.quotes) {
      const text = quoteText(article.body, quote).replace(/\s+/g, ' ').trim();
      if (!text) continue;
      const doc: SearchDocument = { id: docs.length, a, q: quote.id, quote: text };
      if (quote.speaker) {
        const canonical = nameOf.get(quote.speaker.id) ?? quote.speaker.name;
        doc.s = quote.speaker.id;
        doc.speaker = canonical === quote.speaker.name ? canonical : `${canonical} ${quote.speaker.name}`;
      }
      docs.push(doc);
    }
  });
  return { docs, articleIds, articleDates };
}

/** Build the search data from the published corpus: pure, the same corpus always gives the same index. */
export function buildSearchData(articles: readonly PublishedArticle[], speakers: readonly SpeakerSummary[]): SearchData {
  const { docs, articleIds, articleDates } = searchDocuments(articles, speakers);
  const mini = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
  mini.addAll(docs);
  return { version: DATA_VERSION, articleIds, articleDates, index: mini.toJSON() };
}
