import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { prerenderedViews, PRERENDER_ARTICLES_MAX, renderShell, renderView } from '../../src/app/prerender.tsx';
import { buildDataFromFolder } from '../../src/pipeline/build-data.ts';
import { readoutCorpus, readoutId, stormId } from './readout-corpus.ts';

const fixture = path.resolve(import.meta.dirname, '../fixtures/mixed-corpus');

// What a build writes ahead of time: the app's own views, rendered in Node from the published data.
describe('pages built ahead of time', () => {
  it("are the timeline, the About page, the speakers directory, every article, every speaker and every quote's share page of a corpus this size", async () => {
    const { files, built } = await buildDataFromFolder(fixture);
    const views = prerenderedViews(files);
    expect(built.index.articles.length).toBeLessThanOrEqual(PRERENDER_ARTICLES_MAX);
    expect(built.index.speakers.length).toBeGreaterThan(0);
    const isQuote = (address: string) => address.startsWith('/quotes/');
    expect(views.map((v) => v.address).filter((a) => !isQuote(a))).toEqual([
      '/',
      '/about',
      '/speakers',
      ...built.index.articles.map((a) => `/articles/${a.id}`),
      ...built.index.speakers.map((s) => `/speakers/${s.id}`),
    ]);
    const quotes = built.articles.flatMap((a) => a.quotes.map((q) => ({ address: `/quotes/${q.id}`, file: `quotes/${q.id}.html`, lastmod: a.date })));
    expect(quotes.length).toBeGreaterThan(0);
    expect(views.filter((v) => isQuote(v.address)).sort((a, b) => a.address.localeCompare(b.address))).toEqual(quotes.sort((a, b) => a.address.localeCompare(b.address)));
    expect(views.find((v) => v.address === `/articles/${built.index.articles[0]!.id}`)).toMatchObject({ file: `articles/${built.index.articles[0]!.id}.html`, lastmod: built.index.articles[0]!.date });
  });

  it("render a quote's share page: who said it, the words, its article and the way there, and its preview", async () => {
    const { files, built } = await buildDataFromFolder(fixture);
    const article = built.articles.find((a) => a.quotes.some((q) => q.speaker))!;
    const quote = article.quotes.find((q) => q.speaker)!;
    const { markup, preview } = await renderView(`/quotes/${quote.id}`, files);
    const speaker = built.index.speakers.find((s) => s.id === quote.speaker!.id)!.name;
    expect(markup).toContain(`href="/articles/${article.id}?quote=${quote.id}"`);
    expect(markup).toContain('<blockquote');
    expect(preview.title.startsWith(`${speaker}: “`)).toBe(true);
    expect(preview.description).toContain(article.title);
    expect(preview.card).toMatchObject({ kind: 'quote', id: quote.id, article: article.id, speaker });
    expect(markup).not.toMatch(/<script|style="/);
  });

  it("render a speaker's page with their quotes and the articles they come from", async () => {
    const { files, built } = await buildDataFromFolder(fixture);
    const speaker = [...built.index.speakers].sort((a, b) => b.quoteCount - a.quoteCount)[0]!;
    const page = (await renderView(`/speakers/${speaker.id}`, files)).markup;
    expect(page).toContain('id="speaker-title"');
    expect(page).toContain(speaker.name);
    expect(page.match(/<li[^>]*data-quote-id=/g)?.length).toBe(Math.min(speaker.quoteCount, 50));
    expect(page).not.toMatch(/<script|style="/);
  });

  it("render the app shell: the app's frame with a loading status where the view goes", async () => {
    const { files } = await buildDataFromFolder(fixture);
    const shell = await renderShell(files);
    expect(shell).toContain('Skip to content');
    expect(shell).toContain('aria-label="Main"'); // the navigation works before the app does
    expect(shell).toMatch(/<main[^>]*><p role="status"[^>]*>Loading…<\/p><\/main>/);
    // The same footer as every view's, credits included.
    const footer = (markup: string) => /<footer[\s\S]*<\/footer>/.exec(markup)?.[0];
    expect(footer(shell)).toBe(footer((await renderView('/', files)).markup));
    expect(shell).not.toContain('not-found-title');
    expect(shell).not.toContain('aria-current'); // no view is the current one yet
    expect(shell).not.toMatch(/<script|style="/);
  });

  it('render the timeline with its articles, leads and filters, without a script', async () => {
    const { files, built } = await buildDataFromFolder(fixture);
    const markup = (await renderView('/', files)).markup;
    expect(markup).toContain('<h1 id="timeline-title"');
    for (const article of built.index.articles) expect(markup).toContain(`data-article-id="${article.id}"`);
    expect(markup).toContain('aria-label="Filters"');
    expect(markup).toContain('<blockquote'); // the lead quotes came with the first screen
    // Nothing the page's Content-Security-Policy would refuse: no inline script, no style attribute.
    expect(markup).not.toMatch(/<script|style="/);
  });

  it('render an article with its quotes marked, and the About page with the skipped files', async () => {
    const { files, built } = await buildDataFromFolder(fixture);
    const article = built.articles.find((a) => a.quotes.length > 0)!;
    const page = (await renderView(`/articles/${article.id}`, files)).markup;
    expect(page).toContain('id="article-title"');
    expect(page).toContain(`data-quote-id="${article.quotes[0]!.id}"`);
    const about = (await renderView('/about', files)).markup;
    expect(about).toContain('no-date.txt');
    expect(about).toContain('missing date');
  });

  it('credit a licensed source in the app shell, before the app runs', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'quoteline-shell-'));
    await writeFile(
      path.join(folder, 'wikinews.txt'),
      'Mayor opens bridge\n20240105\nhttps://en.wikinews.org/wiki/Mayor_opens_bridge\n"It is a great day," the mayor said.\n',
    );
    try {
      const shell = await renderShell((await buildDataFromFolder(folder)).files);
      expect(shell).toMatch(/<footer[^>]*>[\s\S]*Wikinews contributors[\s\S]*CC BY 2\.5[\s\S]*<\/footer>/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('render two corpora at once, each page from its own files', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'quoteline-prerender-'));
    try {
      await writeFile(path.join(folder, 'one.txt'), 'A corpus of its own\n20240102\nhttps://example.org/own\n"Only here," the mayor said.\n');
      const [mixed, own] = await Promise.all([buildDataFromFolder(fixture), buildDataFromFolder(folder)]);
      const [mixedPage, ownPage] = await Promise.all([renderView('/', mixed.files), renderView('/', own.files)].map(async (view) => (await view).markup));
      expect(ownPage).toContain('A corpus of its own');
      expect(mixedPage).not.toContain('A corpus of its own');
      for (const article of mixed.built.index.articles) {
        expect(mixedPage).toContain(article.title);
        expect(ownPage).not.toContain(article.title);
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('read the build\'s files through the query client, never through the global fetch', async () => {
    const { files } = await buildDataFromFolder(fixture);
    const globalFetch = vi.fn(() => Promise.reject(new Error('the global fetch was called')));
    vi.stubGlobal('fetch', globalFetch);
    try {
      const before = globalThis.fetch;
      expect((await renderView('/about', files)).markup).toContain('About');
      expect(globalFetch).not.toHaveBeenCalled();
      expect(globalThis.fetch).toBe(before);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('render joint quotes, kinds and unattributed quotes as the app shows them', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'quoteline-joint-'));
    try {
      for (const file of readoutCorpus) await writeFile(path.join(folder, file.path), file.text);
      const { files, built } = await buildDataFromFolder(folder);
      const article = (await renderView(`/articles/${readoutId}`, files)).markup;
      expect(article).toContain('data-speaker-ids="joe-biden aiko-tanabe"');
      expect(article).toContain('(said jointly)');
      const storm = (await renderView(`/articles/${stormId}`, files)).markup;
      expect(storm).toContain('Unattributed');
      expect(storm).not.toContain('Speaker not identified');
      const speaker = (await renderView('/speakers/aiko-tanabe', files)).markup;
      expect(speaker).toMatch(/data-testid="speaker-kind"[^>]*>Person</);
      expect(speaker.match(/data-joint="true"/g)).toHaveLength(1);
      const directory = (await renderView('/speakers', files)).markup;
      expect(directory).toMatch(/<label for="[^"]+" class="[^"]*">Kind<\/label>/);
      expect(directory).toContain(`<option value="" selected="">All kinds (${built.index.speakers.length})</option>`);
      expect(directory).toContain(`<option value="document">Documents (${built.index.speakers.filter((s) => s.kind === 'document').length})</option>`);
      expect(directory).not.toMatch(/<script|style="/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
