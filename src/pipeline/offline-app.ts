import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { DATA_MANIFEST_FILE, HASHED_DATA_FILE, OFFLINE_CACHES } from '../app/lib/offline-caches.ts';
import { APP_SHELL } from './prerender-views.ts';

/** The header's colours (white, stone-900): the browser's own bar around an installed app matches the app. */
const THEME_COLORS = { light: '#ffffff', dark: '#1c1917' } as const;

/**
 * The app as an installable web app that reads offline: a web app manifest, and a service worker (Workbox, through
 * vite-plugin-pwa) that precaches the shell (app.html, the code, the styles, the icons) and keeps what the reader
 * opens. The data and the pages are never precached: at 100,000 articles they are 200,000 files.
 *
 * - Content-hashed data: cache first, kept for good (a file's name changes with its content).
 * - data/v3/manifest.json and every page: network first, so a reader online always gets the current build,
 *   and offline the copy they opened; a page never opened falls back on the shell, which renders the address
 *   from the cached data or says it is not available offline.
 * - Updates wait for the reader (registerType 'prompt', no skipWaiting): the app registers the worker itself
 *   (lib/service-worker.ts) and offers the new version (layout/update-prompt.tsx).
 */
export function offlineApp(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    // The icons are in the shell's own list below.
    includeManifestIcons: false,
    manifest: {
      name: 'Quoteline',
      short_name: 'Quoteline',
      description: 'Read the news by who said what, and when.',
      id: '/',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: THEME_COLORS.light,
      background_color: '#fafaf9',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // The shell only, by name: the pages built ahead of time and the data are kept as they are opened.
      globPatterns: [APP_SHELL, 'assets/**/*.{js,css}', 'favicon.svg', 'icons/*.png'],
      // The shell's files carry a hash in their names: no need to add a revision to their URLs.
      dontCacheBustURLsMatching: /^assets\//,
      navigateFallback: null,
      cleanupOutdatedCaches: true,
      // The worker takes over the page that registered it, so the first article a reader opens is kept too.
      clientsClaim: true,
      runtimeCaching: [
        {
          urlPattern: HASHED_DATA_FILE,
          handler: 'CacheFirst',
          options: { cacheName: OFFLINE_CACHES.data, cacheableResponse: { statuses: [200] } },
        },
        {
          urlPattern: DATA_MANIFEST_FILE,
          handler: 'NetworkFirst',
          options: { cacheName: OFFLINE_CACHES.manifest, cacheableResponse: { statuses: [200] } },
        },
        {
          // Serialised into the worker: it must not refer to anything outside itself.
          urlPattern: ({ request }) => request.mode === 'navigate',
          handler: 'NetworkFirst',
          options: {
            cacheName: OFFLINE_CACHES.pages,
            cacheableResponse: { statuses: [200] },
            precacheFallback: { fallbackURL: `/${APP_SHELL}` },
          },
        },
      ],
    },
  });
}
