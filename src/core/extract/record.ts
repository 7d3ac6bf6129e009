/**
 * The JSON record of one article's extracted quotes (the `extract` CLI's output and the scorer's input):
 * content-derived quote ids, quote text (pieces joined with " … "), cue and speaker mention texts.
 */
import { articleIdFor, normalizeQuoteText, quoteIdFor, speakerIdFor } from '../ids.ts';
import type { ExtractedQuote, ParsedArticle } from '../model.ts';

export interface QuoteRecord {
  id: string;
  start?: number;
  end?: number;
  spans?: { start: number; end: number }[];
  text: string;
  kind: string;
  cue: { start: number; end: number; text: string } | null;
  speaker: { id: string; name: string; mention: { start: number; end: number; text: string } | null } | null;
}

/** The JSON record of one article's quotes, in the shape the scorer reads. */
export function articleRecord(article: ParsedArticle, quotes: ExtractedQuote[], file: string): { file: string; quotes: QuoteRecord[] } {
  const articleId = articleIdFor(article);
  const seen = new Map<string, number>();
  const body = article.body;
  const records = quotes.map((q): QuoteRecord => {
    const text = q.spans.map((s) => body.slice(s.start, s.end)).join(' … ');
    const norm = normalizeQuoteText(text);
    const occurrence = seen.get(norm) ?? 0;
    seen.set(norm, occurrence + 1);
    const where = q.spans.length === 1 ? { start: q.spans[0]?.start ?? 0, end: q.spans[0]?.end ?? 0 } : { spans: q.spans.map((s) => ({ start: s.start, end: s.end })) };
    return {
      id: quoteIdFor(articleId, text, occurrence),
      ...where,
      text,
      kind: q.kind,
      cue: q.cue ? { start: q.cue.start, end: q.cue.end, text: body.slice(q.cue.start, q.cue.end) } : null,
      speaker: q.speaker
        ? {
            id: speakerIdFor(q.speaker.name),
            name: q.speaker.name,
            mention: q.speaker.mention ? { start: q.speaker.mention.start, end: q.speaker.mention.end, text: body.slice(q.speaker.mention.start, q.speaker.mention.end) } : null,
          }
        : q.unresolved
          ? // the source the text names, unresolved: the mention is still what the extraction found
            { id: '', name: body.slice(q.unresolved.start, q.unresolved.end), mention: { start: q.unresolved.start, end: q.unresolved.end, text: body.slice(q.unresolved.start, q.unresolved.end) } }
          : null,
    };
  });
  return { file, quotes: records };
}

