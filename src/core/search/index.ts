/**
 * Full-text search over quotes and articles: a compact inverted index built from the published corpus, split
 * into shards by a word's first character, and the queries over it. Shared by the build (which indexes) and the
 * app (which loads it on first use). Pure TypeScript: no Node or DOM APIs.
 */
export * from './options.ts';
export * from './codec.ts';
export * from './build.ts';
export * from './query.ts';
