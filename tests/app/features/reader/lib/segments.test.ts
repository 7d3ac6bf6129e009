import { describe, expect, it } from 'vitest';
import type { QuoteId, SpeakerId } from '../../../../../src/core/model.ts';
import type { PublishedQuote } from '../../../../../src/core/schema.ts';
import { segmentBody } from '../../../../../src/app/features/reader/lib/segments.ts';

const body = '"We will see," Biden said.\n"It is over.\nWe are done," he said.';
const quote = (id: string, spans: [number, number][], cue: [number, number], mention: [number, number]): PublishedQuote => ({
  id: id as QuoteId,
  spans: spans.map(([start, end]) => ({ start, end })),
  kind: 'direct',
  cue: { start: cue[0], end: cue[1] },
  speaker: { id: 'joe-biden' as SpeakerId, name: 'Joe Biden', role: null, mention: { start: mention[0], end: mention[1] }, antecedent: null },
});

describe('segmentBody', () => {
  const first = quote('q1', [[0, 14]], [21, 25], [15, 20]);
  const second = quote('q2', [[27, 53]], [57, 61], [54, 56]);
  const paragraphs = segmentBody(body, [first, second]);

  it('makes one paragraph per sentence line, covering the body without gaps', () => {
    expect(paragraphs).toHaveLength(3);
    const text = paragraphs.map((p) => p.segments.map((s) => body.slice(s.start, s.end)).join('')).join('\n');
    expect(text).toBe(body);
  });

  it('marks the quote, its cue and its speaker mention as separate runs', () => {
    const runs = paragraphs[0]!.segments.map((s) => [body.slice(s.start, s.end), s.quote?.id ?? null, s.role]);
    expect(runs).toEqual([
      ['"We will see,"', 'q1', null],
      [' ', null, null],
      ['Biden', null, 'mention'],
      [' ', null, null],
      ['said', null, 'cue'],
      ['.', null, null],
    ]);
    expect(paragraphs[0]!.segments[0]!.endsQuote?.id).toBe('q1');
  });

  it('splits a quote that runs over two lines into one run per line, labelled once at its end', () => {
    const pieces = paragraphs.flatMap((p) => p.segments).filter((s) => s.quote?.id === 'q2');
    expect(pieces.map((s) => body.slice(s.start, s.end))).toEqual(['"It is over.', 'We are done,"']);
    expect(pieces.map((s) => s.endsQuote?.id ?? null)).toEqual([null, 'q2']);
  });
});
