import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PublishedArticle } from '../../src/core/schema.ts';
import { fetchArticle, fetchIndex } from '../../src/pipeline/served-data.ts';
import type { DecodedIndex } from '../../src/core/wire.ts';
import { baseUrl, closeContexts, freshPage, launch, newContext } from './browser.ts';

let browser: Browser;
let index: DecodedIndex;
let seedId: string;
let seed: PublishedArticle;

beforeAll(async () => {
  browser = await launch();
  index = await fetchIndex(baseUrl());
  seedId = index.articles.find((a) => a.title.startsWith('Biden Putin hold video call'))!.id;
  seed = await fetchArticle(baseUrl(), index, seedId);
});
afterEach(closeContexts);
afterAll(async () => {
  await browser?.close();
});

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).first();

describe('keyboard', () => {
  it('walks timeline → filter → article → quote → copy link without a mouse', async () => {
    const { page, problems } = await freshPage(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const speaker = index.speakers.find((s) => s.kind === 'person' && s.articleCount >= 3)!;
    await page.goto(`${baseUrl()}/`);
    await expect.poll(() => heading(page).textContent()).toBe('Timeline');

    await page.getByPlaceholder('Find a speaker').focus(); // "/" focuses the header's search box; the speaker search is the timeline's own
    await page.keyboard.type(speaker.name);
    await page.keyboard.press('Tab'); // to the first matching speaker's checkbox
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.get('speakers')).toBe(speaker.id);

    await page.keyboard.press('j'); // focus is on the checkbox, not a text field, so shortcuts work

    const first = index.articles.find((a) => a.speakers.includes(speaker.id))!;
    // The list is virtual: the card is scrolled in, then focused, a frame or two later.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(first.title);
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page).textContent()).toBe(first.title);

    await page.keyboard.press('n');
    await expect.poll(() => new URL(page.url()).searchParams.get('quote')).toMatch(/^q[0-9a-z]{8}$/);
    const quoteId = new URL(page.url()).searchParams.get('quote')!;
    await page.getByRole('button', { name: 'Copy link to quote' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl()}/quotes/${quoteId}`); // the quote's share address
    expect(problems).toEqual([]);
  });

  it('lists the shortcuts with ?, closes with Esc, goes home with g t, and ignores keys typed in a field', async () => {
    const { page } = await freshPage(browser);
    await page.goto(`${baseUrl()}/articles/${seedId}`);
    await expect.poll(() => heading(page).isVisible()).toBe(true);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.keyboard.press('g');
    await page.keyboard.press('t');
    await expect.poll(() => heading(page).textContent()).toBe('Timeline');
    await page.getByPlaceholder('Find a speaker').fill('');
    await page.getByPlaceholder('Find a speaker').press('j');
    expect(await page.getByPlaceholder('Find a speaker').inputValue()).toBe('j');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('placeholder'))).toBe('Find a speaker');
  });

  it('steps to the next and previous article within the filter with j and k', async () => {
    const speaker = index.speakers.find((s) => s.kind === 'person' && s.articleCount >= 3)!;
    const inFilter = index.articles.filter((a) => a.speakers.includes(speaker.id));
    const { page } = await freshPage(browser);
    await page.goto(`${baseUrl()}/articles/${inFilter[0]!.id}?speakers=${speaker.id}`);
    await expect.poll(() => heading(page).textContent()).toBe(inFilter[0]!.title);
    await page.keyboard.press('j');
    await expect.poll(() => heading(page).textContent()).toBe(inFilter[1]!.title);
    expect(new URL(page.url()).searchParams.get('speakers')).toBe(speaker.id);
    await page.keyboard.press('k');
    await expect.poll(() => heading(page).textContent()).toBe(inFilter[0]!.title);
  });
});

describe('timeline day headings', () => {
  it('keep the day of the topmost card in view while scrolling', async () => {
    const { page } = await freshPage(browser);
    await page.goto(`${baseUrl()}/`);
    await expect.poll(() => page.locator('article[data-article-id]').count()).toBeGreaterThan(0);
    await page.mouse.wheel(0, 6000);
    const sticky = page.locator('[data-sticky-day]');
    await expect.poll(() => sticky.count()).toBe(1);
    // Once the scroll has settled (the rows that came into view are measured a frame after they are drawn), the card
    // right under the sticky heading is of that day.
    const dayAndTopCard = () =>
      page.evaluate(() => {
        const cards = [...document.querySelectorAll('article[data-article-id]')];
        const visible = cards.find((c) => c.getBoundingClientRect().bottom > 40);
        return { sticky: document.querySelector('[data-sticky-day]')?.getAttribute('data-sticky-day'), card: visible?.querySelector('time')?.getAttribute('datetime') };
      });
    await expect.poll(async () => {
      const { sticky: day, card } = await dayAndTopCard();
      return day !== undefined && day === card;
    }).toBe(true);
  });
});

describe('timeline histogram', () => {
  it('chooses a date range by dragging across the bars, and puts it in the URL', async () => {
    const { page } = await freshPage(browser);
    await page.goto(`${baseUrl()}/`);
    const chart = page.getByRole('img', { name: /drag across the chart/ });
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const from = new URL(page.url()).searchParams.get('from')!;
    const to = new URL(page.url()).searchParams.get('to')!;
    expect(from < to).toBe(true);
    const expected = index.articles.filter((a) => a.date >= from && a.date <= to).length;
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`${expected.toLocaleString('en')} article`);
  });
});

describe('sharing', () => {
  it('links a direct quote to its place at the source with a text fragment', async () => {
    const direct = seed.quotes.find((q) => q.kind === 'direct')!;
    expect(direct).toBeDefined(); // "The two presidents tasked their teams …," it said.
    const { page } = await freshPage(browser);
    await page.goto(`${baseUrl()}/articles/${seedId}?quote=${direct.id}`);
    const link = page.getByRole('link', { name: /Open at the source/ });
    expect(await link.getAttribute('href')).toMatch(/^http:\/\/en\.ce\.cn\/.*#:~:text=[^&]+/);
  });
});

describe('comfort', () => {
  it('remembers a chosen theme and text size across visits, on pages built ahead of time too', async () => {
    const { page, problems } = await freshPage(browser, { colorScheme: 'light' });
    await page.goto(`${baseUrl()}/about`);
    await page.getByRole('button', { name: 'Preferences' }).click();
    await page.getByLabel('Theme').selectOption('dark');
    await page.getByLabel('Text size').selectOption('large');
    for (const path of ['/about', '/']) {
      await page.goto(`${baseUrl()}${path}`);
      await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('19px');
      expect(await page.getByLabel('Theme').inputValue()).toBe('dark');
      expect(await page.getByLabel('Text size').inputValue()).toBe('large');
    }
    expect(problems).toEqual([]);
  });

  it('applies a stored theme and text size before the app itself has loaded', async () => {
    const { page, problems } = await freshPage(browser, { colorScheme: 'light', serviceWorkers: 'block' });
    await page.goto(`${baseUrl()}/about`);
    await page.getByRole('button', { name: 'Preferences' }).click();
    await page.getByLabel('Theme').selectOption('dark');
    await page.getByLabel('Text size').selectOption('x-large');
    // The app's code never arrives: only the page's own head script can apply the choice.
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.mainFrame().goto(`${baseUrl()}/`); // not page.goto, which waits for the app
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('22px');
    expect(problems.filter((p) => p.startsWith('csp'))).toEqual([]);
  });

  it('shows a page built ahead of time in the system theme before any script runs', async () => {
    const background = async (colorScheme: 'light' | 'dark', javaScriptEnabled: boolean) => {
      const context = await newContext(browser, { colorScheme, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/about`);
      if (javaScriptEnabled) await page.waitForFunction(() => document.documentElement.classList.contains(matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
      const color = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await context.close();
      return color;
    };
    // From styles.css alone, the same page background as the app gives each theme once it runs.
    expect(await background('dark', false)).toBe(await background('dark', true));
    expect(await background('light', false)).toBe(await background('light', true));
    expect(await background('dark', false)).not.toBe(await background('light', false));
  });

  it('follows the system theme until the reader chooses', async () => {
    const { page } = await freshPage(browser, { colorScheme: 'dark' });
    await page.goto(`${baseUrl()}/about`);
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
  });

  it('fits a 360 px wide phone without sideways scrolling', async () => {
    for (const path of ['/', `/articles/${seedId}`, '/about']) {
      const { page } = await freshPage(browser, { width: 360 });
      await page.goto(`${baseUrl()}${path}`);
      await expect.poll(() => heading(page).isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    }
  });
});

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  const views = () => [
    ['timeline', '/'],
    ['filtered timeline', `/?speakers=${index.speakers[0]!.id}&from=2021-01-01&to=2021-12-31`],
    ['article', `/articles/${seedId}`],
    ['quote', `/articles/${seedId}?quote=${seed.quotes[0]!.id}`],
    ['about', '/about'],
    ['speakers', '/speakers'],
    ['speaker', `/speakers/${index.speakers.find((s) => s.kind === 'person')!.id}`],
    ['search', '/search?q=president'],
    ['not found', '/articles/no-such-article-00000000'],
  ];
  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no violation on any view in ${scheme}`, async () => {
      const { page } = await freshPage(browser, { colorScheme: scheme });
      const found: string[] = [];
      for (const [name, path] of views()) {
        await page.goto(`${baseUrl()}${path}`);
        await expect.poll(() => heading(page).isVisible()).toBe(true);
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(result.passes.length).toBeGreaterThan(10); // axe really looked at the page
        for (const v of result.violations) found.push(`${name}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
      }
      expect(found).toEqual([]);
    }, 90_000);
  }
});
