import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, notFound, type RouterHistory } from '@tanstack/react-router';
import type { ArticleId } from '../core/model.ts';
import { ErrorView } from './components/error-view.tsx';
import { NotFoundView } from './components/not-found-view.tsx';
import { articleQuery } from './data/article.ts';
import { corpusIndexQuery } from './data/corpus-index.ts';
import { validateArticleSearch, validateTimelineSearch } from './lib/search-params.ts';
import { AboutPage } from './routes/about-page.tsx';
import { ArticleNotFound, ArticlePage } from './routes/article-page.tsx';
import { RootLayout } from './routes/root-layout.tsx';
import { TimelinePage } from './routes/timeline-page.tsx';

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: () => <NotFoundView title="Page not found" message="There is no page at this address." />,
});

const timelineRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: validateTimelineSearch,
  loader: ({ context }) => context.queryClient.ensureQueryData(corpusIndexQuery),
  component: TimelinePage,
});

const articleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/articles/$articleId',
  validateSearch: validateArticleSearch,
  loader: async ({ context, params }) => {
    const index = await context.queryClient.ensureQueryData(corpusIndexQuery);
    const id = params.articleId as ArticleId;
    // The index knows every published id, so an unknown one is answered without asking the server.
    if (!index.articleById.has(id)) throw notFound();
    await context.queryClient.ensureQueryData(articleQuery(id));
  },
  component: ArticlePage,
  notFoundComponent: ArticleNotFound,
});

const aboutRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/about',
  loader: ({ context }) => context.queryClient.ensureQueryData(corpusIndexQuery),
  component: AboutPage,
});

const routeTree = rootRoute.addChildren([timelineRoute, articleRoute, aboutRoute]);

/** `history` is for tests, which run the app in memory; the app itself uses the browser's. */
export function createAppRouter(queryClient: QueryClient, history?: RouterHistory) {
  return createRouter({
    routeTree,
    ...(history ? { history } : {}),
    context: { queryClient },
    defaultPreload: 'intent',
    // The query cache is the only cache: the router always asks it, so the two never disagree.
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
    defaultErrorComponent: ErrorView,
    defaultPendingComponent: () => (
      <p role="status" className="p-6 text-stone-700 dark:text-stone-300">
        Loading…
      </p>
    ),
    defaultNotFoundComponent: () => <NotFoundView title="Page not found" message="There is no page at this address." />,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
