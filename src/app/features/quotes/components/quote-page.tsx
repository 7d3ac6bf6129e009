import { getRouteApi, Link } from '@tanstack/react-router';
import { quoteText } from '../../../../core/quote-text.ts';
import { CreditLine } from '../../../components/credit-line.tsx';
import { useArticle } from '../../../data/article.ts';
import { useAppReady } from '../../../lib/app-ready.ts';
import { creditFor } from '../../../lib/credits.ts';
import { formatDate } from '../../../lib/format.ts';
import { joinNames, UNATTRIBUTED } from '../../../lib/quote-speakers.ts';

const route = getRouteApi('/quotes/$quoteId');
const QUOTE_MARKS = /^[\s"“”‘’'`«»]+|[\s"“”‘’'`«»]+$/g;

/**
 * A shared quote on a page of its own: who said it, the words, the article it is from, and the way to it. A
 * reader in the app never stays here (the route takes them to the article); this is the page read without a script.
 */
export function QuotePage() {
  useAppReady();
  const { articleId, quoteId, speakers } = route.useLoaderData();
  const article = useArticle(articleId);
  const quote = article.quotes.find((q) => q.id === quoteId);
  const credit = creditFor(article.source);
  if (!quote) return null; // the loader found it in this very article
  return (
    <article aria-labelledby="quote-speaker" className="mx-auto max-w-2xl">
      <h1 id="quote-speaker" className="text-2xl font-semibold">
        {speakers.length ? joinNames(speakers) : UNATTRIBUTED}
      </h1>
      <blockquote dir="auto" className="mt-4 border-l-4 border-stone-400 pl-4 font-serif text-xl leading-relaxed [unicode-bidi:isolate]">
        “{quoteText(article.body, quote).replace(QUOTE_MARKS, '')}”
      </blockquote>
      <p className="mt-4 text-stone-700 dark:text-stone-300">
        In <cite dir="auto" className="[unicode-bidi:isolate]">{article.title}</cite>, <time dateTime={article.date}>{formatDate(article.date)}</time>
        {article.source && `, ${article.source}`}.
      </p>
      {credit && (
        <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
          From <CreditLine credit={credit} />.
        </p>
      )}
      <p className="mt-4">
        <Link to="/articles/$articleId" params={{ articleId: article.id }} search={{ quote: quote.id }} className="font-medium text-sky-800 underline dark:text-sky-300">
          Read the quote in its article
        </Link>
      </p>
    </article>
  );
}
