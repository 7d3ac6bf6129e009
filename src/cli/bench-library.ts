/**
 * `npm run bench:library [-- --count 10000] [--skip-build]`: the reader's library (issue 14), measured in headless
 * Chromium against a production build served as `npm start` does. A folder is opened on the Open view (/open) as a
 * reader would choose it, and the figures are: the time to analyse it (the worker's whole run, from the choice to
 * the report), the longest main-thread task meanwhile (PerformanceObserver 'longtask'), and the time from the
 * report to the library's timeline in use. Run for the bundled corpus and for --count synthetic articles.
 * `npm run bench` runs the same measures (measureLibrary) beside its own.
 */
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { build, preview } from 'vite';
import { DEFAULT_CORPUS_DIR } from '../pipeline/build-data.ts';
import { writeSyntheticCorpus } from './synthesize.ts';

const root = path.resolve(import.meta.dirname, '../..');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export type Record = (figure: string, corpus: string, value: number, unit: string, budget?: number | null) => void;

/** Open `folder` on the Open view of the app at `base`, in a fresh context (an empty library), and time it. */
export async function measureLibrary(browser: Browser, base: string, folder: string, label: string, record: Record): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    // tsx compiles the functions handed to the page with esbuild's name helper; give the page one (as bench.ts does).
    await context.addInitScript('window.__name = (fn) => fn');
    const page = await context.newPage();
    // Every long task of the page, from its start (buffered), kept where the measure can read it.
    await page.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = [];
      (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${base}/open`);
    await page.waitForSelector('html[data-app="ready"]', { timeout: 60_000 });
    const before = await page.evaluate(() => performance.now());
    await page.getByLabel('Choose a folder').setInputFiles(folder);
    await page.getByTestId('report-counts').waitFor({ timeout: 30 * 60_000 });
    const ended = await page.evaluate(() => performance.now());
    const counts = await page.getByTestId('report-counts').textContent();
    console.error(`  ${label}: ${counts}`);
    // From the moment the app has the files (the Open view marks it) to its report on screen.
    const chosen = await page.evaluate(() => performance.getEntriesByName('quoteline:files-chosen')[0]?.startTime ?? Number.NaN);
    record('library: analysed and stored in the browser (worker)', label, (ended - chosen) / 1000, 's', label === 'bundled' ? 10 : null);
    // The app's own part of that task: its change handler, up to the first batch of files posted to the worker.
    record("library: the app's part of the task that gives it the files", label, await page.evaluate(() => performance.getEntriesByName('quoteline:first-files-handed-over')[0]?.duration ?? Number.NaN), 'ms', 50);
    record("library: of which starting the worker", label, await page.evaluate(() => performance.getEntriesByName('quoteline:worker-started')[0]?.duration ?? Number.NaN), 'ms');
    const tasks = await page.evaluate(() => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks);
    // The task that gives the page the files is the browser's (here, the test harness's setInputFiles creating a
    // File for each path, which a reader's file dialog does outside the page): it started before the app had them.
    const harness = tasks.filter((t) => t.start < chosen && t.start + t.duration >= before);
    record("library: longest task before the app has the files (the harness's setInputFiles)", label, Math.max(0, ...harness.map((t) => t.duration)), 'ms');
    const after = tasks.filter((t) => t.start >= chosen && t.start <= ended);
    record('library: longest main-thread task while analysing', label, Math.max(0, ...after.map((t) => t.duration)), 'ms', 50);
    const when = (t: { start: number; duration: number }) => `${Math.round(t.duration)} ms at +${Math.round(t.start - chosen)} ms`;
    console.error(`  ${label}: long tasks after the app has the files (run ended at +${Math.round(ended - chosen)} ms): ${after.map(when).join(', ') || 'none'}`);
    const memory = await context.newCDPSession(page).then((cdp) => cdp.send('Runtime.getHeapUsage') as Promise<{ usedSize: number }>);
    record('library: JS heap of the page after the run', label, memory.usedSize / 1e6, 'MB');

    // The library's timeline, opened from the report as a reader would: a document navigation to /library/.
    const clicked = await page.evaluate(() => performance.timeOrigin + performance.now());
    await page.getByRole('link', { name: 'Open your library' }).click();
    const shown = await page
      .waitForSelector('article[data-article-id]', { timeout: 15_000 })
      .then(() => page.waitForSelector('html[data-app="ready"]', { timeout: 15_000 }))
      .then(() => page.evaluate(() => performance.timeOrigin + performance.now()))
      .catch(() => null);
    if (shown === null) console.error(`  ${label}: the library's timeline (/library/) did not show: the app half of issue 14 is not in this build`);
    record('library: from the report to its timeline in use', label, shown === null ? Number.NaN : shown - clicked, 'ms', 1000);
  } finally {
    await context.close();
  }
}

/** A synthetic corpus of `count` articles in .cache, written once. */
export async function syntheticCorpus(count: number, seed = 1): Promise<string> {
  const dir = path.join(root, `.cache/synthetic-${count}`);
  if (!existsSync(path.join(dir, '.complete'))) {
    console.error(`writing ${count} synthetic articles to ${dir}…`);
    await rm(dir, { recursive: true, force: true });
    await writeSyntheticCorpus(count, seed, dir);
    await writeFile(path.join(dir, '.complete'), '');
  }
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, 'skip-build': { type: 'boolean', default: false } } });
  const count = Number(values.count);
  const outDir = path.join(root, '.cache/bench-library');
  const figures: { figure: string; corpus: string; value: number; unit: string; budget: number | null }[] = [];
  const record: Record = (figure, corpus, value, unit, budget = null) => {
    figures.push({ figure, corpus, value: Math.round(value * 10) / 10, unit, budget });
    console.error(`  ${figure} [${corpus}]: ${Math.round(value * 10) / 10} ${unit}${budget !== null ? ` (budget ${budget})` : ''}`);
  };
  const big = await syntheticCorpus(count);
  if (!values['skip-build'] || !existsSync(path.join(outDir, 'index.html'))) {
    console.error('building the app (bundled corpus)…');
    await build({ root, configFile: path.join(root, 'vite.config.ts'), build: { outDir, emptyOutDir: true }, logLevel: 'warn' });
  }
  const server = await preview({ root, configFile: path.join(root, 'vite.config.ts'), build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const url = (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
  const browser = await chromium.launch({ executablePath: CHROME, headless: true, args: ARGS });
  try {
    await measureLibrary(browser, url, DEFAULT_CORPUS_DIR, 'bundled', record);
    await measureLibrary(browser, url, big, `${count}`, record);
  } finally {
    await browser.close();
    await server.close();
  }
  console.table(figures.map((f) => ({ ...f, ok: f.budget === null ? '' : f.value <= f.budget ? 'yes' : 'NO' })));
  console.log(JSON.stringify(figures));
}
