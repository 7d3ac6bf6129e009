import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { ArticleId, SpeakerId } from '../../core/model.ts';
import { articleKeyOf, WireIndexSchema, type SpeakerSummary } from '../../core/schema.ts';
import { decodeIndex, type DecodedArticle, type DecodedIndex } from '../../core/wire.ts';
import { DataLoadError, fetchData } from './fetch-json.ts';
import { manifestQuery } from './manifest.ts';
import { yieldToMain } from '../lib/yield.ts';

/** Finds an article of the index by id, through its key, without working out every article's id. */
export interface ArticleLookupTable {
  get(id: ArticleId): DecodedArticle | undefined;
  has(id: ArticleId): boolean;
}

/** The index with lookup tables built once per load, not on every render. */
export interface LoadedIndex extends DecodedIndex {
  articleById: ArticleLookupTable;
  speakerById: Map<SpeakerId, SpeakerSummary>;
  /** Position of each article (by key) in `articles` (newest first), for next/previous navigation. */
  positionOfKey: Map<string, number>;
}

export function withLookups(index: DecodedIndex): LoadedIndex {
  const byKey = new Map(index.articles.map((a) => [a.key, a]));
  const get = (id: ArticleId) => {
    const article = byKey.get(articleKeyOf(id));
    return article && article.id === id ? article : undefined;
  };
  return {
    ...index,
    articleById: { get, has: (id) => get(id) !== undefined },
    speakerById: new Map(index.speakers.map((s) => [s.id, s])),
    positionOfKey: new Map(index.articles.map((a, i) => [a.key, i])),
  };
}

/**
 * The last index decoded, by its file. The file is named by its content, so what it decodes to never changes:
 * a build that renders a thousand pages, each with a query client of its own, decodes it once, not a thousand
 * times.
 */
let lastDecoded: { file: string; index: LoadedIndex } | null = null;

export const corpusIndexQuery = queryOptions({
  queryKey: ['corpus-index'],
  queryFn: async (context) => {
    const manifest = await context.client.ensureQueryData(manifestQuery);
    if (lastDecoded?.file === manifest.index) return lastDecoded.index;
    // Checked column by column before decoding (see core/schema/wire-index.ts): a damaged index is an error, never
    // a timeline of zeros.
    const wire = await fetchData(manifest.index, WireIndexSchema, context.signal, context.meta?.fetchFile);
    // In steps, each its own task: the first view is loading, and the reader may already be scrolling it.
    await yieldToMain();
    const decoded = decodeIndex(wire);
    await yieldToMain();
    const index = withLookups(decoded);
    if (index.positionOfKey.size !== index.articles.length) throw new DataLoadError(`${manifest.index} gives two articles one key.`, null);
    lastDecoded = { file: manifest.index, index };
    return index;
  },
  staleTime: Infinity,
});

export function useCorpusIndex(): LoadedIndex {
  return useSuspenseQuery(corpusIndexQuery).data;
}
