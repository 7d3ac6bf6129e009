import type { ArticleId, QuoteId, SpeakerId } from './model.ts';

/**
 * cyrb53: a fast, well-distributed 53-bit string hash. Ids must be computed identically at build time and in
 * the browser without Node's crypto, and they only need to tell articles apart, not resist attackers.
 */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Eight base-36 characters (about 41 bits) of the hash, zero-padded so ids have one length. */
export function shortHash(text: string): string {
  return hash53(text).toString(36).padStart(11, '0').slice(-8);
}

/** Lower-case ASCII words joined by hyphens; accents folded, everything else dropped. */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** What makes an article the article it is: its key is a hash of these. */
export interface ArticleContent {
  date: string;
  title: string;
  url: string;
}

/**
 * The hash behind article keys: a 53-bit number of a text and a seed. hash53 everywhere; a test passes one
 * that collides, to see collisions handled (publish.ts's BuildOptions.keyHash).
 */
export type KeyHash = (text: string, seed: number) => number;

const contentOf = (article: ArticleContent): string => `${article.date}\u0000${article.title.trim()}\u0000${article.url}`;
const base36 = (n: number, length: number): string => n.toString(36).padStart(11, '0').slice(-length);

/**
 * An article's id comes from what the article is (date, title, source URL), never from its file name or its
 * position in the corpus, so rebuilding or growing the corpus keeps every link working. The readable prefix
 * is for people; the hash is what makes it unique. (In the rare corpus where two articles' hashes collide,
 * one of them gets a longer key: see uniqueArticleKeys.)
 */
export function articleIdFor(article: ArticleContent, hash: KeyHash = hash53): ArticleId {
  return articleIdFrom(article.title, articleKeyFor(article, hash));
}

/** The hash part of an article id: all the published index stores, since the rest follows from the title. */
export function articleKeyFor(article: ArticleContent, hash: KeyHash = hash53): string {
  return base36(hash(contentOf(article), 0), 8);
}

/** A lengthened key: the article's 8 characters, then this many from a hash of its content with another seed. */
const EXTRA_KEY_CHARS = 4;
/** Seeds tried for a lengthened key before the build gives up (with hash53, the second is never needed). */
const MAX_KEY_SEEDS = 16;

/**
 * One key per article, unique across the corpus, in the order of `articles`. An article's key is its 8
 * characters (articleKeyFor), unless another, different article has the same 8 (about a 0.2% chance somewhere
 * in 100,000 articles, 17% in a million): then the first of them by date, then by content, keeps the 8
 * characters (the oldest is the one most likely already published and linked), and each of the others gets 4
 * more, from a hash of its content with seed 1 (or the next seed, if another article has those 12 already).
 * Keys depend on the articles alone, never on file names or the order files come in, so every link stays
 * stable; only an article added later but dated earlier than one it collides with would take over its key.
 */
export function uniqueArticleKeys(articles: readonly ArticleContent[], hash: KeyHash = hash53): string[] {
  const keys = articles.map((a) => articleKeyFor(a, hash));
  const byKey = new Map<string, number[]>();
  keys.forEach((key, i) => {
    const members = byKey.get(key);
    if (members) members.push(i);
    else byKey.set(key, [i]);
  });
  const taken = new Set(keys);
  const colliding = [...byKey].filter(([, members]) => members.length > 1).sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [key, members] of colliding) {
    // The same content twice is the same article, with the same key; only different articles need telling apart.
    const byContent = new Map<string, number[]>();
    for (const i of members) {
      const content = contentOf(articles[i]!);
      byContent.set(content, [...(byContent.get(content) ?? []), i]);
    }
    const ordered = [...byContent].sort(([a, [x]], [b, [y]]) => {
      const [da, db] = [articles[x!]!.date, articles[y!]!.date];
      return da !== db ? (da < db ? -1 : 1) : a < b ? -1 : a > b ? 1 : 0;
    });
    for (const [content, same] of ordered.slice(1)) {
      let longer: string | undefined;
      for (let seed = 1; seed <= MAX_KEY_SEEDS && longer === undefined; seed++) {
        const candidate = key + base36(hash(content, seed), EXTRA_KEY_CHARS);
        if (!taken.has(candidate)) longer = candidate;
      }
      if (longer === undefined) throw new Error(`no key of its own for the article "${articles[same[0]!]!.title}" (${articles[same[0]!]!.date})`);
      taken.add(longer);
      for (const i of same) keys[i] = longer;
    }
  }
  return keys;
}

export function articleIdFrom(title: string, key: string): ArticleId {
  return `${slugify(title, 60) || 'article'}-${key}` as ArticleId;
}

/** Quotation marks and white space do not change what a quote says, so they do not change its id. */
export function normalizeQuoteText(text: string): string {
  return text
    .replace(/``|''/g, '"')
    .replace(/[“”„‟"«»]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * A quote's id comes from its own words within its article; `occurrence` tells apart the same words quoted
 * twice in one article (0 for the first).
 */
export function quoteIdFor(articleId: ArticleId, quoteText: string, occurrence: number): QuoteId {
  return `q${shortHash(`${articleId}\u0000${normalizeQuoteText(quoteText)}\u0000${occurrence}`)}` as QuoteId;
}

export function speakerIdFor(canonicalName: string): SpeakerId {
  return (slugify(canonicalName, 80) || `speaker-${shortHash(canonicalName)}`) as SpeakerId;
}
