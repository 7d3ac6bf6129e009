import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { ArticleId } from '../../core/model.ts';
import {
  ARTICLE_KEY,
  ArticleLookupSchema,
  articleKeyOf,
  articlePath,
  lookupPath,
  lookupShardOf,
  PublishedArticleSchema,
  type PublishedArticle,
} from '../../core/schema.ts';
import { DataLoadError, fetchData } from './fetch-json.ts';
import { manifestQuery } from './manifest.ts';

/** The lookup shard that names the files of articles whose key starts with `shard`: small, shared by many. */
export const lookupQuery = (shard: string) =>
  queryOptions({
    queryKey: ['lookup', shard],
    queryFn: async (context) => {
      const manifest = await context.client.ensureQueryData(manifestQuery);
      const hash = manifest.lookup[shard];
      return hash ? (await fetchData(lookupPath(shard, hash), ArticleLookupSchema, context.signal, context.meta?.fetchFile)).files : {};
    },
    staleTime: Infinity,
  });

/** The hash that names an article's file, or undefined when no published article has this id's key. */
export async function articleFileHash(client: import('@tanstack/react-query').QueryClient, id: ArticleId): Promise<string | undefined> {
  const key = articleKeyOf(id);
  if (!ARTICLE_KEY.test(key)) return undefined;
  return (await client.ensureQueryData(lookupQuery(lookupShardOf(id))))[key];
}

/**
 * An article's file, found through its lookup shard rather than the index, so that a deep link shows its
 * article without waiting for the whole corpus index.
 */
export const articleQuery = (id: ArticleId) =>
  queryOptions({
    queryKey: ['article', id],
    queryFn: async (context) => {
      const hash = await articleFileHash(context.client, id);
      if (!hash) throw new DataLoadError(`No article has the id ${id}.`, 404);
      return fetchData(articlePath(id, hash), PublishedArticleSchema, context.signal, context.meta?.fetchFile);
    },
    staleTime: Infinity,
  });

export function useArticle(id: ArticleId): PublishedArticle {
  return useSuspenseQuery(articleQuery(id)).data;
}
