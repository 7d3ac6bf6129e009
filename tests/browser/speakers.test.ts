import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SpeakerPage } from '../../src/core/schema.ts';
import { fetchIndex, fetchSpeaker } from '../../src/pipeline/served-data.ts';
import type { DecodedIndex } from '../../src/core/wire.ts';
import { baseUrl, closeContexts, freshPage, launch } from './browser.ts';

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

async function speakerData(id: string): Promise<SpeakerPage> {
  return fetchSpeaker(baseUrl(), index, id);
}

describe('speaker directory', () => {
  it('is reached from the main nav and lists every speaker, most quoted first', async () => {
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Speakers' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/speakers');
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`${index.speakers.length.toLocaleString('en')} speakers`);
    const top = [...index.speakers].sort((a, b) => b.quoteCount - a.quoteCount)[0]!;
    const first = page.locator('ul[aria-label="Speakers"] li').first();
    await expect.poll(() => first.locator('[data-speaker-id]').getAttribute('data-speaker-id')).toBe(top.id);
    // Virtualised: a long list renders only what is near the viewport.
    expect(await page.locator('ul[aria-label="Speakers"] li').count()).toBeLessThan(Math.min(index.speakers.length, 200));
    expect(problems).toEqual([]);
  });

  it('searches by name or alias and sorts, with both in the URL', async () => {
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/speakers`);
    await page.getByLabel('Find a speaker').fill('bid');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('bid');
    await page.getByLabel('Sort by').selectOption('name');
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('name');
    const expected = index.speakers
      .filter((s) => s.name.toLowerCase().includes('bid') || s.aliases.some((a) => a.toLowerCase().includes('bid')))
      .map((s) => s.name)
      .sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
    expect(expected).toContain('Joe Biden');
    const rows = page.locator('ul[aria-label="Speakers"] li a');
    await expect.poll(() => rows.allTextContents()).toEqual(expected.slice(0, 30).slice(0, expected.length));
    expect(problems).toEqual([]);
  });

  it('opens a sorted, searched directory link directly in a fresh tab', async () => {
    const { page } = await freshPage(browser);
    await page.goto(`${baseUrl()}/speakers?sort=first&q=harris`);
    expect(await page.getByLabel('Find a speaker').inputValue()).toBe('harris');
    expect(await page.getByLabel('Sort by').inputValue()).toBe('first');
    await expect.poll(() => page.locator('ul[aria-label="Speakers"] li a').allTextContents()).toContain('Kamala Harris');
  });
});

describe('speaker page', () => {
  it('opens directly with the speaker’s quotes newest first, names and roles seen, and who is quoted alongside', async () => {
    const biden = index.speakers.find((s) => s.id === 'joe-biden')!;
    const data = await speakerData('joe-biden');
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/speakers/joe-biden`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Joe Biden');
    expect(await page.getByTestId('speaker-counts').textContent()).toContain(`${biden.quoteCount.toLocaleString('en')} quotes`);
    const dates = await page.locator('ol[aria-label="Quotes by Joe Biden"] h3 time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(1);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(dates[0]).toBe(biden.lastSeen);
    const names = await page.getByRole('list', { name: 'Names seen' }).textContent();
    expect(names).toContain('Biden');
    expect(await page.getByRole('list', { name: 'Roles seen' }).textContent()).toContain('President');
    const withList = page.getByRole('list', { name: 'Quoted in the same articles' });
    expect(await withList.getByRole('link').first().textContent()).toContain(data.quotedWith[0]!.name);
    expect(problems).toEqual([]);
  });

  it('links each quote to its place in the article', async () => {
    const data = await speakerData('joe-biden');
    const quote = data.quotes[0]!;
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/speakers/joe-biden`);
    await page.locator(`li[data-quote-id="${quote.id}"]`).first().getByRole('link', { name: quote.articleTitle }).click();
    await expect.poll(() => page.url()).toContain(`/articles/${quote.articleId}?quote=${quote.id}`);
    const mark = page.locator(`mark[data-quote-id="${quote.id}"]`).first();
    await expect.poll(() => mark.getAttribute('data-target')).toBe('true');
    expect(await mark.getAttribute('data-speaker-id')).toBe('joe-biden');
    expect(problems).toEqual([]);
  });

  it('is reached from a speaker chip on the timeline', async () => {
    const article = index.articles.find((a) => a.speakers.length > 0)!;
    const speaker = index.speakers.find((s) => s.id === article.speakers[0])!;
    const { page } = await freshPage(browser);
    await page.goto(`${baseUrl()}/`);
    const card = page.locator(`article[data-article-id="${article.id}"]`);
    await card.getByRole('list', { name: 'Speakers quoted' }).getByRole('link', { name: speaker.name }).first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/speakers/${speaker.id}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(speaker.name);
  });

  it('answers an unknown speaker id with a clear view and a way back', async () => {
    const { page } = await freshPage(browser);
    await page.goto(`${baseUrl()}/speakers/no-such-speaker-anywhere`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Speaker not found');
    await page.getByRole('link', { name: 'Browse all speakers' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Speakers' }).isVisible()).toBe(true);
  });
});

describe('speaker filter on the timeline', () => {
  it('opens a timeline filtered by two resolved speakers directly, counting articles that quote either', async () => {
    const ids = ['joe-biden', 'vladimir-putin'].filter((id) => index.speakers.some((s) => s.id === id));
    expect(ids).toContain('joe-biden');
    const expected = index.articles.filter((a) => a.speakers.some((s) => ids.includes(s))).length;
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/?speakers=${ids.join(',')}`);
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`${expected.toLocaleString('en')} article`);
    for (const id of ids) {
      const name = index.speakers.find((s) => s.id === id)!.name;
      expect(await page.getByRole('checkbox', { name: new RegExp(`^${name}`) }).first().isChecked()).toBe(true);
    }
    expect(problems).toEqual([]);
  });

  it('goes from a speaker page to their articles on the timeline', async () => {
    const { page } = await freshPage(browser);
    await page.goto(`${baseUrl()}/speakers/joe-biden`);
    await page.getByRole('link', { name: /articles on the timeline/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('speakers')).toBe('joe-biden');
    const biden = index.speakers.find((s) => s.id === 'joe-biden')!;
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`${biden.articleCount} article`);
  });
});

describe('a prolific speaker', () => {
  it('shows quotes past the first data file as the reader asks for more', async () => {
    const top = index.speakers[0]!; // the most quoted speaker has more than one file of quotes
    const firstFile = await fetchSpeaker(baseUrl(), index, top.id);
    expect(firstFile.morePages.length).toBeGreaterThan(0);
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/speakers/${top.id}`);
    const more = page.getByRole('button', { name: /Show more quotes/ });
    // The page shows 50 quotes, and 50 more at each click: enough clicks to pass the end of the first file.
    for (let shown = 50; shown <= firstFile.quotes.length; shown += 50) await more.click();
    await expect.poll(() => page.locator('main ol a[href*="quote="]').count()).toBeGreaterThan(firstFile.quotes.length);
    expect(problems).toEqual([]);
  }, 60_000);
});
