import type { ArticleId, QuoteId } from './model.ts';
import { articleKeyOf, DATA_VERSION, quoteLookupShardOf, type QuoteLookup } from './schema.ts';

interface ArticleQuotes {
  id: ArticleId;
  quotes: readonly { id: QuoteId }[];
}

/**
 * The published quote → article lookup, by shard (the first character of a quote id's hash, so 36 files at
 * most): what lets a quote's share address (`/quotes/<quote id>`) find its article at any corpus size, with one
 * small request and without the corpus index. Quote ids hash the article's id with the quote's words, so two
 * quotes share one only by a 41-bit hash collision; then the first article in `articles` keeps the address, and
 * the other quote is still reached through its article's own address.
 */
export function quoteLookupShards(articles: readonly ArticleQuotes[]): Map<string, QuoteLookup> {
  const shards = new Map<string, QuoteLookup>();
  for (const article of articles) {
    const key = articleKeyOf(article.id);
    for (const quote of article.quotes) {
      const shard = quoteLookupShardOf(quote.id);
      let lookup = shards.get(shard);
      if (!lookup) shards.set(shard, (lookup = { version: DATA_VERSION, articles: {} }));
      lookup.articles[quote.id] ??= key;
    }
  }
  return new Map([...shards].sort(([a], [b]) => (a < b ? -1 : 1)));
}
