import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_PAGE } from '../../src/app/features/search/lib/search-view.ts';
import { DATA_ROOT } from '../../src/core/schema.ts';
import { baseUrl, closeContexts, freshPage, launch } from './browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterEach(closeContexts);
afterAll(async () => {
  await browser?.close();
});

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).first();
const headerSearch = (page: Page) => page.getByRole('search', { name: 'Quotes and articles' }).getByRole('searchbox', { name: 'Search quotes and articles' });
const quoteResults = (page: Page) => page.getByRole('list', { name: 'Matching quotes', exact: true }).getByRole('listitem');
const articleResults = (page: Page) => page.getByRole('list', { name: 'Matching articles', exact: true }).getByRole('listitem');
/** The first search loads the index (a few MB): allow for it on a busy machine. */
const LOAD = { timeout: 15_000 };
const isSearchData = (url: string) => new URL(url).pathname.startsWith(`/${DATA_ROOT}/search/`);
/**
 * Quote results show their words once their article's file is in, fetched as each comes near the screen: scroll
 * through them as a reader would, back to the top, and wait for every one.
 */
const quotesShown = async (page: Page) => {
  const items = quoteResults(page);
  // the results first, then their words: counting before they render would wait on nothing
  await expect.poll(() => items.count(), LOAD).toBeGreaterThan(0);
  for (let i = 0, n = await items.count(); i < n; i++) await items.nth(i).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => page.locator('[aria-label="Matching quotes"] [aria-busy="true"]').count(), LOAD).toBe(0);
};
/** The first `n` quote results show their words: those on the first screen, which load without scrolling. */
const firstQuotesShown = (page: Page, n: number) =>
  expect.poll(() => page.locator('[aria-label="Matching quotes"] > li').evaluateAll((items, k) => items.slice(0, k).every((li) => li.hasAttribute('data-quote-id')), n), LOAD).toBe(true);

