import { cardPath, documentTitle, SITE_NAME, type SharePreview } from '../app/lib/share-preview.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './cards.ts';

/** Where the site is served, for the absolute addresses link previews, canonical links and the sitemap need. */
export const DEFAULT_SITE_URL = 'http://localhost:4173';

/** QUOTELINE_SITE_URL (an http(s) origin, optionally with a path), without its trailing slash; a clear error otherwise. */
export function siteUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.QUOTELINE_SITE_URL?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`QUOTELINE_SITE_URL is not a URL: ${JSON.stringify(raw)} (expected e.g. https://quotes.example.org)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`QUOTELINE_SITE_URL must be http(s): ${JSON.stringify(raw)}`);
  if (url.search || url.hash) throw new Error(`QUOTELINE_SITE_URL must have no query or fragment: ${JSON.stringify(raw)}`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** Text for an attribute or an element: the corpus's words are never markup. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** `address` (a path from the site root) on the site. */
export const absoluteUrl = (siteUrl: string, address: string): string => `${siteUrl}/${address.replace(/^\//, '')}`;

/**
 * The head tags of a page built ahead of time for `address`: title, description, canonical address, Open Graph and
 * Twitter card, and `card`, the image the build drew for it (by default its own, or the site's when it has none).
 */
export function headTags(preview: SharePreview, address: string, siteUrl: string, card = cardPath(preview.card ?? null)): string {
  const url = absoluteUrl(siteUrl, address);
  const image = absoluteUrl(siteUrl, card);
  const imageAlt = preview.card ? `${preview.title}: ${preview.description}` : preview.description;
  const meta = (attr: 'name' | 'property', key: string, value: string) => `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  return [
    `<title>${escapeHtml(documentTitle(preview))}</title>`,
    meta('name', 'description', preview.description),
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:type', preview.type),
    meta('property', 'og:title', preview.title),
    meta('property', 'og:description', preview.description),
    meta('property', 'og:url', url),
    meta('property', 'og:image', image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(CARD_WIDTH)),
    meta('property', 'og:image:height', String(CARD_HEIGHT)),
    meta('property', 'og:image:alt', imageAlt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', preview.title),
    meta('name', 'twitter:description', preview.description),
    meta('name', 'twitter:image', image),
    meta('name', 'twitter:image:alt', imageAlt),
  ].join('\n    ');
}

const DEFAULT_HEAD = /<meta name="description"[^>]*>\s*([\s\S]*?)<title>[^<]*<\/title>/;

/**
 * The page with its own head: the template's title and description (index.html's) replaced by `tags`, which
 * come where they were. A function replacer: the corpus's words may hold "$&".
 */
export function withHead(page: string, tags: string): string {
  if (!DEFAULT_HEAD.test(page)) throw new Error('prerender: the page template has no <meta name="description"> … <title> to replace');
  return page.replace(DEFAULT_HEAD, (_, between: string) => `${between}${tags}`);
}
