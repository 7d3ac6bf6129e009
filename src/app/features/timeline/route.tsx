import { createRoute } from '@tanstack/react-router';
import { FIRST_SCREEN_ARTICLES } from '../../../core/schema.ts';
import { corpusIndexQuery } from '../../data/corpus-index.ts';
import { firstArticles, validateTimelineSearch } from '../../lib/search-params.ts';
import { canonicalizeUrl, rootRoute } from '../../lib/routing.ts';
import { ensureLeads } from './api/previews.ts';
import { TimelinePage } from './components/timeline-page.tsx';

// The timeline is the first view, so it alone is in the first bundle; every other view loads when first visited.
export const timelineRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: validateTimelineSearch,
  beforeLoad: canonicalizeUrl,
  loader: async ({ context, location, cause }) => {
    const index = await context.queryClient.ensureQueryData(corpusIndexQuery);
    // Entering the timeline, its first screen waits for its lead quotes, so it is painted once, complete.
    // A filter change does not wait: its cards fill in their leads as they arrive.
    if (cause === 'enter') {
      const search = validateTimelineSearch(location.search);
      await ensureLeads(context.queryClient, index, firstArticles(index.articles, search, FIRST_SCREEN_ARTICLES));
    }
  },
  component: TimelinePage,
});
