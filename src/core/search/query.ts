import type { ArticleId, QuoteId, SpeakerId } from '../model.ts';
import { quoteText } from '../quote-text.ts';
import { lowerBound } from '../sorted.ts';
import type { PublishedArticle } from '../schema.ts';
import type { SearchMeta, SearchShard } from './build.ts';
import { decodeInts, decodeSortedArray } from './codec.ts';
import {
  ARTICLE_FIELDS,
  FIELD_BOOST,
  FUZZY_WEIGHT,
  MAX_EXPANSIONS,
  matchesPrefix,
  maxTypos,
  PREFIX_WEIGHT,
  previewOf,
  processTerm,
  QUOTE_FIELDS,
  SEARCH_FIELDS,
  shardOf,
  TOKEN,
  type SearchField,
} from './options.ts';

/** A shard ready to query: its posting lists are decoded on first use and kept. */
interface LoadedShard {
  file: SearchShard;
  decoded: Map<number, Int32Array>;
  decodedSize: number;
}

/** The search data loaded into a queryable index. */
export interface LoadedSearch {
  articleIds: ArticleId[];
  articleDates: string[];
  /** Per article, the number of its first quote. */
  quoteStart: Int32Array;
  /** Per quote, its article's number. */
  quoteArticle: Int32Array;
  /** Per quote, 0 or 1 + its speaker's position in `speakerIds`. */
  quoteSpeaker: Int32Array;
  speakerIds: SpeakerId[];
  shards: Map<string, LoadedShard>;
}

/**
 * Load the meta file and the shards fetched so far (a query needs the shards `shardsFor` names; words in a
 * shard not loaded find nothing).
 */
export function loadSearch(meta: SearchMeta, shards: readonly SearchShard[]): LoadedSearch {
  const counts = decodeInts(meta.quoteCounts);
  if (counts.length !== meta.articleIds.length) throw new Error('search data: quote counts do not match the articles');
  const speakers = decodeInts(meta.quoteSpeakers);
  const quoteStart = new Int32Array(counts.length);
  const quoteArticle = new Int32Array(speakers.length);
  let q = 0;
  counts.forEach((count, a) => {
    quoteStart[a] = q;
    quoteArticle.fill(a, q, q + count);
    q += count;
  });
  if (q !== speakers.length) throw new Error('search data: quote speakers do not match the quotes');
  const loaded: LoadedSearch = {
    articleIds: meta.articleIds,
    articleDates: meta.articleDates,
    quoteStart,
    quoteArticle,
    quoteSpeaker: Int32Array.from(speakers),
    speakerIds: meta.speakerIds,
    shards: new Map(),
  };
  for (const shard of shards) addShard(loaded, shard);
  return loaded;
}

export function addShard(loaded: LoadedSearch, shard: SearchShard): void {
  loaded.shards.set(shard.shard, { file: shard, decoded: new Map(), decodedSize: 0 });
}

/** The query's words, as the index reads them (stop words and punctuation set aside), at most 32. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const match of query.matchAll(TOKEN)) {
    const term = processTerm(match[0]);
    if (term && !terms.includes(term)) terms.push(term);
  }
  return terms.slice(0, 32);
}

/** The shards a query needs: one per first character of its words. */
export function shardsFor(query: string): string[] {
  return [...new Set(queryTerms(query).map(shardOf))].sort();
}

/** Whether a query has anything to search for once stop words and punctuation are set aside. */
export function hasSearchTerms(query: string): boolean {
  return queryTerms(query).length > 0;
}

export interface QuoteHit {
  articleId: ArticleId;
  /** The quote's position among its article's quotes: `quoteOf` gives its id and words from the article's file. */
  position: number;
  date: string;
  speakerId: SpeakerId | null;
  /** The indexed terms this result matched: what to highlight. */
  terms: string[];
  score: number;
}

export interface ArticleHit {
  articleId: ArticleId;
  date: string;
  terms: string[];
  score: number;
}

export interface SearchFilters {
  /** Keep quotes by any of these speakers, and articles that quote any of them. */
  speakers?: readonly SpeakerId[];
  /** Inclusive date range, YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** The speakers an article quotes: needed to narrow articles by speaker (the corpus index knows them). */
  articleSpeakers?: (id: ArticleId) => readonly SpeakerId[] | undefined;
}

/** Results, best first, made only as far as they are shown: a common word can match most of the corpus. */
export interface Hits<T> {
  count: number;
  /** The best `n` (or all when fewer), best first. */
  top(n: number): T[];
}

