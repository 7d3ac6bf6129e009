import { queryOptions, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import {
  addShard,
  loadSearch,
  searchMetaPath,
  searchShardPath,
  shardsFor,
  type LoadedSearch,
  type SearchMeta,
  type SearchShard,
} from '../../core/search/index.ts';
import { fetchData } from './fetch-json.ts';
import { manifestQuery } from './manifest.ts';

/**
 * The full-text index, fetched the first time the reader searches (the search view, or typing in the header's
 * search box), never before, so reading the timeline costs nothing for search. Its files are named in the
 * manifest by content hash. This loads only the meta file; the shard of each word's first character is fetched
 * when a query first needs it (searchShardsFor), so at archive scale a search downloads a few shards, not all.
 */
export const searchIndexQuery = queryOptions({
  queryKey: ['search-index'],
  queryFn: async (context): Promise<LoadedSearch> => {
    const { search } = await context.client.ensureQueryData(manifestQuery);
    return loadSearch(await fetchData<SearchMeta>(searchMetaPath(search.meta), context.signal), []);
  },
  staleTime: Infinity,
  // Loading is the costly part; keep it for the whole visit once done.
  gcTime: Infinity,
});

/** One shard, added to the loaded index when it arrives: the index only ever gains shards. */
const searchShardQuery = (shard: string) =>
  queryOptions({
    queryKey: ['search-index', 'shard', shard],
    queryFn: async (context): Promise<string> => {
      const { search } = await context.client.ensureQueryData(manifestQuery);
      const loaded = await context.client.ensureQueryData(searchIndexQuery);
      const hash = search.shards[shard];
      if (hash && !loaded.shards.has(shard)) addShard(loaded, await fetchData<SearchShard>(searchShardPath(shard, hash), context.signal));
      return shard;
    },
    staleTime: Infinity,
    gcTime: Infinity,
  });

/** Make sure the index and every shard the query's words need are loaded. */
export async function searchShardsFor(client: QueryClient, query: string): Promise<LoadedSearch> {
  const loaded = await client.ensureQueryData(searchIndexQuery);
  await Promise.all(shardsFor(query).map((shard) => client.ensureQueryData(searchShardQuery(shard))));
  return loaded;
}

export function useSearchIndex(): LoadedSearch {
  return useSuspenseQuery(searchIndexQuery).data;
}
