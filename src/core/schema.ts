import type { ArticleId, InputIssue, QuoteId, QuoteKind, Span, SpeakerId, SpeakerKind } from './model.ts';

/**
 * The published data: the one contract between the build pipeline and the app. Bump DATA_VERSION on any
 * change a deployed app could misread; the app refuses data of a version it does not know.
 */
export const DATA_VERSION = 2;

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

/** The lookup shard of an article: the first character of its key, the hash at the end of its id. */
export const lookupShardOf = (id: ArticleId): string => id.slice(id.lastIndexOf('-') + 1, id.lastIndexOf('-') + 2);
export const articleKeyOf = (id: ArticleId): string => id.slice(id.lastIndexOf('-') + 1);

/**
 * `manifest.json`, and the same object in the page: where the index is, and the lookup shards that let a deep
 * link find its article's file without loading the index (which at 100,000 articles is megabytes).
 */
export interface DataManifest {
  version: typeof DATA_VERSION;
  index: string;
  /** Shard (first character of an article key) → hash of its lookup file. */
  lookup: Record<string, string>;
  /**
   * The full-text search data, loaded on the first search: the hash of its meta file and, per shard (a word's
   * first character), the hash of the shard's file (see core/search/build.ts).
   */
  search: { meta: string; shards: Record<string, string> };
}

/** `lookup/<shard>.<hash>.json`: article key → hash of the article's file, for the keys of one shard. */
export interface ArticleLookup {
  version: typeof DATA_VERSION;
  files: Record<string, string>;
}

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
  /** The first direct quote, to preview the article. Published apart from the index, by month. */
  lead?: Lead | null;
}

export interface Lead {
  text: string;
  speaker: SpeakerId | null;
}

/** `previews/<YYYY-MM>.<hash>.json`: the lead quotes of one month's articles, loaded as the timeline shows them. */
export interface MonthPreviews {
  version: typeof DATA_VERSION;
  leads: Record<string, Lead>;
}

/** `about.<hash>.json`: what only the About page needs. */
export interface AboutData {
  version: typeof DATA_VERSION;
  skipped: InputIssue[];
  warnings: InputIssue[];
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
    /** The other named members of a group quote ("the two leaders"): the quote counts for each of them too. */
    joint?: { id: SpeakerId; name: string }[];
    /** How the speaker was resolved, for the reader: "the President → Joe Biden: President on 2022-11-13". */
    how?: string;
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

/** One quote on a speaker's page: enough to show it on a timeline and link to its place in the article. */
export interface SpeakerQuote {
  id: QuoteId;
  articleId: ArticleId;
  articleTitle: string;
  date: string;
  kind: QuoteKind;
  /** The quote's words, pieces joined with an ellipsis. */
  text: string;
  /** The name the article uses for the speaker here, and the role seen with it. */
  nameInArticle: string;
  role: string | null;
  /** Said together with others ("the two leaders"): the quote is on each member's page. */
  joint?: boolean;
}

/** `speakers/<id>.<hash>.json`: one speaker across the corpus, loaded when their page is opened. */
export interface SpeakerPage {
  version: typeof DATA_VERSION;
  speaker: SpeakerSummary;
  /** Newest first: the first SPEAKER_QUOTES_PER_FILE; the rest are in the files `morePages` names. */
  quotes: SpeakerQuote[];
  /** Hashes of the further quote files of a speaker quoted more than fits in one, in order (see speakerQuotesPath). */
  morePages: string[];
  /** The speakers most often quoted in the same articles, most shared articles first. */
  quotedWith: { id: SpeakerId; name: string; articles: number }[];
}

/**
 * The timeline's first screen: the page preloads the lead quotes of this many newest articles, and the timeline
 * waits for those of the first this-many articles under its filters before it first renders. More than a tall
 * window shows, so every card of a first render (and of a page built ahead of time) has its lead.
 */
export const FIRST_SCREEN_ARTICLES = 20;

/** A prolific speaker's quotes come in files of this many, so their page opens fast at any corpus size. */
export const SPEAKER_QUOTES_PER_FILE = 500;

/** `speakers/<id>/<n>.<hash>.json`: the n-th further file of a speaker's quotes (n from 1). */
export interface SpeakerQuotesPage {
  version: typeof DATA_VERSION;
  quotes: SpeakerQuote[];
}

export const speakerQuotesPath = (id: SpeakerId, n: number, hash: string): string => `${DATA_ROOT}/speakers/${id}/${n}.${hash}.json`;
