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

/**
 * An article's id comes from what the article is (date, title, source URL), never from its file name or its
 * position in the corpus, so rebuilding or growing the corpus keeps every link working. The readable prefix
 * is for people; the hash is what makes it unique.
 */
export function articleIdFor(article: { date: string; title: string; url: string }): ArticleId {
  return articleIdFrom(article.title, articleKeyFor(article));
}

/** The hash part of an article id: all the published index stores, since the rest follows from the title. */
export function articleKeyFor(article: { date: string; title: string; url: string }): string {
  return shortHash(`${article.date}\u0000${article.title.trim()}\u0000${article.url}`);
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
