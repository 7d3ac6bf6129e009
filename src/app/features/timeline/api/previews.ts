import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { MonthPreviewsSchema, previewsPath, type ArticleSummary, type Lead } from '../../../../core/schema.ts';
import type { LoadedIndex } from '../../../data/corpus-index.ts';
import { fetchData } from '../../../data/fetch-json.ts';

/** Lead quotes come a month at a time, when the timeline first shows an article of that month. */
export const previewsQuery = (index: LoadedIndex, month: string) =>
  queryOptions({
    queryKey: ['previews', month],
    queryFn: ({ signal, meta }) => fetchData(previewsPath(month, index.files.previews[month] ?? ''), MonthPreviewsSchema, signal, meta?.fetchFile),
    staleTime: Infinity,
    enabled: month in index.files.previews,
  });

/** The article's lead quote once its month has loaded; undefined until then (and for articles without quotes). */
export function useLead(index: LoadedIndex, article: ArticleSummary): Lead | undefined {
  const month = article.date.slice(0, 7);
  const { data } = useQuery({ ...previewsQuery(index, month), enabled: article.quoteCount > 0 && month in index.files.previews });
  return data?.leads[article.id];
}

/** Has the lead quotes of `articles` loaded; a month that fails to load leaves its cards without leads. */
export async function ensureLeads(queryClient: QueryClient, index: LoadedIndex, articles: ArticleSummary[]): Promise<void> {
  const months = new Set(articles.filter((a) => a.quoteCount > 0).map((a) => a.date.slice(0, 7)));
  await Promise.all(
    [...months].filter((m) => m in index.files.previews).map((m) => queryClient.ensureQueryData(previewsQuery(index, m)).catch(() => undefined)),
  );
}
