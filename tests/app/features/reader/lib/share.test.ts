import { describe, expect, it } from 'vitest';
import { copyOutcome, linkTo } from '../../../../../src/app/features/reader/lib/share.ts';

describe('a copied link', () => {
  it('points into the corpus the reader is in', () => {
    expect(linkTo('articles/a-12345678?quote=q12345678', 'bundled')).toBe(`${location.origin}/articles/a-12345678?quote=q12345678`);
    expect(linkTo('articles/a-12345678?quote=q12345678', 'library')).toBe(`${location.origin}/library/articles/a-12345678?quote=q12345678`);
  });

  it('into the library, says it works on this device only, copied or not', () => {
    const link = linkTo('articles/a-12345678', 'library');
    expect(copyOutcome('Link to quote', link, true, 'library')).toBe('Link to quote copied. Links into your library work on this device only.');
    expect(copyOutcome('Link to quote', link, false, 'library')).toBe(`Could not copy; the link is ${link} Links into your library work on this device only.`);
    expect(copyOutcome('Link to quote', linkTo('articles/a-12345678', 'bundled'), true, 'bundled')).toBe('Link to quote copied.');
  });
});
