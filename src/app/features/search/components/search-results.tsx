import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useRef } from 'react';
import { fromFirstMatch, quoteOf, type ArticleHit, type QuoteHit } from '../../../../core/search/index.ts';
import { SpeakerChip } from '../../../components/speaker-chip.tsx';
import { articleQuery } from '../../../data/article.ts';
import type { LoadedIndex } from '../../../data/corpus-index.ts';
import { formatDate, plural } from '../../../lib/format.ts';
import { useNearViewport } from '../../../lib/near-viewport.ts';
import { UNATTRIBUTED } from '../../../lib/quote-speakers.ts';
import { Highlighted } from './highlighted.tsx';

/**
 * A quote result's words fill four lines, loaded or not: the result is shown at once and its words arrive with
 * its article's file, and a box that grew with them would push every result below it down the page.
 */
const QUOTE_BOX = 'min-h-[4lh] line-clamp-4';

/**
 * A quote result. The index names the quote by its article and position; its words and id come from the
 * article's own file (cached forever, and the file the reader opens next), fetched as the result comes near
 * the screen.
 */
export function QuoteResult({ hit, index }: { hit: QuoteHit; index: LoadedIndex }) {
  const article = index.articleById.get(hit.articleId);
  const speaker = hit.speakerId ? index.speakerById.get(hit.speakerId) : undefined;
  const item = useRef<HTMLLIElement>(null);
  const file = useQuery({ ...articleQuery(hit.articleId), enabled: useNearViewport(item) });
  const quote = file.data ? quoteOf(file.data, hit.position) : undefined;
  return (
    <li
      ref={item}
      className="rounded-lg border border-stone-300 bg-white p-3 dark:border-stone-700 dark:bg-stone-900"
      data-quote-id={quote?.id}
      aria-busy={quote ? undefined : !file.isError}
    >
      {quote ? (
        <Link
          to="/articles/$articleId"
          params={{ articleId: hit.articleId }}
          search={{ quote: quote.id }}
          className={`${QUOTE_BOX} text-stone-950 hover:underline dark:text-stone-50`}
        >
          “<Highlighted text={fromFirstMatch(quote.text, hit.terms)} terms={hit.terms} />”
        </Link>
      ) : (
        <Link to="/articles/$articleId" params={{ articleId: hit.articleId }} className={`${QUOTE_BOX} text-stone-700 hover:underline dark:text-stone-300`}>
          {file.isError ? 'Open the article to read this quote' : 'Loading the quote…'}
        </Link>
      )}
      <p className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-700 dark:text-stone-300">
        {speaker ? <SpeakerChip id={speaker.id} name={speaker.name} /> : <SpeakerChip id={null} name={UNATTRIBUTED} />}
        <span>
          in <cite className="not-italic font-medium text-stone-800 dark:text-stone-200">{article?.title ?? hit.articleId}</cite>
        </span>
        <span>
          · <time dateTime={hit.date}>{formatDate(hit.date)}</time>
        </span>
      </p>
    </li>
  );
}

export function ArticleResult({ hit, index }: { hit: ArticleHit; index: LoadedIndex }) {
  const article = index.articleById.get(hit.articleId);
  const title = article?.title ?? hit.articleId;
  return (
    <li className="rounded-lg border border-stone-300 bg-white p-3 dark:border-stone-700 dark:bg-stone-900" data-article-id={hit.articleId}>
      <Link to="/articles/$articleId" params={{ articleId: hit.articleId }} className="font-semibold text-stone-950 hover:underline dark:text-stone-50">
        <Highlighted text={title} terms={hit.terms} />
      </Link>
      <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
        <time dateTime={hit.date}>{formatDate(hit.date)}</time>
        {article?.source && <> · {article.source}</>}
        {article && <> · {plural(article.quoteCount, 'quote')}</>}
        {' · '}matches {hit.terms.join(', ')}
      </p>
    </li>
  );
}
