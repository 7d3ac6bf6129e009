import { useEffect } from 'react';

/**
 * Marks the page as running the app, with data-app="ready" on <html>, once a view has rendered in the browser.
 * Until then a page built ahead of time is markup only: its links work, its filters and shortcuts do not yet.
 * Every view calls this; the browser tests wait for it before they interact.
 */
export function useAppReady(): void {
  useEffect(() => {
    if (document.documentElement.dataset.app === 'ready') return;
    document.documentElement.dataset.app = 'ready';
    performance.mark('quoteline:ready'); // when, for `npm run bench`
  }, []);
}
