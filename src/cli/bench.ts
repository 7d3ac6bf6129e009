/**
 * `npm run bench [-- --count 100000] [--skip-build]`: the performance budgets of issue 6, measured.
 * Builds the production app on the bundled corpus and on a synthetic corpus of --count articles, serves both as
 * `npm start` does, drives headless Chromium, and prints every figure as a table and as JSON.
 */
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { manifestPath, type DataManifest } from '../core/schema.ts';
import { fetchArticle, fetchIndex } from '../pipeline/served-data.ts';
import { DEFAULT_CORPUS_DIR } from '../pipeline/build-data.ts';
import { measureLibrary, syntheticCorpus } from './bench-library.ts';
import { writeSyntheticCorpus } from './synthesize.ts';

const root = path.resolve(import.meta.dirname, '../..');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--enable-precise-memory-info'];

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const count = Number(values.count);

interface Figure {
  figure: string;
  corpus: string;
  value: number;
  unit: string;
  budget: number | null;
}
const figures: Figure[] = [];
const record = (figure: string, corpus: string, value: number, unit: string, budget: number | null = null) => {
  figures.push({ figure, corpus, value: Math.round(value * 10) / 10, unit, budget });
  console.error(`  ${figure} [${corpus}]: ${Math.round(value * 10) / 10} ${unit}${budget !== null ? ` (budget ${budget})` : ''}`);
};

/** Build the app on a corpus into outDir, returning the data ingest time the pipeline reports. */
async function buildApp(corpusDir: string | null, outDir: string): Promise<{ ingestMs: number; totalMs: number }> {
  const previous = process.env.QUOTELINE_CORPUS;
  if (corpusDir) process.env.QUOTELINE_CORPUS = corpusDir;
  else delete process.env.QUOTELINE_CORPUS;
  const log = console.log;
  let ingestMs = Number.NaN;
  console.log = (...args: unknown[]) => {
    const line = args.join(' ');
    const match = /published, .* \((\d+) ms\)/.exec(line);
    if (match) ingestMs = Number(match[1]);
    console.error(line.split('\n')[0]);
  };
  const started = performance.now();
  try {
    await build({ root, configFile: path.join(root, 'vite.config.ts'), build: { outDir, emptyOutDir: true }, logLevel: 'warn' });
  } finally {
    console.log = log;
    if (previous === undefined) delete process.env.QUOTELINE_CORPUS;
    else process.env.QUOTELINE_CORPUS = previous;
  }
  return { ingestMs, totalMs: performance.now() - started };
}

async function serve(outDir: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({ root, configFile: path.join(root, 'vite.config.ts'), build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  return { server, url: (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '') };
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // tsx compiles the functions this file hands to page.evaluate with esbuild's name helper; give the page one.
  await context.addInitScript('window.__name = (fn) => fn');
  return context.newPage();
}

/** Milliseconds from navigation start until `selector` is in the page. */
async function timeToSelector(page: Page, url: string, selector: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector(selector, { timeout: 30_000 });
  return page.evaluate(() => performance.now());
}

/** The app has taken over the page (lib/app-ready.ts): a page built ahead of time shows before it can be used. */
const READY = 'html[data-app="ready"]';

/** Milliseconds from an action in the page until the timeline's status line says something else. */
async function timeStatusChange(page: Page, act: string): Promise<number> {
  return page.evaluate(async (action) => {
    const status = document.querySelector('[role="status"]');
    const before = status?.textContent;
    const started = performance.now();
    const done = new Promise<number>((resolve) => {
      const check = () => (status?.textContent !== before ? resolve(performance.now() - started) : requestAnimationFrame(check));
      requestAnimationFrame(check);
    });
    // The action is one of a few fixed strings written in this file, not input from anywhere else.
    if (action === 'speaker') (document.querySelector('aside input[type="checkbox"]') as HTMLInputElement).click();
    if (action === 'range') {
      const input = document.querySelectorAll('aside input[type="date"]')[0] as HTMLInputElement;
      // The value setter React listens to, called as the browser's own typing would.
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.bind(input);
      setter?.('2015-01-01');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    return done;
  }, act);
}

async function measureCorpus(browser: Browser, base: string, label: string, budgets: { firstRender: number }) {
  const index = await fetchIndex(base);

  // JavaScript for the first view, as gzip would serve it.
  const page = await newPage(browser);
  const scripts: Promise<number>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.body().then((b) => gzipSync(b).length));
  });
  const firstRender = await timeToSelector(page, `${base}/`, 'article[data-article-id]');
  record('timeline first render (cards on screen)', label, firstRender, 'ms', budgets.firstRender);
  await page.waitForSelector(READY, { timeout: 60_000 });
  record('timeline ready to use (app running, index loaded)', label, await page.evaluate(() => performance.getEntriesByName('quoteline:ready')[0]?.startTime ?? Number.NaN), 'ms', budgets.firstRender);
  const jsBytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
  record('JavaScript for the first view (gzip)', label, jsBytes / 1024, 'KB', 150);

  await page.waitForTimeout(500);
  record('speaker filter change', label, await timeStatusChange(page, 'speaker'), 'ms', 100);
  record('date range change', label, await timeStatusChange(page, 'range'), 'ms', 100);

  // Heap after a garbage collection, then DOM size while scrolling the whole list.
  const fresh = await newPage(browser);
  await timeToSelector(fresh, `${base}/`, READY);
  const cdp = await fresh.context().newCDPSession(fresh);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  record('JS heap of the timeline', label, heap.usedSize / 1e6, 'MB', 300);
  const nodes = await fresh.evaluate(async () => {
    const counts: number[] = [];
    const height = document.documentElement.scrollHeight;
    for (let i = 0; i <= 40; i++) {
      window.scrollTo(0, (height * i) / 40);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      counts.push(document.getElementsByTagName('*').length);
    }
    return { max: Math.max(...counts), min: Math.min(...counts) };
  });
  record('DOM nodes while scrolling the whole list (max)', label, nodes.max, 'nodes');

  // A quote deep link in a fresh tab.
  const article = index.articles.find((a) => a.quoteCount > 0);
  if (article) {
    const data = await fetchArticle(base, index, article.id);
    const quote = data.quotes[data.quotes.length - 1]!;
    const linkPage = await newPage(browser);
    record('quote deep link to marked quote', label, await timeToSelector(linkPage, `${base}/articles/${article.id}?quote=${quote.id}`, 'mark[data-target="true"]'), 'ms', 800);
  }

  // Search: the first query loads the index; the figure is the query itself, as the search view times it.
  const searchPage = await newPage(browser);
  const searchRequests: string[] = [];
  searchPage.on('request', (r) => r.url().includes('/search/') && searchRequests.push(r.url()));
  await timeToSelector(searchPage, `${base}/`, READY);
  await searchPage.waitForTimeout(500);
  record('search data requested by the timeline', label, searchRequests.length, 'requests', 0);
  for (const q of ['president', 'climate change', 'presdent']) {
    await searchPage.goto(`${base}/search?q=${encodeURIComponent(q)}`);
    await searchPage.waitForSelector('[data-search-results][data-search-ms]', { timeout: 120_000 });
    const ms = Number(await searchPage.getAttribute('[data-search-results]', 'data-search-ms'));
    record(`search query "${q}"`, label, ms, 'ms', label === 'bundled' ? 50 : 150);
  }
}

