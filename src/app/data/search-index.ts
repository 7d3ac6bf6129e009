import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { loadSearch, searchMetaPath, searchShardPath, type LoadedSearch, type SearchMeta, type SearchShard } from '../../core/search/index.ts';
import { fetchData } from './fetch-json.ts';
import { manifestQuery } from './manifest.ts';

/**
 * The full-text index: fetched and loaded the first time the reader searches (the search view, or typing in the
 * header's search box), never before, so reading the timeline costs nothing for search. Its files are named in
 * the manifest by content hash; loading is parsing them (posting lists stay encoded until a query needs them).
 */
export const searchIndexQuery = queryOptions({
  queryKey: ['search-index'],
  queryFn: async (context): Promise<LoadedSearch> => {
    const { search } = await context.client.ensureQueryData(manifestQuery);
    const [meta, ...shards] = await Promise.all([
      fetchData<SearchMeta>(searchMetaPath(search.meta), context.signal),
      ...Object.entries(search.shards).map(([shard, hash]) => fetchData<SearchShard>(searchShardPath(shard, hash), context.signal)),
    ]);
    return loadSearch(meta as SearchMeta, shards as SearchShard[]);
  },
  staleTime: Infinity,
  // Loading is the costly part; keep it for the whole visit once done.
  gcTime: Infinity,
});

export function useSearchIndex(): LoadedSearch {
  return useSuspenseQuery(searchIndexQuery).data;
}
