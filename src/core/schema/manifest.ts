import * as v from 'valibot';
import { fileHashSchema, versionSchema } from './common.ts';
import { DATA_ROOT } from './paths.ts';

const INDEX_FILE = new RegExp(`^${DATA_ROOT.replace('/', '\\/')}\\/index\\.[0-9A-Za-z_-]{6,64}\\.json$`);

/**
 * `manifest.json`, and the same object in the page: where the index is, and the lookup shards that let a deep
 * link find its article's file without loading the index (which at 100,000 articles is megabytes).
 */
export const DataManifestSchema = v.strictObject({
  version: versionSchema,
  /** The index file's path from the site root (`data/v3/index.<hash>.json`). */
  index: v.pipe(v.string(), v.regex(INDEX_FILE, `expected the path of an index file under ${DATA_ROOT}/`)),
  /** Shard (first character of an article key) → hash of its lookup file. */
  lookup: v.record(v.pipe(v.string(), v.regex(/^[0-9a-z]$/, 'expected a lookup shard (one character)')), fileHashSchema),
  /**
   * Shard (first character of a quote id's hash) → hash of its quote lookup file (see core/quote-lookup.ts).
   * Absent from data published before quotes had share addresses: those addresses then find nothing.
   */
  quotes: v.optional(v.record(v.pipe(v.string(), v.regex(/^[0-9a-z]$/, 'expected a quote lookup shard (one character)')), fileHashSchema)),
  /**
   * The full-text search data, loaded on the first search: the hash of its meta file and, per shard (a word's
   * first character), the hash of the shard's file (see core/search/build.ts).
   */
  search: v.strictObject({
    meta: fileHashSchema,
    shards: v.record(v.pipe(v.string(), v.regex(/^[0-9a-z_]$/, 'expected a search shard (one character)')), fileHashSchema),
  }),
});
export type DataManifest = v.InferOutput<typeof DataManifestSchema>;
