import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DecodedIndex } from '../../src/core/wire.ts';
import { fetchIndex } from '../../src/pipeline/served-data.ts';
import { baseUrl, closeContexts, freshPage, launch } from './browser.ts';

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

/** A common phone: 390 × 844 CSS pixels. */
const PHONE = { width: 390, height: 844 };

/** Where an element is, or a failure naming it. */
async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not on the page`);
  return found;
}

describe('on a 390 px phone', () => {
  it('keeps the header to one row and the search box, so the first screen shows the timeline and the article', async () => {
    const { page, problems } = await freshPage(browser, PHONE);
    await page.goto(`${baseUrl()}/`);
    const name = await box(page, 'header a:text-is("Quoteline")');
    const views = await box(page, 'header nav[aria-label="Main"]');
    const search = await box(page, 'header [role="search"]');
    const preferences = await box(page, 'header button[aria-expanded]');
    // The name and the views share the first row; the search box and the preferences the second.
    expect(Math.abs(name.y + name.height / 2 - (views.y + views.height / 2))).toBeLessThan(8);
    expect(Math.abs(search.y + search.height / 2 - (preferences.y + preferences.height / 2))).toBeLessThan(8);
    expect(search.y).toBeGreaterThanOrEqual(views.y + views.height);
    const header = await box(page, 'header');
    expect(header.height).toBeLessThan(2.5 * search.height + 2 * views.height);

    // The timeline's first article, whole, on the first screen.
    const first = page.locator(`article[data-article-id="${index.articles[0]!.id}"]`);
    const card = await first.boundingBox();
    expect(card).not.toBeNull();
    expect(card!.y).toBeGreaterThan(header.y + header.height - 1);
    expect(card!.y + Math.min(card!.height, 80)).toBeLessThanOrEqual(PHONE.height);

    const article = index.articles.find((a) => a.quoteCount > 0)!;
    await page.goto(`${baseUrl()}/articles/${article.id}`);
    const title = page.getByRole('heading', { level: 1, name: article.title });
    const titleBox = await title.boundingBox();
    expect(titleBox).not.toBeNull();
    expect(titleBox!.y + titleBox!.height).toBeLessThanOrEqual(PHONE.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(problems).toEqual([]);
  });

  it('opens the preferences by keyboard, moves focus into them, and closes them with Escape', async () => {
    const { page, problems } = await freshPage(browser, PHONE);
    await page.goto(`${baseUrl()}/about`);
    const button = page.getByRole('button', { name: 'Preferences' });
    // Tab from the top of the page reaches it: skip link, name, three views, the search box and its button.
    await page.keyboard.press('Tab');
    for (let i = 0; i < 12 && !(await button.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByLabel('Theme').isVisible()).toBe(false);

    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const panel = page.getByRole('group', { name: 'Preferences' });
    expect(await panel.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await page.getByLabel('Theme').getAttribute('id'));
    // The panel is on the screen, not cut off at its edge.
    const panelBox = (await panel.boundingBox())!;
    expect(panelBox.x).toBeGreaterThanOrEqual(0);
    expect(panelBox.x + panelBox.width).toBeLessThanOrEqual(PHONE.width);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

    // Tab goes on through the panel to the shortcuts; closing them gives focus back to the button.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await page.getByLabel('Text size').getAttribute('id'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await panel.isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.press('Enter');
    expect(await panel.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await panel.isVisible()).toBe(false);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);

    // A click anywhere else closes it too.
    await button.click();
    expect(await panel.isVisible()).toBe(true);
    await page.mouse.click(PHONE.width / 2, PHONE.height - 20);
    expect(await panel.isVisible()).toBe(false);
    expect(problems).toEqual([]);
  });
});
