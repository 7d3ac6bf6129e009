import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { HtmlTagDescriptor, Plugin, ViteDevServer } from 'vite';
import { DATA_ROOT, FIRST_SCREEN_ARTICLES } from '../core/schema.ts';
import { buildDataFromFolder, manifestOf } from './build-data.ts';
import { cardWriter, newCardsFromEnv } from './cards.ts';
import { readDataFolder, siteDataOf, type SiteData } from './data-folder.ts';
import { siteUrlFromEnv } from './page-head.ts';
import { APP_SHELL, appShellFallback, prerenderViews } from './prerender-views.ts';
import { robotsTxt, sitemapFiles } from './sitemap.ts';
import { headersFile, INLINE_SCRIPT } from './security-headers.ts';

export interface CorpusPluginOptions {
  corpusDir: string;
  /** Fail the build when any input file is skipped, instead of publishing the rest. */
  strict: boolean;
  /** A folder of published data (QUOTELINE_DATA) to serve instead of building the corpus: checked, not rebuilt. */
  dataDir?: string | null;
}

function strictFailure(site: SiteData): string | null {
  return site.skipped ? `--strict: ${site.skipped} problem(s) in the corpus; nothing published.` : null;
}

/** The largest index the dev server's page preloads (see transformIndexHtml). */
export const PRELOAD_INDEX_MAX_BYTES = 2_000_000;

/** The lead-quote files the unfiltered timeline's first screen needs: those of the newest articles' months. */
export function firstScreenPreviews(build: SiteData): string[] {
  const months = new Set(build.articles.slice(0, FIRST_SCREEN_ARTICLES).filter((a) => a.quoteCount > 0).map((a) => a.date.slice(0, 7)));
  const prefix = `${DATA_ROOT}/previews/`;
  return [...build.files.keys()].filter((name) => name.startsWith(prefix) && months.has(name.slice(prefix.length, prefix.length + 7)));
}

