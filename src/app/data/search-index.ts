import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { loadSearchData, searchIndexPath, type LoadedSearch, type SearchData } from '../../core/search/index.ts';
import { fetchData } from './fetch-json.ts';

/**
 * The full-text index: fetched and loaded the first time the reader searches (the search view, or typing in the
 * header's search box), never before, so reading the timeline costs nothing for search.
 */
export const searchIndexQuery = queryOptions({
  queryKey: ['search-index'],
  // Synchronous load: MiniSearch's async loader yields per term and takes two to three times as long in all.
  queryFn: async ({ signal }): Promise<LoadedSearch> => loadSearchData(await fetchData<SearchData>(searchIndexPath(), signal)),
  staleTime: Infinity,
  // Loading is the costly part; keep it for the whole visit once done.
  gcTime: Infinity,
});

export function useSearchIndex(): LoadedSearch {
  return useSuspenseQuery(searchIndexQuery).data;
}
