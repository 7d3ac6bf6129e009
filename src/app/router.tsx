import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  defaultStringifySearch,
  lazyRouteComponent,
  notFound,
  redirect,
  type ParsedLocation,
  type RouterHistory,
} from '@tanstack/react-router';
import type { ArticleId, SpeakerId } from '../core/model.ts';
import { FIRST_SCREEN_ARTICLES } from '../core/schema.ts';
import { ErrorView } from './components/error-view.tsx';
import { NotFoundView } from './components/not-found-view.tsx';
import { PendingView } from './components/pending-view.tsx';
import { aboutQuery } from './features/about/api/about.ts';
import { articleFileHash, articleQuery } from './data/article.ts';
import { corpusIndexQuery } from './data/corpus-index.ts';
import { ensureLeads } from './features/timeline/api/previews.ts';
import { speakerQuery } from './features/speakers/api/speaker.ts';
import { searchReadyQuery } from './features/search/api/search-index.ts';
import { validateSpeakerDirectorySearch } from './features/speakers/lib/speaker-search.ts';
import { firstArticles, validateArticleSearch, validateTimelineSearch } from './lib/search-params.ts';
import { validateSearchViewSearch } from './features/search/lib/search-view.ts';
import { ArticleNotFound, SpeakerNotFound } from './components/not-found-pages.tsx';
import { RootLayout } from './layout/root-layout.tsx';
import { TimelinePage } from './features/timeline/components/timeline-page.tsx';

// For main.tsx, which loads this module on its own, so that the router's library comes with it.
export { RouterProvider } from '@tanstack/react-router';

export interface RouterContext {
  queryClient: QueryClient;
}

/**
 * A pasted link with malformed params is shown as the view its valid params describe, and its URL is rewritten
 * to say exactly that, so the address bar never claims a filter that is not applied.
 */
function canonicalizeUrl({ search, location }: { search: object; location: ParsedLocation }) {
  const clean = defaultStringifySearch(search as Record<string, unknown>);
  if (clean !== location.searchStr) throw redirect({ href: `${location.pathname}${clean}${location.hash ? `#${location.hash}` : ''}`, replace: true });
}

// Only the timeline, the first view, is in the first bundle; every other page loads when it is first visited.
const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: () => <NotFoundView title="Page not found" message="There is no page at this address." />,
});

const timelineRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: validateTimelineSearch,
  beforeLoad: canonicalizeUrl,
  loader: async ({ context, location, cause }) => {
    const index = await context.queryClient.ensureQueryData(corpusIndexQuery);
    // Entering the timeline, its first screen waits for its lead quotes, so it is painted once, complete.
    // A filter change does not wait: its cards fill in their leads as they arrive.
    if (cause === 'enter') {
      const search = validateTimelineSearch(location.search as Record<string, unknown>);
      await ensureLeads(context.queryClient, index, firstArticles(index.articles, search, FIRST_SCREEN_ARTICLES));
    }
  },
  component: TimelinePage,
});

const articleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/articles/$articleId',
  validateSearch: validateArticleSearch,
  beforeLoad: canonicalizeUrl,
  loader: async ({ context, params }) => {
    const id = params.articleId as ArticleId;
    // A small lookup shard, not the corpus index, says whether the article exists and names its file: a deep
    // link loads what it shows, and the page asks for the index once the article is on screen.
    if (!(await articleFileHash(context.queryClient, id))) throw notFound();
    const article = await context.queryClient.ensureQueryData(articleQuery(id));
    // The key found it but the words before it differ: send the reader to the article's one true address.
    if (article.id !== id) throw redirect({ to: '/articles/$articleId', params: { articleId: article.id }, search: (old) => old, replace: true });
  },
  component: lazyRouteComponent(() => import('./features/reader/components/article-page.tsx'), 'ArticlePage'),
  notFoundComponent: ArticleNotFound,
});

const aboutRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/about',
  loader: async ({ context }) => context.queryClient.ensureQueryData(aboutQuery(await context.queryClient.ensureQueryData(corpusIndexQuery))),
  component: lazyRouteComponent(() => import('./features/about/components/about-page.tsx'), 'AboutPage'),
});

const speakersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/speakers',
  validateSearch: validateSpeakerDirectorySearch,
  beforeLoad: canonicalizeUrl,
  loader: ({ context }) => context.queryClient.ensureQueryData(corpusIndexQuery),
  component: lazyRouteComponent(() => import('./features/speakers/components/speakers-page.tsx'), 'SpeakersPage'),
});

const speakerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/speakers/$speakerId',
  loader: async ({ context, params }) => {
    const index = await context.queryClient.ensureQueryData(corpusIndexQuery);
    const id = params.speakerId as SpeakerId;
    // As for articles, the index knows every speaker id, so an unknown one is answered without a request.
    if (!index.speakerById.has(id)) throw notFound();
    await context.queryClient.ensureQueryData(speakerQuery(index, id));
  },
  component: lazyRouteComponent(() => import('./features/speakers/components/speaker-page.tsx'), 'SpeakerPage'),
  notFoundComponent: SpeakerNotFound,
});

// The search view is the only place the search index is loaded (besides typing in the header's box).
const searchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/search',
  validateSearch: validateSearchViewSearch,
  beforeLoad: canonicalizeUrl,
  loaderDeps: ({ search }) => ({ q: search.q ?? '' }),
  // The view shows once the index is in; the search data it then waits on starts downloading now.
  loader: ({ context, deps }) => {
    void context.queryClient.prefetchQuery(searchReadyQuery(deps.q));
    return context.queryClient.ensureQueryData(corpusIndexQuery);
  },
  component: lazyRouteComponent(() => import('./features/search/components/search-page.tsx'), 'SearchPage'),
});

const routeTree = rootRoute.addChildren([timelineRoute, articleRoute, speakersRoute, speakerRoute, searchRoute, aboutRoute]);

/** `history` is for tests, which run the app in memory; the app itself uses the browser's. */
export function createAppRouter(queryClient: QueryClient, history?: RouterHistory) {
  return createRouter({
    routeTree,
    ...(history ? { history } : {}),
    context: { queryClient },
    defaultPreload: 'intent',
    // The query cache is the only cache: the router always asks it, so the two never disagree.
    defaultPreloadStaleTime: 0,
    // In the browser only: built ahead of time, the router would add an inline script to the page, which the
    // Content-Security-Policy refuses.
    scrollRestoration: typeof document !== 'undefined',
    defaultErrorComponent: ErrorView,
    defaultPendingComponent: PendingView,
    defaultNotFoundComponent: () => <NotFoundView title="Page not found" message="There is no page at this address." />,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
