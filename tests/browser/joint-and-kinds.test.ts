import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PublishedArticle, PublishedQuote } from '../../src/core/schema.ts';
import type { DecodedIndex } from '../../src/core/wire.ts';
import { fetchArticle, fetchIndex } from '../../src/pipeline/served-data.ts';
import { baseUrl, closeContexts, formatCount, freshPage, launch } from './browser.ts';

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

/** The first joint quote in the published data, newest article first, found by reading article files. */
async function findJointQuote(): Promise<{ article: PublishedArticle; quote: PublishedQuote & { speaker: NonNullable<PublishedQuote['speaker']> } }> {
  // Joint quotes come from readouts; look there first, then everywhere.
  const candidates = [...index.articles].sort((a, b) => Number(b.title.startsWith('Readout')) - Number(a.title.startsWith('Readout')));
  for (const summary of candidates) {
    const article = await fetchArticle(baseUrl(), index, summary.id);
    const quote = article.quotes.find((q) => (q.speaker?.joint?.length ?? 0) > 0);
    if (quote?.speaker) return { article, quote: { ...quote, speaker: quote.speaker } };
  }
  throw new Error('the bundled corpus has no joint quote');
}

describe('a joint quote in the bundled corpus', () => {
  it('is kept, marked joint, under the filter of a member who is not its first speaker', async () => {
    const { article, quote } = await findJointQuote();
    const member = quote.speaker.joint![0]!;
    // The index lists the member among the article's speakers: the timeline's filter finds the article.
    expect(index.articles.find((a) => a.id === article.id)!.speakers).toContain(member.id);

    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/articles/${article.id}?speakers=${member.id}`);
    const mark = page.locator(`mark[data-quote-id="${quote.id}"]`).first();
    expect((await mark.getAttribute('data-speaker-ids'))?.split(' ')).toContain(member.id);
    expect(await mark.getAttribute('data-dimmed')).toBeNull();
    const label = page.locator(`[data-speaker-label="${quote.id}"]`);
    expect(await label.textContent()).toContain('said jointly');

    // Stepping under the member's filter reaches the joint quote, and the panel names every speaker and why.
    const memberQuotes = article.quotes
      .filter((q) => q.speaker && [q.speaker.id, ...(q.speaker.joint ?? []).map((j) => j.id)].includes(member.id))
      .sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
    for (let i = 0; i <= memberQuotes.findIndex((q) => q.id === quote.id); i++) await page.getByRole('button', { name: 'Next quote ↓' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('quote')).toBe(quote.id);
    const panel = page.getByTestId('selected-quote-speakers');
    await expect.poll(() => panel.textContent()).toContain('said jointly');
    const shownName = index.speakers.find((s) => s.id === member.id)!.name; // the corpus-wide name, once the index is in
    await expect.poll(() => panel.textContent()).toContain(shownName);
    expect(await page.getByRole('region', { name: 'Why this speaker' }).textContent()).toContain('Cue');

    // The member's own page lists it with a Joint badge.
    await page.goto(`${baseUrl()}/speakers/${member.id}`);
    const item = page.locator(`li[data-quote-id="${quote.id}"]`).first();
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.locator('[data-joint="true"]').textContent()).toBe('Joint');
    expect(problems).toEqual([]);
  });
});

describe('the directory by kind', () => {
  it('opened with kind=document shows documents only, with their count', async () => {
    const documents = index.speakers.filter((s) => s.kind === 'document');
    expect(documents.length).toBeGreaterThan(0);
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/speakers?kind=document`);
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`${formatCount(documents.length)} speaker`);
    expect(await page.getByLabel('Kind').inputValue()).toBe('document');
    expect(await page.getByLabel('Kind').locator('option:checked').textContent()).toBe(`Documents (${formatCount(documents.length)})`);
    const rows = page.locator('ul[aria-label="Speakers"] li [data-speaker-id]');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const shown = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-speaker-id') ?? ''));
    const kindOf = new Map(index.speakers.map((s) => [s.id as string, s.kind]));
    expect(shown.every((id) => kindOf.get(id) === 'document')).toBe(true);
    expect(shown[0]).toBe([...documents].sort((a, b) => b.quoteCount - a.quoteCount || b.articleCount - a.articleCount)[0]!.id);

    // Choosing another kind puts it in the URL.
    await page.getByLabel('Kind').selectOption('group');
    await expect.poll(() => new URL(page.url()).searchParams.get('kind')).toBe('group');
    expect(problems).toEqual([]);
  });
});
