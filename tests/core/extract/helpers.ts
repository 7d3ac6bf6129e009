import { extractQuotes } from '../../../src/core/extract/index.ts';
import type { ExtractedQuote, Span } from '../../../src/core/model.ts';

/** Run the extractor and return the quotes with a few helpers to read spans as text. */
export function run(body: string, title?: string) {
  const quotes = extractQuotes(body, title === undefined ? {} : { title });
  const text = (s: Span | null | undefined): string | null => (s ? body.slice(s.start, s.end) : null);
  const find = (needle: string): ExtractedQuote => {
    const q = quotes.find((x) => x.spans.some((s) => body.slice(s.start, s.end).includes(needle)));
    if (!q) throw new Error(`no quote containing "${needle}" in ${JSON.stringify(quotes.map((x) => x.spans.map(text)))}`);
    return q;
  };
  const contents = (q: ExtractedQuote): (string | null)[] => q.spans.map(text);
  return { quotes, text, find, contents };
}
