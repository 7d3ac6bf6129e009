import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { XSS_TITLE } from '../fixtures/hostile-corpus.ts';
import { fetchIndex } from '../../src/pipeline/served-data.ts';
import type { DecodedIndex } from '../../src/core/wire.ts';
import { baseUrl, closeContexts, formatCount, freshPage, hostileUrl, launch } from './browser.ts';

let browser: Browser;
let index: DecodedIndex;

beforeAll(async () => {
  browser = await launch();
  index = await fetchIndex(hostileUrl());
});
afterEach(closeContexts);
afterAll(async () => {
  await browser?.close();
});

const pwned = (page: import('playwright-core').Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);

describe('a hostile corpus in the browser', () => {
  it('shows markup in titles and sentences as inert text', async () => {
    const { page, problems } = await freshPage(browser);
    await page.goto(`${hostileUrl()}/?to=2021-01-01`);
    await expect.poll(() => page.getByText(XSS_TITLE).first().isVisible()).toBe(true);
    const article = index.articles.find((a) => a.title === XSS_TITLE)!;
    await page.goto(`${hostileUrl()}/articles/${article.id}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(XSS_TITLE);
    expect(await page.locator('main img, main script, main iframe').count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain('<script>window.__pwned=1</script>');
    expect(await pwned(page)).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('never turns a javascript: or data: URL into a link', async () => {
    for (const title of ['Script link', 'Data link']) {
      const article = index.articles.find((a) => a.title === title)!;
      const { page } = await freshPage(browser);
      await page.goto(`${hostileUrl()}/articles/${article.id}`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
      const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.filter((h) => /^(javascript|data):/i.test(h))).toEqual([]);
      expect(await page.locator('main').textContent()).toMatch(/source: (javascript|data):/);
    }
  });

  it('renders the 10,000-line article and the 1 MB line', async () => {
    for (const title of ['A very long article', 'A very long line']) {
      const article = index.articles.find((a) => a.title === title)!;
      const { page, problems } = await freshPage(browser);
      await page.goto(`${hostileUrl()}/articles/${article.id}`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toBe(title);
      expect(await page.locator('mark[data-quote-id]').count()).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    }
  });
});

describe('content security policy', () => {
  it('serves the production build with a strict policy and no view violates it', async () => {
    const response = await fetch(`${baseUrl()}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    const seed = await fetchIndex(baseUrl());
    const { page, problems } = await freshPage(browser);
    for (const path of ['/', `/articles/${seed.articles[0]!.id}`, '/about', '/articles/unknown-00000000', '/?speakers=%3Cscript%3E&from=notadate']) {
      await page.goto(`${baseUrl()}${path}`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).first().isVisible()).toBe(true);
    }
    expect(problems).toEqual([]);
  });
});

describe('malformed deep links', () => {
  it('drop bad params, clean the URL and show a sensible view', async () => {
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/?speakers=%3Cscript%3E&from=notadate&to=2021-02-30`);
    const bundled = await fetchIndex(baseUrl());
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`${formatCount(bundled.articles.length)} articles`);
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(problems).toEqual([]);
  });

  it('drop a quote param that cannot be a quote id and show the article', async () => {
    const seed = await fetchIndex(baseUrl());
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/articles/${seed.articles[0]!.id}?quote=999999`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(seed.articles[0]!.title);
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(problems).toEqual([]);
  });
});
