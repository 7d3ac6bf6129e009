import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type Connect } from 'vite';

/** The page for every address that has no page of its own: the app, with nothing rendered yet. */
export const APP_SHELL = 'app.html';

interface PrerenderModule {
  PRERENDERED_VIEWS: ReadonlyArray<{ address: string; file: string }>;
  renderView(address: string, files: ReadonlyMap<string, string>): Promise<string>;
}

const ROOT = '<div id="root"></div>';

/**
 * Writes the pages built ahead of time (the timeline, the About page) into `outDir`, beside the app shell that
 * serves every other address. The app's own modules do the rendering, loaded through Vite as the browser gets
 * them, so the markup is the app's and nothing else's.
 */
export async function prerenderViews(outDir: string, projectRoot: string, files: ReadonlyMap<string, string>): Promise<string[]> {
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
    await writeFile(path.join(outDir, APP_SHELL), shell);
    const written: string[] = [];
    for (const view of app.PRERENDERED_VIEWS) {
      const markup = await app.renderView(view.address, files);
      // The address is written into the page so the browser adopts the markup only at the address it shows.
      await writeFile(path.join(outDir, view.file), shell.replace(ROOT, `<div id="root" data-view="${view.address}">${markup}</div>`));
      written.push(view.file);
    }
    return written;
  } finally {
    await server.close();
  }
}

/**
 * For the preview server, as a static host's rewrite rules would: a page address without a page of its own gets
 * the app shell, not the timeline's prebuilt page, and so does the timeline with filters in its address, which
 * its prebuilt page does not show.
 */
export function appShellFallback(outDir: string): Connect.NextHandleFunction {
  return (req, _res, next) => {
    const accept = req.headers.accept ?? '';
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !(accept.includes('text/html') || accept.includes('*/*'))) return next();
    if (!existsSync(path.join(outDir, APP_SHELL))) return next();
    const [pathname = '/', query] = (req.url ?? '/').split('?');
    const lastSegment = pathname.slice(pathname.lastIndexOf('/') + 1);
    if (lastSegment.includes('.')) return next(); // a file: asset, data, icon
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return next();
    }
    const ownPage = decoded === '/' ? 'index.html' : `${decoded.replace(/\/$/, '')}.html`;
    const prebuilt = existsSync(path.join(outDir, ownPage)) && !(decoded === '/' && query);
    if (!prebuilt) req.url = `/${APP_SHELL}${query ? `?${query}` : ''}`;
    next();
  };
}
