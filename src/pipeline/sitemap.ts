import { absoluteUrl, escapeHtml } from './page-head.ts';

/** The sitemap protocol's limit of addresses per file; past it, files and an index that lists them. */
export const SITEMAP_MAX_URLS = 50_000;

export interface SitemapEntry {
  /** The page's address from the site root. */
  address: string;
  /** YYYY-MM-DD, when known. */
  lastmod?: string | undefined;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

function urlset(entries: readonly SitemapEntry[], siteUrl: string): string {
  const urls = entries.map((e) => `<url><loc>${escapeHtml(absoluteUrl(siteUrl, e.address))}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`);
  return `${XML_HEAD}\n<urlset xmlns="${NS}">\n${urls.join('\n')}\n</urlset>\n`;
}

const newest = (entries: readonly SitemapEntry[]) => entries.reduce<string | undefined>((max, e) => (e.lastmod && (!max || e.lastmod > max) ? e.lastmod : max), undefined);

/**
 * `sitemap.xml` for every page built ahead of time, with absolute addresses and the day each last changed; past
 * 50,000 addresses it is an index of `sitemaps/<n>.xml`, each within the limit. File name → contents.
 */
export function sitemapFiles(entries: readonly SitemapEntry[], siteUrl: string, maxUrls = SITEMAP_MAX_URLS): Map<string, string> {
  if (entries.length <= maxUrls) return new Map([['sitemap.xml', urlset(entries, siteUrl)]]);
  const files = new Map<string, string>();
  const parts: string[] = [];
  for (let start = 0, n = 1; start < entries.length; start += maxUrls, n++) {
    const part = entries.slice(start, start + maxUrls);
    const name = `sitemaps/${n}.xml`;
    files.set(name, urlset(part, siteUrl));
    const lastmod = newest(part);
    parts.push(`<sitemap><loc>${escapeHtml(absoluteUrl(siteUrl, name))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</sitemap>`);
  }
  files.set('sitemap.xml', `${XML_HEAD}\n<sitemapindex xmlns="${NS}">\n${parts.join('\n')}\n</sitemapindex>\n`);
  return files;
}

/** `robots.txt`: every page may be crawled, and the sitemap says which there are. */
export const robotsTxt = (siteUrl: string): string => `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(siteUrl, 'sitemap.xml')}\n`;
