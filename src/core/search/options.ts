import type { Options, SearchOptions } from 'minisearch';

/**
 * The MiniSearch configuration shared by the build (which indexes) and the app (which loads the serialized index
 * and queries it). Indexing and loading must use the same tokenizer, term processing and fields, or a loaded
 * index silently finds nothing; keeping them in one pure module makes that impossible to get wrong.
 */

/** One document in the index: a quote, or an article. Short keys, because stored ones repeat per document. */
export interface SearchDocument {
  /** Sequential number: the index's own id, never shown. */
  id: number;
  /** The article's number in `SearchData.articleIds` (both kinds). */
  a: number;
  /** Quote id (quotes only): its presence is what makes a document a quote. */
  q?: string;
  /** Speaker id (attributed quotes only). */
  s?: string;
  /** The quote's words (quotes only): indexed whole; stored as `x`, its preview. */
  quote?: string;
  /** The speaker's canonical name, and the name the article uses when it differs (quotes only): indexed. */
  speaker?: string;
  /** Article title (articles only): indexed, not stored (the app has every title in the corpus index). */
  title?: string;
  /** Article body (articles only): indexed, never stored; it is most of the corpus and results do not show it. */
  body?: string;
}

export const SEARCH_FIELDS = ['quote', 'speaker', 'title', 'body'] as const;
/** `x` is not a field of the document: it is the quote's preview, made by `extractField`. */
export const STORED_FIELDS = ['a', 'q', 's', 'x'] as const;

/** What a result stores: enough to show and link it; titles, dates and names come from the corpus index. */
export interface StoredFields {
  a: number;
  q?: string;
  s?: string;
  x?: string;
}

/** Quotes longer than this are stored cut, with an ellipsis, but indexed whole: a result shows a preview. */
export const STORED_QUOTE_MAX = 600;

export function previewOf(text: string): string {
  return text.length > STORED_QUOTE_MAX ? `${text.slice(0, STORED_QUOTE_MAX - 1).trimEnd()}…` : text;
}

/** Words so common that indexing them would grow the index without ever narrowing a search. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i in is it its of on or our s she ' +
    'that the their them they this to was we were will with you your'
  ).split(' '),
);

/**
 * MiniSearch's default separators (whitespace and punctuation) and symbols too, so "<b>ransomware</b>",
 * "$5bn" and "+/-" give their words ("ransomware", "5bn").
 */
export const SEPARATOR = /[\n\r\p{Z}\p{P}\p{S}]+/u;
/** A run of characters between separators: the tokens `tokenize` yields, with their positions. */
export const TOKEN = /[^\n\r\p{Z}\p{P}\p{S}]+/gu;

export function tokenize(text: string): string[] {
  return text.split(SEPARATOR);
}

/** Lower case without diacritics ("Zelenskyy", "ZELENSKYY" and "Zelenskÿy" are one term); stop words dropped. */
const ASCII = /^[\x00-\x7f]*$/;

export function processTerm(term: string): string | null {
  // Most words are ASCII, and need no Unicode decomposition: a fast path that halves the build.
  const folded = (ASCII.test(term) ? term : term.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase();
  return folded && !STOP_WORDS.has(folded) ? folded : null;
}

export const INDEX_OPTIONS: Options<SearchDocument> = {
  idField: 'id',
  fields: [...SEARCH_FIELDS],
  storeFields: [...STORED_FIELDS],
  tokenize,
  processTerm,
  extractField: (doc, field) => {
    if (field === 'x') return doc.quote === undefined ? undefined : previewOf(doc.quote);
    return (doc as unknown as Record<string, unknown>)[field];
  },
};

/** Boosts per field: a word in a quote outweighs the same word in a title, which outweighs one in a body. */
export const FIELD_BOOST = { quote: 3, speaker: 2, title: 2, body: 1 } as const;

/**
 * Query-time options. Every term of three letters or more also matches as a prefix ("ransom" finds
 * "ransomware"), and the last term always does, since it is usually still being typed; terms of five letters or
 * more tolerate one typo, ten or more two ("ransomwear" finds "ransomware").
 */
export function queryOptions(combineWith: 'AND' | 'OR'): SearchOptions {
  return {
    boost: { ...FIELD_BOOST },
    combineWith,
    prefix: (term, i, terms) => term.length >= 3 || i === terms.length - 1,
    fuzzy: (term) => (term.length >= 10 ? 2 : term.length >= 5 ? 1 : false),
    maxFuzzy: 2,
  };
}