/** Write many files with a bounded number in flight: a 100,000-article corpus is 200,000 files. */
async function writeAll(dir: string, files: Map<string, string>): Promise<void> {
  const entries = [...files];
  const folders = new Set(entries.map(([name]) => path.dirname(path.join(dir, name))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const [name, source] = entries[next++] as [string, string];
      await writeFile(path.join(dir, name), source);
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
}

/**
 * Runs the pipeline on the corpus folder and publishes its data: written beside the app by `vite build`, served
 * from memory (and rebuilt when a file changes) by the dev server. The page is told which index to load, and
 * preloads it so that it downloads beside the script.
 */
export function quotelineCorpus(options: CorpusPluginOptions): Plugin {
  let build: SiteData | null = null;
  let root = process.cwd();
  let pending: Promise<SiteData> | null = null;
  const watched = options.dataDir ?? options.corpusDir;

  const rebuild = (log: (msg: string) => void): Promise<SiteData> => {
    const load = options.dataDir ? readDataFolder(options.dataDir) : buildDataFromFolder(options.corpusDir).then(siteDataOf);
    pending = load.then((result) => {
      build = result;
      log(result.summary);
      return result;
    });
    return pending;
  };

  return {
    name: 'quoteline-corpus',

    async buildStart() {
      if (this.meta.watchMode) return; // the dev server builds on its own schedule
      // A malformed QUOTELINE_SITE_URL or QUOTELINE_NEW_CARDS fails the build now, not after the pages.
      siteUrlFromEnv();
      newCardsFromEnv();
      // Printed directly, not through Vite's logger, so the summary shows even with --logLevel warn.
      const result = await rebuild((msg) => console.log(msg));
      const failure = options.strict ? strictFailure(result) : null;
      if (failure) this.error(`${failure}\n${result.summary}`);
    },

    transformIndexHtml: {
      order: 'post',
      async handler(_html, ctx): Promise<HtmlTagDescriptor[]> {
        const current = build ?? (await pending);
        if (!current) return [];
        const manifest = manifestOf(current.files);
        if (!manifest) return [];
        const base = ctx.server?.config.base ?? '/';
        // The timeline's data downloads beside the script. A build keeps these preloads on the timeline's own page
        // only (see prerender-views.ts), which needs them at any size. The dev server gives this page to every
        // address, so there the preloads stop at a size a deep link would not want to wait for.
        const preload = !ctx.server || (current.files.get(manifest.index)?.length ?? 0) <= PRELOAD_INDEX_MAX_BYTES;
        const fetchPreload = (file: string): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'fetch', href: `${base}${file}`, crossorigin: 'anonymous' },
          injectTo: 'head',
        });
        return [
          { tag: 'script', children: INLINE_SCRIPT, injectTo: 'head-prepend' },
          { tag: 'meta', attrs: { name: 'quoteline-data', content: JSON.stringify(manifest) }, injectTo: 'head' },
          ...(preload ? [manifest.index, ...firstScreenPreviews(current)].map(fetchPreload) : []),
        ];
      },
    },

    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
      // For static hosts that read it (Netlify, Cloudflare Pages): a file that exists is served as it is, any
      // other address gets the app shell, as the preview server does (see appShellFallback).
      this.emitFile({ type: 'asset', fileName: '_redirects', source: `/* /${APP_SHELL} 200\n` });
    },

    // Data files are written straight to disk rather than emitted as assets: the bundler has nothing to do with
    // them, and at 100,000 articles tracking them as assets costs minutes and gigabytes.
    async writeBundle(outputOptions, bundle) {
      if (!build || !outputOptions.dir) return;
      await writeAll(outputOptions.dir, build.files);
      // The app's code: main.tsx's chunk, the router's (which main.tsx loads as a chunk of its own), and theirs.
      const chunkOf = (entry: string) => Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(entry));
      const appModules = [
        ...new Set(['/src/app/main.tsx', '/src/app/router.tsx'].flatMap((entry) => {
          const chunk = chunkOf(entry);
          return chunk?.type === 'chunk' ? [chunk.fileName, ...chunk.imports] : [];
        })),
      ];
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      // Every view the shell serves but an article's waits on the index; past the dev server's limit, a deep link
      // to an article would wait on it too, so there the index is left to be asked for by the views that need it.
      const manifest = manifestOf(build.files);
      const indexSize = manifest ? (build.files.get(manifest.index)?.length ?? Infinity) : Infinity;
      const shellData = manifest && indexSize <= PRELOAD_INDEX_MAX_BYTES ? [manifest.index] : [];
      // Each page's card is drawn while the next pages render (PNG encoding runs off the main thread).
      const siteUrl = siteUrlFromEnv();
      const cards = cardWriter(outputOptions.dir, path.join(root, '.cache', 'cards'), { newCards: newCardsFromEnv() });
      cards.add(null);
      const pages = await prerenderViews(outputOptions.dir, root, build.files, { modules: appModules, data: shellData }, {
        siteUrl,
        cardFor: (_view, preview) => cards.add(preview.card ?? null),
      });
      const pagesDone = performance.now();
      const quotePages = pages.filter((p) => p.address.startsWith('/quotes/')).length;
      console.log(`Quoteline pages built ahead of time: ${pages.length}, ${quotePages} of them quotes' share pages (${Math.round(pagesDone - started)} ms)`);
      const run = await cards.done();
      const sitemap = sitemapFiles(pages, siteUrl);
      await writeAll(outputOptions.dir, new Map([...sitemap, ['robots.txt', robotsTxt(siteUrl)]]));
      console.log(
        `Quoteline link previews for ${siteUrl}: ${run.drawn + run.fromCache} cards (${run.drawn} drawn, ${run.fromCache} from .cache/cards; ` +
          `${run.borrowed} pages show another card, past QUOTELINE_NEW_CARDS) ` +
          `in ${Math.round(run.ms)} ms beside the pages, ${Math.round(performance.now() - pagesDone)} ms after them; ` +
          `sitemap of ${pages.length} addresses in ${sitemap.size} file(s)`,
      );
      // CPU time as well as the clock's: on a machine shared with other work, the clock measures the others too.
      const cpu = process.cpuUsage(cpuStarted);
      console.log(`Quoteline pages and cards: ${Math.round(performance.now() - started)} ms, ${Math.round((cpu.user + cpu.system) / 1000)} ms of CPU`);
    },

    configResolved(config) {
      root = config.root;
    },

    configurePreviewServer(server) {
      server.middlewares.use(appShellFallback(path.resolve(server.config.root, server.config.build.outDir)));
    },

    configureServer(server: ViteDevServer) {
      const log = (msg: string) => server.config.logger.info(msg);
      void rebuild(log).catch((error: unknown) => server.config.logger.error(String(error)));
      server.watcher.add(watched);
      const onChange = (file: string) => {
        if (!file.startsWith(watched)) return;
        void rebuild(log).then(() => server.ws.send({ type: 'full-reload' }));
      };
      server.watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);

      // Every error is answered here, as a 500: the promise never rejects.
      server.middlewares.use((req, res, next) => {
        void (async () => {
          const url = (req.url ?? '').split('?')[0] ?? '';
          const prefix = `/${DATA_ROOT}/`;
          if (!url.startsWith(prefix)) return next();
          try {
            const current = await (pending ?? rebuild(log));
            const body = current.files.get(decodeURIComponent(url.slice(1)));
            if (body === undefined) {
              res.statusCode = 404;
              res.end('not found');
              return;
            }
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(body);
          } catch (error) {
            res.statusCode = 500;
            res.end(String(error));
          }
        })();
      });
    },
  };
}
