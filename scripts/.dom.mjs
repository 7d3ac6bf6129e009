import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
await page.goto(process.argv[2], { waitUntil: 'networkidle' });
console.log(await page.evaluate(() => ({ all: document.querySelectorAll('*').length, rects: document.querySelectorAll('svg rect').length, articles: document.querySelectorAll('article').length, aside: document.querySelectorAll('aside *').length, header: document.querySelectorAll('header *').length })));
await browser.close();
