import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { ArticleId } from '../../core/model.ts';
import { articlePath, type PublishedArticle } from '../../core/schema.ts';
import { useCorpusIndex, type LoadedIndex } from './corpus-index.ts';
import { fetchData } from './fetch-json.ts';

/** An article's file is named by its id and content hash, which the index knows. */
export const articleQuery = (index: LoadedIndex, id: ArticleId) =>
  queryOptions({
    queryKey: ['article', id],
    queryFn: ({ signal }) => fetchData<PublishedArticle>(articlePath(id, index.articleFile.get(id) ?? ''), signal),
    staleTime: Infinity,
  });

export function useArticle(id: ArticleId): PublishedArticle {
  return useSuspenseQuery(articleQuery(useCorpusIndex(), id)).data;
}
