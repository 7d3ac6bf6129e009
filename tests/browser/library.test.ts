import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltCorpus, InputFile } from '../../src/core/publish.ts';
import { buildDataFromFolder } from '../../src/pipeline/build-data.ts';
import { baseUrl, closeContexts, freshPage, launch } from './browser.ts';

const article = (path: string, title: string, date: string, url: string, sentences: string[]): InputFile => ({
  path,
  text: `${title}\n${date}\n${url}\n${sentences.join('\n')}\n`,
});

/** A reader's own folder: nothing in it is in the bundled corpus, one file is malformed and one repeats another. */
const readersFolder = [
  article('harbour/bridge.txt', 'Lakeside council approves the harbour bridge', '20240312', 'https://news.example.org/harbour-bridge', [
    'The Lakeside council voted on Tuesday to build a bridge across the harbour.',
    '"The bridge will open before the next winter," Mayor Ana Lopez said.',
  ]),
  article('harbour/ferry.txt', 'Ferry service ends as the bridge opens', '20241105', 'https://news.example.org/ferry-ends', [
    'The last ferry crossed the harbour on Monday.',
    '"We carried four generations of this town," captain Ingrid Moss said.',
    '"The bridge is a promise kept," Mayor Ana Lopez told reporters.',
  ]),
  article('orchard/frost.txt', 'Late frost damages the apple orchards', '20240420', 'https://news.example.org/orchard-frost', [
    'A late frost damaged most of the apple blossoms in the valley.',
    '"We lost half of the harvest in one night," grower Paul Okafor said.',
  ]),
  article('broken/bad-date.txt', 'An article with an impossible date', '20240230', 'https://news.example.org/bad-date', ['Nothing here.']),
  article('zz-copies/bridge-again.txt', 'Lakeside council approves the harbour bridge', '20240312', 'https://news.example.org/harbour-bridge', [
    '"A copy of the same story," the editor said.',
  ]),
];

let browser: Browser;
let scratch: string;
/** The reader's folder on disk, as they would pick it. */
let folder: string;
/** What `npm run publish-data` makes of it: what the library must show. */
let built: BuiltCorpus;

beforeAll(async () => {
  browser = await launch();
  scratch = await mkdtemp(path.join(tmpdir(), 'quoteline-library-app-'));
  folder = path.join(scratch, 'my-articles');
  for (const file of readersFolder) {
    await mkdir(path.dirname(path.join(folder, file.path)), { recursive: true });
    await writeFile(path.join(folder, file.path), file.text);
  }
  built = (await buildDataFromFolder(folder)).built;
});
afterEach(closeContexts);
afterAll(async () => {
  await browser?.close();
  await rm(scratch, { recursive: true, force: true });
});

const ready = (page: Page) => page.waitForFunction(() => document.documentElement.dataset.app === 'ready');

/** What axe finds wrong on the page as it is now (WCAG 2.2 AA), one line per rule. */
async function accessibilityProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
}

