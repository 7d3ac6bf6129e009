import { sha256 } from '@noble/hashes/sha2.js';
import type { BuiltCorpus } from './publish.ts';
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
} from './schema.ts';
import { quoteLookupShards } from './quote-lookup.ts';
import { encodeIndex, type FileHashes } from './wire.ts';
import { buildSearchFiles, searchMetaPath, searchShardPath } from './search/build.ts';

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const utf8 = new TextEncoder();

/**
 * A content hash for a file name: the first ten base64url characters of the SHA-256 of the file's UTF-8 bytes
 * (60 bits, plenty to tell versions apart). Pure, so the build and the browser name a file alike.
 */
export function contentHash(text: string): string {
  const digest = sha256(utf8.encode(text));
  let out = '';
  // Ten characters are 60 bits: the first 8 bytes, six bits at a time, most significant first.
  for (let bit = 0; out.length < 10; bit += 6) {
    const byte = bit >> 3;
    const pair = ((digest[byte] ?? 0) << 8) | (digest[byte + 1] ?? 0);
    out += BASE64URL[(pair >> (10 - (bit & 7))) & 63];
  }
  return out;
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
