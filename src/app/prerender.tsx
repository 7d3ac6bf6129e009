import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { articleKeyOf, checkData, DataManifestSchema, manifestPath, QuoteLookupSchema, quoteLookupPath, WireIndexSchema, type DataManifest } from '../core/schema.ts';
import { decodeIndex } from '../core/wire.ts';
import { corpusIndexQuery } from './data/corpus-index.ts';
import type { FetchFile } from './data/fetch-json.ts';
import { manifestQuery } from './data/manifest.ts';
import { PendingView } from './components/pending-view.tsx';
import { previewOf } from './lib/document-title.ts';
import type { SharePreview } from './lib/share-preview.ts';
import { createAppRouter } from './router.tsx';

/**
 * Every article and every speaker gets a page of its own up to this many articles. Beyond it the build would
 * take minutes and write gigabytes, and their addresses get the app shell, which loads the view by itself.
 */
export const PRERENDER_ARTICLES_MAX = 5_000;

export interface PrerenderedView {
  /** The address the page shows, as the app's router spells it. */
  address: string;
  /** Where the page is published, relative to the site root. */
  file: string;
  /** The day its content last changed, YYYY-MM-DD, for the sitemap: an article's date, a speaker's last quote. */
  lastmod?: string | undefined;
}

export interface RenderedView {
  markup: string;
  /** What the page says about itself in its head (title, description, card): see lib/share-preview.ts. */
  preview: SharePreview;
}

/**
 * The views a build makes ahead of time: the timeline, the About page, the speakers directory and, for a corpus
 * that is not too big, every article, every speaker's page and every quote's share page.
 */
export function prerenderedViews(files: ReadonlyMap<string, string>): PrerenderedView[] {
  const manifest = readManifest(files);
  const index = decodeIndex(checkData(WireIndexSchema, manifest.index, JSON.parse(files.get(manifest.index) ?? 'null')));
  const newest = index.corpus.to ?? undefined;
  const views: PrerenderedView[] = [
    { address: '/', file: 'index.html', lastmod: newest },
    { address: '/about', file: 'about.html', lastmod: newest },
    { address: '/speakers', file: 'speakers.html', lastmod: newest },
  ];
  if (index.articles.length <= PRERENDER_ARTICLES_MAX) {
    for (const article of index.articles) views.push({ address: `/articles/${article.id}`, file: `articles/${article.id}.html`, lastmod: article.date });
    const dateByKey = new Map(index.articles.map((a) => [articleKeyOf(a.id), a.date]));
    const quotes: PrerenderedView[] = [];
    for (const [shard, hash] of Object.entries(manifest.quotes ?? {})) {
      const path = quoteLookupPath(shard, hash);
      const lookup = checkData(QuoteLookupSchema, path, JSON.parse(files.get(path) ?? 'null'));
      for (const [quote, key] of Object.entries(lookup.articles)) quotes.push({ address: `/quotes/${quote}`, file: `quotes/${quote}.html`, lastmod: key && dateByKey.get(key) });
    }
    // Newest first, as the timeline; before the speakers: where a build draws only some cards (see
    // pipeline/cards.ts), the newest quotes have theirs.
    views.push(...quotes.sort((a, b) => (b.lastmod ?? '').localeCompare(a.lastmod ?? '') || a.address.localeCompare(b.address)));
    for (const speaker of index.speakers) views.push({ address: `/speakers/${speaker.id}`, file: `speakers/${speaker.id}.html`, lastmod: speaker.lastSeen });
  }
  return views;
}

function readManifest(files: ReadonlyMap<string, string>): DataManifest {
  const manifest = files.get(manifestPath());
  if (!manifest) throw new Error('prerender: the published data has no manifest');
  return checkData(DataManifestSchema, manifestPath(), JSON.parse(manifest));
}

/**
 * The markup of the view at `address`, rendered at build time from the published data, for the page to show
 * before its script has run. The app loads exactly as it does in the browser, its requests answered from
 * `files`, so the browser's first render produces the same markup and adopts it (hydration) instead of
 * building it again.
 */
export function renderView(address: string, files: ReadonlyMap<string, string>): Promise<RenderedView> {
  return render(address, files);
}

async function render(address: string, files: ReadonlyMap<string, string>, prepare?: (client: QueryClient) => Promise<unknown>): Promise<RenderedView> {
  // The app's requests are answered from `files`: the query client the router's context carries tells every
  // query where to read (see data/fetch-json.ts), and nothing global is replaced.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, meta: { fetchFile: fetchFrom(files) } } } });
  // In the browser the page carries the manifest; here there is no page to read it from.
  queryClient.setQueryData(manifestQuery.queryKey, readManifest(files));
  const router = createAppRouter(queryClient, createMemoryHistory({ initialEntries: [address] }));
  try {
    await prepare?.(queryClient);
    await router.load();
    const markup = renderToString(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </StrictMode>,
    );
    // React marks a part it could not render with <!--$!-->, leaving it to the browser; a page built ahead of
    // time with a hole in it is a bug to fix, not a page to publish.
    if (markup.includes('<!--$!-->')) throw new Error(`prerender: ${address} failed to render on the server: ${/data-msg="([^"]*)"/.exec(markup)?.[1] ?? 'see a development build'}`);
    return { markup, preview: previewOf(router.state.matches) };
  } finally {
    queryClient.clear();
  }
}

/** The build's files served as the static host serves them: each at its path, 404 for anything else. */
function fetchFrom(files: ReadonlyMap<string, string>): FetchFile {
  return (url) => {
    const body = files.get(url.replace(/^\//, ''));
    return Promise.resolve(
      body === undefined ? new Response('not found', { status: 404 }) : new Response(body, { headers: { 'Content-Type': 'application/json' } }),
    );
  };
}

/** An address no view has: the app renders its frame there, around the not-found view that the shell replaces. */
const NO_VIEW_ADDRESS = '/app-shell';
const MAIN = /(<main\b[^>]*>)[\s\S]*(<\/main>)/;

/**
 * The app shell's markup: the app's frame (header, navigation, search box, footer with its credits) with the
 * pending view where a view goes. Every address without a page of its own paints this at once, instead of a
 * blank page until the app's code and data have arrived; the app then renders in its place.
 */
export async function renderShell(files: ReadonlyMap<string, string>): Promise<string> {
  // With the index, for the footer's credits to the corpus's sources: the frame is the app's frame exactly.
  const { markup } = await render(NO_VIEW_ADDRESS, files, (client) => client.ensureQueryData(corpusIndexQuery));
  if (!MAIN.test(markup)) throw new Error('prerender: the app frame has no <main> to hold the pending view');
  return markup.replace(MAIN, (_, open: string, close: string) => `${open}${renderToString(<PendingView />)}${close}`);
}
