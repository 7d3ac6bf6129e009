import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { ArticleId, SpeakerId } from '../../core/model.ts';
import type { ArticleSummary, SpeakerSummary } from '../../core/schema.ts';
import { decodeIndex, type DecodedIndex, type WireIndex } from '../../core/wire.ts';
import { fetchData } from './fetch-json.ts';
import { manifestQuery } from './manifest.ts';

/** The index with lookup tables built once per load, not on every render. */
export interface LoadedIndex extends DecodedIndex {
  articleById: Map<ArticleId, ArticleSummary>;
  speakerById: Map<SpeakerId, SpeakerSummary>;
  /** Position of each article in `articles` (newest first), for next/previous navigation. */
  positionOf: Map<ArticleId, number>;
}

export function withLookups(index: DecodedIndex): LoadedIndex {
  return {
    ...index,
    articleById: new Map(index.articles.map((a) => [a.id, a])),
    speakerById: new Map(index.speakers.map((s) => [s.id, s])),
    positionOf: new Map(index.articles.map((a, i) => [a.id, i])),
  };
}

export const corpusIndexQuery = queryOptions({
  queryKey: ['corpus-index'],
  queryFn: async (context) => {
    const manifest = await context.client.ensureQueryData(manifestQuery);
    return withLookups(decodeIndex(await fetchData<WireIndex>(manifest.index, context.signal)));
  },
  staleTime: Infinity,
});

export function useCorpusIndex(): LoadedIndex {
  return useSuspenseQuery(corpusIndexQuery).data;
}
