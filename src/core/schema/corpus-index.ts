import * as v from 'valibot';
import type { ArticleId, InputIssue, SpeakerId } from '../model.ts';
import { countSchema, isoDaySchema, type DATA_VERSION } from './common.ts';
import type { Lead } from './previews.ts';
import type { SpeakerSummary } from './speaker-page.ts';

/**
 * The corpus index as the pipeline builds it, in memory. It is never published whole: the wire index
 * (wire-index.ts) carries it in columns, and its leads, skipped files and roles go to files of their own.
 */

export const SourceCountSchema = v.strictObject({ source: v.string(), articles: countSchema });

export const CorpusStatsSchema = v.strictObject({
  articleCount: countSchema,
  quoteCount: countSchema,
  /** First and last article dates, YYYY-MM-DD; null for an empty corpus. */
  from: v.nullable(isoDaySchema),
  to: v.nullable(isoDaySchema),
  sources: v.array(SourceCountSchema),
});
export type CorpusStats = v.InferOutput<typeof CorpusStatsSchema>;

/** One article's line in the index: what the timeline shows without loading the article. */
export interface ArticleSummary {
  id: ArticleId;
  date: string;
  title: string;
  /** Host name of the source URL ("whitehouse.gov"), or "" when the URL is not http(s). */
  source: string;
  quoteCount: number;
  /** Speakers quoted, most quoted first. */
  speakers: SpeakerId[];
  /**
   * How many quotes each of `speakers` has here, in the same order, a joint quote counting for each member (as on
   * their pages); a speaker past the end of the list has one. Most articles quote each speaker once, so the list
   * is mostly empty: read it with quotesByPosition (core/speaker-quotes.ts).
   */
  speakerQuotes: number[];
  /** The first direct quote, to preview the article. Published apart from the index, by month. */
  lead?: Lead | null;
}

export interface CorpusIndex {
  version: typeof DATA_VERSION;
  corpus: CorpusStats;
  /** Newest first. */
  articles: ArticleSummary[];
  /** Most quoted first. */
  speakers: SpeakerSummary[];
  /** Input files that were not published, with where and why. */
  skipped: InputIssue[];
  /** Files that were published, with something a person should know. */
  warnings: InputIssue[];
}
