import { useAppReady } from '../lib/app-ready.ts';
import { corpusRoot, OPEN_LIBRARY_HREF } from '../lib/corpus.ts';

/** The library's views before the reader has opened any articles: what the library is, and where to start. */
export function EmptyLibraryView() {
  useAppReady();
  return (
    <section aria-labelledby="empty-library-title" className="mx-auto max-w-2xl p-6">
      <h1 id="empty-library-title" className="text-2xl font-semibold">
        Your library is empty
      </h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        Your library holds your own articles, analysed in this browser and kept on this device only: nothing is
        uploaded. Open a folder of text files, or a zip of them, to read them by who said what, and when.
      </p>
      <p className="mt-4 flex flex-wrap gap-4">
        {/* Document navigations: the Open view and the bundled corpus each start with their own data. */}
        <a href={OPEN_LIBRARY_HREF} className="rounded bg-sky-800 px-3 py-1.5 font-medium text-white hover:bg-sky-900 focus-visible:outline-2 focus-visible:outline-offset-2">
          Open your articles
        </a>
        <a href={corpusRoot('bundled')} className="self-center font-medium text-sky-800 underline dark:text-sky-300">
          Read the bundled corpus
        </a>
      </p>
    </section>
  );
}
