import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accessDay, citeArticle, citeQuote, CITATION_STYLES } from '../../src/app/lib/citation.ts';
import { quoteText } from '../../src/core/quote-text.ts';
import type { PublishedArticle } from '../../src/core/schema.ts';
import type { DecodedIndex } from '../../src/core/wire.ts';
import { fetchArticle, fetchIndex } from '../../src/pipeline/served-data.ts';
import { baseUrl, closeContexts, freshPage, launch } from './browser.ts';

let browser: Browser;
let index: DecodedIndex;
let article: PublishedArticle;

beforeAll(async () => {
  browser = await launch();
  index = await fetchIndex(baseUrl());
  // A Wikinews article (credited, on a site named in citations) with a direct quote by one named speaker.
  for (const summary of index.articles.filter((a) => a.source.endsWith('wikinews.org'))) {
    const candidate = await fetchArticle(baseUrl(), index, summary.id);
    if (candidate.quotes.some((q) => q.kind === 'direct' && q.speaker && !q.speaker.joint)) {
      article = candidate;
      break;
    }
  }
});
afterEach(closeContexts);
afterAll(async () => {
  await browser?.close();
});

describe('copy with citation', () => {
  it('copies a quote with its citation in APA, MLA and Chicago, and confirms each', async () => {
    const quote = article.quotes.find((q) => q.kind === 'direct' && q.speaker && !q.speaker.joint)!;
    const { page, problems } = await freshPage(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    await page.goto(`${baseUrl()}/articles/${article.id}?quote=${quote.id}`);
    const panel = page.getByRole('region', { name: /^Quote \d+ of \d+$/ });
    const speakerName = (await panel.getByTestId('selected-quote-speakers').textContent())!.replace(/^\W+/, '').trim();
    for (const { style, label } of CITATION_STYLES) {
      await panel.getByRole('group', { name: 'Copy with citation' }).getByRole('button', { name: label }).click();
      await expect.poll(() => panel.getByRole('status').textContent()).toBe(`Quote with ${label} citation copied.`);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(citeQuote(style, { text: quoteText(article.body, quote), speakers: [speakerName], indirect: false }, article, accessDay(new Date())));
      expect(copied.startsWith('“')).toBe(true);
      expect(copied).toContain(article.title);
    }
    expect(problems).toEqual([]);
  });

  it('copies the article’s citation from its header in each style', async () => {
    const { page, problems } = await freshPage(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    await page.goto(`${baseUrl()}/articles/${article.id}`);
    const group = page.getByRole('group', { name: 'Copy with citation' }).first();
    for (const { style, label } of CITATION_STYLES) {
      await group.getByRole('button', { name: label }).click();
      await expect.poll(() => page.getByText(`Article with ${label} citation copied.`).count()).toBe(1);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citeArticle(style, article, accessDay(new Date())));
    }
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Wikinews\. “/);
    expect(problems).toEqual([]);
  });
});
