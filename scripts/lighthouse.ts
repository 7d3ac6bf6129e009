#!/usr/bin/env node
// Lighthouse 12 on Debian's Chromium against the production build, as `npm start` serves it.
// usage: npm run lighthouse            (builds first; prints a table and JSON of the scores per view)
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { preview } from 'vite';

const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls.local[0].replace(/\/$/, '');
const index = await (await fetch(`${base}/data/v1/index.json`)).json();
const firstArticle = index.articles?.[0]?.id ?? index.articleIds?.[0];
const views = [
  ['timeline', '/'],
  ['article', firstArticle ? `/articles/${firstArticle}` : '/'],
  ['about', '/about'],
];

const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
const results = [];
try {
  for (const [name, path] of views) {
    const run = await lighthouse(`${base}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const c = run.lhr.categories;
    const a = run.lhr.audits;
    results.push({
      view: name,
      performance: Math.round(c.performance.score * 100),
      accessibility: Math.round(c.accessibility.score * 100),
      bestPractices: Math.round(c['best-practices'].score * 100),
      lcpMs: Math.round(a['largest-contentful-paint'].numericValue),
      tbtMs: Math.round(a['total-blocking-time'].numericValue),
      cls: Number(a['cumulative-layout-shift'].numericValue.toFixed(3)),
      failing: Object.values(a)
        .filter((x) => x.score !== null && x.score < 0.9 && x.scoreDisplayMode !== 'informative' && x.scoreDisplayMode !== 'notApplicable' && x.scoreDisplayMode !== 'manual')
        .map((x) => x.id),
    });
  }
} finally {
  await chrome.kill();
  await server.close();
}
console.table(results.map(({ failing, ...r }) => r));
for (const r of results) if (r.failing.length) console.log(`${r.view}: audits below 0.9: ${r.failing.join(', ')}`);
console.log(JSON.stringify(results));
