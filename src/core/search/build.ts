import type { ArticleId, SpeakerId } from '../model.ts';
import { quoteText } from '../quote-text.ts';
import { DATA_ROOT, DATA_VERSION, type PublishedArticle, type SpeakerSummary } from '../schema.ts';
import { encodeInts, encodeSorted } from './codec.ts';
import { BODY_INDEX_CHARS, SEARCH_FIELDS, shardOf, termsOf, type SearchField } from './options.ts';

/**
 * Where the app finds the search data, relative to the site root: loaded on the first search only, named by a
 * hash of its content (listed in the manifest), so a static host can cache it forever.
 */
export const searchMetaPath = (hash: string): string => `${DATA_ROOT}/search/meta.${hash}.json`;
export const searchShardPath = (shard: string, hash: string): string => `${DATA_ROOT}/search/${shard}.${hash}.json`;

/**
 * `search/meta.<hash>.json`: what every query needs besides the words. Quotes are numbered article by article,
 * in each article's order: quote `n` of the index is `articles[a].quotes[n - start(a)]`, so a result names its
 * quote without storing its id or its words (the app shows it from the article's own file).
 */
export interface SearchMeta {
  version: typeof DATA_VERSION;
  /** Newest first: article numbers (and so quote numbers) run from the newest article to the oldest. */
  articleIds: ArticleId[];
  articleDates: string[];
  /** Per article, its number of quotes (encoded with `encodeInts`). */
  quoteCounts: string;
  speakerIds: SpeakerId[];
  /** Per quote, 0 when no speaker is named, else 1 + the speaker's position in `speakerIds` (`encodeInts`). */
  quoteSpeakers: string;
}

/**
 * `search/<c>.<hash>.json`: the words that start with `c` (a-z, 0-9, or "_" for any other), sorted, and for each
 * field the numbers of the documents (quotes for quote and speaker, articles for title and body) that contain
 * the word, as gaps (`encodeSorted`; "" for none). Decoded only when a query uses the word.
 */
export interface SearchShard extends Record<SearchField, string[]> {
  version: typeof DATA_VERSION;
  shard: string;
  terms: string[];
}

export interface SearchFiles {
  meta: SearchMeta;
  /** By shard name, sorted. */
  shards: SearchShard[];
}

/** The part of a body that is indexed: its first `BODY_INDEX_CHARS` characters, cut before a split word. */
export function indexedBody(body: string): string {
  if (body.length <= BODY_INDEX_CHARS) return body;
  // Cut at the last space, unless the word goes on past the budget's end anyway.
  if (/\s/.test(body.charAt(BODY_INDEX_CHARS))) return body.slice(0, BODY_INDEX_CHARS);
  const cut = body.slice(0, BODY_INDEX_CHARS);
  const lastSpace = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('\n'));
  return lastSpace > 0 ? cut.slice(0, lastSpace) : cut;
}

type Postings = Record<SearchField, number[]>;

/**
 * Build the search data from the published corpus: pure, the same corpus always gives the same files. Derived
 * from the published articles alone, so search can never disagree with what the reader shows.
 */
export function buildSearchFiles(articles: readonly PublishedArticle[], speakers: readonly SpeakerSummary[]): SearchFiles {
  const nameOf = new Map<SpeakerId, string>(speakers.map((s) => [s.id, s.name]));
  const speakerNumber = new Map<SpeakerId, number>();
  const speakerIds: SpeakerId[] = [];
  const postings = new Map<string, Postings>();
  const add = (terms: readonly string[], field: SearchField, doc: number) => {
    for (const term of terms) {
      let entry = postings.get(term);
      if (!entry) postings.set(term, (entry = { quote: [], speaker: [], title: [], body: [] }));
      const list = entry[field];
      if (list[list.length - 1] !== doc) list.push(doc);
    }
  };
  // Speaker names repeat on every quote: read each once.
  const nameTerms = new Map<string, string[]>();
  const articleIds: ArticleId[] = [];
  const articleDates: string[] = [];
  const quoteCounts: number[] = [];
  const quoteSpeakers: number[] = [];
  let quoteNumber = 0;
  // Newest first, so that among equal scores the lower number is the newer result.
  const ordered = [...articles].sort((x, y) => (x.date !== y.date ? (x.date < y.date ? 1 : -1) : x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  ordered.forEach((article, a) => {
    articleIds.push(article.id);
    articleDates.push(article.date);
    quoteCounts.push(article.quotes.length);
    add(termsOf(article.title), 'title', a);
    add(termsOf(indexedBody(article.body)), 'body', a);
    for (const quote of article.quotes) {
      const q = quoteNumber++;
      let speaker = 0;
      if (quote.speaker) {
        const id = quote.speaker.id;
        let n = speakerNumber.get(id);
        if (n === undefined) {
          speakerNumber.set(id, (n = speakerIds.length));
          speakerIds.push(id);
        }
        speaker = n + 1;
      }
      quoteSpeakers.push(speaker);
      const words = termsOf(quoteText(article.body, quote));
      if (words.length === 0) continue;
      add(words, 'quote', q);
      if (quote.speaker) {
        const canonical = nameOf.get(quote.speaker.id) ?? quote.speaker.name;
        const names = canonical === quote.speaker.name ? canonical : `${canonical} ${quote.speaker.name}`;
        let terms = nameTerms.get(names);
        if (!terms) nameTerms.set(names, (terms = termsOf(names)));
        add(terms, 'speaker', q);
      }
    }
  });

  const byShard = new Map<string, string[]>();
  for (const term of postings.keys()) {
    const shard = shardOf(term);
    const list = byShard.get(shard);
    if (list) list.push(term);
    else byShard.set(shard, [term]);
  }
  const shards: SearchShard[] = [];
  for (const shard of [...byShard.keys()].sort()) {
    const terms = byShard.get(shard)!.sort();
    const file: SearchShard = { version: DATA_VERSION, shard, terms, quote: [], speaker: [], title: [], body: [] };
    for (const term of terms) {
      const entry = postings.get(term)!;
      for (const field of SEARCH_FIELDS) file[field].push(encodeSorted(entry[field]));
    }
    shards.push(file);
  }
  return {
    meta: {
      version: DATA_VERSION,
      articleIds,
      articleDates,
      quoteCounts: encodeInts(quoteCounts),
      speakerIds,
      quoteSpeakers: encodeInts(quoteSpeakers),
    },
    shards,
  };
}
