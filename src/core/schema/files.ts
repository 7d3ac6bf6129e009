import { AboutDataSchema } from './about.ts';
import { PublishedArticleSchema } from './article.ts';
import { ArticleLookupSchema } from './lookup.ts';
import { DataManifestSchema } from './manifest.ts';
import { DATA_ROOT } from './paths.ts';
import { MonthPreviewsSchema } from './previews.ts';
import { QuoteLookupSchema } from './quote-lookup.ts';
import { SearchMetaSchema, SearchShardSchema } from './search.ts';
import { SpeakerPageSchema } from './speaker-page.ts';
import { SpeakerQuotesPageSchema } from './speaker-quotes-page.ts';
import type { DataSchema } from './validate.ts';
import { WireIndexSchema } from './wire-index.ts';

/** Each published file's name, relative to DATA_ROOT, and its schema. */
const FILES: [RegExp, DataSchema][] = [
  [/^manifest\.json$/, DataManifestSchema],
  [/^index\.[^/]+\.json$/, WireIndexSchema],
  [/^about\.[^/]+\.json$/, AboutDataSchema],
  [/^previews\/[^/]+\.json$/, MonthPreviewsSchema],
  [/^lookup\/[^/]+\.json$/, ArticleLookupSchema],
  [/^quotes\/[^/]+\.json$/, QuoteLookupSchema],
  [/^articles\/[^/]+\.json$/, PublishedArticleSchema],
  [/^speakers\/[^/]+\/\d+\.[^/]+\.json$/, SpeakerQuotesPageSchema],
  [/^speakers\/[^/]+\.json$/, SpeakerPageSchema],
  [/^search\/meta\.[^/]+\.json$/, SearchMetaSchema],
  [/^search\/[^/]+\.json$/, SearchShardSchema],
];

/**
 * The schema of a published file, by its path from the site root (`data/v3/articles/<key>.<hash>.json`), or
 * null for a file with none: the build report, which is for people and tools, and anything outside the data.
 */
export function schemaOfFile(path: string): DataSchema | null {
  if (!path.startsWith(`${DATA_ROOT}/`)) return null;
  const name = path.slice(DATA_ROOT.length + 1);
  return FILES.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}
