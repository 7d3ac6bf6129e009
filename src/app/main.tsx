import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { corpusAt, type Corpus } from './lib/corpus.ts';
import { yieldToMain } from './lib/yield.ts';

const container = document.getElementById('root') as HTMLElement;
// The router and the views are a chunk of their own, fetched beside this one and evaluated in a task of its own:
// compiling and running all the app's code at once was the longest task of a page's start.
const routerModule = import('./router.tsx');
const corpus = corpusAt(location.pathname);

/**
 * The bundled corpus is read from the network. The reader's library is read from this browser's storage, by
 * code that only its addresses load (the bundled app's first bundle stays as it was); it never fails for a
 * moment, so it is not retried.
 */
async function queryClientFor(shown: Corpus): Promise<QueryClient> {
  const queries = { retry: 1, refetchOnWindowFocus: false };
  if (shown === 'bundled') return new QueryClient({ defaultOptions: { queries } });
  const { libraryFetchFile } = await import('./data/library-files.ts');
  return new QueryClient({ defaultOptions: { queries: { ...queries, retry: false, meta: { fetchFile: libraryFetchFile() } } } });
}

/**
 * An error a view's boundary shows is logged, as React does by default, except the library that is not there
 * yet: the views show it as the library's first state (components/error-view.tsx), not as a failure. By name,
 * so that this first chunk does not take in the data layer that defines it.
 */
function onCaughtError(error: unknown) {
  if (!(error instanceof Error && error.name === 'NoLibraryError')) console.error(error);
}

// The view's data and code are loaded before React first renders, so that first render is the whole view: the
// same markup as a page built ahead of time (see prerender.tsx), which React then adopts rather than rebuilds,
// or, for any other address, one paint of the complete view instead of a header over a loading line.
// Both happen as a transition, which React renders in slices that leave the main thread free for the reader.
const builtFor = container.dataset.view;
async function start() {
  const queryClient = await queryClientFor(corpus);
  await yieldToMain(); // the app's code has just been evaluated: a long task already
  const { createAppRouter, RouterProvider } = await routerModule;
  await yieldToMain();
  const router = createAppRouter(queryClient, undefined, corpus); // building the route tree is a task of its own
  await yieldToMain();
  await router.load().catch(() => undefined); // a failed load renders its error view
  await yieldToMain();
  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>
  );
  startTransition(() => {
    if (builtFor !== undefined && builtFor === `${location.pathname}${location.search}`) {
      // What the router's own hydration sets: it then renders the same boundaries it rendered at build time.
      router.ssr = { manifest: undefined };
      hydrateRoot(container, app, { onCaughtError });
    } else createRoot(container, { onCaughtError }).render(app);
  });
}
void start();
