import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { ArticleId } from '../../core/model.ts';
import { articlePath, type PublishedArticle } from '../../core/schema.ts';
import { fetchData } from './fetch-json.ts';

export const articleQuery = (id: ArticleId) =>
  queryOptions({
    queryKey: ['article', id],
    queryFn: ({ signal }) => fetchData<PublishedArticle>(articlePath(id), signal),
    staleTime: Infinity,
  });

export function useArticle(id: ArticleId): PublishedArticle {
  return useSuspenseQuery(articleQuery(id)).data;
}
