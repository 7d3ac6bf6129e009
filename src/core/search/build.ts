import type { ArticleId, SpeakerId } from '../model.ts';
import { quoteText } from '../quote-text.ts';
import { DATA_VERSION, type PublishedArticle, type SearchMeta, type SearchShard, type SpeakerSummary } from '../schema.ts';
import { encodeInts, encodeSorted } from './codec.ts';
import { BODY_INDEX_CHARS, SEARCH_FIELDS, shardOf, termsOf, type SearchField } from './options.ts';

/** The search files' paths and formats are part of the data contract: core/schema/search.ts. */
export { searchMetaPath, searchShardPath, type SearchMeta, type SearchShard } from '../schema.ts';

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
