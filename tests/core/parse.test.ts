import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/core/parse.ts';

const good = 'A title\n20211208\nhttps://example.org/a\nFirst sentence.\nSecond sentence.\n';

describe('parseArticle', () => {
  it('reads title, ISO date, URL and sentences', () => {
    const result = parseArticle('a.txt', good);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article).toMatchObject({
      title: 'A title',
      date: '2021-12-08',
      url: 'https://example.org/a',
      linkable: true,
      sentences: ['First sentence.', 'Second sentence.'],
      body: 'First sentence.\nSecond sentence.',
    });
  });

  it('tolerates a BOM, CRLF, trailing spaces, blank lines and an upper-case scheme', () => {
    const messy = '\uFEFFA title  \r\n20211208 \r\nHTTP://en.ce.cn/x.shtml\r\n\r\nFirst sentence.\r\n\r\n   \r\nSecond.\r\n';
    const result = parseArticle('messy.txt', messy);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe('A title');
    expect(result.article.url).toBe('http://en.ce.cn/x.shtml');
    expect(result.article.linkable).toBe(true);
    expect(result.article.body).toBe('First sentence.\nSecond.');
  });

  it.each([
    ['missing date', 'T\n\nhttps://x.org\nS.', 2, /missing date/],
    ['date not in YYYYMMDD', 'T\n2021-12-08\nhttps://x.org\nS.', 2, /not YYYYMMDD/],
    ['impossible calendar date', 'T\n20210230\nhttps://x.org\nS.', 2, /not a real calendar date/],
    ['missing title', '\n20210101\nhttps://x.org\nS.', 1, /missing title/],
    ['missing URL', 'T\n20210101\n\nS.', 3, /missing source URL/],
    ['URL that is not a URL', 'T\n20210101\nnot a url\nS.', 3, /is not a URL/],
    ['empty body', 'T\n20210101\nhttps://x.org\n\n  \n', 4, /empty body/],
  ])('rejects %s with its line and reason', (_name, text, line, reason) => {
    const result = parseArticle('bad.txt', text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ file: 'bad.txt', line });
    expect(result.errors.map((e) => e.reason).join('; ')).toMatch(reason);
  });

  it('rejects binary content as a whole-file error', () => {
    const result = parseArticle('img.txt', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR');
    expect(result).toEqual({ ok: false, errors: [{ file: 'img.txt', line: 0, reason: expect.stringMatching(/binary/) }] });
  });

  it('keeps a non-http(s) URL as text, never as a link, with a warning', () => {
    const result = parseArticle('js.txt', 'T\n20210101\njavascript:alert(1)\nS.');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.linkable).toBe(false);
    expect(result.warnings[0]?.reason).toMatch(/not http\(s\)/);
  });

  it('reports every problem of a file, not only the first', () => {
    const result = parseArticle('bad.txt', '\n2021\n\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.line)).toEqual([1, 2, 3, 4]);
  });
});
