import { chromium } from 'playwright-core';
const url = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
if (process.env.THROTTLE) await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.THROTTLE) });
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map(n => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
let t = profile.startTime; const pts = [];
profile.samples.forEach((s, i) => { t += profile.timeDeltas[i]; pts.push([t, s, profile.timeDeltas[i+1] ?? 0]); });
const isIdle = (s) => { const n = byId.get(s).callFrame.functionName; return n === '(idle)'; };
const bursts = []; let cur = null;
for (const [ts, s, d] of pts) {
  if (isIdle(s)) { if (cur && ts - cur.last > 300) { bursts.push(cur); cur = null; } continue; }
  if (!cur) cur = { start: ts, last: ts, samples: [] };
  cur.last = ts; cur.samples.push([s, d]);
}
if (cur) bursts.push(cur);
const depth = Number(process.env.DEPTH ?? 12);
for (const b of bursts) {
  const dur = (b.last - b.start) / 1000;
  if (dur < Number(process.env.MIN ?? 10)) continue;
  const incl = new Map();
  for (const [s, d] of b.samples) { const seen = new Set(); for (let c = s; c !== undefined; c = parent.get(c)) { const nm = byId.get(c).callFrame.functionName || '(anon)'; if (seen.has(nm)) continue; seen.add(nm); incl.set(nm, (incl.get(nm) ?? 0) + d); } }
  const skip = new Set(['(root)','(anon)','(program)','performWorkUntilDeadline','performWorkOnRootViaSchedulerTask','performWorkOnRoot','renderRootSync','workLoopSync','performUnitOfWork','beginWork','commitRoot','completeRoot','completeRootWhenReady','recursivelyTraverseLayoutEffects','commitLayoutEffectOnFiber','flushLayoutEffects','updateFunctionComponent','renderWithHooks','recursivelyTraverseMutationEffects','commitMutationEffectsOnFiber','processRootScheduleInMicrotask','flushSyncWorkAcrossRoots_impl','performSyncWorkOnRoot','completeUnitOfWork','completeWork','recursivelyTraversePassiveMountEffects','commitPassiveMountOnFiber','flushPassiveEffects','flushMutationEffects','reconcileChildren','reconcileChildFibersImpl','reconcileChildrenArray','flushPendingEffects','exports.useMemo','useMemo','runWithFiberInDEV']);
  console.log(`burst @${((b.start - profile.startTime)/1000).toFixed(0)} ${dur.toFixed(0)}ms:`, [...incl].filter(([k]) => !skip.has(k)).sort((a,b)=>b[1]-a[1]).slice(0,depth).map(([k,v]) => `${k} ${(v/1000).toFixed(0)}`).join(', '));
}
await browser.close();
