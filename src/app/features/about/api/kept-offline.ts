import { DATA_ROOT } from '../../../../core/schema.ts';
import { OFFLINE_CACHES } from '../../../lib/offline-caches.ts';

/** What this device keeps for reading offline, counted from the service worker's caches. */
export interface KeptOffline {
  /** Whether the app itself (the shell) is kept: a service worker controls this page. */
  app: boolean;
  articles: number;
  speakers: number;
  /** Search data files: the shared list of articles and one file per first letter of the words searched. */
  searchFiles: number;
  pages: number;
}

const under = (folder: string) => new RegExp(`/${DATA_ROOT}/${folder}/[^/]+$`);
const ARTICLE = under('articles');
const SPEAKER = under('speakers');
const SEARCH = under('search');

/**
 * Counts the cached files by kind: listing a cache's keys reads no bodies, so this stays cheap with thousands of
 * entries. Null where the browser has no Cache API (or it is disabled), so there is nothing to count.
 */
export async function countKeptOffline(): Promise<KeptOffline | null> {
  if (typeof caches === 'undefined') return null;
  try {
    const [data, pages] = await Promise.all([OFFLINE_CACHES.data, OFFLINE_CACHES.pages].map(async (name) => (await caches.has(name)) ? (await caches.open(name)).keys() : []));
    const paths = (data ?? []).map((request) => new URL(request.url).pathname);
    const count = (pattern: RegExp) => paths.filter((path) => pattern.test(path)).length;
    return {
      app: Boolean(navigator.serviceWorker?.controller),
      articles: count(ARTICLE),
      speakers: count(SPEAKER),
      searchFiles: count(SEARCH),
      pages: pages?.length ?? 0,
    };
  } catch {
    return null; // storage refused (a private window in some browsers): nothing is kept
  }
}
