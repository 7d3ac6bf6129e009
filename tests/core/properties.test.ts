import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/extract/index.ts';
import { parseArticle } from '../../src/core/parse.ts';
import { buildCorpus, type InputFile } from '../../src/core/publish.ts';

// Text shaped like news, with the characters that matter to the parser and the extractor over-represented.
const newsChar = fc.constantFrom(...'abc XYZ .,;:!?"“”‘’\'`-—\n\r\t\uFEFF\u200b\u202e0123456789'.split(''), '\u0000', 'said', ' he said', 'according to ', '\n"');
const newsText = fc.array(fc.oneof(newsChar, fc.string({ unit: 'grapheme' })), { maxLength: 200 }).map((parts) => parts.join(''));
const sentence = fc.oneof(
  newsText.map((t) => t.replace(/\n/g, ' ')),
  fc.constantFrom('"We will win," the senator said.', 'Putin stressed that NATO must stop.', '“It is over.', 'According to officials, the talks failed.', "``Yes,'' she said."),
);
const articleText = fc
  .record({
    title: fc.string({ maxLength: 40 }),
    date: fc.oneof(fc.constantFrom('20211208', '20210230', '29991231', ''), fc.stringMatching(/^\d{8}$/)),
    url: fc.constantFrom('https://example.org/a', 'HTTP://EXAMPLE.ORG/b', 'javascript:alert(1)', 'not a url', ''),
    sentences: fc.array(sentence, { maxLength: 8 }),
  })
  .map(({ title, date, url, sentences }) => `${title}\n${date}\n${url}\n${sentences.join('\n')}`);

describe('properties', () => {
  it('parseArticle gives an article or located errors for any text, and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(newsText, articleText), (text) => {
        const result = parseArticle('x.txt', text);
        if (result.ok) {
          expect(result.article.body).toBe(result.article.sentences.join('\n'));
          expect(result.article.title.length).toBeGreaterThan(0);
        } else {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(e).toMatchObject({ file: 'x.txt', line: expect.any(Number), reason: expect.any(String) });
        }
      }),
      { numRuns: 400 },
    );
  });

  it('extractQuotes never throws, and every span lies inside the body, ordered and non-empty', () => {
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 12 }).map((s) => s.join('\n')), (body) => {
        for (const q of extractQuotes(body)) {
          let last = -1;
          for (const s of q.spans) {
            expect(s.start).toBeGreaterThan(last - 1);
            expect(s.start).toBeLessThan(s.end);
            expect(s.end).toBeLessThanOrEqual(body.length);
            last = s.end;
          }
          for (const s of [q.cue, q.speaker?.mention, q.speaker?.antecedent]) if (s) expect(0 <= s.start && s.start <= s.end && s.end <= body.length).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('buildCorpus gives the same ids whatever the order of the files', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(articleText, { minLength: 1, maxLength: 6 }).chain((texts) => {
          const files = texts.map((text, i): InputFile => ({ path: `f${i}.txt`, text }));
          return fc.tuple(fc.constant(files), fc.shuffledSubarray(files, { minLength: files.length, maxLength: files.length }));
        }),
        ([files, shuffled]) => {
          const ids = (list: InputFile[]) => {
            const built = buildCorpus(list);
            return {
              articles: built.index.articles.map((a) => a.id).sort(),
              quotes: built.articles.flatMap((a) => a.quotes.map((q) => `${a.id}/${q.id}`)).sort(),
              fates: built.report.files.map((f) => `${f.file}:${f.fate}`).sort(),
            };
          };
          expect(ids(shuffled)).toEqual(ids(files));
        },
      ),
      { numRuns: 100 },
    );
  });
});
