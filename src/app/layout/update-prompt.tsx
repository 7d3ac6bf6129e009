import { useEffect } from 'react';
import { registerServiceWorker, useWaitingUpdate } from '../lib/service-worker.ts';

/**
 * When a new version of the app is waiting, says so, and switches to it only when the reader chooses: a reload
 * in the middle of reading would lose their place. Rendered only then, so it is announced as it appears.
 */
export function UpdatePrompt() {
  useEffect(registerServiceWorker, []);
  const apply = useWaitingUpdate();
  if (!apply) return null;
  return (
    <div
      role="status"
      className="fixed inset-x-4 bottom-4 z-50 mx-auto flex max-w-md items-center justify-between gap-4 rounded-lg border border-stone-400 bg-white p-3 text-stone-900 shadow-lg dark:border-stone-500 dark:bg-stone-900 dark:text-stone-100"
    >
      <p>A new version of Quoteline is available.</p>
      <button
        type="button"
        onClick={apply}
        className="shrink-0 rounded bg-sky-800 px-3 py-1.5 font-medium text-white hover:bg-sky-900 focus-visible:outline-2 focus-visible:outline-offset-2"
      >
        Reload
      </button>
    </div>
  );
}
