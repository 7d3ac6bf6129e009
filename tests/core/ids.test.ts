import { describe, expect, it } from 'vitest';
import { articleIdFor, normalizeQuoteText, quoteIdFor, slugify, speakerIdFor } from '../../src/core/ids.ts';
import type { ArticleId } from '../../src/core/model.ts';

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
