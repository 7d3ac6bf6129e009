import path from 'node:path';
import { stat } from 'node:fs/promises';
import { assembleCorpus, type BuiltCorpus } from '../core/publish.ts';
import { analyzeFiles, type ParallelOptions } from './analyze-parallel.ts';
import { createHash } from 'node:crypto';
import {
  DATA_VERSION,
  aboutPath,
  articleKeyOf,
  articlePath,
  lookupPath,
  quoteLookupPath,
  QuoteLookupSchema,
  lookupShardOf,
  indexPath,
  manifestPath,
  previewsPath,
  reportPath,
  speakerPath,
  SPEAKER_QUOTES_PER_FILE,
  speakerQuotesPath,
  type SpeakerPage,
  type SpeakerQuotesPage,
  type AboutData,
  type ArticleLookup,
  type DataManifest,
  type Lead,
  type MonthPreviews,
  AboutDataSchema,
  ArticleLookupSchema,
  checkData,
  problemsOf,
  DataManifestSchema,
  MonthPreviewsSchema,
  PublishedArticleSchema,
  SearchMetaSchema,
  SearchShardSchema,
  SpeakerPageSchema,
  SpeakerQuotesPageSchema,
  WireIndexSchema,
  type DataSchema,
} from '../core/schema.ts';
import { quoteLookupShards } from '../core/quote-lookup.ts';
import { encodeIndex, type FileHashes } from '../core/wire.ts';
import { buildSearchFiles, searchMetaPath, searchShardPath } from '../core/search/build.ts';
import { listTextFiles } from './read-corpus.ts';

/** The bundled corpus, used unless QUOTELINE_CORPUS names another folder. */
export const DEFAULT_CORPUS_DIR = path.resolve(import.meta.dirname, '../../corpus');

export function corpusDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.QUOTELINE_CORPUS ? path.resolve(env.QUOTELINE_CORPUS) : DEFAULT_CORPUS_DIR;
}

export interface DataBuild {
  corpusDir: string;
  built: BuiltCorpus;
  /** Site-relative path → file contents, ready to write or serve. */
  files: Map<string, string>;
  ms: number;
}

/** A content hash for a file name: ten base64url characters of SHA-256, plenty to tell versions apart. */
function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 10);
}

/**
 * A file's JSON, once it is checked against the data contract: data the app would refuse fails the build here,
 * naming the file (its hash, which comes from the JSON, as `<hash>`), rather than reaching a reader.
 */
function checkedJson<T>(schema: DataSchema<T>, file: string, value: T): string {
  const problems = problemsOf(schema, value);
  if (problems) {
    const more = problems.length > 3 ? `; and ${problems.length - 3} more` : '';
    throw new Error(`Build bug: ${file} would break the data contract (core/schema/), so nothing is published: ${problems.slice(0, 3).join('; ')}${more}`);
  }
  return JSON.stringify(value);
}

/**
 * Every published file, by site path, each checked against its schema (core/schema/) first. The index is hashed
 * last, since it names the hashes of the others.
 */
