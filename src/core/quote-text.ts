import type { Span } from './model.ts';

/** The text a quote says, pieces joined with an ellipsis: what is shown in previews and hashed into its id. */
export function quoteText(body: string, quote: { spans: Span[] }): string {
  return quote.spans.map((span) => body.slice(span.start, span.end)).join(' … ');
}
