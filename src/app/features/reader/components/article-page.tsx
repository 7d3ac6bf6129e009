import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import type { ArticleId, SpeakerId } from '../../../../core/model.ts';
import { articleKeyOf } from '../../../../core/schema.ts';
import { ArticleBody } from './article-body.tsx';
import { CreditLine } from '../../../components/credit-line.tsx';
import { QuotePanel } from './quote-panel.tsx';
import { copyText, linkTo } from '../lib/share.ts';
import { useArticle } from '../../../data/article.ts';
import { corpusIndexQuery, type LoadedIndex } from '../../../data/corpus-index.ts';
import { creditFor } from '../../../lib/credits.ts';
import { formatDate, plural } from '../../../lib/format.ts';
import { filterArticles, speakerList, timelineFilters, type TimelineSearch } from '../../../lib/search-params.ts';
import { quoteById } from '../lib/segments.ts';
import { useShortcuts } from '../../../lib/shortcuts.ts';
import { speakerStyle } from '../../../lib/speaker-style.ts';
import { useAppReady } from '../../../lib/app-ready.ts';
import { compareNames } from '../../../lib/collate.ts';

const route = getRouteApi('/articles/$articleId');

/** The articles before and after this one in the timeline's current filter, newest first as it shows them. */
function neighbours(index: LoadedIndex, articleId: ArticleId, filters: TimelineSearch) {
  const list = filterArticles(index.articles, filters);
  const key = articleKeyOf(articleId);
  const at = list.findIndex((a) => a.key === key);
  return { newer: at > 0 ? list[at - 1] : undefined, older: at >= 0 ? list[at + 1] : undefined };
}

const smallLink = 'text-sm font-medium text-sky-800 underline dark:text-sky-300';

