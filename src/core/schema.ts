import type { ArticleId, InputIssue, QuoteId, QuoteKind, Span, SpeakerId, SpeakerKind } from './model.ts';

/**
 * The published data: the one contract between the build pipeline and the app. Bump DATA_VERSION on any
 * change a deployed app could misread; the app refuses data of a version it does not know.
 */
export const DATA_VERSION = 1;

/** Where the app finds the data, relative to the site root. */
export const DATA_ROOT = `data/v${DATA_VERSION}`;
export const indexPath = (): string => `${DATA_ROOT}/index.json`;
export const articlePath = (id: ArticleId): string => `${DATA_ROOT}/articles/${id}.json`;

export interface SpeakerRef {
  id: SpeakerId;
  name: string;
}

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
  /** The first direct quote, to preview the article. */
  lead: { text: string; speaker: SpeakerId | null } | null;
}

export interface SpeakerSummary {
  id: SpeakerId;
  name: string;
  kind: SpeakerKind;
  quoteCount: number;
  articleCount: number;
  /** Titles seen with the name, with the first and last dates they were seen. */
  roles: { role: string; first: string; last: string }[];
  /** Other names the corpus uses for this speaker ("Biden", "Joseph R. Biden, Jr."). */
  aliases: string[];
  firstSeen: string;
  lastSeen: string;
}

export interface SourceCount {
  source: string;
  articles: number;
}

export interface CorpusIndex {
  version: typeof DATA_VERSION;
  corpus: {
    articleCount: number;
    quoteCount: number;
    /** First and last article dates, YYYY-MM-DD; null for an empty corpus. */
    from: string | null;
    to: string | null;
    sources: SourceCount[];
  };
  /** Newest first. */
  articles: ArticleSummary[];
  /** Most quoted first. */
  speakers: SpeakerSummary[];
  /** Input files that were not published, with where and why. */
  skipped: InputIssue[];
  /** Files that were published, with something a person should know. */
  warnings: InputIssue[];
}

export interface PublishedQuote {
  id: QuoteId;
  spans: Span[];
  kind: QuoteKind;
  cue: Span | null;
  speaker: {
    id: SpeakerId;
    name: string;
    role: string | null;
    mention: Span | null;
    antecedent: Span | null;
  } | null;
}

export interface PublishedArticle {
  version: typeof DATA_VERSION;
  id: ArticleId;
  date: string;
  title: string;
  url: string;
  linkable: boolean;
  source: string;
  /** Sentence lines joined with "\n"; every span indexes this string. */
  body: string;
  quotes: PublishedQuote[];
}
