import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DecodedIndex } from '../../src/core/wire.ts';
import { baseUrl, freshPage, launch } from './browser.ts';
import { fetchIndex } from './corpus-data.ts';

let browser: Browser;
let index: DecodedIndex;

beforeAll(async () => {
  browser = await launch();
  index = await fetchIndex(baseUrl());
});
afterAll(async () => {
  await browser?.close();
});

const views = () => {
  const article = index.articles[0]!;
  return [
    { address: '/', heading: 'Timeline', shows: article.title },
    { address: '/about', heading: 'About this corpus', shows: '1,019' },
    { address: '/speakers', heading: 'Speakers', shows: index.speakers[0]!.name },
    { address: `/articles/${article.id}`, heading: article.title, shows: article.title },
  ];
};

describe('pages built ahead of time', () => {
  it('can be read before any script runs: the timeline, the About page, the speakers, an article', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const view of views()) {
      await page.goto(`${baseUrl()}${view.address}`);
      expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toBe(view.heading);
      expect(await page.locator('main').textContent()).toContain(view.shows);
    }
    // The timeline's first screen, with its lead quotes, and links that work without the app.
    await page.goto(`${baseUrl()}/`);
    expect(await page.locator('article[data-article-id]').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('article blockquote').count()).toBeGreaterThan(0);
    await page.locator('article[data-article-id] h3 a').first().click();
    await page.waitForURL(`${baseUrl()}/articles/${index.articles[0]!.id}`);
    expect(await page.locator('mark[data-quote-id]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('are taken over by the app as they are, not built again, with nothing going wrong', async () => {
    for (const view of views()) {
      const { page, problems } = await freshPage(browser, { width: 412 });
      // The heading the page arrived with; if the app rebuilt the page, the one on screen afterwards is another.
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          (window as unknown as { arrived: Element | null }).arrived = document.querySelector('h1');
        });
      });
      await page.goto(`${baseUrl()}${view.address}`);
      expect(await page.evaluate(() => (window as unknown as { arrived: Element | null }).arrived === document.querySelector('h1'))).toBe(true);
      expect(problems).toEqual([]);
    }
  });

  it('are not given to an address they do not show: filtered lists and other views get the app', async () => {
    const html = async (address: string) => (await fetch(`${baseUrl()}${address}`, { headers: { accept: 'text/html' } })).text();
    const article = index.articles[0]!;
    expect(await html('/')).toContain('data-view="/"');
    expect(await html(`/articles/${article.id}`)).toContain(`data-view="/articles/${article.id}"`);
    // The article's own page, which the app re-renders with the quote marked.
    expect(await html(`/articles/${article.id}?quote=abc`)).toContain(`data-view="/articles/${article.id}"`);
    expect(await html('/speakers')).toContain('data-view="/speakers"');
    for (const address of [`/?speakers=${index.speakers[0]!.id}`, '/speakers?q=bid', `/speakers/${index.speakers[0]!.id}`, '/search?q=president', '/articles/no-such-article-00000000']) {
      const page = await html(address);
      expect(page, address).toContain('<div id="root"></div>');
      expect(page, address).not.toContain('data-view=');
    }
  });

  it('opened at a filtered timeline, show the filtered timeline with nothing going wrong', async () => {
    const speaker = index.speakers.find((s) => s.kind === 'person' && s.articleCount >= 3)!;
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/?speakers=${speaker.id}`);
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`quoting ${speaker.name}`);
    expect(problems).toEqual([]);
  });
});
