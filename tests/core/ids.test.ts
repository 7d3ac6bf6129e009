import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleIdFor, articleKeyFor, hash53, normalizeQuoteText, quoteIdFor, slugify, speakerIdFor, uniqueArticleKeys, type KeyHash } from '../../src/core/ids.ts';
import type { ArticleId } from '../../src/core/model.ts';
import { buildCorpus } from '../../src/core/publish.ts';

describe('article ids', () => {
  const article = { date: '2021-12-08', title: 'Biden, Putin hold video call', url: 'http://en.ce.cn/a.shtml' };

  it('read as the title and end in a hash of date, title and URL', () => {
    expect(articleIdFor(article)).toMatch(/^biden-putin-hold-video-call-[0-9a-z]{8}$/);
  });

  it('are the same for the same article and differ when the date, title or URL differ', () => {
    const id = articleIdFor(article);
    expect(articleIdFor({ ...article })).toBe(id);
    expect(articleIdFor({ ...article, date: '2021-12-09' })).not.toBe(id);
    expect(articleIdFor({ ...article, url: 'http://en.ce.cn/b.shtml' })).not.toBe(id);
    expect(articleIdFor({ ...article, title: 'Biden, Putin hold video call again' })).not.toBe(id);
  });

  it('stay URL-safe for titles with no Latin letters', () => {
    expect(articleIdFor({ ...article, title: 'Путин и Байден' })).toMatch(/^article-[0-9a-z]{8}$/);
  });

  it('keep the values links were made with (decision 0001)', () => {
    expect(articleIdFor(article)).toBe('biden-putin-hold-video-call-9s2lis75');
    expect(articleIdFor({ ...article, title: 'Путин и Байден' })).toBe('article-ongz29hz');
  });
});

describe('article keys that collide', () => {
  // Every article's 8 characters are the same; seeds above 0 (the longer keys) hash as usual.
  const colliding: KeyHash = (text, seed) => (seed === 0 ? 123456789 : hash53(text, seed));
  const older = { date: '2020-01-01', title: 'Older', url: 'https://example.org/older' };
  const newer = { date: '2021-06-01', title: 'Newer', url: 'https://example.org/newer' };
  const newest = { date: '2022-06-01', title: 'Newest', url: 'https://example.org/newest' };

  it('are left alone when they do not collide', () => {
    expect(uniqueArticleKeys([older, newer])).toEqual([articleKeyFor(older), articleKeyFor(newer)]);
  });

  it('are made unique: the oldest article keeps its 8 characters, each later one gets 4 more', () => {
    const keys = uniqueArticleKeys([newest, older, newer], colliding);
    const short = articleKeyFor(older, colliding);
    expect(keys[1]).toBe(short);
    expect(keys[0]).toMatch(new RegExp(`^${short}[0-9a-z]{4}$`));
    expect(keys[2]).toMatch(new RegExp(`^${short}[0-9a-z]{4}$`));
    expect(new Set(keys).size).toBe(3);
  });

  it('do not depend on the order the articles come in', () => {
    const keyOf = (articles: (typeof older)[]) => new Map(articles.map((a, i) => [a.title, uniqueArticleKeys(articles, colliding)[i]]));
    expect(keyOf([newer, newest, older])).toEqual(keyOf([older, newer, newest]));
  });

  it('keep an article’s key when a newer article collides with it later', () => {
    const [before] = uniqueArticleKeys([older], colliding);
    expect(uniqueArticleKeys([newer, older], colliding)[1]).toBe(before);
  });

  it('on the same date, go by content, and the same article twice keeps one key', () => {
    const a = { ...older, title: 'A' };
    const b = { ...older, title: 'B' };
    const keys = uniqueArticleKeys([b, a, b], colliding);
    expect(keys[1]).toHaveLength(8);
    expect(keys[0]).toHaveLength(12);
    expect(keys[2]).toBe(keys[0]);
  });

  it('try another seed when a longer key is taken too, and fail loudly when every seed is', () => {
    const seedOneToo: KeyHash = (text, seed) => (seed <= 1 ? 123456789 : hash53(text, seed));
    const keys = uniqueArticleKeys([older, newer, newest], seedOneToo);
    expect(new Set(keys).size).toBe(3);
    expect(() => uniqueArticleKeys([older, newer, newest], () => 42)).toThrow(/no key of its own for the article "Newest"/);
  });
});

describe('quote ids', () => {
  const articleId = 'a-00000000' as ArticleId;
  it('ignore quotation-mark style and white space', () => {
    expect(quoteIdFor(articleId, '“We will see,”', 0)).toBe(quoteIdFor(articleId, '"We  will see,"', 0));
    expect(normalizeQuoteText("``We'll see''")).toBe(normalizeQuoteText('"We’ll see"'));
  });
  it('tell apart repeated words by occurrence, and articles from each other', () => {
    expect(quoteIdFor(articleId, 'Yes', 0)).not.toBe(quoteIdFor(articleId, 'Yes', 1));
    expect(quoteIdFor(articleId, 'Yes', 0)).not.toBe(quoteIdFor('b-00000000' as ArticleId, 'Yes', 0));
  });
});

describe('slugs and speaker ids', () => {
  it('fold accents and punctuation', () => {
    expect(slugify('Élysée Palace’s “statement”')).toBe('elysee-palaces-statement');
    expect(speakerIdFor('Joe Biden')).toBe('joe-biden');
  });
  it('cut long titles at a word boundary', () => {
    const slug = slugify('word '.repeat(40), 60);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });
});

// Decision 0001 promises that links keep working: an id, once published, never changes for the same input. These
// are real ids of the bundled corpus, written down; a change to how ids are made fails here before it breaks a
// link someone saved.
describe('ids, pinned (docs/decisions/0001-content-derived-ids.md)', () => {
  const SEED_ID = 'biden-putin-hold-video-call-on-bilateral-ties-ukrainian-n30jyt77' as ArticleId;
  const SEED_FILE = 'seed/20211208-biden-putin-hold-video-call-on-bilateral-ties.txt';

  it('the seed article', () => {
    const seed = { date: '2021-12-08', title: 'Biden Putin hold video call on bilateral ties Ukrainian crisis Iran nuclear deal', url: 'http://en.ce.cn/main/latest/202112/08/t20211208_37153589.shtml' };
    expect(articleIdFor(seed)).toBe(SEED_ID);
  });

  it('the seed article, as the build publishes it from its file', () => {
    const text = readFileSync(path.resolve(import.meta.dirname, '../../corpus', SEED_FILE), 'utf8');
    expect(buildCorpus([{ path: SEED_FILE, text }]).articles.map((a) => a.id)).toEqual([SEED_ID]);
  });

  it('a quote of the seed article', () => {
    const words = 'that it is the North Atlantic Treaty Organization NATO that is making dangerous attempts to "conquer Ukrainian territory" and is building up its military potential near the Russian borders';
    expect(quoteIdFor(SEED_ID, words, 0)).toBe('qkd9cr7yd');
    expect(quoteIdFor(SEED_ID, words, 1)).not.toBe('qkd9cr7yd');
  });

  it('speakers', () => {
    expect(speakerIdFor('Vladimir Putin')).toBe('vladimir-putin');
    expect(speakerIdFor('Volodymyr Zelenskÿy')).toBe('volodymyr-zelenskyy');
    expect(speakerIdFor('National Hurricane Center')).toBe('national-hurricane-center');
  });
});
