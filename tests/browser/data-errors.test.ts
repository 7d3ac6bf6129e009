import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { manifestPath, type DataManifest } from '../../src/core/schema.ts';
import { baseUrl, closeContexts, freshPage, launch } from './browser.ts';

let browser: Browser;
let manifest: DataManifest;

beforeAll(async () => {
  browser = await launch();
  manifest = (await (await fetch(`${baseUrl()}/${manifestPath()}`)).json()) as DataManifest;
});
afterEach(closeContexts);
afterAll(async () => {
  await browser?.close();
});

describe('a tampered data file in the browser', () => {
  it('shows the error view naming the index, with a retry that recovers once the file is sound', async () => {
    const good = await (await fetch(`${baseUrl()}/${manifest.index}`)).text();
    const wire = JSON.parse(good);
    wire.articles.quotes[5] = -1; // a quote count that cannot be
    const { page } = await freshPage(browser, { serviceWorkers: 'block' });
    const indexUrl = new RegExp(`/${manifest.index.replaceAll('.', '\\.')}$`);
    await page.route(indexUrl, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(wire) }));
    // A filtered timeline: served the app shell, so the app itself loads the index.
    await page.goto(`${baseUrl()}/?from=2021-01-01`);
    await expect.poll(() => page.getByRole('heading', { name: 'The data could not be loaded' }).isVisible()).toBe(true);
    const alert = (await page.getByRole('alert').textContent()) ?? '';
    expect(alert).toContain(manifest.index);
    expect(alert).toContain('articles.quotes: expected counts at [5], received -1');

    await page.unroute(indexUrl);
    await page.route(indexUrl, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: good }));
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.locator('article[data-article-id]').count()).toBeGreaterThan(0);
  });
});
