import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { SearchMetaSchema, SearchShardSchema } from '../../../../core/schema.ts';
import {
  addShard,
  loadSearch,
  searchMetaPath,
  searchShardPath,
  shardsFor,
  type LoadedSearch,
} from '../../../../core/search/index.ts';
import { DataLoadError, fetchData } from '../../../data/fetch-json.ts';
import { manifestQuery } from '../../../data/manifest.ts';

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
    const path = searchMetaPath(search.meta);
    const meta = await fetchData(path, SearchMetaSchema, context.signal, context.meta?.fetchFile);
    try {
      return loadSearch(meta, []);
    } catch (error) {
      // What the schema cannot see without decoding: the per-quote list must have one entry per quote.
      throw new DataLoadError(`${path} is not valid Quoteline data: ${error instanceof Error ? error.message : String(error)}`, null);
    }
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
      const hash = search.shards[shard];
      // The shard's name is in the manifest, so it downloads beside the meta file rather than after it.
      const [loaded, file] = await Promise.all([
        context.client.ensureQueryData(searchIndexQuery),
        hash ? fetchData(searchShardPath(shard, hash), SearchShardSchema, context.signal, context.meta?.fetchFile) : undefined,
      ]);
      if (file && !loaded.shards.has(shard)) addShard(loaded, file);
      return shard;
    },
    staleTime: Infinity,
    gcTime: Infinity,
  });

/** Make sure the index and every shard the query's words need are loaded. */
export async function searchShardsFor(client: QueryClient, query: string): Promise<LoadedSearch> {
  const [loaded] = await Promise.all([client.ensureQueryData(searchIndexQuery), ...shardsFor(query).map((shard) => client.ensureQueryData(searchShardQuery(shard)))]);
  return loaded;
}

/**
 * The index with every shard a query's words need, and the query it is ready for: what the search view waits
 * on. The index only ever gains shards, so the answer is the same object for every query, named by the query.
 */
export const searchReadyQuery = (query: string) =>
  queryOptions({
    queryKey: ['search-index', 'ready', query],
    queryFn: async (context) => ({ query, search: await searchShardsFor(context.client, query) }),
    staleTime: Infinity,
  });
