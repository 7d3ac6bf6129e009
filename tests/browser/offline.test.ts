import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { preview } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DATA_ROOT } from '../../src/core/schema.ts';
import type { DecodedIndex } from '../../src/core/wire.ts';
import { OFFLINE_CACHES } from '../../src/app/lib/offline-caches.ts';
import { SECURITY_HEADERS } from '../../src/pipeline/security-headers.ts';
import { fetchIndex } from '../../src/pipeline/served-data.ts';
import { baseUrl, closeContexts, freshPage, launch } from './browser.ts';

const root = path.resolve(import.meta.dirname, '../..');
let browser: Browser;
let index: DecodedIndex;

beforeAll(async () => {
  browser = await launch();
  index = await fetchIndex(baseUrl());
});
afterEach(closeContexts);
afterAll(async () => {
  await browser?.close();
});

const LOAD = { timeout: 20_000 };
const heading = (page: Page) => page.getByRole('heading', { level: 1 }).first();

/** The paths of one of the worker's caches, as the page sees them (empty until the worker has made it). */
const cachedPaths = (page: Page, cacheName: string) =>
  page.evaluate(async (name) => {
    if (!(await caches.has(name))) return [];
    return (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname + new URL(request.url).search);
  }, cacheName);

describe('reading offline', () => {
  it('reads an article and a speaker opened online after the network goes, and says plainly what was never opened', async () => {
    const [article, unopened] = index.articles.filter((a) => a.quoteCount > 0);
    const speaker = index.speakers.find((s) => s.kind === 'person' && s.quoteCount >= 3)!;
    const { page, problems } = await freshPage(browser);

    // The first page a reader opens: the worker takes over while it is open, and keeps it and its data too.
    await page.goto(`${baseUrl()}/articles/${article!.id}`);
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, LOAD);
    await expect.poll(() => cachedPaths(page, OFFLINE_CACHES.pages), LOAD).toContain(`/articles/${article!.id}`);
    await expect.poll(async () => (await cachedPaths(page, OFFLINE_CACHES.data)).some((p) => p.startsWith(`/${DATA_ROOT}/articles/`)), LOAD).toBe(true);

    await page.goto(`${baseUrl()}/speakers/${speaker.id}`);
    await expect.poll(() => heading(page).textContent()).toContain(speaker.name);
    await expect.poll(() => cachedPaths(page, OFFLINE_CACHES.pages), LOAD).toContain(`/speakers/${speaker.id}`);
    await expect.poll(async () => (await cachedPaths(page, OFFLINE_CACHES.data)).some((p) => p.startsWith(`/${DATA_ROOT}/speakers/${speaker.id}.`)), LOAD).toBe(true);

    await page.context().setOffline(true);
    await page.reload();
    await expect.poll(() => heading(page).textContent()).toContain(speaker.name);
    expect(await page.locator(`a[href^="/articles/"]`).count()).toBeGreaterThan(0); // the speaker's quotes, not just the name

    await page.goto(`${baseUrl()}/articles/${article!.id}`);
    await expect.poll(() => heading(page).textContent()).toBe(article!.title);
    expect(await page.locator('mark[data-quote-id]').count()).toBe(article!.quoteCount);

    // Never opened: the shell says so, with the way back, instead of a browser error or a blank page.
    await page.goto(`${baseUrl()}/articles/${unopened!.id}`);
    await expect.poll(() => page.getByRole('heading', { name: 'Not available offline' }).isVisible(), LOAD).toBe(true);
    expect(await page.getByRole('alert').textContent()).toContain('You are offline');
    expect(await page.getByRole('link', { name: 'Back to the timeline' }).isVisible()).toBe(true);

    await page.goto(`${baseUrl()}/about`).catch(() => undefined); // never opened either: the shell, then its message
    expect(problems.filter((p) => p.startsWith('csp') || p.startsWith('pageerror'))).toEqual([]);
  }, 90_000);

  it('is installable: a web app manifest with icons and a worker, as Chromium judges it, under the Content-Security-Policy', async () => {
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/`);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await page.evaluate(async (url) => (await fetch(url!)).text(), href).then(JSON.parse)) as { icons: Array<{ src: string; sizes: string }> };
    expect(manifest).toMatchObject({ name: 'Quoteline', display: 'standalone', start_url: '/' });
    for (const icon of manifest.icons) {
      const size = await page.evaluate(async (src) => {
        const bitmap = await createImageBitmap(await (await fetch(src)).blob());
        return `${bitmap.width}x${bitmap.height}`;
      }, icon.src);
      expect(size).toBe(icon.sizes);
    }
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, LOAD);
    // Chromium's own verdict, as it decides whether to offer "Install": nothing missing from the manifest, the
    // icons or the worker. A test's browser context counts as incognito, where Chromium never installs.
    const cdp = await page.context().newCDPSession(page);
    const { errors } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('offers a new version without switching to it, and switches when the reader presses Reload', async () => {
    // The same build served again, whose worker becomes a new version (other bytes) when the test says so.
    let deployed = false;
    const server = await preview({
      root,
      configFile: path.join(root, 'vite.config.ts'),
      preview: { port: 0, strictPort: false, host: '127.0.0.1' },
      logLevel: 'warn',
      plugins: [
        {
          name: 'next-deploy',
          configurePreviewServer(previewServer) {
            previewServer.middlewares.use((req, res, next) => {
              if (!deployed || req.url !== '/sw.js') return next();
              for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
              res.setHeader('Content-Type', 'text/javascript');
              res.end(`${readFileSync(path.join(root, 'dist/sw.js'), 'utf8')}\n// the next version\n`);
            });
          },
        },
      ],
    });
    try {
      const url = (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
      const { page, problems } = await freshPage(browser);
      await page.goto(`${url}/about`);
      await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, LOAD);
      deployed = true;
      await page.evaluate(() => {
        (window as unknown as { reading: boolean }).reading = true; // gone if the page were reloaded behind the reader
        return navigator.serviceWorker.getRegistration().then((registration) => registration?.update());
      });
      const prompt = page.getByRole('status').filter({ hasText: 'A new version of Quoteline is available.' });
      await expect.poll(() => prompt.isVisible(), LOAD).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { reading?: boolean }).reading)).toBe(true);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);

      await prompt.getByRole('button', { name: 'Reload' }).press('Enter');
      await expect.poll(() => page.evaluate(() => (window as unknown as { reading?: boolean }).reading).catch(() => true), LOAD).toBeUndefined();
      await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
      expect(await prompt.count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await server.close();
    }
  }, 60_000);
});
