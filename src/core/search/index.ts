/**
 * Full-text search over quotes and articles: the documents and the MiniSearch configuration shared by the build
 * (which indexes the published corpus and serializes the index) and the app (which loads it on first use).
 * Pure TypeScript: no Node or DOM APIs.
 */
export * from './options.ts';
export * from './build.ts';
export * from './query.ts';
