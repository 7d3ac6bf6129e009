import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { createAppRouter } from '../../src/app/router.tsx';
import { buildCorpus, type BuildOptions, type InputFile } from '../../src/core/publish.ts';
import { serializeCorpus } from '../../src/core/serialize.ts';

/**
 * The whole app in jsdom at `url`, reading data built by the real pipeline from `files` through a fetch that
 * serves it like the static host does (404 for anything else).
 */
/**
 * `missing` names paths the fake host answers 404 for, as if the file had not been deployed; `build` is passed to
 * buildCorpus.
 */
export function renderApp(
  url: string,
  files: InputFile[],
  overrides: Record<string, () => Response | null> = {},
  missing: (path: string) => boolean = () => false,
  build: BuildOptions = {},
) {
  const data = serializeCorpus(buildCorpus(files, build));
  const fetchMock = vi.fn((input: string) => {
    const path = input.replace(/^\//, '');
    const override = overrides[path]?.();
    if (override) return Promise.resolve(override);
    const body = missing(path) ? undefined : data.get(path);
    return Promise.resolve(body === undefined ? new Response('not found', { status: 404 }) : new Response(body, { headers: { 'Content-Type': 'application/json' } }));
  });
  vi.stubGlobal('fetch', fetchMock);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createAppRouter(queryClient, createMemoryHistory({ initialEntries: [url] }));
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, fetchMock, data };
}

export const articleFile = (path: string, title: string, date: string, url: string, sentences: string[]): InputFile => ({
  path,
  text: `${title}\n${date}\n${url}\n${sentences.join('\n')}\n`,
});
