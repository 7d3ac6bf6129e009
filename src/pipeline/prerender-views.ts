import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type Connect } from 'vite';
import type { SharePreview } from '../app/lib/share-preview.ts';
import { headTags, withHead } from './page-head.ts';

/** The page for every address that has no page of its own: the app, with nothing rendered yet. */
export const APP_SHELL = 'app.html';

export interface BuiltView {
  address: string;
  file: string;
  lastmod?: string | undefined;
}

interface PrerenderModule {
  prerenderedViews(files: ReadonlyMap<string, string>): BuiltView[];
  renderView(address: string, files: ReadonlyMap<string, string>): Promise<{ markup: string; preview: SharePreview }>;
  renderShell(files: ReadonlyMap<string, string>): Promise<string>;
}

const ROOT = '<div id="root"></div>';

/**
 * Writes the pages built ahead of time (the timeline, the About page, the articles: see prerenderedViews) into
 * `outDir`, beside the app shell that serves every other address. The app's own modules do the rendering, loaded through Vite as the browser gets
 * them, so the markup is the app's and nothing else's.
 */
export async function prerenderViews(
  outDir: string,
  projectRoot: string,
  files: ReadonlyMap<string, string>,
  shellAssets: {
    /** The app's code (main.tsx's chunk and what it imports), which the shell asks for at once. */
    modules: readonly string[];
    /** Data every view of the shell waits on (the index), which downloads beside the code. */
    data: readonly string[];
  },
  share: {
    /** The site's address, for the absolute addresses in each page's head (see page-head.ts). */
    siteUrl: string;
    /** Told each page's preview as it is written (the build draws its card meanwhile); says which card it shows. */
    cardFor?: (view: BuiltView, preview: SharePreview) => string;
  },
): Promise<BuiltView[]> {
  const shell = await readFile(path.join(outDir, 'index.html'), 'utf8');
  if (!shell.includes(ROOT)) throw new Error(`prerender: ${path.join(outDir, 'index.html')} has no empty ${ROOT} to fill`);
  const server = await createServer({
    configFile: false,
    root: projectRoot,
    logLevel: 'error',
    appType: 'custom',
    plugins: [react()],
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const app = (await server.ssrLoadModule('/src/app/prerender.tsx')) as PrerenderModule;
    await writeFile(path.join(outDir, APP_SHELL), fillRoot(appShell(shell, shellAssets), '<div id="root">', await app.renderShell(files)));
    const views = app.prerenderedViews(files);
    for (const folder of new Set(views.map((v) => path.dirname(path.join(outDir, v.file))))) await mkdir(folder, { recursive: true });
    for (const view of views) {
      const { markup, preview } = await app.renderView(view.address, files);
      const card = share.cardFor?.(view, preview);
      // The address is written into the page so the browser adopts the markup only at the address it shows.
      const page = withHead(view.address === '/' ? shell : withoutDataPreloads(shell), headTags(preview, view.address, share.siteUrl, card));
      await writeFile(path.join(outDir, view.file), fillRoot(page, `<div id="root" data-view="${escapeAttribute(view.address)}">`, markup));
    }
    return views;
  } finally {
    await server.close();
  }
}

/** The timeline's data preloads (see vite-plugin.ts) are for the timeline; other pages would only wait on them. */
function withoutDataPreloads(html: string): string {
  return html.replace(/\s*<link rel="preload" as="fetch"[^>]*>/g, '');
}

/**
 * The shell for addresses without a page: the app's code and the data its views wait on requested at once, as
 * the page shows only the app's frame until they have arrived; not the timeline's first previews.
 */
function appShell(html: string, assets: { modules: readonly string[]; data: readonly string[] }): string {
  const preloads = [
    // Low priority: the frame paints with the page and its stylesheet, and the code must not compete with them.
    ...assets.modules.map((file) => `<link rel="modulepreload" crossorigin href="/${file}" fetchpriority="low">`),
    ...assets.data.map((file) => `<link rel="preload" as="fetch" href="/${file}" crossorigin="anonymous">`),
  ].join('\n    ');
  return withoutDataPreloads(html).replace('</head>', `  ${preloads}\n  </head>`);
}

/** A function replacer: the markup is the corpus's text, in which "$&" or "$'" must stay as written. */
const fillRoot = (page: string, open: string, markup: string) => page.replace(ROOT, () => `${open}${markup}</div>`);

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * For the preview server, as a static host's rewrite rules would: a page address without a page of its own gets
 * the app shell, not the timeline's prebuilt page, and so does a list with filters in its address, which its
 * prebuilt page does not show.
 */
export function appShellFallback(outDir: string): Connect.NextHandleFunction {
  return (req, _res, next) => {
    const accept = req.headers.accept ?? '';
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !(accept.includes('text/html') || accept.includes('*/*'))) return next();
    if (!existsSync(path.join(outDir, APP_SHELL))) return next();
    const [pathname = '/', query] = (req.url ?? '/').split('?');
    const lastSegment = pathname.slice(pathname.lastIndexOf('/') + 1);
    if (lastSegment.includes('.')) return next(); // a file: asset, data, icon (ids and slugs have no dot)
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return next();
    }
    if (decoded.includes('..')) return next(); // never look outside outDir; the static server refuses it too
    const ownPage = decoded === '/' ? 'index.html' : `${decoded.replace(/\/$/, '')}.html`;
    // A list with filters in its address (the timeline, the speakers directory) is not what its page shows; an
    // article's page is the article, whichever quote the address marks.
    const filteredList = Boolean(query) && !decoded.startsWith('/articles/');
    const prebuilt = existsSync(path.join(outDir, ownPage)) && !filteredList;
    if (!prebuilt) req.url = `/${APP_SHELL}${query ? `?${query}` : ''}`;
    next();
  };
}