async function main() {
  const bundledOut = path.join(root, '.cache/bench-bundled');
  const bigDir = path.join(root, `.cache/synthetic-${count}`);
  const bigOut = path.join(root, `.cache/bench-${count}`);
  if (!values['skip-build'] || !existsSync(bigOut)) {
    if (!existsSync(path.join(bigDir, '.complete'))) {
      console.error(`writing ${count} synthetic articles to ${bigDir}…`);
      await rm(bigDir, { recursive: true, force: true });
      await writeSyntheticCorpus(count, Number(values.seed), bigDir);
      await writeFile(path.join(bigDir, '.complete'), '');
    }
    console.error('building the bundled corpus…');
    const small = await buildApp(null, bundledOut);
    record('ingest', 'bundled', small.ingestMs / 1000, 's');
    console.error(`building ${count} articles…`);
    const big = await buildApp(bigDir, bigOut);
    record('ingest', `${count}`, big.ingestMs / 1000, 's', 240);
    record('production build including ingest', `${count}`, big.totalMs / 1000, 's');
  }
  const browser = await chromium.launch({ executablePath: CHROME, headless: true, args: ARGS });
  const servers: PreviewServer[] = [];
  try {
    for (const [label, outDir, budget] of [['bundled', bundledOut, 1000], [`${count}`, bigOut, 2000]] as const) {
      const { server, url } = await serve(outDir);
      servers.push(server);
      console.error(`measuring ${label} at ${url}…`);
      await measureCorpus(browser, url, label, { firstRender: budget });
      // The reader's library (issue 14): the bundled corpus and 10,000 articles opened in the browser.
      if (label === 'bundled') {
        await measureLibrary(browser, url, DEFAULT_CORPUS_DIR, 'bundled', record);
        await measureLibrary(browser, url, await syntheticCorpus(10_000), '10000', record);
      }
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
  const indexBytes = async (outDir: string) => {
    const manifest = JSON.parse(await readFile(path.join(outDir, manifestPath()), 'utf8')) as DataManifest;
    const raw = await readFile(path.join(outDir, manifest.index));
    return { raw: raw.length / 1024, gzip: gzipSync(raw).length / 1024 };
  };
  for (const [label, outDir] of [['bundled', bundledOut], [`${count}`, bigOut]] as const) {
    const size = await indexBytes(outDir);
    record('index size (gzip)', label, size.gzip, 'KB');
  }
  const rows = figures.map((f) => ({ ...f, ok: f.budget === null ? '' : f.value <= f.budget ? 'yes' : 'NO' }));
  console.table(rows);
  console.log(JSON.stringify(figures));
}

await main();
