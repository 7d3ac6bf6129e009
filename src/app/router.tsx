import type { QueryClient } from '@tanstack/react-query';
import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { ErrorView } from './components/error-view.tsx';
import { NotFoundView } from './components/not-found-view.tsx';
import { PendingView } from './components/pending-view.tsx';
import { aboutRoute } from './features/about/route.tsx';
import { openRoute } from './features/library/route.tsx';
import { quoteRoute } from './features/quotes/route.tsx';
import { articleRoute } from './features/reader/route.tsx';
import { searchRoute } from './features/search/route.tsx';
import { speakerRoute, speakersRoute } from './features/speakers/route.tsx';
import { timelineRoute } from './features/timeline/route.tsx';
import { RootLayout } from './layout/root-layout.tsx';
import { LIBRARY_BASEPATH, type Corpus } from './lib/corpus.ts';
import { rootRoute } from './lib/routing.ts';

// For main.tsx, which loads this module on its own, so that the router's library comes with it.
export { RouterProvider } from '@tanstack/react-router';

const pageNotFound = () => <NotFoundView title="Page not found" message="There is no page at this address." />;

// Each feature defines its own routes; only the timeline, the first view, has its page in the first bundle.
const routeTree = rootRoute
  .update({ component: RootLayout, notFoundComponent: pageNotFound })
  .addChildren([timelineRoute, articleRoute, quoteRoute, speakersRoute, speakerRoute, searchRoute, aboutRoute, openRoute]);

/**
 * `history` is for tests, which run the app in memory; the app itself uses the browser's. The reader's library
 * is the same app under its own basepath (lib/corpus.ts), its data read by the query client (main.tsx).
 */
export function createAppRouter(queryClient: QueryClient, history?: RouterHistory, corpus: Corpus = 'bundled') {
  return createRouter({
    routeTree,
    ...(history ? { history } : {}),
    ...(corpus === 'library' ? { basepath: LIBRARY_BASEPATH } : {}),
    context: { queryClient, corpus },
    defaultPreload: 'intent',
    // The query cache is the only cache: the router always asks it, so the two never disagree.
    defaultPreloadStaleTime: 0,
    // In the browser only: built ahead of time, the router would add an inline script to the page, which the
    // Content-Security-Policy refuses.
    scrollRestoration: typeof document !== 'undefined',
    defaultErrorComponent: ErrorView,
    defaultPendingComponent: PendingView,
    defaultNotFoundComponent: pageNotFound,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
