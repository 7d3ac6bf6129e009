import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { QuoteId } from '../../core/model.ts';
import { QuoteLookupSchema, quoteLookupPath, quoteLookupShardOf } from '../../core/schema.ts';
import { fetchData } from './fetch-json.ts';
import { manifestQuery } from './manifest.ts';

const QUOTE_ID = /^q[0-9a-z]{8}$/;

/** One shard of the quote → article lookup (core/quote-lookup.ts): small, shared by many quotes. */
const quoteLookupQuery = (shard: string) =>
  queryOptions({
    queryKey: ['quote-lookup', shard],
    queryFn: async (context) => {
      const manifest = await context.client.ensureQueryData(manifestQuery);
      const hash = manifest.quotes?.[shard];
      return hash ? (await fetchData(quoteLookupPath(shard, hash), QuoteLookupSchema, context.signal, context.meta?.fetchFile)).articles : {};
    },
    staleTime: Infinity,
  });

/** The key of the article that holds a quote, or undefined when no published quote has this id. */
export async function quoteArticleKey(client: QueryClient, id: string): Promise<string | undefined> {
  if (!QUOTE_ID.test(id)) return undefined;
  return (await client.ensureQueryData(quoteLookupQuery(quoteLookupShardOf(id as QuoteId))))[id as QuoteId];
}
