import { chromium } from 'playwright-core';
const url = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
const cdp = await page.context().newCDPSession(page);
const events = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline.stack,blink.user_timing,loading', transferMode: 'ReportEvents' });
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(800);
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.end'); await done;
const main = events.find(e => e.name === 'TracingStartedInBrowser')?.args?.data?.frames?.[0];
const rendererTid = events.filter(e => e.name === 'Layout').map(e => `${e.pid}:${e.tid}`)[0];
const mine = events.filter(e => `${e.pid}:${e.tid}` === rendererTid && e.ph === 'X');
const sum = new Map();
for (const e of mine) sum.set(e.name, (sum.get(e.name) ?? 0) + (e.dur ?? 0));
console.log([...sum].sort((a,b)=>b[1]-a[1]).slice(0,15).map(([k,v]) => `${k} ${(v/1000).toFixed(1)}`).join('\n'));
const t0 = Math.min(...mine.map(e => e.ts));
const tasks = mine.filter(e => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur > 8000);
console.log('long tasks:', tasks.map(t => `${((t.ts-t0)/1000).toFixed(0)}+${(t.dur/1000).toFixed(0)}`).join(' '));
const layouts = events.filter(e => (e.name === 'Layout' || e.name==='UpdateLayoutTree') && `${e.pid}:${e.tid}` === rendererTid);
for (const l of layouts.filter(l => l.dur > 2000)) console.log(l.name, ((l.ts-t0)/1000).toFixed(0), (l.dur/1000).toFixed(1), JSON.stringify(l.args?.beginData?.stackTrace?.slice(0,12) ?? l.args?.beginData?.stack?.slice?.(0,12) ?? '').slice(0,3000), l.args?.beginData?.dirtyObjects);
for (const t of tasks) {
  const kids = mine.filter(e => e.ts >= t.ts && e.ts + (e.dur??0) <= t.ts + t.dur && e !== t && (e.dur ?? 0) > 2000 && !/RunTask|Receive mojo|SimpleWatcher/.test(e.name));
  console.log(`task ${((t.ts-t0)/1000).toFixed(0)}+${(t.dur/1000).toFixed(0)}:`, kids.slice(0,8).map(k => `${k.name}${k.args?.data?.functionName ? '('+k.args.data.functionName+')' : ''}${k.args?.data?.url ? '['+k.args.data.url.split('/').pop()+']' : ''}=${(k.dur/1000).toFixed(0)}`).join(', '));
}
const paints = events.filter(e => ['firstContentfulPaint','largestContentfulPaint::Candidate','firstPaint'].includes(e.name));
for (const p of paints) console.log(p.name, ((p.ts - t0)/1000).toFixed(0));
await browser.close();
// breakdown of long tasks
