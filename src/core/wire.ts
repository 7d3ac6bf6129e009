import { articleIdFrom } from './ids.ts';
import type { ArticleId, SpeakerId, SpeakerKind } from './model.ts';
import { DATA_VERSION, SPEAKER_KINDS, type ArticleSummary, type CorpusIndex, type CorpusStats, type SpeakerSummary, type WireIndex } from './schema.ts';

/** The index as published, in columns: its format and validator are in core/schema/wire-index.ts. */
export type { WireIndex } from './schema.ts';

/** A kind's wire number is its position in SPEAKER_KINDS: person 0, organisation 1, anonymous 2, group 3, document 4. */
const KINDS: readonly SpeakerKind[] = SPEAKER_KINDS;
const dayNumber = (iso: string): number => Number(iso.replaceAll('-', ''));
const isoDay = (n: number): string => {
  const s = String(n).padStart(8, '0');
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
};

export interface FileHashes {
  /** Article file hashes go to the lookup shards, not the index; kept here for the serializer. */
  articles: Map<ArticleId, string>;
  speakers: Map<SpeakerId, string>;
  previews: Record<string, string>;
  about: string;
}

export function encodeIndex(index: CorpusIndex, files: FileHashes): WireIndex {
  const sources = [...new Set(index.articles.map((a) => a.source))].sort();
  const sourceAt = new Map(sources.map((s, i) => [s, i]));
  const speakerAt = new Map(index.speakers.map((s, i) => [s.id, i]));
  const col = <T, R>(rows: T[], f: (row: T) => R): R[] => rows.map(f);
  return {
    version: DATA_VERSION,
    corpus: index.corpus,
    files: { about: files.about, previews: files.previews },
    sources,
    speakers: {
      id: col(index.speakers, (s) => s.id),
      name: col(index.speakers, (s) => s.name),
      kind: col(index.speakers, (s) => KINDS.indexOf(s.kind)),
      quotes: col(index.speakers, (s) => s.quoteCount),
      articles: col(index.speakers, (s) => s.articleCount),
      first: col(index.speakers, (s) => dayNumber(s.firstSeen)),
      last: col(index.speakers, (s) => dayNumber(s.lastSeen)),
      aliases: col(index.speakers, (s) => s.aliases),
      file: col(index.speakers, (s) => files.speakers.get(s.id) ?? ''),
    },
    articles: {
      key: col(index.articles, (a) => a.id.slice(a.id.lastIndexOf('-') + 1)),
      title: col(index.articles, (a) => a.title),
      date: col(index.articles, (a) => dayNumber(a.date)),
      source: col(index.articles, (a) => sourceAt.get(a.source) ?? 0),
      quotes: col(index.articles, (a) => a.quoteCount),
      speakers: col(index.articles, (a) => a.speakers.map((s) => speakerAt.get(s) ?? -1)),
      speakerQuotes: col(index.articles, (a) => a.speakerQuotes),
    },
  };
}

/**
 * An article of the decoded index. Its id is worked out from title and key only when asked for: at 100,000
 * articles, making every slug up front would cost the first view a quarter of a second, and only the cards on
 * screen ever need theirs.
 */
export class DecodedArticle implements ArticleSummary {
  #id: ArticleId | undefined;
  constructor(
    /** The hash part of the id: unique, and what lookups use. */
    readonly key: string,
    readonly title: string,
    readonly date: string,
    readonly source: string,
    readonly quoteCount: number,
    readonly speakers: SpeakerId[],
    readonly speakerQuotes: number[],
  ) {}

  get id(): ArticleId {
    this.#id ??= articleIdFrom(this.title, this.key);
    return this.#id;
  }
}

export interface DecodedIndex {
  corpus: CorpusStats;
  articles: DecodedArticle[];
  speakers: SpeakerSummary[];
  /** Content hashes that name each speaker's data file (articles' are in the lookup shards). */
  speakerFile: Map<SpeakerId, string>;
  files: WireIndex['files'];
}

/** Row `i` of a column. The index is validated before it is decoded (WireIndexSchema), so a gap is a bug: say so. */
function at<T>(column: readonly T[], i: number, name: string): T {
  const value = column[i];
  if (value === undefined) throw new RangeError(`corrupt index: ${name} has no row ${i}`);
  return value;
}

/**
 * The plain objects of a wire index. Give it an index checked against WireIndexSchema (the app's fetchData does):
 * a missing value is then impossible, and if one is met anyway it throws rather than guess a 0.
 */
export function decodeIndex(wire: WireIndex): DecodedIndex {
  const s = wire.speakers;
  const speakers: SpeakerSummary[] = s.id.map((id, i) => ({
    id: id as SpeakerId,
    name: at(s.name, i, 'speakers.name'),
    kind: at(KINDS, at(s.kind, i, 'speakers.kind'), 'speaker kinds'),
    quoteCount: at(s.quotes, i, 'speakers.quotes'),
    articleCount: at(s.articles, i, 'speakers.articles'),
    roles: [],
    aliases: at(s.aliases, i, 'speakers.aliases'),
    firstSeen: isoDay(at(s.first, i, 'speakers.first')),
    lastSeen: isoDay(at(s.last, i, 'speakers.last')),
  }));
  const speakerFile = new Map(speakers.map((sp, i) => [sp.id, at(s.file, i, 'speakers.file')]));
  const a = wire.articles;
  // Many articles share a day: format each distinct date once.
  const days = new Map<number, string>();
  const day = (n: number) => {
    let iso = days.get(n);
    if (iso === undefined) days.set(n, (iso = isoDay(n)));
    return iso;
  };
  const speakerIds = speakers.map((sp) => sp.id);
  const articles = a.key.map((key, i) => {
    const quoted: SpeakerId[] = [];
    for (const k of at(a.speakers, i, 'articles.speakers')) quoted.push(at(speakerIds, k, 'speakers'));
    return new DecodedArticle(
      key,
      at(a.title, i, 'articles.title'),
      day(at(a.date, i, 'articles.date')),
      at(wire.sources, at(a.source, i, 'articles.source'), 'sources'),
      at(a.quotes, i, 'articles.quotes'),
      quoted,
      at(a.speakerQuotes, i, 'articles.speakerQuotes'),
    );
  });
  return { corpus: wire.corpus, articles, speakers, speakerFile, files: wire.files };
}