export function serializeCorpus(built: BuiltCorpus): Map<string, string> {
  const files = new Map<string, string>();
  const hashes: FileHashes = { articles: new Map(), speakers: new Map(), previews: {}, about: '' };
  for (const article of built.articles) {
    const json = checkedJson(PublishedArticleSchema, articlePath(article.id, '<hash>'), article);
    const hash = contentHash(json);
    hashes.articles.set(article.id, hash);
    files.set(articlePath(article.id, hash), json);
  }
  for (const whole of built.speakerPages) {
    // The first file holds the newest quotes and names the others, so a page never loads a whole career at once.
    const morePages: string[] = [];
    for (let n = 1; n * SPEAKER_QUOTES_PER_FILE < whole.quotes.length; n++) {
      const rest = checkedJson(SpeakerQuotesPageSchema, speakerQuotesPath(whole.speaker.id, n, '<hash>'), {
        version: DATA_VERSION,
        quotes: whole.quotes.slice(n * SPEAKER_QUOTES_PER_FILE, (n + 1) * SPEAKER_QUOTES_PER_FILE),
      } satisfies SpeakerQuotesPage);
      morePages.push(contentHash(rest));
      files.set(speakerQuotesPath(whole.speaker.id, n, morePages[n - 1] as string), rest);
    }
    const page: SpeakerPage = { ...whole, quotes: whole.quotes.slice(0, SPEAKER_QUOTES_PER_FILE), morePages };
    const json = checkedJson(SpeakerPageSchema, speakerPath(page.speaker.id, '<hash>'), page);
    const hash = contentHash(json);
    hashes.speakers.set(page.speaker.id, hash);
    files.set(speakerPath(page.speaker.id, hash), json);
  }
  const byMonth = new Map<string, Record<string, Lead>>();
  for (const a of built.index.articles) {
    if (!a.lead) continue;
    const month = a.date.slice(0, 7);
    const leads = byMonth.get(month) ?? {};
    leads[a.id] = a.lead;
    byMonth.set(month, leads);
  }
  for (const [month, leads] of byMonth) {
    const json = checkedJson(MonthPreviewsSchema, previewsPath(month, '<hash>'), { version: DATA_VERSION, leads } satisfies MonthPreviews);
    hashes.previews[month] = contentHash(json);
    files.set(previewsPath(month, hashes.previews[month]), json);
  }
  const about = checkedJson(AboutDataSchema, aboutPath('<hash>'), {
    version: DATA_VERSION,
    skipped: built.index.skipped,
    warnings: built.index.warnings,
  } satisfies AboutData);
  hashes.about = contentHash(about);
  files.set(aboutPath(hashes.about), about);

  const shards = new Map<string, Record<string, string>>();
  for (const [id, hash] of hashes.articles) {
    const shard = shards.get(lookupShardOf(id)) ?? {};
    // assembleCorpus gives every article a key of its own (see ids.ts, uniqueArticleKeys); two with one key would
    // leave one unreachable.
    if (shard[articleKeyOf(id)] !== undefined) throw new Error(`Build bug: two articles have the key ${articleKeyOf(id)}; nothing is published.`);
    shard[articleKeyOf(id)] = hash;
    shards.set(lookupShardOf(id), shard);
  }
  const lookup: Record<string, string> = {};
  for (const [shard, entries] of [...shards].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const json = checkedJson(ArticleLookupSchema, lookupPath(shard, '<hash>'), { version: DATA_VERSION, files: entries } satisfies ArticleLookup);
    lookup[shard] = contentHash(json);
    files.set(lookupPath(shard, lookup[shard]), json);
  }

  // A quote's share address finds its article through these when no page was built for it (core/quote-lookup.ts).
  const quotes: Record<string, string> = {};
  for (const [shard, entries] of quoteLookupShards(built.articles)) {
    const json = checkedJson(QuoteLookupSchema, quoteLookupPath(shard, '<hash>'), entries);
    quotes[shard] = contentHash(json);
    files.set(quoteLookupPath(shard, quotes[shard]), json);
  }

  const index = checkedJson(WireIndexSchema, indexPath('<hash>'), encodeIndex(built.index, hashes));
  const indexFile = indexPath(contentHash(index));
  files.set(indexFile, index);
  // Full-text search: its own files (a meta file and a shard per first character of a word), fetched only when
  // the reader first searches.
  const searchFiles = buildSearchFiles(built.articles, built.index.speakers);
  const searchMeta = checkedJson(SearchMetaSchema, searchMetaPath('<hash>'), searchFiles.meta);
  const search: DataManifest['search'] = { meta: contentHash(searchMeta), shards: {} };
  files.set(searchMetaPath(search.meta), searchMeta);
  for (const shard of searchFiles.shards) {
    const json = checkedJson(SearchShardSchema, searchShardPath(shard.shard, '<hash>'), shard);
    search.shards[shard.shard] = contentHash(json);
    files.set(searchShardPath(shard.shard, search.shards[shard.shard]!), json);
  }
  files.set(manifestPath(), checkedJson(DataManifestSchema, manifestPath(), { version: DATA_VERSION, index: indexFile, lookup, quotes, search } satisfies DataManifest));
  files.set(reportPath(), JSON.stringify(built.report, null, 1));
  return files;
}

/** The manifest of a set of published files: what the page is told, so it needs no request to learn it. */
export function manifestOf(files: Map<string, string>): DataManifest | null {
  const json = files.get(manifestPath());
  return json ? checkData(DataManifestSchema, manifestPath(), JSON.parse(json)) : null;
}

export class CorpusMissingError extends Error {}

export async function buildDataFromFolder(corpusDir: string, options: ParallelOptions = {}): Promise<DataBuild> {
  const started = performance.now();
  const info = await stat(corpusDir).catch(() => null);
  if (!info?.isDirectory()) throw new CorpusMissingError(`corpus folder not found: ${corpusDir}`);
  const analyses = await analyzeFiles(await listTextFiles(corpusDir), corpusDir, options);
  const built = assembleCorpus(analyses, { today: new Date().toISOString().slice(0, 10) });
  return { corpusDir, built, files: serializeCorpus(built), ms: performance.now() - started };
}

/** A summary a person reads in the terminal: counts, then every skipped file with line and reason. */
export function formatBuildSummary({ corpusDir, built, ms }: DataBuild): string {
  const { counts } = built.report;
  const lines = [
    `Quoteline corpus ${corpusDir}: ${counts.files} files → ${counts.published} articles published, ` +
      `${counts.quotes} quotes, ${counts.skipped} skipped, ${counts.duplicates} duplicates (${Math.round(ms)} ms)`,
  ];
  for (const issue of built.index.skipped) lines.push(`  skipped ${issue.file}:${issue.line}: ${issue.reason}`);
  for (const issue of built.index.warnings) lines.push(`  warning ${issue.file}:${issue.line}: ${issue.reason}`);
  return lines.join('\n');
}
