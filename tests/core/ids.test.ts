import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleIdFor, normalizeQuoteText, quoteIdFor, slugify, speakerIdFor } from '../../src/core/ids.ts';
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
