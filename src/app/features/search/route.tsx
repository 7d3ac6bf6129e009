import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { corpusIndexQuery } from '../../data/corpus-index.ts';
import { canonicalizeUrl, rootRoute } from '../../lib/routing.ts';
import { searchReadyQuery } from './api/search-index.ts';
import { validateSearchViewSearch } from './lib/search-view.ts';

// The search view is the only place the search index is loaded (besides typing in the header's box).
export const searchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/search',
  staticData: { title: 'Search' },
  validateSearch: validateSearchViewSearch,
  beforeLoad: canonicalizeUrl,
  loaderDeps: ({ search }) => ({ q: search.q ?? '' }),
  // The view shows once the index is in; the search data it then waits on starts downloading now.
  loader: ({ context, deps }) => {
    void context.queryClient.prefetchQuery(searchReadyQuery(deps.q));
    return context.queryClient.ensureQueryData(corpusIndexQuery);
  },
  component: lazyRouteComponent(() => import('./components/search-page.tsx'), 'SearchPage'),
});
