import { useState } from 'react';
import type { PublishedArticle, PublishedQuote } from '../../../../core/schema.ts';
import { quoteText } from '../../../../core/quote-text.ts';
import { citationFor, copyText, linkTo, sourceLinkToQuote } from '../lib/share.ts';
import { speakerStyle } from '../../../lib/speaker-style.ts';

interface Props {
  article: PublishedArticle;
  quote: PublishedQuote;
  speakerName: string | null;
  position: number;
  total: number;
}

const button =
  'rounded border border-stone-500 px-2 py-1 text-sm font-medium hover:bg-stone-200 focus-visible:outline-2 focus-visible:outline-offset-2 dark:border-stone-400 dark:hover:bg-stone-800';

/** The selected quote, with the ways to share it. */
export function QuotePanel({ article, quote, speakerName, position, total }: Props) {
  const [status, setStatus] = useState('');
  // Worked out when asked for: the page is also rendered ahead of time, where there is no address to read.
  const link = () => linkTo(`articles/${article.id}?quote=${quote.id}`);
  const atSource = sourceLinkToQuote(article, quote);
  const style = speakerStyle(quote.speaker?.id);
  const copy = async (text: string, what: string) => setStatus((await copyText(text)) ? `${what} copied.` : `Could not copy; the link is ${link()}`);
  const cue = quote.cue ? article.body.slice(quote.cue.start, quote.cue.end) : null;
  return (
    <section aria-labelledby="selected-quote-title" className="mt-6 rounded border border-stone-300 p-3 dark:border-stone-700">
      <h2 id="selected-quote-title" className="text-lg font-semibold">
        Quote {position} of {total}
      </h2>
      <p className={`mt-1 inline-flex items-center gap-1 rounded border px-1.5 text-sm ${style.className}`}>
        <span aria-hidden="true">{style.shape}</span> {speakerName ?? 'Speaker not identified'}
      </p>
      <blockquote className="mt-2 line-clamp-6 font-serif">{quoteText(article.body, quote)}</blockquote>
      {cue && <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">Cue: “{cue}”</p>}
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className={button} onClick={() => void copy(link(), 'Link to quote')}>
          Copy link to quote
        </button>
        <button type="button" className={button} onClick={() => void copy(citationFor(article, quote, speakerName, link()), 'Quote with citation')}>
          Copy with citation
        </button>
        {atSource && (
          <a className={button} href={atSource} rel="noopener noreferrer" target="_blank">
            Open at the source<span className="sr-only"> (new tab)</span>
          </a>
        )}
      </div>
      <p role="status" className="mt-2 min-h-5 text-sm">
        {status}
      </p>
    </section>
  );
}
