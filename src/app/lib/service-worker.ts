import { useSyncExternalStore } from 'react';
import type { Workbox } from 'workbox-window';
import { HASHED_DATA_FILE, OFFLINE_CACHES } from './offline-caches.ts';

/**
 * The service worker (built by pipeline/offline-app.ts), from the app's side: registering it, and the one thing
 * it tells the reader, that a new version is waiting. A new version never takes over on its own: the reader
 * chooses when (layout/update-prompt.tsx), so nothing changes under them mid-read.
 */

type ApplyUpdate = () => void;
let waitingUpdate: ApplyUpdate | null = null;
const listeners = new Set<() => void>();

/** Says a new version is waiting; `apply` switches to it. Called by the registration below. */
export function offerUpdate(apply: ApplyUpdate | null): void {
  waitingUpdate = apply;
  for (const listener of listeners) listener();
}

/** The waiting version's switch, or null while the running version is the newest. */
export function useWaitingUpdate(): ApplyUpdate | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => waitingUpdate,
    () => null,
  );
}

let registered = false;

/**
 * Registers the worker after the first view (see afterTheFirstView), so it never competes with it for the network.
 * Only a production build has one; without service workers (an old browser, a test's DOM) the app runs online.
 */
export function registerServiceWorker(): void {
  if (registered || !import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  registered = true;
  const register = async () => {
    const { Workbox } = await import('workbox-window');
    const workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
    workbox.addEventListener('waiting', () => {
      offerUpdate(() => {
        // The reader chose: once the new worker controls the page, load the page again under it.
        workbox.addEventListener('controlling', () => location.reload());
        workbox.messageSkipWaiting();
      });
    });
    workbox.addEventListener('controlling', (event) => {
      if (!event.isUpdate) void keepWhatWasOpened(workbox);
    });
    await workbox.register();
  };
  const start = () => void register().catch((error: unknown) => console.warn('Reading offline is not available:', error));
  afterTheFirstView(start);
}

/** The shell's files a new worker precaches (half a megabyte) must not compete with the view's own data on a phone. */
const SETTLE_MS = 2_000;

/**
 * Runs `start` once the page has loaded and the app has shown its view (lib/app-ready.ts), a little later and
 * when the main thread is idle: a view rendered in the shell (search, a filtered timeline) may still be
 * downloading its data when it first shows.
 */
function afterTheFirstView(start: () => void): void {
  const ready = () => document.readyState === 'complete' && document.documentElement.dataset.app === 'ready';
  const later = () => setTimeout(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(start, { timeout: SETTLE_MS }) : start()), SETTLE_MS);
  if (ready()) return void later();
  const check = () => {
    if (!ready()) return;
    observer.disconnect();
    removeEventListener('load', check);
    later();
  };
  const observer = new MutationObserver(check);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-app'] });
  addEventListener('load', check);
}

/**
 * The worker keeps what it fetches, but the first page and its data were fetched before it took over: keep them
 * now, so the first article a reader opens reads offline too. The data files go through the worker's own rules
 * (its CACHE_URLS message, answered by Workbox's router), from the browser's HTTP cache where they are.
 */
async function keepWhatWasOpened(workbox: Workbox): Promise<void> {
  const urls = performance.getEntriesByType('resource').map((entry) => new URL(entry.name));
  const data = [...new Set(urls.filter((url) => url.origin === location.origin && HASHED_DATA_FILE.test(url.pathname)).map((url) => url.href))];
  const pages = await caches.open(OFFLINE_CACHES.pages);
  await Promise.all([
    data.length ? workbox.messageSW({ type: 'CACHE_URLS', payload: { urlsToCache: data } }) : undefined,
    pages.match(location.href).then((page) => (page ? undefined : pages.add(location.href))),
  ]);
}
