/**
 * The published data: the one contract between the build pipeline and the app, one module per file type, each
 * a valibot schema with its type derived from it. The pipeline checks every file against its schema before it
 * writes it; the app checks every file it loads (see app/data/fetch-json.ts). See
 * docs/decisions/0006-validated-data.md.
 */
export * from './common.ts';
export * from './paths.ts';
export * from './validate.ts';
export * from './manifest.ts';
export * from './lookup.ts';
export * from './quote-lookup.ts';
export * from './previews.ts';
export * from './about.ts';
export * from './report.ts';
export * from './article.ts';
export * from './speaker-page.ts';
export * from './speaker-quotes-page.ts';
export * from './corpus-index.ts';
export * from './wire-index.ts';
export * from './search.ts';
export * from './files.ts';

/**
 * The timeline's first screen: the page preloads the lead quotes of this many newest articles, and the timeline
 * waits for those of the first this-many articles under its filters before it first renders. More than a tall
 * window shows, so every card of a first render (and of a page built ahead of time) has its lead.
 */
export const FIRST_SCREEN_ARTICLES = 20;
