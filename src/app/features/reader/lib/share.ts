import type { PublishedArticle, PublishedQuote } from '../../../../core/schema.ts';

const QUOTE_MARKS = /^[\s"“”‘’'`«»]+|[\s"“”‘’'`«»,.;:]+$/g;

/** Text-fragment directives need "-", "&" and "," escaped on top of ordinary URL encoding. */
function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/**
 * A link to the original article that scrolls to the quote and highlights it in browsers that support text
 * fragments (`#:~:text=`). Long quotes use the start,end form: the first and last words, so small differences in
 * the middle do not stop the match. Only direct quotes: their words are the source's own.
 */
export function sourceLinkToQuote(article: PublishedArticle, quote: PublishedQuote): string | null {
  if (!article.linkable || quote.kind !== 'direct') return null;
  const words = (quote.spans[0] ? article.body.slice(quote.spans[0].start, quote.spans[0].end) : '').replace(QUOTE_MARKS, '').split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const base = article.url.split('#')[0];
  const directive = words.length <= 8 ? encodeFragmentText(words.join(' ')) : `${encodeFragmentText(words.slice(0, 4).join(' '))},${encodeFragmentText(words.slice(-4).join(' '))}`;
  return `${base}#:~:text=${directive}`;
}

/** Copy to the clipboard; false when the browser refuses (no permission, insecure context). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The full address of `path` (relative to the app's base) on the site the reader is on, for sharing. */
export function linkTo(path: string): string {
  return `${location.origin}${import.meta.env.BASE_URL}${path}`;
}
