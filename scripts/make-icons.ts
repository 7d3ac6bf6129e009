#!/usr/bin/env node
// The web app manifest's PNG icons, drawn from public/favicon.svg by Chromium, as a browser draws the favicon.
// usage: npx tsx scripts/make-icons.ts   (writes public/icons/*.png; run again when favicon.svg changes)
// The PNGs are committed: the build copies them as they are, and needs no image library for four small files.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
const svg = await readFile(path.join(root, 'public/favicon.svg'), 'utf8');
// A maskable icon is cropped to a circle or a squircle by the launcher: the whole square is painted and the
// mark kept inside the middle 80% (the safe zone), so the rounded corners and padding of the favicon go.
const maskable = svg.replace(/<rect[^>]*\/>/, '<rect width="32" height="32" fill="#0c4a6e"/>').replace('<text ', '<text transform="translate(3.2 3.2) scale(0.8)" ');

const icons = [
  { file: 'icon-192.png', size: 192, svg },
  { file: 'icon-512.png', size: 512, svg },
  { file: 'icon-maskable-512.png', size: 512, svg: maskable },
  { file: 'apple-touch-icon-180.png', size: 180, svg: maskable },
];

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const sized = icon.svg.replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    await page.screenshot({ path: path.join(root, 'public/icons', icon.file), omitBackground: true });
    await page.close();
    console.log(`public/icons/${icon.file}: ${icon.size}×${icon.size}`);
  }
} finally {
  await browser.close();
}
