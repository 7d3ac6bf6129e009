import * as v from 'valibot';
import { articleKeySchema, fileHashSchema, versionSchema } from './common.ts';

/** `lookup/<shard>.<hash>.json`: article key → hash of the article's file, for the keys of one shard. */
export const ArticleLookupSchema = v.strictObject({
  version: versionSchema,
  files: v.record(articleKeySchema, fileHashSchema),
});
export type ArticleLookup = v.InferOutput<typeof ArticleLookupSchema>;
