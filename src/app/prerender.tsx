import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { manifestPath, type DataManifest } from '../core/schema.ts';
import { manifestQuery } from './data/manifest.ts';
import { createAppRouter } from './router.tsx';

/** The views built ahead of time, by address, and the file each is published as. */
export const PRERENDERED_VIEWS = [
  { address: '/', file: 'index.html' },
  { address: '/about', file: 'about.html' },
] as const;

/**
 * The markup of the view at `address`, rendered at build time from the published data, for the page to show
 * before its script has run. The app loads exactly as it does in the browser, its requests answered from
 * `files`, so the browser's first render produces the same markup and adopts it (hydration) instead of
 * building it again.
 */
export async function renderView(address: string, files: ReadonlyMap<string, string>): Promise<string> {
  const manifest = files.get(manifestPath());
  if (!manifest) throw new Error('prerender: the published data has no manifest');
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  // In the browser the page carries the manifest; here there is no page to read it from.
  queryClient.setQueryData(manifestQuery.queryKey, JSON.parse(manifest) as DataManifest);
  const router = createAppRouter(queryClient, createMemoryHistory({ initialEntries: [address] }));

  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL) => {
    const body = files.get(String(input).replace(/^\//, ''));
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body, { headers: { 'Content-Type': 'application/json' } });
  };
  try {
    await router.load();
    return renderToString(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </StrictMode>,
    );
  } finally {
    globalThis.fetch = realFetch;
    queryClient.clear();
  }
}
