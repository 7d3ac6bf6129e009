import { chromium } from 'playwright-core';
const url = process.argv[2]; const names = process.argv.slice(3);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map(n => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfT = new Map();
profile.samples.forEach((s, i) => selfT.set(s, (selfT.get(s) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const incl = new Map();
for (const [id, t] of selfT) {
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur); const nm = n.callFrame.functionName || '(anon)';
    if (seen.has(nm)) continue; seen.add(nm);
    incl.set(nm, (incl.get(nm) ?? 0) + t);
  }
}
for (const nm of names) console.log(nm.padEnd(40), ((incl.get(nm) ?? 0)/1000).toFixed(1));
console.log('--- top inclusive');
for (const [k,t] of [...incl].sort((a,b)=>b[1]-a[1]).slice(0,60)) console.log((t/1000).toFixed(1).padStart(7), k);
await browser.close();
