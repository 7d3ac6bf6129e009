import { articleIdFrom } from './ids.ts';
import type { ArticleId, SpeakerId, SpeakerKind } from './model.ts';
import { DATA_VERSION, type ArticleSummary, type CorpusIndex, type SpeakerSummary } from './schema.ts';

/**
 * The index as published: columns instead of objects, numbers instead of repeated strings, and nothing the first
 * view does not need (leads, skipped files and speaker roles live in their own files). At 100,000 articles this
 * is what keeps the first load small; decodeIndex gives the app back the plain objects.
 */
export interface WireIndex {
  version: typeof DATA_VERSION;
  corpus: CorpusIndex['corpus'];
  files: {
    about: string;
    /** YYYY-MM → hash of that month's previews file. */
    previews: Record<string, string>;
  };
  sources: string[];
  speakers: {
    id: string[];
    name: string[];
    kind: number[];
    quotes: number[];
    articles: number[];
    /** YYYYMMDD. */
    first: number[];
    last: number[];
    aliases: string[][];
    file: string[];
  };
  /** Newest first. */
  articles: {
    /** The hash part of the id; the slug is recomputed from the title. */
    key: string[];
    title: string[];
    date: number[];
    source: number[];
    quotes: number[];
    /** Indices into speakers, most quoted first. */
    speakers: number[][];
  };
}

/** Wire numbers of the kinds: fixed, so 2 is always anonymous; new kinds come at the end. */
const KINDS: SpeakerKind[] = ['person', 'organisation', 'anonymous', 'group', 'document'];
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
  ) {}

  get id(): ArticleId {
    this.#id ??= articleIdFrom(this.title, this.key);
    return this.#id;
  }
}

export interface DecodedIndex {
  corpus: CorpusIndex['corpus'];
  articles: DecodedArticle[];
  speakers: SpeakerSummary[];
  /** Content hashes that name each speaker's data file (articles' are in the lookup shards). */
  speakerFile: Map<SpeakerId, string>;
  files: WireIndex['files'];
}

export function decodeIndex(wire: WireIndex): DecodedIndex {
  const s = wire.speakers;
  const speakers: SpeakerSummary[] = s.id.map((id, i) => ({
    id: id as SpeakerId,
    name: s.name[i] ?? id,
    kind: KINDS[s.kind[i] ?? 0] ?? 'person',
    quoteCount: s.quotes[i] ?? 0,
    articleCount: s.articles[i] ?? 0,
    roles: [],
    aliases: s.aliases[i] ?? [],
    firstSeen: isoDay(s.first[i] ?? 0),
    lastSeen: isoDay(s.last[i] ?? 0),
  }));
  const speakerFile = new Map(speakers.map((sp, i) => [sp.id, s.file[i] ?? '']));
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
    for (const k of a.speakers[i] ?? []) {
      const id = speakerIds[k];
      if (id !== undefined) quoted.push(id);
    }
    return new DecodedArticle(key, a.title[i] ?? '', day(a.date[i] ?? 0), wire.sources[a.source[i] ?? 0] ?? '', a.quotes[i] ?? 0, quoted);
  });
  return { corpus: wire.corpus, articles, speakers, speakerFile, files: wire.files };
}
