import { useState } from 'react';
import type { PublishedArticle, PublishedQuote } from '../../../../core/schema.ts';
import { quoteText } from '../../../../core/quote-text.ts';
import { copyOutcome, copyText, LIBRARY_LINK_NOTE, linkTo, sourceLinkToQuote } from '../lib/share.ts';
import { citeQuote } from '../../../lib/citation.ts';
import { CopyCitation } from './copy-citation.tsx';
import { joinNames, UNATTRIBUTED, type QuoteSpeaker } from '../../../lib/quote-speakers.ts';
import { useCorpus } from '../../../lib/routing.ts';
import { speakerStyle } from '../../../lib/speaker-style.ts';

interface Props {
  article: PublishedArticle;
  quote: PublishedQuote;
  /** Everyone the quote belongs to, named as the app names them (several for a joint quote); empty when unattributed. */
  speakers: QuoteSpeaker[];
  position: number;
  total: number;
}

const button =
  'rounded border border-stone-500 px-2 py-1 text-sm font-medium hover:bg-stone-200 focus-visible:outline-2 focus-visible:outline-offset-2 dark:border-stone-400 dark:hover:bg-stone-800';

/** Why the quote is given to whom it is: the cue, the words the article uses for the speaker, and how they were resolved. */
function WhyThisSpeaker({ article, quote, who }: { article: PublishedArticle; quote: PublishedQuote; who: string }) {
  const slice = (span: { start: number; end: number } | null | undefined) => (span ? article.body.slice(span.start, span.end) : null);
  const cue = slice(quote.cue);
  const mention = slice(quote.speaker?.mention);
  const antecedent = slice(quote.speaker?.antecedent);
  const how = quote.speaker?.how;
  return (
    <section aria-labelledby="why-speaker-title" className="mt-3 border-t border-stone-300 pt-2 text-sm dark:border-stone-700" data-testid="why-speaker">
      <h3 id="why-speaker-title" className="font-semibold">
        Why this speaker
      </h3>
      {!quote.speaker ? (
        <p className="mt-1 text-stone-700 dark:text-stone-300">
          The article does not say who said this{cue ? <> (cue: “{cue}”)</> : null}, so it is left unattributed rather than guessed.
        </p>
      ) : (
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5 text-stone-800 dark:text-stone-200">
          {cue && (
            <>
              <dt className="font-medium">Cue</dt>
              <dd>“{cue}”</dd>
            </>
          )}
          {mention && (
            <>
              <dt className="font-medium">In the article</dt>
              <dd>
                “{mention}”{mention !== who && <> → {who}</>}
              </dd>
            </>
          )}
          {antecedent && antecedent !== mention && (
            <>
              <dt className="font-medium">Refers to</dt>
              <dd>“{antecedent}”</dd>
            </>
          )}
          {how && (
            <>
              <dt className="font-medium">Resolved</dt>
              <dd>{how}</dd>
            </>
          )}
          {!cue && !mention && !how && (
            <>
              <dt className="font-medium">Attributed</dt>
              <dd>from the text around the quote</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}

/** The selected quote, who said it and why the app thinks so, with the ways to share it. */
export function QuotePanel({ article, quote, speakers, position, total }: Props) {
  const [status, setStatus] = useState('');
  // The quote's share address, whose page previews the quote in a chat or a post and opens it here for a person.
  // Worked out when asked for: the page is also rendered ahead of time, where there is no address to read.
  const corpus = useCorpus();
  const link = () => linkTo(`quotes/${quote.id}`, corpus);
  const atSource = sourceLinkToQuote(article, quote);
  const who = joinNames(speakers.map((s) => s.name));
  const copy = async (text: string, what: string) => setStatus(copyOutcome(what, link(), await copyText(text), corpus));
  const unknown = speakerStyle(null);
  return (
    <section aria-labelledby="selected-quote-title" className="mt-6 rounded border border-stone-300 p-3 dark:border-stone-700">
      <h2 id="selected-quote-title" className="text-lg font-semibold">
        Quote {position} of {total}
      </h2>
      <p className="mt-1 text-sm leading-7" data-testid="selected-quote-speakers">
        {speakers.length === 0 ? (
          <span className={`inline-flex items-center gap-1 rounded border px-1.5 ${unknown.className}`}>
            <span aria-hidden="true">{unknown.shape}</span> {UNATTRIBUTED}
          </span>
        ) : (
          speakers.map((s, i) => {
            const style = speakerStyle(s.id);
            return (
              <span key={s.id}>
                {i > 0 && (i === speakers.length - 1 ? ' and ' : ', ')}
                <span className={`inline-flex items-center gap-1 rounded border px-1.5 ${style.className}`}>
                  <span aria-hidden="true">{style.shape}</span> {s.name}
                </span>
              </span>
            );
          })
        )}
        {speakers.length > 1 && (
          <>
            {' '}
            <span className="rounded border border-stone-500 px-1 text-xs font-semibold dark:border-stone-400">said jointly</span>
          </>
        )}
      </p>
      <blockquote className="mt-2 line-clamp-6 font-serif">{quoteText(article.body, quote)}</blockquote>
      <WhyThisSpeaker article={article} quote={quote} who={who} />
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className={button} onClick={() => void copy(link(), 'Link to quote')}>
          Copy link to quote
        </button>
        {atSource && (
          <a className={button} href={atSource} rel="noopener noreferrer" target="_blank">
            Open at the source<span className="sr-only"> (new tab)</span>
          </a>
        )}
      </div>
      <div className="mt-2">
        <CopyCitation
          what="Quote"
          cite={(style, accessed) => citeQuote(style, { text: quoteText(article.body, quote), speakers: speakers.map((s) => s.name), indirect: quote.kind === 'indirect' }, article, accessed)}
          onResult={setStatus}
        />
      </div>
      {corpus === 'library' && <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">{LIBRARY_LINK_NOTE}</p>}
      <p role="status" className="mt-2 min-h-5 text-sm">
        {status}
      </p>
    </section>
  );
}
