import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { DateRangeFilter } from '../../../components/date-range-filter.tsx';
import { ExportQuotes } from '../../../components/export-quotes.tsx';
import { FilterPanel } from '../../../components/filter-panel.tsx';
import { useCorpusIndex } from '../../../data/corpus-index.ts';
import { useAppReady } from '../../../lib/app-ready.ts';
import { plural } from '../../../lib/format.ts';
import { useUpdateSearch } from '../../../lib/routing.ts';
import { speakerList } from '../../../lib/search-params.ts';
import { searchSource } from '../../../lib/export/sources.ts';
import { useSearchResults } from '../hooks/use-search-results.ts';
import type { SearchViewSearch } from '../lib/search-view.ts';
import { ArticleResult, QuoteResult } from './search-results.tsx';
import { SpeakerFacets } from './speaker-facets.tsx';
import { linkButton } from './styles.ts';

const route = getRouteApi('/search');

/** `/search?q=…`: matching quotes and articles, narrowed by date and by the speakers of the matching quotes. */
export function SearchPage() {
  useAppReady();
  const index = useCorpusIndex();
  const params = route.useSearch();
  const selected = useMemo(() => speakerList(params.speakers), [params.speakers]);
  const { answered, answeredQuery, searching, outcome, ms, quotesShown, articlesShown, showMoreQuotes, showMoreArticles } = useSearchResults(params, selected, index);
  const setSearch = useUpdateSearch<SearchViewSearch>();

  const filtered = selected.length > 0 || params.from !== undefined || params.to !== undefined;
  const selectedNames = selected.map((id) => index.speakerById.get(id)?.name ?? id);

  return (
    <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
      <FilterPanel label="Narrow the results" active={filtered}>
        <DateRangeFilter from={params.from} to={params.to} min={index.corpus.from} max={index.corpus.to} onChange={({ from, to }) => setSearch({ from, to })} />
        {answered && outcome && (
          <SpeakerFacets
            counts={outcome.speakerCounts}
            selected={selected}
            index={index}
            onChange={(ids) => setSearch({ speakers: ids.length ? ids.join(',') : undefined })}
          />
        )}
      </FilterPanel>
      <section
        aria-labelledby="search-title"
        aria-busy={searching}
        // At least a screen high, so the footer does not jump down when the results arrive.
        className="min-h-screen min-w-0"
        data-search-results
        data-search-ms={ms?.toFixed(2)}
        data-search-q={answeredQuery}
      >
        <h1 id="search-title" className="text-2xl font-semibold">
          {answered ? <>Search: “{answered}”</> : 'Search'}
        </h1>
        <p role="status" className="mb-4 text-stone-700 dark:text-stone-300">
          {!outcome ? (
            <>Searching…</>
          ) : answered ? (
            <>
              {plural(outcome.quotes.count, 'quote')} and {plural(outcome.articles.count, 'article')}
              {selectedNames.length > 0 && <> quoting {selectedNames.join(' or ')}</>}
              {params.from && <> from {params.from}</>}
              {params.to && <> to {params.to}</>}
              {outcome.loose && <>. No result has every word; these have some of them</>}
            </>
          ) : (
            <>Search every quote and article: type in the search box at the top of the page (shortcut: /).</>
          )}
        </p>
        {answered && outcome && outcome.quotes.count === 0 && outcome.articles.count === 0 && (
          <p className="rounded border border-stone-300 p-4 dark:border-stone-700">
            Nothing matches “{answered}”{filtered ? ' with these filters' : ''}.{' '}
            {filtered && (
              <button type="button" className={linkButton} onClick={() => setSearch({ speakers: undefined, from: undefined, to: undefined })}>
                Clear all filters
              </button>
            )}
          </p>
        )}
        {outcome && outcome.quotes.count > 0 && (
          <section aria-labelledby="quote-results" className="mb-8">
            <h2 id="quote-results" className="mb-2 text-lg font-semibold">
              Quotes <span className="text-base font-normal text-stone-700 dark:text-stone-300">({outcome.quotes.count.toLocaleString('en')})</span>
            </h2>
            <ExportQuotes
              fileName={['search', answered, ...selected, params.from ?? '', params.to ?? ''].join('-')}
              source={() => searchSource(outcome.quotes.top(outcome.quotes.count))}
            />
            <ol className="space-y-2" aria-label="Matching quotes">
              {outcome.quotes.top(quotesShown).map((hit) => (
                <QuoteResult key={`${hit.articleId}/${hit.position}`} hit={hit} index={index} />
              ))}
            </ol>
            {outcome.quotes.count > quotesShown && (
              <button type="button" className={`mt-2 ${linkButton}`} onClick={showMoreQuotes}>
                Show more quotes
              </button>
            )}
          </section>
        )}
        {outcome && outcome.articles.count > 0 && (
          <section aria-labelledby="article-results">
            <h2 id="article-results" className="mb-2 text-lg font-semibold">
              Articles <span className="text-base font-normal text-stone-700 dark:text-stone-300">({outcome.articles.count.toLocaleString('en')})</span>
            </h2>
            <ol className="space-y-2" aria-label="Matching articles">
              {outcome.articles.top(articlesShown).map((hit) => (
                <ArticleResult key={hit.articleId} hit={hit} index={index} />
              ))}
            </ol>
            {outcome.articles.count > articlesShown && (
              <button type="button" className={`mt-2 ${linkButton}`} onClick={showMoreArticles}>
                Show more articles
              </button>
            )}
          </section>
        )}
      </section>
    </div>
  );
}
