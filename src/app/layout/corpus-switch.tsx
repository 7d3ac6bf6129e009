import { corpusRoot, OPEN_LIBRARY_HREF } from '../lib/corpus.ts';
import { useCorpus } from '../lib/routing.ts';

const CORPUS_NAMES = { bundled: 'Bundled corpus', library: 'Your library' } as const;
const item = 'block rounded px-2 py-1 hover:bg-stone-200 dark:hover:bg-stone-800';

/**
 * Which articles the reader is looking at, and the way to the other ones: one small disclosure, so the header
 * keeps its height on a phone. The links are plain document navigations, since the bundled corpus and the
 * library each start the app with their own router and data (main.tsx).
 */
export function CorpusSwitch() {
  const corpus = useCorpus();
  const other = corpus === 'bundled' ? 'library' : 'bundled';
  return (
    <details className="relative text-sm">
      <summary className="cursor-pointer rounded border border-stone-400 px-2 py-1 font-medium hover:bg-stone-200 dark:border-stone-500 dark:hover:bg-stone-800">
        <span className="sr-only">Reading: </span>
        {CORPUS_NAMES[corpus]}
      </summary>
      <ul
        aria-label="Corpus"
        className="absolute right-0 z-20 mt-1 w-56 space-y-1 rounded border border-stone-300 bg-white p-2 shadow-lg dark:border-stone-600 dark:bg-stone-900"
      >
        <li>
          <a href={corpusRoot(other)} className={item}>
            Switch to {other === 'library' ? 'your library' : 'the bundled corpus'}
          </a>
        </li>
        <li>
          <a href={OPEN_LIBRARY_HREF} className={item}>
            Open your articles
          </a>
        </li>
      </ul>
    </details>
  );
}
