// @vitest-environment jsdom
// A browser's parser reads what the build writes, as a crawler would.
import { describe, expect, it } from 'vitest';
import type { QuoteId } from '../../src/core/model.ts';
import { sitePreview, type SharePreview } from '../../src/app/lib/share-preview.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../../src/pipeline/cards.ts';
import { DEFAULT_SITE_URL, headTags, siteUrlFromEnv, withHead } from '../../src/pipeline/page-head.ts';
import { XSS_TITLE } from '../fixtures/hostile-corpus.ts';

const hostile: SharePreview = {
  title: `${XSS_TITLE}: “"quoted" & 'single' </title><script>x</script>”`,
  description: 'In “<b>bold</b>” $& $\' a " quote',
  type: 'article',
  card: { kind: 'quote', id: 'q12345678' as QuoteId, article: 'a-12345678', quote: 'x', speaker: 'y', title: 't', date: 'd', source: 's', credit: null },
};

/** Each meta tag's content, as a browser parses the head. */
function metaOf(head: string): Map<string, string> {
  const doc = new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body></body></html>`, 'text/html');
  const tags = new Map<string, string>();
  for (const meta of doc.head.querySelectorAll('meta')) tags.set(meta.getAttribute('property') ?? meta.getAttribute('name') ?? '', meta.getAttribute('content') ?? '');
  tags.set('title', doc.title);
  tags.set('canonical', doc.head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '');
  tags.set('elements', [...doc.head.children].map((e) => e.tagName.toLowerCase()).join(' '));
  return tags;
}

describe('the head of a page built ahead of time', () => {
  it('carries the title, description, canonical address, Open Graph and Twitter tags, with absolute addresses', () => {
    const tags = metaOf(headTags(hostile, '/quotes/q12345678', 'https://quotes.example.org'));
    expect(tags.get('canonical')).toBe('https://quotes.example.org/quotes/q12345678');
    expect(tags.get('og:url')).toBe('https://quotes.example.org/quotes/q12345678');
    expect(tags.get('og:image')).toBe('https://quotes.example.org/cards/quotes/q12345678.png');
    expect(tags.get('twitter:image')).toBe(tags.get('og:image'));
    expect(tags.get('og:image:width')).toBe(String(CARD_WIDTH));
    expect(tags.get('og:image:height')).toBe(String(CARD_HEIGHT));
    expect(tags.get('og:image:alt')).toContain(hostile.title);
    expect(tags.get('twitter:card')).toBe('summary_large_image');
    expect(tags.get('og:type')).toBe('article');
    expect(tags.get('og:site_name')).toBe('Quoteline');
  });

  it('keeps hostile text as text: no element of it, every character as written', () => {
    const tags = metaOf(headTags(hostile, '/quotes/q12345678', DEFAULT_SITE_URL));
    expect(tags.get('elements')).not.toMatch(/script|img|b\b/);
    expect(tags.get('title')).toBe(`${hostile.title} · Quoteline`);
    expect(tags.get('og:title')).toBe(hostile.title);
    expect(tags.get('description')).toBe(hostile.description);
    expect(tags.get('twitter:description')).toBe(hostile.description);
  });

  it("gives a page without a card of its own the site's card, and a page the card the build says", () => {
    expect(metaOf(headTags(sitePreview('About'), '/about', DEFAULT_SITE_URL)).get('og:image')).toBe(`${DEFAULT_SITE_URL}/cards/site.png`);
    const onArticleCard = metaOf(headTags(hostile, '/quotes/q12345678', DEFAULT_SITE_URL, 'cards/articles/a-12345678.png'));
    expect(onArticleCard.get('og:image')).toBe(`${DEFAULT_SITE_URL}/cards/articles/a-12345678.png`);
  });

  it("replaces the template's title and description, and says so when the template has none", () => {
    const template = '<head>\n<meta name="description" content="old" />\n<link rel="icon" href="/favicon.svg" />\n<title>Quoteline</title>\n</head>';
    const page = withHead(template, headTags(hostile, '/x', DEFAULT_SITE_URL));
    expect(page.match(/<title>/g)).toHaveLength(1);
    expect(page).not.toContain('content="old"');
    expect(page).toContain('<link rel="icon" href="/favicon.svg" />');
    expect(page).toContain('$&amp; $&#39;'); // a replacement pattern in the corpus's words stays as written
    expect(() => withHead('<head></head>', '')).toThrow(/no <meta name="description">/);
  });
});

describe('QUOTELINE_SITE_URL', () => {
  it('defaults to the preview server and drops a trailing slash', () => {
    expect(siteUrlFromEnv({})).toBe('http://localhost:4173');
    expect(siteUrlFromEnv({ QUOTELINE_SITE_URL: 'https://quotes.example.org/' })).toBe('https://quotes.example.org');
    expect(siteUrlFromEnv({ QUOTELINE_SITE_URL: 'https://example.org/quoteline/' })).toBe('https://example.org/quoteline');
  });

  it('refuses what is not an http(s) address, saying why', () => {
    expect(() => siteUrlFromEnv({ QUOTELINE_SITE_URL: 'quotes.example.org' })).toThrow(/not a URL/);
    expect(() => siteUrlFromEnv({ QUOTELINE_SITE_URL: 'javascript:alert(1)' })).toThrow(/must be http\(s\)/);
    expect(() => siteUrlFromEnv({ QUOTELINE_SITE_URL: 'https://example.org/?a=1' })).toThrow(/no query/);
  });
});
