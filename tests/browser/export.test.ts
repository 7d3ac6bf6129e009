import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ExportRow } from '../../src/app/lib/export/rows.ts';
import { quoteSpeakers } from '../../src/core/quote-speakers.ts';
import type { DecodedIndex } from '../../src/core/wire.ts';
import { fetchArticle, fetchIndex } from '../../src/pipeline/served-data.ts';
import { XSS_SENTENCE, XSS_TITLE } from '../fixtures/hostile-corpus.ts';
import { baseUrl, closeContexts, freshPage, hostileUrl, launch } from './browser.ts';

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

/** Click `format` in the view's export control and wait for the file the browser downloads. */
async function download(page: Page, format: 'CSV' | 'JSON Lines'): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('group', { name: 'Export quotes' }).getByRole('button', { name: format }).click()]);
  const path = await file.path();
  return { file, bytes: await readFile(path) };
}

const csvRows = (bytes: Buffer): ExportRow[] => {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<ExportRow>(bytes.toString('utf8').slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
};
const jsonlRows = (bytes: Buffer): ExportRow[] =>
  bytes
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ExportRow);
const quoteIdOf = (link: string) => new URL(link).searchParams.get('quote');

describe('export', () => {
  it('downloads a filtered timeline as CSV: the chosen speaker’s quotes in the articles it lists', async () => {
    const speaker = [...index.speakers].filter((s) => s.kind === 'person' && s.articleCount >= 3 && s.articleCount <= 12).sort((a, b) => b.quoteCount - a.quoteCount)[0]!;
    const articles = index.articles.filter((a) => a.speakers.includes(speaker.id));
    const expected = (await Promise.all(articles.map((a) => fetchArticle(baseUrl(), index, a.id)))).flatMap((article) =>
      article.quotes.filter((q) => quoteSpeakers(q).some((s) => s.id === speaker.id)).map((q) => ({ article, q })),
    );
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/?speakers=${speaker.id}`);
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`${articles.length} article`);

    const { file, bytes } = await download(page, 'CSV');
    expect(file.suggestedFilename()).toBe(`quoteline-timeline-${speaker.id}.csv`);
    const rows = csvRows(bytes);
    expect(rows).toHaveLength(expected.length);
    expect(rows.map((r) => quoteIdOf(r.link))).toEqual(expected.map((e) => e.q.id));
    expect(new Set(rows.map((r) => new URL(r.link).pathname)).size).toBe(articles.length);
    expect(rows.every((r) => r.speaker.split('; ').includes(speaker.name))).toBe(true);
    const first = expected[0]!;
    expect(rows[0]).toMatchObject({ article_title: first.article.title, date: first.article.date, source_url: first.article.url, link: `${baseUrl()}/articles/${first.article.id}?quote=${first.q.id}` });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Downloaded' }).textContent()).toBe(`Downloaded ${expected.length.toLocaleString('en')} quotes as quoteline-timeline-${speaker.id}.csv.`);
    expect(problems).toEqual([]);
  }, 90_000);

  it('downloads a speaker’s page as JSON Lines: as many quotes as the page counts, in its order', async () => {
    const speaker = index.speakers.find((s) => s.id === 'joe-biden')!;
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/speakers/joe-biden`);
    expect(await page.getByTestId('speaker-counts').textContent()).toContain(`${speaker.quoteCount.toLocaleString('en')} quotes`);
    const shown = await page.locator('ol[aria-label="Quotes by Joe Biden"] li[data-quote-id]').evaluateAll((items) => items.map((li) => li.getAttribute('data-quote-id')));

    const { file, bytes } = await download(page, 'JSON Lines');
    expect(file.suggestedFilename()).toBe('quoteline-joe-biden.jsonl');
    const rows = jsonlRows(bytes);
    expect(rows).toHaveLength(speaker.quoteCount);
    expect(rows.slice(0, shown.length).map((r) => quoteIdOf(r.link))).toEqual(shown);
    expect(rows.every((r) => r.speaker.split('; ').includes('Joe Biden'))).toBe(true);
    const firstText = await page.locator('ol[aria-label="Quotes by Joe Biden"] li[data-quote-id] blockquote').first().textContent();
    expect(firstText).toContain(rows[0]!.quote.replace(/\s+/g, ' ').trim().slice(0, 40));
    expect(problems).toEqual([]);
  }, 120_000);

  it('downloads search results as CSV: the matching quotes the view counts, in its order', async () => {
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/search?q=climate`);
    const heading = page.getByRole('heading', { level: 2, name: /^Quotes/ });
    await expect.poll(() => heading.textContent()).toMatch(/\(\d[\d,]*\)/);
    const count = Number((await heading.textContent())!.match(/\(([\d,]+)\)/)![1]!.replace(/,/g, ''));
    const firstShown = page.locator('ol[aria-label="Matching quotes"] li').first();
    await expect.poll(() => firstShown.getAttribute('data-quote-id')).toMatch(/^q[0-9a-z]{8}$/);

    const { file, bytes } = await download(page, 'CSV');
    expect(file.suggestedFilename()).toBe('quoteline-search-climate.csv');
    const rows = csvRows(bytes);
    expect(rows).toHaveLength(count);
    expect(quoteIdOf(rows[0]!.link)).toBe(await firstShown.getAttribute('data-quote-id'));
    expect(rows.some((r) => /climat/i.test(r.quote) || /climat/i.test(r.speaker))).toBe(true);
    expect(problems).toEqual([]);
  }, 90_000);

  it('exports the hostile corpus as the literal text it is, a 1 MB quote and a 10,000-line article included', async () => {
    const hostile = await fetchIndex(hostileUrl());
    const quoteCount = hostile.articles.reduce((n, a) => n + a.quoteCount, 0);
    const { page, problems } = await freshPage(browser);
    await page.goto(`${hostileUrl()}/`);
    const rows = csvRows((await download(page, 'CSV')).bytes);
    expect(rows).toHaveLength(quoteCount);
    expect(rows.find((r) => r.article_title === XSS_TITLE)?.quote).toContain(XSS_SENTENCE.slice(1, XSS_SENTENCE.indexOf(',"')));
    expect(rows.find((r) => r.article_title === 'Script link')?.source_url).toBe('javascript:window.__pwned=1');
    expect(Math.max(...rows.map((r) => r.quote.length))).toBeGreaterThan(1_000_000);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(problems).toEqual([]);
  }, 90_000);
});
