#!/usr/bin/env node
// Lighthouse 12 on Debian's Chromium against the production build, as `npm start` serves it.
// usage: npm run lighthouse            (builds first; prints a table and JSON of the scores per view)
//        LIGHTHOUSE_RUNS=5 npm run lighthouse
// Lighthouse's scores vary from run to run on a busy machine; as its documentation advises, each view is measured
// several times (3 by default) and the run with the median performance score is reported, with the range.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { preview } from 'vite';
import { fetchIndex } from '../src/pipeline/served-data.ts';

const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const base = (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
const index = await fetchIndex(base);
const firstArticle = index.articles[0]?.id;
// The most quoted person: the longest speaker page, and the filter a reader is likeliest to choose.
const speaker = [...index.speakers].filter((s) => s.kind === 'person').sort((a, b) => b.quoteCount - a.quoteCount)[0]?.id;
// Every kind of view, built ahead of time (the first five) or rendered by the app in the shell (the last two).
const views = [
  ['timeline', '/'],
  ['article', firstArticle ? `/articles/${firstArticle}` : '/'],
  ['about', '/about'],
  ['speakers', '/speakers'],
  ['speaker', speaker ? `/speakers/${speaker}` : '/speakers'],
  ['filtered timeline', speaker ? `/?speakers=${speaker}` : '/?from=2020-01-01'],
  ['search', '/search?q=climate'],
];

const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));

interface Row {
  view: string;
  formFactor: string;
  performance: number;
  /** Lowest and highest performance score over the runs. */
  range: string;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  failing: string[];
}
const results: Row[] = [];
const score = (s: number | null | undefined) => Math.round((s ?? 0) * 100);
try {
  // Lighthouse's two standard settings: mobile (a mid-range phone on slow 4G, CPU slowed 4×) and desktop.
  for (const [name, path] of views)
  for (const formFactor of ['mobile', 'desktop'] as const) {
    const runs: Omit<Row, 'range'>[] = [];
    for (let i = 0; i < RUNS; i++) {
      const run = await lighthouse(
        `${base}${path}`,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] },
        formFactor === 'desktop' ? desktopConfig : undefined,
      );
      if (!run) throw new Error(`Lighthouse gave no result for ${path}`);
      const c = run.lhr.categories;
      const a = run.lhr.audits;
      runs.push({
        view: name ?? path ?? '',
        formFactor,
        performance: score(c.performance?.score),
        accessibility: score(c.accessibility?.score),
        bestPractices: score(c['best-practices']?.score),
        lcpMs: Math.round(a['largest-contentful-paint']?.numericValue ?? 0),
        tbtMs: Math.round(a['total-blocking-time']?.numericValue ?? 0),
        cls: Number((a['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
        failing: Object.values(a)
          .filter((x) => x.score !== null && x.score < 0.9 && !['informative', 'notApplicable', 'manual'].includes(x.scoreDisplayMode))
          .map((x) => x.id),
      });
    }
    const byScore = [...runs].sort((x, y) => x.performance - y.performance);
    const median = byScore[Math.floor(byScore.length / 2)]!;
    results.push({ ...median, range: `${byScore[0]!.performance}–${byScore[byScore.length - 1]!.performance}` });
  }
} finally {
  chrome.kill();
  await server.close();
}
console.table(results.map(({ failing: _failing, ...r }) => r));
for (const r of results) if (r.failing.length) console.log(`${r.view} (${r.formFactor}): audits below 0.9: ${r.failing.join(', ')}`);
console.log(JSON.stringify(results));
