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
    file: string[];
  };
}

const KINDS: SpeakerKind[] = ['person', 'organisation', 'anonymous'];
const dayNumber = (iso: string): number => Number(iso.replaceAll('-', ''));
const isoDay = (n: number): string => {
  const s = String(n).padStart(8, '0');
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
};

export interface FileHashes {
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
      file: col(index.articles, (a) => files.articles.get(a.id) ?? ''),
    },
  };
}

export interface DecodedIndex {
  corpus: CorpusIndex['corpus'];
  articles: ArticleSummary[];
  speakers: SpeakerSummary[];
  /** Content hashes that name each article's and speaker's data file. */
  articleFile: Map<ArticleId, string>;
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
  const articleFile = new Map<ArticleId, string>();
  const articles: ArticleSummary[] = a.key.map((key, i) => {
    const title = a.title[i] ?? '';
    const id = articleIdFrom(title, key);
    articleFile.set(id, a.file[i] ?? '');
    return {
      id,
      date: isoDay(a.date[i] ?? 0),
      title,
      source: wire.sources[a.source[i] ?? 0] ?? '',
      quoteCount: a.quotes[i] ?? 0,
      speakers: (a.speakers[i] ?? []).map((k) => speakers[k]?.id).filter((x): x is SpeakerId => x !== undefined),
    };
  });
  return { corpus: wire.corpus, articles, speakers, articleFile, speakerFile, files: wire.files };
}
