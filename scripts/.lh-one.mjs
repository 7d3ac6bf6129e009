import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import fs from 'node:fs';
const url = process.argv[2]; const out = process.argv[3];
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-quic'] });
const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
chrome.kill();
fs.writeFileSync(out, JSON.stringify(run.lhr));
const a = run.lhr.audits;
console.log('perf', run.lhr.categories.performance.score, 'FCP', a['first-contentful-paint'].numericValue|0, 'LCP', a['largest-contentful-paint'].numericValue|0, 'TBT', a['total-blocking-time'].numericValue|0, 'SI', a['speed-index'].numericValue|0, 'TTI', a['interactive']?.numericValue|0);
for (const id of ['long-tasks','bootup-time','mainthread-work-breakdown','render-blocking-resources','network-requests','largest-contentful-paint-element','critical-request-chains']) {
  const d = a[id]?.details; if (!d) continue;
  console.log('==', id);
  if (d.items) for (const it of d.items.slice(0,25)) console.log(JSON.stringify(it).slice(0,300));
}
