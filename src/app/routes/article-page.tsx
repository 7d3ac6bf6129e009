import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useMemo } from 'react';
import type { ArticleId, SpeakerId } from '../../core/model.ts';
import { ArticleBody } from '../components/article-body.tsx';
import { CreditLine } from '../components/credit-line.tsx';
import { NotFoundView } from '../components/not-found-view.tsx';
import { useArticle } from '../data/article.ts';
import { useCorpusIndex } from '../data/corpus-index.ts';
import { creditFor } from '../lib/credits.ts';
import { formatDate, plural } from '../lib/format.ts';
import { speakerList } from '../lib/search-params.ts';
import { quoteById } from '../lib/segments.ts';
import { speakerStyle } from '../lib/speaker-style.ts';

const route = getRouteApi('/articles/$articleId');

export function ArticleNotFound() {
  return (
    <NotFoundView
      title="Article not found"
      message="No article in this corpus has this address. It may have been removed, or the link may be mistyped."
    />
  );
}

export function ArticlePage() {
  const { articleId } = route.useParams();
  const search = route.useSearch();
  const article = useArticle(articleId as ArticleId);
  const index = useCorpusIndex();
  const speakerName = (id: SpeakerId, inArticle: string) => index.speakerById.get(id)?.name ?? inArticle;
  const focusSpeakers = useMemo(() => new Set(speakerList(search.speakers)), [search.speakers]);
  const target = quoteById(article.quotes, search.quote);
  const missingQuote = search.quote !== undefined && !target;

  useEffect(() => {
    if (!target) return;
    // The router restores or resets scroll after it renders a route, so move to the quote on the next frame.
    const frame = requestAnimationFrame(() => {
      const mark = document.querySelector<HTMLElement>(`mark[data-quote-id="${CSS.escape(target.id)}"]`);
      mark?.scrollIntoView({ block: 'center' });
      mark?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [target]);

  const bySpeaker = useMemo(() => {
    const counts = new Map<SpeakerId, { name: string; count: number }>();
    for (const q of article.quotes) {
      if (!q.speaker) continue;
      const entry = counts.get(q.speaker.id) ?? { name: speakerName(q.speaker.id, q.speaker.name), count: 0 };
      entry.count++;
      counts.set(q.speaker.id, entry);
    }
    return [...counts.entries()].sort((a, b) => b[1].count - a[1].count || a[1].name.localeCompare(b[1].name));
  }, [article]);
  const unattributed = article.quotes.filter((q) => !q.speaker).length;
  const credit = creditFor(article.source);

  const toggleSpeaker = (id: SpeakerId) => {
    const next = focusSpeakers.has(id) ? [...focusSpeakers].filter((s) => s !== id) : [...focusSpeakers, id];
    return next.length ? next.join(',') : undefined;
  };

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_16rem]">
      <article aria-labelledby="article-title" className="min-w-0 max-w-3xl">
        <p>
          <Link to="/" search={search.speakers ? { speakers: search.speakers } : {}} className="text-sm font-medium text-sky-800 underline dark:text-sky-300">
            ← Timeline
          </Link>
        </p>
        <h1 id="article-title" className="mt-2 font-serif text-3xl font-bold leading-tight">
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
        {missingQuote && (
          <div role="alert" className="mt-4 rounded border border-amber-700 bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
            This article has no quote with the id “{search.quote}”. It may have changed since the link was made.{' '}
            <Link to="/articles/$articleId" params={{ articleId }} search={{}} className="font-medium underline">
              Read the whole article
            </Link>
          </div>
        )}
        <div className="mt-6">
          <ArticleBody article={article} speakerName={speakerName} targetQuote={target?.id} focusSpeakers={focusSpeakers} />
        </div>
      </article>
      <aside aria-labelledby="quoted-title" className="lg:sticky lg:top-4 lg:self-start">
        <h2 id="quoted-title" className="text-lg font-semibold">
          Who is quoted here
        </h2>
        {bySpeaker.length === 0 && unattributed === 0 && <p className="text-stone-700 dark:text-stone-300">No quotes found in this article.</p>}
        <ul className="mt-2 space-y-1">
          {bySpeaker.map(([id, { name, count }]) => {
            const style = speakerStyle(id);
            const on = focusSpeakers.has(id);
            return (
              <li key={id}>
                <Link
                  to="/articles/$articleId"
                  params={{ articleId }}
                  search={{ speakers: toggleSpeaker(id) }}
                  replace
                  resetScroll={false}
                  className={`flex items-center gap-2 rounded border px-2 py-1 text-sm ${style.className} ${on ? 'ring-2 ring-offset-1 ring-stone-900 dark:ring-stone-100' : ''}`}
                >
                  <span aria-hidden="true">{style.shape}</span>
                  <span className="flex-1">{name}</span>
                  <span className="tabular-nums">
                    {count}
                    <span className="sr-only"> {count === 1 ? 'quote' : 'quotes'}{on ? ', highlighted alone' : ''}</span>
                  </span>
                </Link>
                <Link
                  to="/speakers/$speakerId"
                  params={{ speakerId: id }}
                  className="ml-1 text-xs font-medium text-sky-800 underline dark:text-sky-300"
                >
                  every quote by {name}
                </Link>
              </li>
            );
          })}
          {unattributed > 0 && <li className="px-2 text-sm text-stone-700 dark:text-stone-300">Unattributed: {unattributed}</li>}
        </ul>
        {focusSpeakers.size > 0 && (
          <Link to="/articles/$articleId" params={{ articleId }} search={{}} replace resetScroll={false} className="mt-2 inline-block text-sm font-medium text-sky-800 underline dark:text-sky-300">
            Show every speaker
          </Link>
        )}
      </aside>
    </div>
  );
}