describe("the reader's library", () => {
  it('is empty on a new device, and says where to open articles', async () => {
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/library/`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Your library is empty');
    expect(await page.locator('main').getByRole('link', { name: 'Open your articles' }).getAttribute('href')).toBe('/library/open');
    expect(await page.locator('header summary').textContent()).toContain('Your library');
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('is read, filtered, searched, kept across a reload, linked to and deleted like the bundled corpus', async () => {
    const { page, problems } = await freshPage(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    // The reader opens their folder (the Open view), then their library.
    await page.goto(`${baseUrl()}/library/open`);
    await page.getByLabel('Choose a folder').setInputFiles(folder);
    await page.getByTestId('report-counts').waitFor({ timeout: 60_000 });
    await page.getByRole('link', { name: 'Open your library' }).click();
    await page.waitForURL(`${baseUrl()}/library/`);
    await ready(page);

    // The timeline is the library's: its articles, under its own address, and the header says which corpus.
    const status = page.getByRole('status').first();
    await expect.poll(() => status.textContent()).toContain(`${built.index.articles.length} articles`);
    const cards = () => page.locator('article[data-article-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-article-id')));
    expect((await cards()).sort()).toEqual(built.index.articles.map((a) => a.id).sort());
    expect(await page.locator('header summary').textContent()).toContain('Your library');

    // Filter by a speaker: only her articles, the filter in the library's address.
    const mayor = built.index.speakers.find((s) => s.name === 'Ana Lopez')!;
    await page.getByRole('checkbox', { name: /^Ana Lopez/ }).first().check();
    await expect.poll(() => new URL(page.url()).searchParams.get('speakers')).toBe(mayor.id);
    expect(new URL(page.url()).pathname).toBe('/library/');
    await expect.poll(() => status.textContent()).toContain(`${mayor.articleCount} article`);

    // Read a quote in the reader, and copy its link: a link into the library, which says where it works.
    const ferry = built.articles.find((a) => a.title.startsWith('Ferry'))!;
    const quote = ferry.quotes.find((q) => q.speaker?.id === mayor.id)!;
    await page.getByRole('link', { name: ferry.title }).first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/library/articles/${ferry.id}`);
    await page.goto(`${baseUrl()}/library/articles/${ferry.id}?quote=${quote.id}`);
    const panel = page.locator('section[aria-labelledby="selected-quote-title"]');
    await expect.poll(() => panel.getByTestId('selected-quote-speakers').textContent()).toContain('Ana Lopez');
    expect(await panel.locator('blockquote').textContent()).toContain('The bridge is a promise kept');
    await panel.getByRole('button', { name: 'Copy link to quote' }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toContain('work on this device only');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The quote's share address, in the library: it finds the quote's article through the library's own lookup.
    expect(copied).toBe(`${baseUrl()}/library/quotes/${quote.id}`);

    // The link opens in another tab of this browser, from its address alone, at the quote in its article.
    const tab = await page.context().newPage();
    await tab.goto(copied);
    await ready(tab);
    await expect.poll(() => `${new URL(tab.url()).pathname}${new URL(tab.url()).search}`).toBe(`/library/articles/${ferry.id}?quote=${quote.id}`);
    await expect.poll(() => tab.locator('[data-testid="selected-quote-speakers"]').textContent()).toContain('Ana Lopez');

    // Search finds the library's words, not the bundled corpus's.
    await page.goto(`${baseUrl()}/library/`);
    await page.getByRole('searchbox', { name: 'Search quotes and articles' }).fill('harvest');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/library/search');
    await expect.poll(() => page.locator('main').textContent()).toContain('We lost half of the harvest in one night');

    // A reload keeps it: it lives on this device.
    await page.reload();
    await expect.poll(() => page.locator('main').textContent()).toContain('We lost half of the harvest in one night');

    // Its About page: the space it takes and every file's fate, then Delete, confirmed.
    await page.goto(`${baseUrl()}/library/about`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('About your library');
    await expect.poll(() => page.getByTestId('library-bytes').textContent()).toMatch(/\d[\d,]* bytes\): \d+ data files, 5 source files/);
    const { counts } = built.report;
    await expect.poll(() => page.getByTestId('library-report-counts').textContent()).toContain(
      `${counts.files} files opened: ${counts.published} published, ${counts.skipped} skipped, ${counts.duplicates} duplicate`,
    );
    const skipped = page.getByRole('list', { name: 'Skipped files in your library' });
    expect(await skipped.textContent()).toContain('broken/bad-date.txt, line 2: date 20240230 is not a real calendar date');
    const duplicates = await page.getByRole('list', { name: 'Duplicate files in your library' }).textContent();
    expect(duplicates).toMatch(/zz-copies\/bridge-again\.txt repeats \S*harbour\/bridge\.txt/);
    await page.getByRole('button', { name: 'Delete your library…' }).click();
    // The question takes the focus, on the answer that keeps the library.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Keep it');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.waitForURL(`${baseUrl()}/library/`);
    await ready(page);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Your library is empty');
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Your library is empty');
    expect(problems).toEqual([]);
  });
});

describe('the switch between the bundled corpus and the library', () => {
  it('says which corpus the reader is in and leads to the other and to opening articles', async () => {
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/`);
    const summary = page.locator('header summary');
    expect(await summary.textContent()).toContain('Bundled corpus');
    // By keyboard: the switch is a disclosure, opened with Enter.
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('header').getByRole('link', { name: 'Open your articles' }).getAttribute('href')).toBe('/library/open');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.locator('header').getByRole('link', { name: 'Switch to your library' }).click();
    await page.waitForURL(`${baseUrl()}/library/`);
    await ready(page);
    expect(await page.locator('header summary').textContent()).toContain('Your library');
    expect(problems).toEqual([]);
  });

  it('takes no row of its own in the header on a 390 px phone', async () => {
    const { page } = await freshPage(browser, { width: 390 });
    await page.goto(`${baseUrl()}/`);
    const corpusSwitch = (await page.locator('header summary').boundingBox())!;
    const others = await page
      .locator('header')
      .locator('input, select, button')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ y: r.y, height: r.height })));
    const middle = corpusSwitch.y + corpusSwitch.height / 2;
    // Beside a control that was there before it: the header is as tall as it was without it.
    expect(others.some((box) => box.y <= middle && middle <= box.y + box.height)).toBe(true);
  });
});
