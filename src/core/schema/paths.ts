import type { ArticleId, QuoteId, SpeakerId } from '../model.ts';
import { DATA_VERSION } from './common.ts';

/**
 * Where the app finds the data, relative to the site root. Every file but the manifest and the build report
 * carries a hash of its content in its name, so a static host can cache it forever; the index lists the
 * hashes of the others, and the page names the index (see pipeline/vite-plugin.ts).
 */
export const DATA_ROOT = `data/v${DATA_VERSION}`;
export const manifestPath = (): string => `${DATA_ROOT}/manifest.json`;
export const reportPath = (): string => `${DATA_ROOT}/report.json`;
export const indexPath = (hash: string): string => `${DATA_ROOT}/index.${hash}.json`;
export const aboutPath = (hash: string): string => `${DATA_ROOT}/about.${hash}.json`;
export const previewsPath = (month: string, hash: string): string => `${DATA_ROOT}/previews/${month}.${hash}.json`;
/** Named by the key (the hash part of the id), so a link whose slug is out of date still finds its article. */
export const articlePath = (id: ArticleId, hash: string): string => `${DATA_ROOT}/articles/${articleKeyOf(id)}.${hash}.json`;
export const speakerPath = (id: SpeakerId, hash: string): string => `${DATA_ROOT}/speakers/${id}.${hash}.json`;
export const lookupPath = (shard: string, hash: string): string => `${DATA_ROOT}/lookup/${shard}.${hash}.json`;
export const quoteLookupPath = (shard: string, hash: string): string => `${DATA_ROOT}/quotes/${shard}.${hash}.json`;
export const speakerQuotesPath = (id: SpeakerId, n: number, hash: string): string => `${DATA_ROOT}/speakers/${id}/${n}.${hash}.json`;
/** The search data (see core/search/build.ts): loaded on the first search only. */
export const searchMetaPath = (hash: string): string => `${DATA_ROOT}/search/meta.${hash}.json`;
export const searchShardPath = (shard: string, hash: string): string => `${DATA_ROOT}/search/${shard}.${hash}.json`;

/** The lookup shard of an article: the first character of its key, the hash at the end of its id. */
export const lookupShardOf = (id: ArticleId): string => id.slice(id.lastIndexOf('-') + 1, id.lastIndexOf('-') + 2);
export const articleKeyOf = (id: ArticleId): string => id.slice(id.lastIndexOf('-') + 1);
/** The quote lookup shard of a quote: the first character of its hash, after the `q`. */
export const quoteLookupShardOf = (id: QuoteId): string => id.charAt(1);
