import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PublishedArticle } from '../../src/core/schema.ts';
import type { DecodedIndex } from '../../src/core/wire.ts';
import { fetchArticle, fetchIndex } from '../../src/pipeline/served-data.ts';
import { baseUrl, closeContexts, freshPage, hostileUrl, launch, newContext } from './browser.ts';
import { XSS_TITLE } from '../fixtures/hostile-corpus.ts';

let browser: Browser;
let index: DecodedIndex;
let article: PublishedArticle;

beforeAll(async () => {
  browser = await launch();
  index = await fetchIndex(baseUrl());
  const withSpeaker = index.articles.find((a) => a.quoteCount > 0 && a.speakers.length > 0)!;
  article = await fetchArticle(baseUrl(), index, withSpeaker.id);
});
afterEach(closeContexts);
afterAll(async () => {
  await browser?.close();
});

const quoteOf = (a: PublishedArticle) => a.quotes.find((q) => q.speaker && q.kind === 'direct') ?? a.quotes.find((q) => q.speaker)!;
const words = (a: PublishedArticle, q: PublishedArticle['quotes'][number]) => a.body.slice(q.spans[0]!.start, q.spans[0]!.end).replace(/^[\s"“”‘’']+|[\s"“”‘’'.,]+$/g, '');

/** What a link preview reads: the head of the page as served, with no script run. */
async function headOf(page: Page) {
  return page.evaluate(() => {
    const meta = (key: string) => document.head.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;
    return {
      title: document.title,
      description: meta('description'),
      canonical: document.head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
      ogTitle: meta('og:title'),
      ogDescription: meta('og:description'),
      ogUrl: meta('og:url'),
      ogImage: meta('og:image'),
      ogType: meta('og:type'),
      twitterCard: meta('twitter:card'),
      scripts: document.querySelectorAll('script:not([src])').length,
    };
  });
}

/** An absolute address the build wrote (for QUOTELINE_SITE_URL) on the server under test. */
const served = (base: string, url: string) => `${base}${new URL(url).pathname}`;

describe("a quote's share page", () => {
  it('previews the quote without JavaScript: speaker and words in the title, article and date in the description, a PNG card', async () => {
    const quote = quoteOf(article);
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${baseUrl()}/quotes/${quote.id}`);
    expect(response?.status()).toBe(200);
    const head = await headOf(page);
    const speaker = index.speakers.find((s) => s.id === quote.speaker!.id)!.name;
    expect(head.ogTitle).toMatch(new RegExp(`^${speaker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*: “`));
    expect(head.ogTitle).toContain(words(article, quote).split(/\s+/).slice(0, 4).join(' '));
    expect(head.title).toBe(`${head.ogTitle} · Quoteline`);
    expect(head.description).toContain(article.title);
    expect(head.description).toContain(new Date(`${article.date}T00:00:00Z`).getUTCFullYear().toString());
    expect(head.ogDescription).toBe(head.description);
    expect(head.canonical).toMatch(new RegExp(`^https?://[^/]+/quotes/${quote.id}$`));
    expect(head.ogUrl).toBe(head.canonical);
    expect(head.ogType).toBe('article');
    expect(head.twitterCard).toBe('summary_large_image');

    const image = await fetch(served(baseUrl(), head.ogImage!));
    expect(image.headers.get('content-type')).toBe('image/png');
    expect([...new Uint8Array(await image.arrayBuffer()).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

    // The page reads without a script: the quote, and the way to it in its article.
    expect(await page.locator('main blockquote').textContent()).toContain(words(article, quote).split(/\s+/).slice(0, 4).join(' '));
    await page.getByRole('link', { name: 'Read the quote in its article' }).click();
    await page.waitForURL(`${baseUrl()}/articles/${article.id}?quote=${quote.id}`);
  });

  it('opens the article at the quote for a person', async () => {
    const quote = article.quotes[article.quotes.length - 1]!;
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/quotes/${quote.id}`);
    await page.waitForURL(`${baseUrl()}/articles/${article.id}?quote=${quote.id}`);
    // The quote is the one selected: its panel says which of the article's quotes it is.
    const position = article.quotes.findIndex((q) => q.id === quote.id) + 1;
    await expect.poll(() => page.getByRole('region', { name: `Quote ${position} of ${article.quotes.length}` }).count()).toBe(1);
    expect(await page.title()).toBe(`${article.title} · Quoteline`);
    expect(problems).toEqual([]);
  });

  it('every page built ahead of time has its own title, description, canonical address and card', async () => {
    const speaker = index.speakers[0]!;
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [address, title] of [
      ['/', 'Quoteline'],
      [`/articles/${article.id}`, `${article.title} · Quoteline`],
      [`/speakers/${speaker.id}`, `${speaker.name} · Quoteline`],
      ['/about', 'About · Quoteline'],
    ] as const) {
      await page.goto(`${baseUrl()}${address}`);
      const head = await headOf(page);
      expect(head.title).toBe(title);
      expect(head.description).toBeTruthy();
      expect(new URL(head.canonical!).pathname).toBe(address);
      expect((await fetch(served(baseUrl(), head.ogImage!))).headers.get('content-type')).toBe('image/png');
    }
  });

  it('keeps hostile words as text in the head, with nothing run', async () => {
    const hostileIndex = await fetchIndex(hostileUrl());
    const summary = hostileIndex.articles.find((a) => a.title === XSS_TITLE)!;
    const hostile = await fetchArticle(hostileUrl(), hostileIndex, summary.id);
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${hostileUrl()}/articles/${hostile.id}`);
    const quote = hostile.quotes[0]!;
    const pageNoJs = await (await newContext(browser, { javaScriptEnabled: false })).newPage();
    for (const target of [page, pageNoJs]) {
      await target.goto(`${hostileUrl()}/quotes/${quote.id}`);
      const head = await headOf(target);
      expect(head.description).toContain(XSS_TITLE);
      expect(head.scripts).toBeLessThanOrEqual(1); // the one preferences script the policy allows, nothing of the corpus
      expect(await target.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    }
  });
});

describe('a site that is found', () => {
  it('robots.txt points at the sitemap, which lists every page built ahead of time with absolute addresses and dates', async () => {
    const robots = await (await fetch(`${baseUrl()}/robots.txt`)).text();
    const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemapUrl).toMatch(/^https?:\/\/[^/]+\/sitemap\.xml$/);
    const response = await fetch(served(baseUrl(), sitemapUrl!));
    expect(response.status).toBe(200);
    const xml = await response.text();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(locs).toContain('/');
    expect(locs).toContain('/about');
    expect(locs.filter((l) => l.startsWith('/articles/'))).toHaveLength(index.articles.length);
    expect(locs.filter((l) => l.startsWith('/speakers/'))).toHaveLength(index.speakers.length);
    expect(locs.filter((l) => l.startsWith('/quotes/'))).toHaveLength(index.corpus.quoteCount);
    expect(locs).toContain(`/quotes/${quoteOf(article).id}`);
    expect(xml).toContain(`<url><loc>${new URL(`/articles/${article.id}`, sitemapUrl).href}</loc><lastmod>${article.date}</lastmod></url>`);
  });
});
