import * as v from 'valibot';
import { articleKeySchema, quoteIdSchema, versionSchema } from './common.ts';

/**
 * `quotes/<shard>.<hash>.json`: quote id → the key of the article that holds the quote, for the quote ids of one
 * shard. A quote's share address (`/quotes/<quote id>`) finds its article through it when no page was built for
 * the quote, without the corpus index.
 */
export const QuoteLookupSchema = v.strictObject({
  version: versionSchema,
  articles: v.record(quoteIdSchema, articleKeySchema),
});
export type QuoteLookup = v.InferOutput<typeof QuoteLookupSchema>;
