import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
const url = process.argv[2];
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-quic'] });
const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, { extends: 'lighthouse:default', settings: { additionalTraceCategories: 'disabled-by-default-devtools.timeline.stack' } });
chrome.kill();
const a = run.lhr.audits;
console.log('perf', run.lhr.categories.performance.score, 'FCP', a['first-contentful-paint'].numericValue|0, 'LCP', a['largest-contentful-paint'].numericValue|0, 'TBT', a['total-blocking-time'].numericValue|0, 'CLS', a['cumulative-layout-shift'].numericValue.toFixed(3));
for (const it of a['long-tasks'].details.items) console.log('  LH long task', it.startTime|0, it.duration|0, it.url.split('/').pop());
const events = run.artifacts.Trace.traceEvents;
const layoutEv = events.find(e => e.name === 'Layout');
const key = `${layoutEv.pid}:${layoutEv.tid}`;
const mine = events.filter(e => `${e.pid}:${e.tid}` === key && e.ph === 'X');
const nav = events.find(e => e.name === 'navigationStart' && `${e.pid}:${e.tid}` === key) ?? mine[0];
const t0 = nav.ts;
const tasks = mine.filter(e => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur > 10000 && e.ts > t0);
for (const t of tasks) {
  const kids = mine.filter(e => e.ts >= t.ts && e.ts + (e.dur??0) <= t.ts + t.dur && e !== t && (e.dur ?? 0) > 1500 && !/RunTask|Receive mojo|SimpleWatcher|GC_|MinorGC|V8\./.test(e.name));
  console.log(`task ${((t.ts-t0)/1000).toFixed(0)}+${(t.dur/1000).toFixed(1)}:`, kids.slice(0,10).map(k => `${k.name}${k.args?.data?.functionName ? '('+k.args.data.functionName+')' : ''}${k.args?.data?.url ? '['+k.args.data.url.split('/').pop()+']' : ''}=${(k.dur/1000).toFixed(1)}`).join(', '));
}
for (const l of mine.filter(e => (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && e.dur > 5000)) {
  const st = l.args?.beginData?.stackTrace;
  console.log('  forced?', l.name, ((l.ts - t0)/1000).toFixed(0), (l.dur/1000).toFixed(1), st ? st.slice(0, 6).map(f => `${f.functionName}@${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`).join(' < ') : '-');
}
for (const it of a['layout-shifts']?.details?.items ?? []) console.log('  shift', JSON.stringify(it).slice(0, 400));
const paints = events.filter(e => ['firstContentfulPaint','largestContentfulPaint::Candidate'].includes(e.name));
for (const p of paints) console.log(p.name, ((p.ts - t0)/1000).toFixed(0));
