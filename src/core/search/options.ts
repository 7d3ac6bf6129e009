/**
 * What the search indexes and how it reads a word: shared by the build (which indexes) and the app (which
 * queries), so the two can never tokenize differently. Pure TypeScript, no Node or DOM APIs.
 */
import { foldText } from '../fold.ts';

/** The fields of the index: quotes (their words and their speaker's names) and articles (title and body). */
export const QUOTE_FIELDS = ['quote', 'speaker'] as const;
export const ARTICLE_FIELDS = ['title', 'body'] as const;
export type QuoteField = (typeof QUOTE_FIELDS)[number];
export type ArticleField = (typeof ARTICLE_FIELDS)[number];
export type SearchField = QuoteField | ArticleField;
export const SEARCH_FIELDS: readonly SearchField[] = [...QUOTE_FIELDS, ...ARTICLE_FIELDS];

/** Boosts per field: a word in a quote outweighs the same word in a title, which outweighs one in a body. */
export const FIELD_BOOST: Readonly<Record<SearchField, number>> = { quote: 3, speaker: 2, title: 2, body: 1 };

/**
 * Article bodies are indexed up to this many characters (the lead, where news puts what matters), so the index
 * grows with the number of articles, not with their length: a 50,000-word transcript costs what a short report
 * does. Quotes, speakers and titles are always indexed whole, and quotes are in the body anyway.
 */
export const BODY_INDEX_CHARS = 1500;

/** Quotes longer than this are shown cut, with an ellipsis, but indexed whole: a result shows a preview. */
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
 * Whitespace, punctuation and symbols separate words, so "<b>ransomware</b>", "$5bn" and "+/-" give their words
 * ("ransomware", "5bn").
 */
export const SEPARATOR = /[\n\r\p{Z}\p{P}\p{S}]+/u;
/** A run of characters between separators: the tokens `tokenize` yields, with their positions. */
export const TOKEN = /[^\n\r\p{Z}\p{P}\p{S}]+/gu;

export function tokenize(text: string): string[] {
  return text.split(SEPARATOR);
}

/** Folded with foldText ("Zelenskyy", "ZELENSKYY" and "Zelenskÿy" are one term); stop words dropped. */
export function processTerm(term: string): string | null {
  const folded = foldText(term);
  return folded && !STOP_WORDS.has(folded) ? folded : null;
}

/** The indexed terms of a text, in order, repeats included. */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term) out.push(term);
  }
  return out;
}

/**
 * The shard a term lives in: its first character when that is a-z or 0-9, else "_". A query needs only the
 * shards of its words' first characters: a prefix keeps its first character, and so does a tolerated typo
 * (typos are looked for among words with the same first letter).
 */
export function shardOf(term: string): string {
  const c = term.charAt(0);
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : '_';
}

/**
 * Query-time rules. Every term of three letters or more also matches as a prefix ("ransom" finds
 * "ransomware"), and the last term always does, since it is usually still being typed; terms of five letters or
 * more tolerate one typo, ten or more two ("ransomwear" finds "ransomware"), among words of the same first letter.
 */
export const matchesPrefix = (term: string, i: number, count: number): boolean => term.length >= 3 || i === count - 1;
export const maxTypos = (term: string): number => (term.length >= 10 ? 2 : term.length >= 5 ? 1 : 0);
/** A word matched as a prefix or with a typo counts for less than the word itself. */
export const PREFIX_WEIGHT = 0.375;
export const FUZZY_WEIGHT = 0.45;
/**
 * At most this many words per query word (the exact word always, then the most frequent): "p", still being
 * typed, does not drag in every word that starts with a p.
 */
export const MAX_EXPANSIONS = 60;