export function ArticlePage() {
  useAppReady();
  const { articleId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const article = useArticle(articleId as ArticleId);
  // The reader shows the article as soon as it arrives; the corpus index, which only adds corpus-wide names and
  // the next and previous articles, is used once it has loaded.
  const [afterFirstPaint, setAfterFirstPaint] = useState(false);
  useEffect(() => {
    // A frame, then a task: the article is painted before the index (megabytes at archive scale) is parsed.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setAfterFirstPaint(true), 50);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  const loadedIndex = useQuery({ ...corpusIndexQuery, enabled: afterFirstPaint }).data;
  // Not before the first paint even when another part of the page has loaded it: the article's first render is
  // the one its page was built with, names as the article gives them.
  const index = afterFirstPaint ? loadedIndex : undefined;
  const speakerName = (id: SpeakerId, inArticle: string) => index?.speakerById.get(id)?.name ?? inArticle;
  const focusSpeakers = useMemo(() => new Set(speakerList(search.speakers)), [search.speakers]);
  const filters = timelineFilters(search);
  const target = quoteById(article.quotes, search.quote);
  const missingQuote = search.quote !== undefined && !target;
  const [copied, setCopied] = useState('');

  // Quotes the reader steps through: in reading order, only the chosen speakers' when a filter is on.
  const steppable = useMemo(
    () =>
      article.quotes
        .filter((q) => focusSpeakers.size === 0 || (q.speaker && focusSpeakers.has(q.speaker.id)))
        .sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0)),
    [article, focusSpeakers],
  );
  // Neighbours within the timeline's current filter, newest first as the timeline shows them.
  const { newer, older } = useMemo(
    () => (index ? neighbours(index, articleId as ArticleId, filters) : { newer: undefined, older: undefined }),
    [index, articleId, search.speakers, search.from, search.to],
  );

  const selectQuote = (id: string) => void navigate({ search: (old) => ({ ...old, quote: id }), replace: true, resetScroll: false });
  const stepQuote = (delta: number) => {
    if (steppable.length === 0) return;
    const at = target ? steppable.findIndex((q) => q.id === target.id) : -1;
    const next = at === -1 ? (delta > 0 ? 0 : steppable.length - 1) : Math.min(steppable.length - 1, Math.max(0, at + delta));
    const quote = steppable[next];
    if (quote) selectQuote(quote.id);
  };
  // j / k work even before the index has arrived: they wait for it.
  const queryClient = useQueryClient();
  const goTo = async (which: 'newer' | 'older') => {
    const loaded = index ?? (await queryClient.ensureQueryData(corpusIndexQuery));
    const target = neighbours(loaded, articleId as ArticleId, filters)[which];
    if (target) void navigate({ to: '/articles/$articleId', params: { articleId: target.id }, search: filters });
  };
  useShortcuts({ n: () => stepQuote(1), p: () => stepQuote(-1), j: () => void goTo('older'), k: () => void goTo('newer') });

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
    return [...counts.entries()].sort((a, b) => b[1].count - a[1].count || compareNames(a[1].name, b[1].name));
  }, [article, index]);
  const unattributed = article.quotes.filter((q) => !q.speaker).length;
  const credit = creditFor(article.source);

  const toggleSpeaker = (id: SpeakerId) => {
    const next = focusSpeakers.has(id) ? [...focusSpeakers].filter((s) => s !== id) : [...focusSpeakers, id];
    return next.length ? next.join(',') : undefined;
  };

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
      <article aria-labelledby="article-title" className="min-w-0 max-w-3xl">
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
            onClick={async () => {
              const link = linkTo(`articles/${article.id}`);
              setCopied((await copyText(link)) ? 'Link to article copied.' : `Could not copy; the link is ${link}`);
            }}
          >
            Copy link to article
          </button>{' '}
          <span role="status" className="text-sm">
            {copied}
          </span>
        </p>
        {missingQuote && (
          <div role="alert" className="mt-4 rounded border border-amber-700 bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
            This article has no quote with the id “{search.quote}”. It may have changed since the link was made.{' '}
            <Link to="/articles/$articleId" params={{ articleId }} search={filters} className="font-medium underline">
              Read the whole article
            </Link>
          </div>
        )}
        <div className="mt-6">
          <ArticleBody article={article} speakerName={speakerName} targetQuote={target?.id} focusSpeakers={focusSpeakers} onSelectQuote={selectQuote} />
        </div>
        <nav aria-label="More articles" className="mt-10 flex justify-between gap-4 border-t border-stone-300 pt-4 dark:border-stone-700">
          {newer ? (
            <Link to="/articles/$articleId" params={{ articleId: newer.id }} search={filters} className={smallLink} rel="prev">
              ← Newer: {newer.title}
            </Link>
          ) : (
            <span />
          )}
          {older && (
            <Link to="/articles/$articleId" params={{ articleId: older.id }} search={filters} className={`${smallLink} text-right`} rel="next">
              Older: {older.title} →
            </Link>
          )}
        </nav>
      </article>
      <aside aria-label="Quotes in this article" className="lg:sticky lg:top-4 lg:max-h-screen lg:self-start lg:overflow-y-auto">
        <h2 id="quoted-title" className="text-lg font-semibold">
          Who is quoted here
        </h2>
        {bySpeaker.length === 0 && unattributed === 0 && <p className="text-stone-700 dark:text-stone-300">No quotes found in this article.</p>}
        <ul className="mt-2 space-y-1" aria-labelledby="quoted-title">
          {bySpeaker.map(([id, { name, count }]) => {
            const style = speakerStyle(id);
            const on = focusSpeakers.has(id);
            return (
              <li key={id}>
                <Link
                  to="/articles/$articleId"
                  params={{ articleId }}
                  search={{ ...filters, speakers: toggleSpeaker(id) }}
                  replace
                  resetScroll={false}
                  className={`flex items-center gap-2 rounded border px-2 py-1 text-sm ${style.className} ${on ? 'ring-2 ring-stone-900 ring-offset-1 dark:ring-stone-100' : ''}`}
                >
                  <span aria-hidden="true">{style.shape}</span>
                  <span className="flex-1">{name}</span>
                  <span className="tabular-nums">
                    {count}
                    <span className="sr-only">
                      {' '}
                      {count === 1 ? 'quote' : 'quotes'}
                      {on ? ', highlighted alone' : ''}
                    </span>
                  </span>
                </Link>
                <Link to="/speakers/$speakerId" params={{ speakerId: id }} className="ml-1 text-xs font-medium text-sky-800 underline dark:text-sky-300">
                  every quote by {name}
                </Link>
              </li>
            );
          })}
          {unattributed > 0 && <li className="px-2 text-sm text-stone-700 dark:text-stone-300">Unattributed: {unattributed}</li>}
        </ul>
        {focusSpeakers.size > 0 && (
          <Link to="/articles/$articleId" params={{ articleId }} search={{ ...filters, speakers: undefined }} replace resetScroll={false} className={`mt-2 inline-block ${smallLink}`}>
            Show every speaker
          </Link>
        )}
        {steppable.length > 0 && (
          <div className="mt-4 flex gap-2">
            <button type="button" onClick={() => stepQuote(-1)} className="rounded border border-stone-500 px-2 py-1 text-sm dark:border-stone-400">
              ↑ Previous quote
            </button>
            <button type="button" onClick={() => stepQuote(1)} className="rounded border border-stone-500 px-2 py-1 text-sm dark:border-stone-400">
              Next quote ↓
            </button>
          </div>
        )}
        {target && (
          <QuotePanel
            article={article}
            quote={target}
            speakerName={target.speaker ? speakerName(target.speaker.id, target.speaker.name) : null}
            position={article.quotes.indexOf(target) + 1}
            total={article.quotes.length}
          />
        )}
      </aside>
    </div>
  );
}
