import { describe, expect, it } from 'vitest';
import { accessDay, citeArticle, citeQuote, siteName, type CitedArticle } from '../../../src/app/lib/citation.ts';

const whiteHouse: CitedArticle = {
  title: 'Remarks by President Biden on the American Rescue Plan',
  date: '2021-03-05',
  url: 'https://www.whitehouse.gov/briefing-room/speeches-remarks/2021/03/05/remarks/',
  linkable: true,
  source: 'whitehouse.gov',
};
const wikinews: CitedArticle = {
  title: 'Is the ceasefire holding?',
  date: '2022-09-14',
  url: 'https://en.wikinews.org/wiki/Is_the_ceasefire_holding%3F',
  linkable: true,
  source: 'en.wikinews.org',
};
const ACCESSED = '2026-12-01';

describe('APA (7th edition), unsigned news article on a website', () => {
  it('puts the title in the author’s place, then the date, the site and the URL', () => {
    expect(citeArticle('apa', whiteHouse, ACCESSED)).toBe(
      'Remarks by President Biden on the American Rescue Plan. (2021, March 5). The White House. https://www.whitehouse.gov/briefing-room/speeches-remarks/2021/03/05/remarks/',
    );
  });

  it('keeps a title’s own question mark instead of adding a period, and has no access date', () => {
    expect(citeArticle('apa', wikinews, ACCESSED)).toBe('Is the ceasefire holding? (2022, September 14). Wikinews. https://en.wikinews.org/wiki/Is_the_ceasefire_holding%3F');
  });
});

describe('MLA (9th edition)', () => {
  it('starts with the title in quotation marks, abbreviates months, drops the URL’s scheme and ends with the access date', () => {
    expect(citeArticle('mla', whiteHouse, ACCESSED)).toBe(
      '“Remarks by President Biden on the American Rescue Plan.” The White House, 5 Mar. 2021, www.whitehouse.gov/briefing-room/speeches-remarks/2021/03/05/remarks/. Accessed 1 Dec. 2026.',
    );
  });

  it('writes June, July and Sept. as MLA does', () => {
    expect(citeArticle('mla', { ...wikinews, date: '2022-06-30' }, '2026-07-04')).toContain('30 June 2022');
    expect(citeArticle('mla', { ...wikinews, date: '2022-06-30' }, '2026-07-04')).toContain('Accessed 4 July 2026.');
    expect(citeArticle('mla', wikinews, ACCESSED)).toContain('“Is the ceasefire holding?” Wikinews, 14 Sept. 2022,');
  });
});

describe('Chicago (17th edition, bibliography)', () => {
  it('puts the site in the author’s place, then the title in quotation marks, the date and the URL', () => {
    expect(citeArticle('chicago', whiteHouse, ACCESSED)).toBe(
      'The White House. “Remarks by President Biden on the American Rescue Plan.” March 5, 2021. https://www.whitehouse.gov/briefing-room/speeches-remarks/2021/03/05/remarks/.',
    );
  });
});

describe('a URL that is not http(s)', () => {
  it('is left out of every style, as it is never linked', () => {
    const hostile: CitedArticle = { ...whiteHouse, url: 'javascript:alert(1)', linkable: false, source: '' };
    for (const style of ['apa', 'mla', 'chicago'] as const) expect(citeArticle(style, hostile, ACCESSED)).not.toContain('javascript');
    expect(citeArticle('chicago', hostile, ACCESSED)).toBe('“Remarks by President Biden on the American Rescue Plan.” March 5, 2021.');
  });
});

describe('a quote with its citation', () => {
  it('is the quote in quotation marks, who said it, then the article’s citation', () => {
    const quote = { text: '“We are going to get this done,\n and fast.”', speakers: ['Joe Biden'], indirect: false };
    expect(citeQuote('apa', quote, whiteHouse, ACCESSED)).toBe(`“We are going to get this done, and fast.” (Joe Biden) ${citeArticle('apa', whiteHouse, ACCESSED)}`);
    expect(citeQuote('mla', quote, whiteHouse, ACCESSED)).toBe(`“We are going to get this done, and fast.” (Joe Biden) ${citeArticle('mla', whiteHouse, ACCESSED)}`);
    expect(citeQuote('chicago', quote, whiteHouse, ACCESSED).startsWith('“We are going to get this done, and fast.” (Joe Biden) The White House. “Remarks')).toBe(true);
  });

  it('names every speaker of a joint quote, none for an unattributed one, and leaves a paraphrase unquoted', () => {
    expect(citeQuote('apa', { text: 'We agreed.', speakers: ['Joe Biden', 'Vladimir Putin'], indirect: false }, wikinews, ACCESSED)).toMatch(/^“We agreed\.” \(Joe Biden and Vladimir Putin\) Is the/);
    expect(citeQuote('apa', { text: 'We agreed.', speakers: [], indirect: false }, wikinews, ACCESSED)).toMatch(/^“We agreed\.” Is the/);
    expect(citeQuote('apa', { text: 'that talks would resume', speakers: ['Joe Biden'], indirect: true }, wikinews, ACCESSED)).toMatch(/^that talks would resume \(Joe Biden\) Is the/);
  });
});

describe('names and dates', () => {
  it('names the corpus’s sites, and any other by its host', () => {
    expect(siteName('whitehouse.gov')).toBe('The White House');
    expect(siteName('en.wikinews.org')).toBe('Wikinews');
    expect(siteName('en.ce.cn')).toBe('China Economic Net');
    expect(siteName('www.example.org')).toBe('example.org');
    expect(siteName('notwhitehouse.gov')).toBe('notwhitehouse.gov');
  });

  it('takes the access day from the reader’s calendar', () => {
    expect(accessDay(new Date(2026, 0, 9, 23, 30))).toBe('2026-01-09');
  });
});
