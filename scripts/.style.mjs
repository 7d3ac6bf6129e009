import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
await page.goto(process.argv[2], { waitUntil: 'networkidle' });
const r = await page.evaluate(() => {
  const t = (label) => { const out = []; for (let i = 0; i < 5; i++) { document.documentElement.style.setProperty('--x', String(Math.random())); document.body.classList.toggle('zz'); const s = performance.now(); void document.body.offsetHeight; out.push(performance.now() - s); } return label + ' ' + out.map(x => x.toFixed(1)).join(' '); };
  const a = t('with css');
  const sheets = [...document.styleSheets]; sheets.forEach(s => s.disabled = true);
  const b = t('no css');
  sheets.forEach(s => s.disabled = false);
  // test removing the :root star rules
  return [a, b, document.querySelectorAll('*').length];
});
console.log(r);
await browser.close();