export interface SearchOutcome {
  quotes: Hits<QuoteHit>;
  articles: Hits<ArticleHit>;
  /** Matching quotes per speaker in the date range, before narrowing by speaker: the facet counts. */
  speakerCounts: Map<SpeakerId, number>;
  /** True when no result had every word, so results with any of them are shown instead. */
  loose: boolean;
}

const NONE: Hits<never> = { count: 0, top: () => [] };
const EMPTY: SearchOutcome = { quotes: NONE, articles: NONE, speakerCounts: new Map(), loose: false };

/** A word of the index that a query word matches: itself, a longer word it starts, or one a typo away. */
interface Expansion {
  term: string;
  shard: LoadedShard;
  index: number;
  weight: number;
  /** Roughly how many documents hold it: the length of its posting lists. */
  size: number;
}

/** Levenshtein distance of `a` and `b` if at most `max`, else `max + 1`. */
function distanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
}

function expand(loaded: LoadedSearch, word: string, i: number, count: number): Expansion[] {
  const shard = loaded.shards.get(shardOf(word));
  if (!shard) return [];
  const { terms } = shard.file;
  const found = new Map<number, number>();
  const offer = (index: number, weight: number) => {
    if (weight > (found.get(index) ?? 0)) found.set(index, weight);
  };
  const start = lowerBound(terms, (t) => t < word);
  if (terms[start] === word) offer(start, 1);
  if (matchesPrefix(word, i, count)) {
    for (let t = start; t < terms.length && terms[t]!.startsWith(word); t++) {
      const extra = terms[t]!.length - word.length;
      if (extra > 0) offer(t, (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * extra));
    }
  }
  const typos = maxTypos(word);
  if (typos > 0) {
    const first = word.charAt(0);
    const next = String.fromCharCode(first.charCodeAt(0) + 1);
    const from = lowerBound(terms, (t) => t < first);
    const to = lowerBound(terms, (t) => t < next);
    for (let t = from; t < to; t++) {
      const candidate = terms[t]!;
      if (Math.abs(candidate.length - word.length) > typos || candidate === word) continue;
      const d = distanceWithin(word, candidate, typos);
      if (d <= typos) offer(t, (FUZZY_WEIGHT * word.length) / (word.length + d));
    }
  }
  const size = (index: number) => SEARCH_FIELDS.reduce((n, f) => n + shard.file[f][index]!.length, 0);
  const all = [...found].map(([index, weight]): Expansion => ({ term: terms[index]!, shard, index, weight, size: size(index) }));
  // The word itself first, then the most frequent, at most MAX_EXPANSIONS in all.
  all.sort((a, b) => Number(b.term === word) - Number(a.term === word) || b.size - a.size || (a.term < b.term ? -1 : 1));
  return all.slice(0, word.length === 1 ? MAX_EXPANSIONS / 6 : word.length === 2 ? MAX_EXPANSIONS / 3 : MAX_EXPANSIONS);
}

const FIELD_NUMBER: Record<SearchField, number> = { quote: 0, speaker: 1, title: 2, body: 3 };

/** Decoded lists kept per shard, in numbers: past this, the shard's cache starts again (a few MB at most). */
const DECODED_MAX = 2_000_000;

function postings(e: Expansion, field: SearchField): Int32Array {
  const key = e.index * 4 + FIELD_NUMBER[field];
  let list = e.shard.decoded.get(key);
  if (!list) {
    list = decodeSortedArray(e.shard.file[field][e.index]!);
    if (e.shard.decodedSize + list.length > DECODED_MAX) {
      e.shard.decoded.clear();
      e.shard.decodedSize = 0;
    }
    e.shard.decoded.set(key, list);
    e.shard.decodedSize += list.length;
  }
  return list;
}

/** Inverse document frequency, as BM25 has it: a word in few documents says more than one in many. */
const idf = (documents: number, holding: number) => Math.log(1 + (documents - holding + 0.5) / (holding + 0.5));

interface Scored {
  score: Float64Array;
  mask: Uint32Array;
}

function score(expansions: Expansion[][], fields: readonly SearchField[], documents: number): Scored {
  const score = new Float64Array(documents);
  const mask = new Uint32Array(documents);
  expansions.forEach((list, i) => {
    const bit = 1 << i;
    for (const e of list) {
      for (const field of fields) {
        const encoded = e.shard.file[field][e.index]!;
        if (!encoded) continue;
        const docs = postings(e, field);
        const w = e.weight * FIELD_BOOST[field] * idf(documents, docs.length);
        for (const d of docs) {
          score[d] = score[d]! + w;
          mask[d] = mask[d]! | bit;
        }
      }
    }
  });
  return { score, mask };
}

