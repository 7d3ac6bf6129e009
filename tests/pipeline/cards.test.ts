import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { QuoteId } from '../../src/core/model.ts';
import type { Card } from '../../src/app/lib/share-preview.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardWriter, newCardsFromEnv, renderCard } from '../../src/pipeline/cards.ts';

const quote = (id: string): Card => ({
  kind: 'quote',
  id: id as QuoteId,
  article: 'an-article-12345678',
  quote: 'We will build it, and they will come.',
  speaker: 'Ada Lovelace',
  title: 'An article',
  date: '1 March 2021',
  source: 'en.wikinews.org',
  credit: 'Wikinews contributors, en.wikinews.org, CC BY 2.5',
});
const article: Card = { kind: 'article', id: 'an-article-12345678', title: 'An article', date: '1 March 2021', source: 'example.org', quotes: '2 quotes', credit: null };

/** Width and height from a PNG's header, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

let scratch: string | undefined;
afterEach(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('cards', () => {
  it('are PNGs of the size the pages announce, and differ with their words', async () => {
    const [a, b] = await Promise.all([renderCard(quote('q00000001')), renderCard({ ...(quote('q00000001') as Extract<Card, { kind: 'quote' }>), speaker: 'Someone else' })]);
    expect(pngSize(a)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect(a.equals(b)).toBe(false);
  });

  it('are drawn once: a rebuild copies them from the cache', async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'quoteline-cards-'));
    const cache = path.join(scratch, 'cache');
    const first = cardWriter(path.join(scratch, 'one'), cache, { newCards: 10 });
    for (const card of [null, article, quote('q00000001')]) first.add(card);
    expect(await first.done()).toMatchObject({ drawn: 3, fromCache: 0 });
    const again = cardWriter(path.join(scratch, 'two'), cache, { newCards: 0 });
    for (const card of [null, article, quote('q00000001')]) again.add(card);
    expect(await again.done()).toMatchObject({ drawn: 0, fromCache: 3, borrowed: 0 });
    expect(await readFile(path.join(scratch, 'two/cards/quotes/q00000001.png'))).toEqual(await readFile(path.join(scratch, 'one/cards/quotes/q00000001.png')));
  });

  it("show a page past the budget of new cards with another: a quote its article's, the others the site's", async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'quoteline-cards-'));
    const writer = cardWriter(path.join(scratch, 'out'), path.join(scratch, 'cache'), { newCards: 2 });
    expect(writer.add(null)).toBe('cards/site.png');
    expect(writer.add(article)).toBe('cards/articles/an-article-12345678.png');
    expect(writer.add(quote('q00000001'))).toBe('cards/quotes/q00000001.png');
    expect(writer.add(quote('q00000002'))).toBe('cards/articles/an-article-12345678.png');
    expect(writer.add({ kind: 'speaker', id: 'ada', name: 'Ada', what: 'Person', dates: 'today' })).toBe('cards/site.png');
    expect(await writer.done()).toMatchObject({ drawn: 3, borrowed: 2 });
    expect(await readdir(path.join(scratch, 'out/cards/quotes'))).toEqual(['q00000001.png']);
  });

  it('take their budget from QUOTELINE_NEW_CARDS, refusing what is not a count', () => {
    expect(newCardsFromEnv({ QUOTELINE_NEW_CARDS: '250' })).toBe(250);
    expect(newCardsFromEnv({})).toBeGreaterThan(0);
    expect(() => newCardsFromEnv({ QUOTELINE_NEW_CARDS: 'all' })).toThrow(/whole number/);
  });
});
