import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, zipSync, strToU8 } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR, buildDataFromFolder } from '../../src/pipeline/build-data.ts';
import { hostileCases, writeHostileCorpus } from '../fixtures/hostile-corpus.ts';
import { baseUrl, closeContexts, freshPage, launch } from './browser.ts';

let browser: Browser;
let scratch: string;
/** The hostile corpus and the mixed fixture corpus (under mixed/) in one folder. */
let folder: string;

beforeAll(async () => {
  browser = await launch();
  scratch = await mkdtemp(path.join(tmpdir(), 'quoteline-library-'));
  folder = path.join(scratch, 'my-articles');
  await writeHostileCorpus(folder);
  await cp(path.resolve(import.meta.dirname, '../fixtures/mixed-corpus'), path.join(folder, 'mixed'), { recursive: true });
}, 120_000);
afterEach(closeContexts);
afterAll(async () => {
  await browser?.close();
  await rm(scratch, { recursive: true, force: true });
});

/** Every data file the library stored in IndexedDB, by path, read with the browser's own API. */
function storedFiles(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const request = indexedDB.open('quoteline-library');
        request.onerror = () => reject(new Error(String(request.error)));
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('files')) return resolve({});
          const tx = db.transaction('files');
          const keys = tx.objectStore('files').getAllKeys();
          const values = tx.objectStore('files').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve(Object.fromEntries(keys.result.map((key, i) => [key as string, values.result[i] as string])));
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
  );
}

async function openPage() {
  const watched = await freshPage(browser);
  await watched.page.goto(`${baseUrl()}/open`);
  return watched;
}

const reportCounts = (page: Page) => page.getByTestId('report-counts').textContent({ timeout: 60_000 });

describe('Open your articles: the build, in the browser, on the reader’s own files', () => {
  it('stores, for a folder, exactly the files `npm run publish-data` writes for it: path for path, byte for byte', async () => {
    const { page, problems } = await openPage();
    await page.getByLabel('Choose a folder').setInputFiles(folder);
    await reportCounts(page);
    const stored = await storedFiles(page);
    const built = await buildDataFromFolder(folder);
    expect(Object.keys(stored).sort()).toEqual([...built.files.keys()].sort());
    for (const [file, text] of built.files) expect(stored[file], file).toBe(text);
    // The worker ran under the production Content-Security-Policy, with nothing refused.
    expect(problems).toEqual([]);
  }, 120_000);

  it('opens a zip of hostile files and accounts for every one of them, a file that is not .txt and a 17 MB entry included', async () => {
    const cases = hostileCases();
    const zip = zipSync({
      ...Object.fromEntries(cases.map((c) => [`corpus/${c.file}`, typeof c.bytes === 'string' ? strToU8(c.bytes) : c.bytes])),
      'corpus/notes.pdf': strToU8('%PDF-1.4'),
      'corpus/huge.txt': new Uint8Array(17_000_000),
    });
    const { page, problems } = await openPage();
    await page.getByLabel('Choose files').setInputFiles({ name: 'articles.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    const count = (fate: string) => cases.filter((c) => c.fate === fate).length;
    expect(await reportCounts(page)).toContain(`${cases.length} files read`);
    expect(await reportCounts(page)).toContain(`${count('published')} articles published`);
    expect(await reportCounts(page)).toContain(`${count('skipped')} skipped, ${count('duplicate')} duplicate`);
    const skipped = page.getByRole('list', { name: 'Skipped files' });
    await expect.poll(() => skipped.textContent()).toContain('corpus/impossible-date.txt, line 2: date 20210230 is not a real calendar date');
    expect(await skipped.textContent()).toContain('corpus/mostly-binary.txt: not a text file');
    expect(await skipped.textContent()).toContain('corpus/too-large.txt: too large to be one article');
    expect(await page.getByRole('list', { name: 'Duplicate files' }).textContent()).toContain('corpus/dup-b.txt: the same article as corpus/dup-a.txt');
    const notRead = await page.getByRole('list', { name: 'Files not read' }).textContent();
    expect(notRead).toContain('articles.zip: corpus/notes.pdf: not a .txt file');
    expect(notRead).toContain('articles.zip: corpus/huge.txt: too large to be one article (17.0 MB)');
    // The page stayed whole: the library is stored and can be opened.
    expect(await page.getByRole('link', { name: 'Open your library' }).getAttribute('href')).toBe('/library/');
    expect(problems).toEqual([]);
  }, 120_000);

  it('adds files to the library: a new path joins it, the same path replaces its file, a copy of a stored article is a duplicate', async () => {
    const { page } = await openPage();
    await page.getByLabel('Choose a folder').setInputFiles(path.resolve(import.meta.dirname, '../fixtures/mixed-corpus'));
    const before = await reportCounts(page);
    const good = await readFile(path.resolve(import.meta.dirname, '../fixtures/mixed-corpus/good-one.txt'), 'utf8');
    const fixed = 'Now a real article\n20210301\nhttps://example.org/fixed\n"It works now," the fixer said.\n';
    await page.getByLabel('Add more files').setInputFiles([
      { name: 'copy-of-good.txt', mimeType: 'text/plain', buffer: Buffer.from(good) },
      { name: 'no-date.txt', mimeType: 'text/plain', buffer: Buffer.from(fixed) },
    ]);
    await expect.poll(() => reportCounts(page)).not.toBe(before);
    const files = Number(/^(\d+) files/.exec(before ?? '')?.[1]);
    expect(await reportCounts(page)).toContain(`${files + 1} files read`);
    expect(await page.getByRole('list', { name: 'Duplicate files' }).textContent()).toContain('copy-of-good.txt');
    expect(await page.getByRole('list', { name: 'Skipped files' }).textContent()).not.toContain('no-date.txt');
    const stored = await storedFiles(page);
    expect(Object.values(stored).some((json) => json.includes('It works now'))).toBe(true);
  }, 120_000);

  it('cancels a run: the progress shows files done of the total and the current file, and nothing is stored', async () => {
    const { page } = await openPage();
    await page.getByLabel('Choose a folder').setInputFiles(DEFAULT_CORPUS_DIR);
    const progress = page.getByRole('progressbar', { name: 'Analysing your articles' });
    await progress.waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('progress-text').textContent()).toMatch(/of 1,0\d\d files/);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Cancelled' }).isVisible()).toBe(true);
    expect(await storedFiles(page)).toEqual({});
    // Nothing stored: no library to open or export.
    expect(await page.getByRole('link', { name: 'Open your library' }).count()).toBe(0);
  }, 120_000);

  it('exports the library as a zip of its published data (data/v3/…), the files it stores', async () => {
    const { page } = await openPage();
    await page.getByLabel('Choose a folder').setInputFiles(path.resolve(import.meta.dirname, '../fixtures/mixed-corpus'));
    await reportCounts(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Export/ }).click()]);
    const zipPath = path.join(scratch, 'export.zip');
    await download.saveAs(zipPath);
    const entries = unzipSync(new Uint8Array(await readFile(zipPath)));
    const stored = await storedFiles(page);
    expect(Object.keys(entries).sort()).toEqual(Object.keys(stored).sort());
    expect(Object.keys(entries)).toContain('data/v3/manifest.json');
    for (const [file, bytes] of Object.entries(entries)) expect(new TextDecoder().decode(bytes), file).toBe(stored[file]);
  }, 120_000);
});
