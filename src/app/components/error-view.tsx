import { useQueryClient } from '@tanstack/react-query';
import { Link, useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { DataLoadError, NoLibraryError } from '../data/fetch-json.ts';
import { useAppReady } from '../lib/app-ready.ts';
import { EmptyLibraryView } from './empty-library-view.tsx';

/**
 * What a route shows when its data failed to load or it crashed: what happened, a retry, and a way back. The
 * reader's library before anything is in it is no failure: it says how to fill it.
 */
export function ErrorView(props: ErrorComponentProps) {
  return props.error instanceof NoLibraryError ? <EmptyLibraryView /> : <LoadFailedView {...props} />;
}

function LoadFailedView({ error, reset }: ErrorComponentProps) {
  useAppReady();
  const router = useRouter();
  const queryClient = useQueryClient();
  const isData = error instanceof DataLoadError;
  // The server could not be reached because the reader is offline: what they have not opened before is not kept.
  const offline = isData && error.status === null && typeof navigator !== 'undefined' && navigator.onLine === false;
  const retry = async () => {
    await queryClient.resetQueries({ predicate: (q) => q.state.status === 'error' });
    reset();
    await router.invalidate();
  };
  return (
    <section role="alert" aria-labelledby="error-title" className="mx-auto max-w-2xl p-6">
      <h1 id="error-title" className="text-2xl font-semibold">
        {offline ? 'Not available offline' : isData ? 'The data could not be loaded' : 'Something went wrong'}
      </h1>
      {offline && (
        <p className="mt-2">
          You are offline, and this page has not been opened on this device before. Articles, speakers and searches
          you open while online stay readable offline.
        </p>
      )}
      <p className="mt-2 text-stone-700 dark:text-stone-300">{error instanceof Error ? error.message : String(error)}</p>
      <div className="mt-4 flex gap-4">
        <button
          type="button"
          onClick={() => void retry()}
          className="rounded bg-sky-800 px-3 py-1.5 font-medium text-white hover:bg-sky-900 focus-visible:outline-2 focus-visible:outline-offset-2"
        >
          Try again
        </button>
        <Link to="/" className="self-center font-medium text-sky-800 underline dark:text-sky-300">
          Back to the timeline
        </Link>
      </div>
    </section>
  );
}
