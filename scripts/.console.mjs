import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(process.env.W ?? 412), height: 823 } });
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 500)));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(process.argv[2], { waitUntil: 'networkidle' });
console.log(await page.evaluate(() => JSON.stringify(performance.getEntriesByType('paint').map(e => [e.name, Math.round(e.startTime)]))));
await browser.close();
