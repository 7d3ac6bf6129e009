import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DecodedIndex } from '../../src/core/wire.ts';
import { baseUrl, closeContexts, formatCount, freshPage, launch, newContext } from './browser.ts';
import { fetchIndex } from '../../src/pipeline/served-data.ts';

let browser: Browser;
let index: DecodedIndex;

beforeAll(async () => {
  browser = await launch();
  index = await fetchIndex(baseUrl());
});
afterEach(closeContexts);
afterAll(async () => {
  await browser?.close();
});

const views = () => {
  const article = index.articles[0]!;
  const speaker = index.speakers[0]!;
  return [
    { address: '/', heading: 'Timeline', shows: article.title },
    { address: '/about', heading: 'About this corpus', shows: formatCount(index.articles.length) },
    { address: '/speakers', heading: 'Speakers', shows: index.speakers[0]!.name },
    { address: `/articles/${article.id}`, heading: article.title, shows: article.title },
    { address: `/speakers/${speaker.id}`, heading: speaker.name, shows: 'Quotes, newest first' },
  ];
};

describe('pages built ahead of time', () => {
  it('can be read before any script runs: the timeline, the About page, the speakers, an article, a speaker', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    for (const view of views()) {
      await page.goto(`${baseUrl()}${view.address}`);
      expect(await page.getByRole('heading', { level: 1, name: view.heading, exact: true }).count()).toBe(1);
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
    expect(await html(`/speakers/${index.speakers[0]!.id}`)).toContain(`data-view="/speakers/${index.speakers[0]!.id}"`);
    for (const address of [`/?speakers=${index.speakers[0]!.id}`, '/speakers?q=bid', '/search?q=president', '/articles/no-such-article-00000000', '/speakers/no-such-speaker']) {
      const page = await html(address);
      expect(page, address).toContain('<div id="root">');
      expect(page, address).toContain('>Loading…</p></main>');
      expect(page, address).not.toContain('data-view=');
    }
  });

  it('paint the app shell before the app runs: the frame, a loading status, and links that work', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/search?q=president`);
    expect(await page.getByRole('status').textContent()).toBe('Loading…');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Speakers' }).click();
    await page.waitForURL(`${baseUrl()}/speakers`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Speakers');
    await context.close();
  });

  it('replace the app shell with the view once the app runs, with nothing going wrong', async () => {
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/search?q=president`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Search: “president”');
    expect(await page.getByText('Loading…').count()).toBe(0);
    expect(await page.locator('header').count()).toBe(1);
    expect(await page.locator('main').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('opened at a filtered timeline, show the filtered timeline with nothing going wrong', async () => {
    const speaker = index.speakers.find((s) => s.kind === 'person' && s.articleCount >= 3)!;
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/?speakers=${speaker.id}`);
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`quoting ${speaker.name}`);
    expect(problems).toEqual([]);
  });
});
