import { useEffect, useState } from 'react';
import { plural } from '../../../lib/format.ts';
import { countKeptOffline, type KeptOffline } from '../api/kept-offline.ts';

/**
 * What reads without a network. The general rule is part of the page as built; the counts are this device's,
 * read after the first render (which must match the page built ahead of time).
 */
export function OfflineSection() {
  const [kept, setKept] = useState<KeptOffline | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void countKeptOffline().then((counts) => live && setKept(counts));
    return () => {
      live = false;
    };
  }, []);
  return (
    <section aria-labelledby="offline-title">
      <h2 id="offline-title" className="text-xl font-semibold">
        Reading offline
      </h2>
      <p className="mt-2">
        Once opened in a browser that supports it, Quoteline works without a network: the app itself, and every article,
        speaker page and search you have opened on this device. What you have not opened needs the network. When a new
        version is published, the app says so and updates only when you choose.
      </p>
      <p className="mt-2" data-testid="kept-offline" aria-live="polite">
        {kept === undefined ? '' : describe(kept)}
      </p>
    </section>
  );
}

function describe(kept: KeptOffline | null): string {
  if (!kept) return 'This browser keeps nothing for reading offline.';
  const what = `${plural(kept.articles, 'article')}, ${plural(kept.speakers, 'speaker')}, ${plural(kept.searchFiles, 'search file')} and ${plural(kept.pages, 'page')}`;
  return kept.app
    ? `Kept on this device for reading offline: the app, ${what}.`
    : `The app is not kept on this device yet (it is once the page has fully loaded); kept so far: ${what}.`;
}
