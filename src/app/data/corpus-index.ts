import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { ArticleId, SpeakerId } from '../../core/model.ts';
import { manifestPath, type ArticleSummary, type DataManifest, type SpeakerSummary } from '../../core/schema.ts';
import { decodeIndex, type DecodedIndex, type WireIndex } from '../../core/wire.ts';
import { fetchData } from './fetch-json.ts';

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

/**
 * The page names the index it was built with (and preloads it, so it downloads beside the script). Without that
 * name, as in a page served by something else, the manifest, the one data file with a fixed name, tells.
 */
async function indexFile(signal: AbortSignal): Promise<string> {
  const named = document.querySelector('meta[name="quoteline-index"]')?.getAttribute('content');
  if (named) return named;
  return (await fetchData<DataManifest>(manifestPath(), signal)).index;
}

export const corpusIndexQuery = queryOptions({
  queryKey: ['corpus-index'],
  queryFn: async ({ signal }) => withLookups(decodeIndex(await fetchData<WireIndex>(await indexFile(signal), signal))),
  staleTime: Infinity,
});

export function useCorpusIndex(): LoadedIndex {
  return useSuspenseQuery(corpusIndexQuery).data;
}
