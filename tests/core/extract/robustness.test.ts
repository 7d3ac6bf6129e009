import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/extract/index.ts';
import type { ExtractedQuote } from '../../../src/core/model.ts';

function checkInvariants(body: string, quotes: ExtractedQuote[]): void {
  let lastStart = -1;
  const all: { start: number; end: number }[] = [];
  for (const q of quotes) {
    expect(q.spans.length).toBeGreaterThan(0);
    const first = q.spans[0]!;
    expect(first.start).toBeGreaterThanOrEqual(lastStart);
    lastStart = first.start;
    let prevEnd = -1;
    for (const s of q.spans) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(body.length);
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.start).toBeGreaterThanOrEqual(prevEnd);
      prevEnd = s.end;
      all.push(s);
    }
    for (const s of [q.cue, q.speaker?.mention, q.speaker?.antecedent]) {
      if (!s) continue;
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(body.length);
      expect(s.end).toBeGreaterThan(s.start);
    }
  }
  all.sort((a, b) => a.start - b.start);
  for (let i = 1; i < all.length; i++) expect(all[i]!.start).toBeGreaterThanOrEqual(all[i - 1]!.end);
}

const newsy = fc.constantFrom(
  '"', '“', '”', "''", '``', '‘', '’', "'", ',', '.', ':', ';', ' ', '\n', ' said ', ' told reporters ', ' according to ',
  ' he ', ' she ', ' it ', ' the readout ', ' the White House ', ' President Joe Biden ', ' a senior official ', ' that ',
  ' adding that ', ' officials said, ', 'Putin', 'Biden', 'NATO', '—', '(', ')', 'é', '😀', '\u0000', '\uFFFD',
);

describe('robustness', () => {
  it('never throws and keeps span invariants on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        checkInvariants(s, extractQuotes(s));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps invariants on news-shaped noise', () => {
    fc.assert(
      fc.property(fc.array(newsy, { maxLength: 80 }), fc.string({ maxLength: 60 }), (parts, title) => {
        const body = parts.join('');
        checkInvariants(body, extractQuotes(body, { title }));
      }),
      { numRuns: 500 },
    );
  });

  it('handles empty and degenerate bodies', () => {
    for (const body of ['', '\n', '"', '""', "''", '``', '"\n"\n"', '“”', ' said', 'said', 'according to', '\u{1F600}"x" he said']) {
      expect(() => extractQuotes(body)).not.toThrow();
      checkInvariants(body, extractQuotes(body));
    }
  });

  // Its speed is measured by `npm run bench:extract`; here, what a reader gets from such a line.
  it('reads a 1 MB line of repeated attributions, and many unbalanced marks, whole', () => {
    const sentence = 'The minister said that the "plan" would work, according to officials, and "it will," he added. ';
    const copies = Math.ceil(1_000_000 / sentence.length);
    const big = sentence.repeat(copies);
    const quotes = extractQuotes(big);
    checkInvariants(big, quotes);
    const byMinister = quotes.filter((q) => q.speaker?.name === 'the minister' || q.speaker?.role === 'minister');
    expect(quotes.length).toBeGreaterThanOrEqual(copies);
    expect(byMinister.length).toBeGreaterThan(0);
    const marks = '"a “b ``c \'\'d ” '.repeat(50_000);
    checkInvariants(marks, extractQuotes(marks));
  }, 60_000);
});
