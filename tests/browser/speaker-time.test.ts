import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SpeakerPage } from '../../src/core/schema.ts';
import type { DecodedIndex } from '../../src/core/wire.ts';
import { fetchIndex, fetchSpeaker } from '../../src/pipeline/served-data.ts';
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

const monthName = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', timeZone: 'UTC' });
const monthOf = (date: string) => monthName.format(new Date(`${date.slice(0, 7)}-01T00:00:00Z`));

/** The chart's table, opened: its header and its rows, each a period and its numbers. */
async function readTable(page: Page, figure = page.locator('figure[data-histogram]')) {
  await figure.getByText('Table of the chart').click();
  const table = figure.getByRole('table');
  const cells = (row: ReturnType<typeof table.locator>) => row.locator('th, td').allTextContents();
  const rows = table.locator('tbody tr');
  const body: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++) body.push(await cells(rows.nth(i)));
  return { head: await cells(table.locator('thead tr')), rows: body };
}

describe('a speaker over time', () => {
  let speaker: SpeakerPage;

  beforeAll(async () => {
    // A person quoted in several months whose every quote is in their first file, so the test can count them.
    const candidate = index.speakers.find((s) => s.kind === 'person' && s.quoteCount <= 500 && s.quoteCount >= 10 && s.firstSeen.slice(0, 7) !== s.lastSeen.slice(0, 7));
    expect(candidate).toBeDefined();
    speaker = await fetchSpeaker(baseUrl(), index, candidate!.id);
    expect(speaker.quotes).toHaveLength(candidate!.quoteCount);
  });

  it('shows their quotes per month in a table that agrees with their quotes, and narrows the list to a month', async () => {
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/speakers/${speaker.speaker.id}`);
    const perMonth = new Map<string, number>();
    for (const q of speaker.quotes) perMonth.set(monthOf(q.date), (perMonth.get(monthOf(q.date)) ?? 0) + 1);

    const { head, rows } = await readTable(page);
    expect(head).toEqual(['month', 'Quotes']);
    expect(rows.filter(([, n]) => n !== '0')).toEqual([...perMonth.entries()].sort((a, b) => Date.parse(a[0]) - Date.parse(b[0])).map(([m, n]) => [m, String(n)]));
    expect(rows.map(([m]) => m)).toContain(monthOf(speaker.speaker.firstSeen));

    // The month with the most quotes, chosen from the table by keyboard.
    const [busiest, count] = [...perMonth.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const month = page.getByRole('table').getByRole('button', { name: busiest, exact: true });
    await month.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('from')?.slice(0, 7)).toBe(speaker.quotes.find((q) => monthOf(q.date) === busiest)!.date.slice(0, 7));
    const list = page.getByRole('list', { name: `Quotes by ${speaker.speaker.name}` });
    await expect.poll(() => list.locator('blockquote').count()).toBe(Math.min(count, 50));
    const days = await list.locator('h3 time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(days.every((d) => monthOf(d) === busiest)).toBe(true);

    // The narrowed page is a link of its own.
    const narrowed = page.url();
    const { page: second } = await freshPage(browser);
    await second.goto(narrowed);
    await expect.poll(() => second.getByRole('list', { name: `Quotes by ${speaker.speaker.name}` }).locator('blockquote').count()).toBe(Math.min(count, 50));
    expect(problems).toEqual([]);
  });

  it('is accessible, chart and table', async () => {
    const { page } = await freshPage(browser);
    await page.goto(`${baseUrl()}/speakers/${speaker.speaker.id}`);
    await page.getByText('Table of the chart').click();
    const result = await new AxeBuilder({ page }).include('figure[data-histogram]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('two speakers compared on the timeline', () => {
  it('charts each one’s articles per period, named in a legend and in the table', async () => {
    const people = index.speakers.filter((s) => s.kind === 'person').slice(0, 2);
    expect(people).toHaveLength(2);
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/?speakers=${people.map((p) => p.id).join(',')}`);
    const legend = page.getByRole('list', { name: 'Speakers compared' });
    await expect.poll(() => legend.getByRole('listitem').allTextContents()).toEqual([expect.stringContaining(people[0]!.name), expect.stringContaining(people[1]!.name)]);

    const { head, rows } = await readTable(page);
    expect(head.slice(1)).toEqual(people.map((p) => p.name));
    // Each column adds up to the articles that quote that speaker.
    const sums = people.map((_, k) => rows.reduce((n, row) => n + Number(row[k + 1]), 0));
    expect(sums).toEqual(people.map((p) => index.articles.filter((a) => a.speakers.includes(p.id)).length));

    // In quotes, each column adds up to the speaker's quotes.
    await page.getByRole('group', { name: 'Count' }).getByRole('button', { name: 'quotes' }).click();
    await expect.poll(async () => {
      const quoted = await readRows(page);
      return people.map((_, k) => quoted.reduce((n, row) => n + Number(row[k + 1]), 0));
    }).toEqual(people.map((p) => p.quoteCount));
    expect(problems).toEqual([]);
  });
});

async function readRows(page: Page): Promise<string[][]> {
  return page.locator('figure[data-histogram] table tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? '')));
}
