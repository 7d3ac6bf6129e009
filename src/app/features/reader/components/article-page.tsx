import { getRouteApi, Link } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import type { ArticleId, SpeakerId } from '../../../../core/model.ts';
import { useArticle } from '../../../data/article.ts';
import { useAppReady } from '../../../lib/app-ready.ts';
import { useUpdateSearch } from '../../../lib/routing.ts';
import { speakerList, timelineFilters, type ArticleSearch } from '../../../lib/search-params.ts';
import { quoteSpeakers } from '../../../lib/quote-speakers.ts';
import { useShortcuts } from '../../../lib/shortcuts.ts';
import { useNeighbours } from '../hooks/use-neighbours.ts';
import { useQuoteStepping } from '../hooks/use-quote-stepping.ts';
import { useReaderIndex } from '../hooks/use-reader-index.ts';
import { quoteById } from '../lib/segments.ts';
import { ArticleBody } from './article-body.tsx';
import { ArticleHeader } from './article-header.tsx';
import { ArticleNav } from './article-nav.tsx';
import { QuotePanel } from './quote-panel.tsx';
import { QuotedSpeakers } from './quoted-speakers.tsx';

const route = getRouteApi('/articles/$articleId');

/** One article, its quotes marked; beside it who is quoted, stepping through quotes, and the marked quote. */
export function ArticlePage() {
  useAppReady();
  const { articleId } = route.useParams();
  const search = route.useSearch();
  const article = useArticle(articleId as ArticleId);
  const index = useReaderIndex();
  const speakerName = useCallback((id: SpeakerId, inArticle: string) => index?.speakerById.get(id)?.name ?? inArticle, [index]);
  const focusSpeakers = useMemo(() => new Set(speakerList(search.speakers)), [search.speakers]);
  const filters = timelineFilters(search);
  const target = quoteById(article.quotes, search.quote);
  const missingQuote = search.quote !== undefined && !target;

  const updateSearch = useUpdateSearch<ArticleSearch>();
  const selectQuote = (id: string) => updateSearch({ quote: id });
  const { canStep, stepQuote } = useQuoteStepping(article, focusSpeakers, target, selectQuote);
  const { newer, older, goTo } = useNeighbours(index, articleId as ArticleId, filters);
  useShortcuts({ n: () => stepQuote(1), p: () => stepQuote(-1), j: () => void goTo('older'), k: () => void goTo('newer') });

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
      <article aria-labelledby="article-title" className="min-w-0 max-w-3xl">
        <ArticleHeader article={article} filters={filters} />
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
        <ArticleNav newer={newer} older={older} filters={filters} />
      </article>
      <aside aria-label="Quotes in this article" className="lg:sticky lg:top-4 lg:max-h-screen lg:self-start lg:overflow-y-auto">
        <QuotedSpeakers article={article} speakerName={speakerName} focusSpeakers={focusSpeakers} filters={filters} />
        {canStep && (
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
            speakers={quoteSpeakers(target).map((s) => ({ id: s.id, name: speakerName(s.id, s.name) }))}
            position={article.quotes.indexOf(target) + 1}
            total={article.quotes.length}
          />
        )}
      </aside>
    </div>
  );
}
