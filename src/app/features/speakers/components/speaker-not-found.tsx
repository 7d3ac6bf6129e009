import { Link } from '@tanstack/react-router';
import { useAppReady } from '../../../lib/app-ready.ts';

// Small, so it comes with the first bundle, unlike the speaker pages, which load lazily.
export function SpeakerNotFound() {
  useAppReady();
  return (
    <section aria-labelledby="not-found-title" className="mx-auto max-w-2xl p-6">
      <h1 id="not-found-title" className="text-2xl font-semibold">
        Speaker not found
      </h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        No speaker in this corpus has this address. The name may be spelled differently, or the link may be mistyped.
      </p>
      <p className="mt-4 flex gap-4">
        <Link to="/speakers" className="font-medium text-sky-800 underline dark:text-sky-300">
          Browse all speakers
        </Link>
        <Link to="/" className="font-medium text-sky-800 underline dark:text-sky-300">
          Back to the timeline
        </Link>
      </p>
    </section>
  );
}