describe('search', () => {
  it('finds quotes and articles from the header, highlights the words, narrows by speaker and opens a quote', async () => {
    const { page, problems } = await freshPage(browser);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${baseUrl()}/about`);
    await expect.poll(() => heading(page).isVisible()).toBe(true);

    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.closest('header') !== null && document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.type('ransomware');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/search');
    expect(new URL(page.url()).searchParams.get('q')).toBe('ransomware');
    await expect.poll(() => quoteResults(page).count(), LOAD).toBeGreaterThan(1);
    expect(await articleResults(page).count()).toBeGreaterThan(0);
    expect(requested.some(isSearchData)).toBe(true);
    await quotesShown(page);

    // Every quote result shows the word it matched, marked.
    const quoteMarks = await quoteResults(page).evaluateAll((items) => items.map((li) => [...li.querySelectorAll('mark')].map((m) => m.textContent?.toLowerCase())));
    for (const marks of quoteMarks) expect(marks).toContain('ransomware');
    // An article result says which words it matched (its body is searched, not shown).
    for (const text of await articleResults(page).allTextContents()) expect(text).toContain('matches ransomware');

    // Narrow by the first speaker facet: its count is the number of quotes left, all by that speaker.
    const facets = page.getByRole('group', { name: 'Speakers quoted' });
    const first = facets.getByRole('listitem').first();
    const name = (await first.locator('.truncate').textContent())!;
    const count = Number((await first.locator('.tabular-nums').textContent())!.match(/\d+/)![0]);
    const before = await quoteResults(page).count();
    expect(count).toBeLessThan(before);
    await first.getByRole('checkbox').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('speakers')).toMatch(/^[a-z0-9-]+$/);
    await expect.poll(() => quoteResults(page).count()).toBe(count);
    for (const speaker of await quoteResults(page).locator('p > span.inline-flex').allTextContents()) expect(speaker).toContain(name);

    // Open a quote: the article opens at that quote.
    await quotesShown(page);
    const result = quoteResults(page).first();
    const quoteId = await result.getAttribute('data-quote-id');
    const title = await result.locator('cite').textContent();
    await result.getByRole('link').click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/articles\//);
    expect(new URL(page.url()).searchParams.get('quote')).toBe(quoteId);
    await expect.poll(() => heading(page).textContent()).toBe(title);
    expect(problems).toEqual([]);
  });

  it('opens a search deep link in a fresh tab, with its query in the box and its facets applied', async () => {
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/search?q=ransomware`);
    await expect.poll(() => quoteResults(page).count(), LOAD).toBeGreaterThan(1);
    expect(await headerSearch(page).inputValue()).toBe('ransomware');
    const facet = page.getByRole('group', { name: 'Speakers quoted' }).getByRole('listitem').first();
    const speakerName = (await facet.locator('.truncate').textContent())!;
    await facet.getByRole('checkbox').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('speakers')).not.toBeNull();
    const link = page.url();

    const fresh = await freshPage(browser);
    await fresh.page.goto(link);
    await expect.poll(() => quoteResults(fresh.page).count(), LOAD).toBeGreaterThan(0);
    expect(await fresh.page.getByRole('checkbox', { name: new RegExp(speakerName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).isChecked()).toBe(true);
    expect(await headerSearch(fresh.page).inputValue()).toBe('ransomware');
    expect(problems).toEqual([]);
    expect(fresh.problems).toEqual([]);
  });

  it('tolerates a typo and finds by prefix', async () => {
    const { page } = await freshPage(browser);
    await page.goto(`${baseUrl()}/search?q=ransomwear`);
    await expect.poll(() => quoteResults(page).count(), LOAD).toBeGreaterThan(0);
    await quotesShown(page);
    expect((await quoteResults(page).first().locator('mark').first().textContent())?.toLowerCase()).toBe('ransomware');
    await headerSearch(page).fill('ransomw');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('ransomw');
    // "ransomw" is a prefix of "ransomware", and one typo away from "ransom": both are found and marked.
    await expect.poll(() => quoteResults(page).locator('mark').allTextContents()).toEqual(expect.arrayContaining(['ransom', 'ransomware']));
  });

  it('narrows by date range from the URL', async () => {
    const { page } = await freshPage(browser);
    await page.goto(`${baseUrl()}/search?q=ransomware`);
    await expect.poll(() => quoteResults(page).count(), LOAD).toBeGreaterThan(1);
    const dates = await page.locator('[data-search-results] time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    const sorted = [...new Set(dates)].sort();
    expect(sorted.length).toBeGreaterThan(1); // else the range below would narrow nothing
    const from = sorted[sorted.length - 1]!;
    await page.goto(`${baseUrl()}/search?q=ransomware&from=${from}`);
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`from ${from}`);
    const after = await page.locator('[data-search-results] time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(dates.length);
    for (const d of after) expect(d >= from).toBe(true);
  });

  it('answers each query typed in the header in place, with its own results and address', async () => {
    // How fast: `npm run bench:search` and `npm run bench` print it; a test asserts what the reader sees.
    const { page } = await freshPage(browser);
    await page.goto(`${baseUrl()}/search?q=president`);
    const results = page.locator('[data-search-results]');
    await expect.poll(() => results.getAttribute('data-search-q'), LOAD).toBe('president');
    for (const q of ['climate change', 'putin ukraine', 'infrastructure', 'vaccine']) {
      await headerSearch(page).fill(q);
      await expect.poll(() => results.getAttribute('data-search-q')).toBe(q);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`Search: “${q}”`);
      expect(new URL(page.url()).searchParams.get('q')).toBe(q);
      await expect.poll(() => page.locator('[data-search-results] ol > li').count()).toBeGreaterThan(0);
    }
  });

  it('costs the timeline nothing: the timeline never requests the search data, and / focuses the header search there', async () => {
    const { page } = await freshPage(browser);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${baseUrl()}/`);
    await expect.poll(() => heading(page).textContent()).toBe('Timeline');
    await page.mouse.wheel(0, 3000);
    await page.waitForLoadState('networkidle');
    expect(requested.some((u) => u.includes('/data/'))).toBe(true); // the timeline did load its own data
    expect(requested.filter(isSearchData)).toEqual([]);
    // "/" focuses the header's search box here too, not the timeline's own speaker search.
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.closest('header') !== null && document.activeElement?.getAttribute('type'))).toBe('search');
  });

  it('downloads only the index shards its words need', async () => {
    const { page } = await freshPage(browser);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${baseUrl()}/search?q=ransomware`);
    await page.waitForSelector('[data-search-results][data-search-ms]');
    const shards = requested.filter(isSearchData).map((u) => new URL(u).pathname.split('/').pop() ?? '').filter((f) => !f.startsWith('meta'));
    expect(shards.length).toBe(1);
    expect(shards[0]).toMatch(/^r\./);
  });

  it('shows the view at once, and its results when the search data has arrived', async () => {
    const { page, problems } = await freshPage(browser, { serviceWorkers: 'block' });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route((url) => isSearchData(url.href), async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${baseUrl()}/search?q=ransomware`);
    expect(await heading(page).textContent()).toBe('Search: “ransomware”');
    expect(await page.getByRole('status').first().textContent()).toBe('Searching…');
    expect(await page.locator('[data-search-results]').getAttribute('aria-busy')).toBe('true');
    expect(await page.getByRole('group', { name: 'Date range' }).count()).toBeGreaterThan(0); // the filters are there already
    release();
    await expect.poll(() => quoteResults(page).count(), LOAD).toBeGreaterThan(0);
    expect(await page.locator('[data-search-results]').getAttribute('aria-busy')).toBe('false');
    expect(await page.getByRole('status').first().textContent()).toMatch(/^\d+ quotes? and \d+ articles?/);
    expect(problems).toEqual([]);
  });

  it('does not move the results while their quotes fill in, on a phone or a desktop', async () => {
    for (const width of [412, 1280]) {
      const { page } = await freshPage(browser, { width });
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { shifts: number[] }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${baseUrl()}/search?q=president`);
      await expect.poll(() => quoteResults(page).count(), LOAD).toBeGreaterThan(4);
      await firstQuotesShown(page, 4);
      expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts), `${width} px`).toEqual([]);
    }
  });

  it('shows a long quote from a little before its first matched word, within the lines a result shows', async () => {
    const { page } = await freshPage(browser);
    await page.goto(`${baseUrl()}/search?q=president`);
    await quotesShown(page);
    const shown = await page.locator('[aria-label="Matching quotes"] li[data-quote-id] > a').evaluateAll((links) =>
      links.map((a) => ({ text: a.textContent ?? '', markBottom: a.querySelector('mark')?.getBoundingClientRect().bottom ?? 0, bottom: a.getBoundingClientRect().bottom })),
    );
    expect(shown.length).toBeGreaterThan(4);
    for (const { text, markBottom, bottom } of shown) {
      expect(text).toMatch(/president/i);
      expect(markBottom).toBeGreaterThan(0);
      expect(markBottom).toBeLessThanOrEqual(bottom); // the first match is within the lines shown
    }
  });

  it('on a phone, puts the results first and folds the filters behind a button', async () => {
    const { page } = await freshPage(browser, { width: 412 });
    await page.goto(`${baseUrl()}/search?q=ransomware`);
    await expect.poll(() => quoteResults(page).count(), LOAD).toBeGreaterThan(0);
    const filters = page.getByRole('complementary', { name: 'Narrow the results' });
    const toggle = page.getByRole('button', { name: 'Filters' });
    expect(await filters.isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await filters.isVisible()).toBe(true);
    expect(await filters.getByRole('group', { name: 'Speakers quoted' }).isVisible()).toBe(true);
  });

  it("fetches a quote's words as it comes near the screen, not every result's at once", async () => {
    const { page } = await freshPage(browser, { width: 412 });
    const articleFiles = new Set<string>();
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith(`/${DATA_ROOT}/articles/`)) articleFiles.add(r.url());
    });
    await page.goto(`${baseUrl()}/search?q=president`);
    await expect.poll(() => quoteResults(page).count(), LOAD).toBe(SEARCH_PAGE.quotes);
    await page.getByRole('button', { name: 'Show more quotes' }).click();
    await expect.poll(() => quoteResults(page).count()).toBe(2 * SEARCH_PAGE.quotes);
    await expect.poll(() => page.locator('[aria-label="Matching quotes"] [data-quote-id]').count(), LOAD).toBeGreaterThan(0);
    // Results that have not yet come within a screen of the window wait for it.
    await page.evaluate(() => window.scrollTo(0, 0));
    const shownAtFirst = await quoteResults(page).count();
    expect(await page.locator('[aria-label="Matching quotes"] [aria-busy="true"]').count()).toBeGreaterThan(0);
    expect(articleFiles.size).toBeLessThan(shownAtFirst);
    await quotesShown(page); // scrolling down the list, each result fetches its quote as it comes near
    expect(await page.locator('[aria-label="Matching quotes"] [data-quote-id]').count()).toBe(shownAtFirst);
  });

  it('has no axe violation on the search view, light or dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page } = await freshPage(browser, { colorScheme: scheme });
      const found: string[] = [];
      for (const path of ['/search?q=ransomware', '/search', '/search?q=zzzzqqqq']) {
        await page.goto(`${baseUrl()}${path}`);
        await expect.poll(() => page.locator('[data-search-results][data-search-ms]').isVisible(), LOAD).toBe(true);
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(result.passes.length).toBeGreaterThan(10);
        for (const v of result.violations) found.push(`${scheme} ${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
      }
      expect(found).toEqual([]);
    }
  }, 90_000);
});