/** Whether a sorted list holds `value`. */
function holds(list: Int32Array, value: number): boolean {
  return list[lowerBound(list, (v) => v < value)] === value;
}

/** The terms a document matched, in the order of the query's words: what its result highlights. */
function matchedTerms(expansions: Expansion[][], fields: readonly SearchField[], doc: number): string[] {
  const terms: string[] = [];
  for (const list of expansions) {
    for (const e of list) {
      if (fields.some((field) => e.shard.file[field][e.index] !== '' && holds(postings(e, field), doc)) && !terms.includes(e.term)) terms.push(e.term);
    }
  }
  return terms;
}

/**
 * The kept documents, ranked lazily: by score, then by number (the newer first, see `SearchMeta`). The best
 * few are picked with a heap; a whole sort happens only when most of the list is asked for.
 */
class RankedHits<T> implements Hits<T> {
  private sorted: Int32Array | null = null;
  constructor(
    private readonly docs: Int32Array,
    private readonly score: Float64Array,
    private readonly make: (doc: number) => T,
  ) {}

  get count(): number {
    return this.docs.length;
  }

  private better(a: number, b: number): boolean {
    const sa = this.score[a]!;
    const sb = this.score[b]!;
    return sa > sb || (sa === sb && a < b);
  }

  top(n: number): T[] {
    const k = Math.max(0, Math.min(n, this.docs.length));
    if (k === 0) return [];
    let order: ArrayLike<number>;
    if (this.sorted) order = this.sorted;
    else if (k * 8 >= this.docs.length) {
      const score = this.score;
      order = this.sorted = Int32Array.from(this.docs).sort((a, b) => score[b]! - score[a]! || a - b);
    } else order = this.select(k);
    return Array.from({ length: k }, (_, i) => this.make(order[i]!));
  }

  /** The best `k`, best first: a heap of size `k` with the worst kept at its root. */
  private select(k: number): number[] {
    const heap: number[] = [];
    const worse = (a: number, b: number) => this.better(b, a);
    const down = (i: number) => {
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let w = i;
        if (l < heap.length && worse(heap[l]!, heap[w]!)) w = l;
        if (r < heap.length && worse(heap[r]!, heap[w]!)) w = r;
        if (w === i) return;
        [heap[i], heap[w]] = [heap[w]!, heap[i]!];
        i = w;
      }
    };
    for (const d of this.docs) {
      if (heap.length < k) {
        heap.push(d);
        for (let i = heap.length - 1; i > 0; ) {
          const p = (i - 1) >> 1;
          if (!worse(heap[i]!, heap[p]!)) break;
          [heap[i], heap[p]] = [heap[p]!, heap[i]!];
          i = p;
        }
      } else if (this.better(d, heap[0]!)) {
        heap[0] = d;
        down(0);
      }
    }
    return heap.sort((a, b) => (this.better(a, b) ? -1 : 1));
  }
}

/**
 * Search quotes and articles. Every word must match (as a prefix, or with a typo); when no result has them all,
 * results with any of them are returned, marked `loose`. Results are narrowed by date range and speakers after
 * matching, so the speaker counts can show what choosing a speaker would leave. Best first: score (rarer words,
 * better fields and exact words count more), then the newest.
 */
