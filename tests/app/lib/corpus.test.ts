import { describe, expect, it } from 'vitest';
import { corpusAt, corpusRoot } from '../../../src/app/lib/corpus.ts';

describe('corpusAt', () => {
  it('reads the library under /library and only there', () => {
    expect(corpusAt('/library')).toBe('library');
    expect(corpusAt('/library/')).toBe('library');
    expect(corpusAt('/library/articles/a-b12345678')).toBe('library');
    expect(corpusAt('/library/open')).toBe('library');
    expect(corpusAt('/')).toBe('bundled');
    expect(corpusAt('/articles/library-fire-12345678')).toBe('bundled');
    // A speaker or an article whose slug starts with the word is not the library.
    expect(corpusAt('/libraryfire')).toBe('bundled');
    expect(corpusAt('/speakers/library')).toBe('bundled');
  });

  it('links into each corpus start at its root', () => {
    expect(corpusRoot('bundled')).toBe('/');
    expect(corpusRoot('library')).toBe('/library/');
  });
});
