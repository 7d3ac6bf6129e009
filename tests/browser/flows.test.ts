import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PublishedArticle } from '../../src/core/schema.ts';
import { fetchArticle, fetchIndex } from '../../src/pipeline/served-data.ts';
import type { DecodedIndex } from '../../src/core/wire.ts';
import { baseUrl, closeContexts, formatCount, freshPage, launch } from './browser.ts';

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

async function articleData(id: string): Promise<PublishedArticle> {
  return fetchArticle(baseUrl(), index, id);
}

describe('timeline', () => {
  it('lists the whole bundled corpus, newest first, grouped by day', async () => {
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/`);
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`${formatCount(index.articles.length)} articles`);
    const firstCard = page.locator('article[data-article-id]').first();
    await expect.poll(() => firstCard.getAttribute('data-article-id')).toBe(index.articles[0]?.id);
    const firstDay = await page.locator('h2 time').first().getAttribute('datetime');
    expect(firstDay).toBe(index.corpus.to);
    expect(problems).toEqual([]);
  });

  it('narrows to one speaker, puts the choice in the URL, and survives a reload in a fresh tab', async () => {
    const speaker = index.speakers.find((s) => s.kind === 'person' && s.articleCount >= 3)!;
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('checkbox', { name: new RegExp(`^${speaker.name}`) }).first().check();
    await expect.poll(() => new URL(page.url()).searchParams.get('speakers')).toBe(speaker.id);
    const status = page.getByRole('status').first();
    await expect.poll(() => status.textContent()).toContain(`${speaker.articleCount} article`);
    const ids = await page.locator('article[data-article-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-article-id')));
    const expected = new Set(index.articles.filter((a) => a.speakers.includes(speaker.id)).map((a) => a.id));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(expected.has(id as never)).toBe(true);

    const again = await freshPage(browser);
    await again.page.goto(page.url());
    await expect.poll(() => again.page.getByRole('status').first().textContent()).toContain(`${speaker.articleCount} article`);
    expect(await again.page.getByRole('checkbox', { name: new RegExp(`^${speaker.name}`) }).first().isChecked()).toBe(true);
    expect([...problems, ...again.problems]).toEqual([]);
  });

  it('opens a date-range link directly and shows only articles in the range', async () => {
    const { page } = await freshPage(browser);
    await page.goto(`${baseUrl()}/?from=2021-12-01&to=2021-12-31`);
    const inRange = index.articles.filter((a) => a.date >= '2021-12-01' && a.date <= '2021-12-31');
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`${inRange.length} article`);
    const dates = await page.locator('article[data-article-id] time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d >= '2021-12-01' && d <= '2021-12-31').toBe(true);
    expect(await page.getByLabel('From').inputValue()).toBe('2021-12-01');
  });
});

describe('reader', () => {
  it('opens an article from the timeline with its quotes highlighted and attributed', async () => {
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/`);
    const first = index.articles.find((a) => a.quoteCount > 0)!;
    await page.getByRole('link', { name: first.title, exact: true }).first().click();
    await expect.poll(() => page.url()).toContain(`/articles/${first.id}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(first.title);
    const marks = page.locator('mark[data-quote-id]');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    expect(await marks.first().getAttribute('data-speaker-id')).not.toBeNull();
    expect(problems).toEqual([]);
  });

  it('opens a quote deep link in a fresh tab, scrolled to the quote and marked', async () => {
    const seed = index.articles.find((a) => a.title.startsWith('Biden Putin hold video call'))!;
    const article = await articleData(seed.id);
    const quote = article.quotes[article.quotes.length - 1]!;
    const { page, problems } = await freshPage(browser, { width: 800 });
    await page.goto(`${baseUrl()}/articles/${seed.id}?quote=${quote.id}`);
    const target = page.locator(`mark[data-quote-id="${quote.id}"]`).first();
    await expect.poll(() => target.getAttribute('data-target')).toBe('true');
    await expect.poll(() => target.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await target.boundingBox();
    expect(box && box.y >= 0 && box.y < 900).toBe(true);
    expect(problems).toEqual([]);
  });

  it('links the source only when it is http(s), and opens it safely', async () => {
    const seed = index.articles.find((a) => a.title.startsWith('Biden Putin hold video call'))!;
    const { page } = await freshPage(browser);
    await page.goto(`${baseUrl()}/articles/${seed.id}`);
    const link = page.getByRole('link', { name: /en\.ce\.cn/ });
    expect(await link.getAttribute('href')).toBe('http://en.ce.cn/main/latest/202112/08/t20211208_37153589.shtml');
    expect(await link.getAttribute('rel')).toContain('noopener');
  });
});

describe('not found', () => {
  it('answers an unknown article id with a clear view and a way back', async () => {
    const { page } = await freshPage(browser);
    await page.goto(`${baseUrl()}/articles/no-such-article-12345678`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Article not found');
    await page.getByRole('link', { name: 'Back to the timeline' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Timeline' }).isVisible()).toBe(true);
  });

  it('keeps the article and says so when the quote id is unknown', async () => {
    const seed = index.articles[0]!;
    const { page } = await freshPage(browser);
    await page.goto(`${baseUrl()}/articles/${seed.id}?quote=qzzzzzzzz`);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('no quote with the id');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(seed.title);
  });

  it('answers an unknown path with the not-found view', async () => {
    const { page } = await freshPage(browser);
    await page.goto(`${baseUrl()}/nowhere/at/all`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
  });
});

describe('about', () => {
  it('gives the corpus size, its dates and the Wikinews credit', async () => {
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/about`);
    await expect.poll(() => page.getByTestId('article-count').textContent()).toBe(formatCount(index.articles.length));
    const text = await page.locator('main').textContent();
    expect(text).toContain('Wikinews contributors, en.wikinews.org');
    expect(text).toContain('CC BY 2.5');
    expect(problems).toEqual([]);
  });
});

describe('deep links that do not need the corpus index', () => {
  it('shows a linked quote even when the index never arrives', async () => {
    const seed = index.articles.find((a) => a.title.startsWith('Biden Putin hold video call'))!;
    const article = await fetchArticle(baseUrl(), index, seed.id);
    const quote = article.quotes[0]!;
    const { page } = await freshPage(browser, { serviceWorkers: 'block' });
    await page.route(/\/data\/v\d+\/index\.[^/]+\.json$/, (route) => route.abort());
    await page.goto(`${baseUrl()}/articles/${seed.id}?quote=${quote.id}`);
    await expect.poll(() => page.locator(`mark[data-quote-id="${quote.id}"][data-target="true"]`).count()).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(seed.title);
  });

  it('sends a link whose slug is out of date to the article’s address', async () => {
    const seed = index.articles[3]!;
    const key = seed.id.slice(seed.id.lastIndexOf('-') + 1);
    const { page } = await freshPage(browser);
    await page.goto(`${baseUrl()}/articles/an-old-title-${key}`);
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/articles/${seed.id}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(seed.title);
  });
});