export function runSearch(loaded: LoadedSearch, query: string, filters: SearchFilters = {}): SearchOutcome {
  const words = queryTerms(query);
  if (words.length === 0) return EMPTY;
  const expansions = words.map((w, i) => expand(loaded, w, i, words.length));
  const quoteScores = score(expansions, QUOTE_FIELDS, loaded.quoteArticle.length);
  const articleScores = score(expansions, ARTICLE_FIELDS, loaded.articleIds.length);
  const all = words.length === 32 ? 0xffffffff : (1 << words.length) - 1;
  let loose = false;
  let need = all;
  const anyWith = (s: Scored, m: number) => s.mask.some((bits) => bits !== 0 && (bits & m) === m);
  if (!anyWith(quoteScores, all) && !anyWith(articleScores, all)) {
    // No result has every word: show those with any of them.
    need = 0;
    loose = anyWith(quoteScores, 0) || anyWith(articleScores, 0);
  }

  const { from, to } = filters;
  const dates = loaded.articleDates;
  const chosen = new Set(filters.speakers ?? []);
  const speakerCounts = new Map<SpeakerId, number>();
  // Articles in the date range: contiguous numbers, since they run newest first.
  const inRange = new Uint8Array(dates.length);
  dates.forEach((date, a) => {
    inRange[a] = (from && date < from) || (to && date > to) ? 0 : 1;
  });
  const chosenNumbers = new Set<number>();
  loaded.speakerIds.forEach((id, i) => chosen.has(id) && chosenNumbers.add(i + 1));

  const quoteDocs: number[] = [];
  const counts = new Int32Array(loaded.speakerIds.length + 1);
  const qMask = quoteScores.mask;
  for (let q = 0; q < qMask.length; q++) {
    const bits = qMask[q]!;
    if (bits === 0 || (bits & need) !== need || inRange[loaded.quoteArticle[q]!] === 0) continue;
    const s = loaded.quoteSpeaker[q]!;
    counts[s]!++;
    if (chosen.size > 0 && !chosenNumbers.has(s)) continue;
    quoteDocs.push(q);
  }
  for (let s = 1; s < counts.length; s++) if (counts[s]! > 0) speakerCounts.set(loaded.speakerIds[s - 1]!, counts[s]!);

  const articleDocs: number[] = [];
  const aMask = articleScores.mask;
  for (let a = 0; a < aMask.length; a++) {
    const bits = aMask[a]!;
    if (bits === 0 || (bits & need) !== need || inRange[a] === 0) continue;
    if (chosen.size > 0 && !(filters.articleSpeakers?.(loaded.articleIds[a]!) ?? []).some((s) => chosen.has(s))) continue;
    articleDocs.push(a);
  }

  const quotes = new RankedHits(Int32Array.from(quoteDocs), quoteScores.score, (q): QuoteHit => {
    const a = loaded.quoteArticle[q]!;
    const s = loaded.quoteSpeaker[q]!;
    return {
      articleId: loaded.articleIds[a]!,
      position: q - loaded.quoteStart[a]!,
      date: dates[a]!,
      speakerId: s > 0 ? loaded.speakerIds[s - 1]! : null,
      terms: matchedTerms(expansions, QUOTE_FIELDS, q),
      score: quoteScores.score[q]!,
    };
  });
  const articles = new RankedHits(Int32Array.from(articleDocs), articleScores.score, (a): ArticleHit => ({
    articleId: loaded.articleIds[a]!,
    date: dates[a]!,
    terms: matchedTerms(expansions, ARTICLE_FIELDS, a),
    score: articleScores.score[a]!,
  }));
  return { quotes, articles, speakerCounts, loose };
}

/** A quote result's id and words (a preview when very long), from its article's published file. */
export function quoteOf(article: PublishedArticle, position: number): { id: QuoteId; text: string } | undefined {
  const quote = article.quotes[position];
  if (!quote) return undefined;
  return { id: quote.id, text: previewOf(quoteText(article.body, quote).replace(/\s+/g, ' ').trim()) };
}

export interface TextPiece {
  text: string;
  /** Whether this piece is a word the search matched. */
  hit: boolean;
}

/**
 * Split `text` into pieces, marking each word whose indexed form is one of `terms`: the same tokenizing and term
 * processing as the index, so a highlight is exactly a word that matched ("Ransomware," for "ransomware").
 */
export function highlightPieces(text: string, terms: readonly string[]): TextPiece[] {
  const wanted = new Set(terms);
  const pieces: TextPiece[] = [];
  let at = 0;
  if (wanted.size > 0) {
    for (const match of text.matchAll(TOKEN)) {
      const term = processTerm(match[0]);
      if (!term || !wanted.has(term)) continue;
      const start = match.index;
      if (start > at) pieces.push({ text: text.slice(at, start), hit: false });
      pieces.push({ text: match[0], hit: true });
      at = start + match[0].length;
    }
  }
  if (at < text.length) pieces.push({ text: text.slice(at), hit: false });
  return pieces;
}

/**
 * A long text's part from a little before its first matched word, so that the match is within the few lines a
 * result shows: "…" and the text from the word boundary about `lead` characters before it. A text whose first
 * match is already within `lead * 2` characters is returned whole.
 */
export function fromFirstMatch(text: string, terms: readonly string[], lead = 60): string {
  let offset = 0;
  for (const piece of highlightPieces(text, terms)) {
    if (piece.hit) break;
    offset += piece.text.length;
  }
  if (offset >= text.length || offset <= lead * 2) return text;
  const cut = text.lastIndexOf(' ', offset - lead);
  return `…${text.slice(cut + 1)}`;
}
