import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCorpus } from '../../../src/core/publish.ts';
import { manifestPath } from '../../../src/core/schema.ts';
import { NoLibraryError } from '../../../src/app/data/fetch-json.ts';
import { libraryFetchFile } from '../../../src/app/data/library-files.ts';
import { createAppRouter } from '../../../src/app/router.tsx';
import { serializeCorpus } from '../../../src/core/serialize.ts';
import { articleFile } from '../render-app.tsx';

const library = serializeCorpus(
  buildCorpus([
    articleFile('harbour.txt', 'Council approves the harbour bridge', '20240312', 'https://news.example.org/bridge', [
      '"The bridge will open before winter," Mayor Ana Lopez said.',
    ]),
    articleFile('orchard.txt', 'Late frost damages the orchards', '20240420', 'https://news.example.org/frost', [
      '"We lost half of the harvest," grower Paul Okafor said.',
    ]),
  ]),
);
const bundled = serializeCorpus(
  buildCorpus([articleFile('geneva.txt', 'Leaders meet in Geneva', '20210616', 'https://example.org/geneva', ['"The talks were constructive," President Joe Biden said.'])]),
);
const reader = (files: ReadonlyMap<string, string>) => (path: string) => Promise.resolve(files.get(path));

afterEach(() => {
  vi.unstubAllGlobals();
  document.head.querySelector('meta[name="quoteline-data"]')?.remove();
});

describe('libraryFetchFile', () => {
  it('answers a stored file with its JSON text, by its site path', async () => {
    const index = [...library.keys()].find((path) => path.includes('/index.'))!;
    const response = await libraryFetchFile(reader(library))(`/${index}`, {});
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(library.get(index));
  });

  it('answers 404 for a file the library does not hold, as a host would', async () => {
    const response = await libraryFetchFile(reader(library))('/data/v3/articles/missing.abc123.json', {});
    expect(response.status).toBe(404);
  });

  it('says there is no library at all when no manifest is stored', async () => {
    await expect(libraryFetchFile(reader(new Map()))(`/${manifestPath()}`, {})).rejects.toBeInstanceOf(NoLibraryError);
  });

  it('reads nothing for a request already cancelled', async () => {
    const read = vi.fn(reader(library));
    const controller = new AbortController();
    controller.abort();
    await expect(libraryFetchFile(read)(`/${manifestPath()}`, { signal: controller.signal })).rejects.toThrow();
    expect(read).not.toHaveBeenCalled();
  });
});

/** The app as main.tsx starts it under /library: the library's router and a query client reading `stored`. */
function renderLibrary(url: string, stored: ReadonlyMap<string, string>) {
  const network = vi.fn(() => Promise.resolve(new Response('not found', { status: 404 })));
  vi.stubGlobal('fetch', network);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, meta: { fetchFile: libraryFetchFile(reader(stored)) } } } });
  const router = createAppRouter(queryClient, createMemoryHistory({ initialEntries: [url] }), 'library');
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { network, router };
}

describe('the app in library mode', () => {
  it("shows the library's articles, not those of the manifest the page carries, and asks the network for nothing", async () => {
    const meta = document.createElement('meta');
    meta.name = 'quoteline-data';
    meta.content = bundled.get(manifestPath())!;
    document.head.append(meta);
    const { network } = renderLibrary('/library/', library);
    expect((await screen.findAllByRole('heading', { level: 3 })).map((h) => h.textContent)).toEqual([
      'Late frost damages the orchards',
      'Council approves the harbour bridge',
    ]);
    expect(screen.queryByText('Leaders meet in Geneva')).toBeNull();
    expect(network).not.toHaveBeenCalled();
  });

  it('links within the library stay under /library', async () => {
    renderLibrary('/library/', library);
    const link = await screen.findByRole('link', { name: 'Late frost damages the orchards' });
    expect(link.getAttribute('href')).toMatch(/^\/library\/articles\/late-frost-damages-the-orchards-/);
    expect(screen.getByRole('link', { name: 'Speakers' }).getAttribute('href')).toBe('/library/speakers');
  });

  it('with nothing stored, shows an empty library that leads to opening articles, not an error', async () => {
    renderLibrary('/library/speakers', new Map());
    expect(await screen.findByRole('heading', { name: 'Your library is empty' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Open your articles' }).getAttribute('href')).toBe('/library/open');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
