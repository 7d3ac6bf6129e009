import type { QuoteId, Span } from '../../../../core/model.ts';
import type { PublishedQuote } from '../../../../core/schema.ts';

export type SegmentRole = 'cue' | 'mention' | null;

export interface Segment {
  start: number;
  end: number;
  quote: PublishedQuote | null;
  role: SegmentRole;
  /** The quote whose last span ends here: its speaker label is shown right after this segment. */
  endsQuote: PublishedQuote | null;
}

export interface Paragraph {
  start: number;
  end: number;
  segments: Segment[];
}

/**
 * Cut an article body into paragraphs (its sentence lines) and each paragraph into runs of text that share one
 * quote and one role (cue, speaker mention, or plain), so the reader can render marks without any HTML.
 * A quote that runs over several lines yields one run per line, all carrying the same quote.
 */
export function segmentBody(body: string, quotes: PublishedQuote[]): Paragraph[] {
  const cuts = new Set<number>([0, body.length]);
  const roles: { span: Span; role: Exclude<SegmentRole, null> }[] = [];
  const lastEnd = new Map<number, PublishedQuote>();
  for (const quote of quotes) {
    for (const span of quote.spans) {
      cuts.add(span.start);
      cuts.add(span.end);
    }
    const last = quote.spans[quote.spans.length - 1];
    if (last) lastEnd.set(last.end, quote);
    if (quote.cue) roles.push({ span: quote.cue, role: 'cue' });
    if (quote.speaker?.mention) roles.push({ span: quote.speaker.mention, role: 'mention' });
  }
  for (const { span } of roles) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) {
    cuts.add(i);
    cuts.add(i + 1);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= body.length).sort((a, b) => a - b);

  const covering = (pos: number): PublishedQuote | null => {
    for (const quote of quotes) if (quote.spans.some((s) => s.start <= pos && pos < s.end)) return quote;
    return null;
  };
  const roleAt = (pos: number): SegmentRole => {
    for (const { span, role } of roles) if (span.start <= pos && pos < span.end) return role;
    return null;
  };

  const paragraphs: Paragraph[] = [];
  let current: Paragraph = { start: 0, end: 0, segments: [] };
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (body[start] === '\n') {
      current.end = start;
      paragraphs.push(current);
      current = { start: end, end: end, segments: [] };
      continue;
    }
    current.segments.push({ start, end, quote: covering(start), role: roleAt(start), endsQuote: lastEnd.get(end) ?? null });
  }
  current.end = body.length;
  paragraphs.push(current);
  return paragraphs;
}

export function quoteById(quotes: PublishedQuote[], id: string | undefined): PublishedQuote | undefined {
  return id ? quotes.find((q) => q.id === (id as QuoteId)) : undefined;
}
