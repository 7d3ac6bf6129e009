import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { SpeakerId } from '../../../../core/model.ts';
import { runSearch } from '../../../../core/search/index.ts';
import type { LoadedIndex } from '../../../data/corpus-index.ts';
import { searchReadyQuery } from '../api/search-index.ts';
import { SEARCH_PAGE, type SearchViewSearch } from '../lib/search-view.ts';

const { quotes: QUOTES_PAGE, articles: ARTICLES_PAGE } = SEARCH_PAGE;

/**
 * The search view's answer to the query and filters in its URL, and how many of each kind of result it shows.
 * The view is on screen before the search data is: the heading, the filters and a status at once, the results
 * when the shards their words need have arrived. A refined query keeps the last results until its own are in.
 */
export function useSearchResults(params: SearchViewSearch, selected: SpeakerId[], index: LoadedIndex) {
  const q = params.q ?? '';
  const answer = useQuery({ ...searchReadyQuery(q), placeholderData: keepPreviousData, throwOnError: true }).data;
  const answered = answer?.query ?? q;
  const searching = answer?.query !== q;
  // How many of each are shown: back to the first page whenever the query changes.
  const [shown, setShown] = useState({ q: answered, quotes: QUOTES_PAGE, articles: ARTICLES_PAGE });
  if (shown.q !== answered) setShown({ q: answered, quotes: QUOTES_PAGE, articles: ARTICLES_PAGE });
  const quotesShown = shown.q === answered ? shown.quotes : QUOTES_PAGE;
  const articlesShown = shown.q === answered ? shown.articles : ARTICLES_PAGE;

  const result = useMemo(() => {
    if (!answer) return null;
    // How long the search took, for the bench (data-search-ms): a measurement, not part of what is rendered.
    // eslint-disable-next-line react-hooks/purity
    const started = performance.now();
    const outcome = runSearch(answer.search, answer.query, {
      speakers: selected,
      from: params.from,
      to: params.to,
      articleSpeakers: (id) => index.articleById.get(id)?.speakers,
    });
    // The first page of each list is part of the answer: results are ranked as far as they are shown.
    outcome.quotes.top(QUOTES_PAGE);
    outcome.articles.top(ARTICLES_PAGE);
    // eslint-disable-next-line react-hooks/purity
    return { outcome, ms: performance.now() - started };
  }, [answer, index, selected, params.from, params.to]);

  return {
    /** The query the results answer (the last one while a new one is searched). */
    answered,
    answeredQuery: answer?.query,
    searching,
    outcome: result?.outcome,
    ms: result?.ms,
    quotesShown,
    articlesShown,
    showMoreQuotes: () => setShown((s) => ({ ...s, quotes: s.quotes + QUOTES_PAGE })),
    showMoreArticles: () => setShown((s) => ({ ...s, articles: s.articles + ARTICLES_PAGE })),
  };
}
