import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { PublishedArticle } from '../../../../core/schema.ts';
import { CreditLine } from '../../../components/credit-line.tsx';
import { creditFor } from '../../../lib/credits.ts';
import { formatDate, plural } from '../../../lib/format.ts';
import type { TimelineSearch } from '../../../lib/search-params.ts';
import { copyText, linkTo } from '../lib/share.ts';
import { citeArticle } from '../../../lib/citation.ts';
import { CopyCitation } from './copy-citation.tsx';

export const smallLink = 'text-sm font-medium text-sky-800 underline dark:text-sky-300';

/** The way back to the timeline, the title, date, source and credit, and the article's link to copy. */
export function ArticleHeader({ article, filters }: { article: PublishedArticle; filters: TimelineSearch }) {
  const [copied, setCopied] = useState('');
  const credit = creditFor(article.source);
  return (
    <>
      <p>
        <Link to="/" search={filters} className={smallLink}>
          ← Timeline
        </Link>
      </p>
      <h1 id="article-title" dir="auto" className="mt-2 font-serif text-3xl font-bold leading-tight [unicode-bidi:isolate]">
        {article.title}
      </h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        <time dateTime={article.date}>{formatDate(article.date)}</time>
        {' · '}
        {article.linkable ? (
          <a href={article.url} rel="noopener noreferrer" target="_blank" className="underline">
            {article.source || 'source'}
            <span className="sr-only"> (original article, opens in a new tab)</span>
          </a>
        ) : (
          <span>
            source: <span className="break-all">{article.url}</span>
          </span>
        )}
        {' · '}
        {plural(article.quotes.length, 'quote')}
      </p>
      {credit && (
        <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
          From <CreditLine credit={credit} />.
        </p>
      )}
      <p className="mt-2">
        <button
          type="button"
          className="rounded border border-stone-500 px-2 py-1 text-sm font-medium hover:bg-stone-200 dark:border-stone-400 dark:hover:bg-stone-800"
          onClick={() => {
            const link = linkTo(`articles/${article.id}`);
            void copyText(link).then((done) => setCopied(done ? 'Link to article copied.' : `Could not copy; the link is ${link}`));
          }}
        >
          Copy link to article
        </button>{' '}
        <CopyCitation what="Article" cite={(style, accessed) => citeArticle(style, article, accessed)} onResult={setCopied} />{' '}
        <span role="status" className="text-sm">
          {copied}
        </span>
      </p>
    </>
  );
}
