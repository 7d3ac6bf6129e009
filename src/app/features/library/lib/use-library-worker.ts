import { useCallback, useEffect, useRef, useState } from 'react';
import type { BuildReport } from '../../../../core/publish.ts';
import { yieldToMain } from '../../../lib/yield.ts';
import type { LibraryInput, LibraryMessage, LibraryRequest, NotRead } from '../worker/protocol.ts';

/** Files per message to the worker: each message is one short task of the page. */
const HAND_OVER_BATCH = 50;

export type Progress = Extract<LibraryMessage, { type: 'progress' }>;

export type LibraryRun =
  | { state: 'idle' }
  | { state: 'running'; progress: Progress }
  | { state: 'built'; report: BuildReport; notRead: NotRead[]; ms: number }
  | { state: 'cancelled' }
  | { state: 'failed'; message: string };

function startWorker(): Worker {
  // Written out here, in this form, so that Vite bundles the worker and its imports (the whole core) as a module.
  return new Worker(new URL('../worker/library-worker.ts', import.meta.url), { type: 'module' });
}

/**
 * The library's worker as the Open view drives it: one run at a time, its progress as state, cancelled by
 * terminating the worker (nothing is stored until the end; see worker/library-worker.ts). The worker lives for
 * one request and is ended after it, so a finished run holds no memory.
 */
export function useLibraryWorker() {
  const [run, setRun] = useState<LibraryRun>({ state: 'idle' });
  const [exporting, setExporting] = useState(false);
  const worker = useRef<Worker | null>(null);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  /** A new worker for one request, its replies passed on; the last reply (not progress) ends it. */
  const start = useCallback(
    (onMessage: (reply: LibraryMessage) => void): Worker => {
      stop();
      const current = startWorker();
      worker.current = current;
      current.onmessage = (event: MessageEvent<LibraryMessage>) => {
        if (event.data.type !== 'progress') {
          current.terminate();
          if (worker.current === current) worker.current = null;
        }
        onMessage(event.data);
      };
      current.onerror = (event) => {
        event.preventDefault();
        current.terminate();
        onMessage({ type: 'failed', message: event.message || 'the library worker stopped' });
      };
      return current;
    },
    [stop],
  );

  const open = useCallback(
    (inputs: LibraryInput[]) => {
      performance.mark('quoteline:files-chosen'); // for `npm run bench:library`, as the measure below
      setRun({ state: 'running', progress: { type: 'progress', phase: 'reading', done: 0, total: inputs.length, current: '', msLeft: null } });
      const current = start((reply) => {
        if (reply.type === 'progress') setRun({ state: 'running', progress: reply });
        else if (reply.type === 'built') setRun({ state: 'built', report: reply.report, notRead: reply.notRead, ms: reply.ms });
        else if (reply.type === 'failed') setRun({ state: 'failed', message: reply.message });
      });
      performance.measure('quoteline:worker-started', 'quoteline:files-chosen');
      // Handing a File to a worker costs the main thread a little each (its blob is registered for the worker):
      // the files go in batches, one task each, so a folder of 10,000 never holds the page.
      void (async () => {
        for (let i = 0; i < inputs.length; i += HAND_OVER_BATCH) {
          if (worker.current !== current) return; // cancelled meanwhile
          current.postMessage({ type: 'add', inputs: inputs.slice(i, i + HAND_OVER_BATCH) } satisfies LibraryRequest);
          if (i === 0) performance.measure('quoteline:first-files-handed-over', 'quoteline:files-chosen');
          await yieldToMain();
        }
        if (worker.current === current) current.postMessage({ type: 'build', today: new Date().toISOString().slice(0, 10) } satisfies LibraryRequest);
      })();
    },
    [start],
  );

  const cancel = useCallback(() => {
    stop();
    setRun({ state: 'cancelled' });
  }, [stop]);

  /** The zip of the stored library's data, saved as a download. */
  const exportZip = useCallback(() => {
    setExporting(true);
    const current = start((reply) => {
      setExporting(false);
      if (reply.type === 'failed') setRun({ state: 'failed', message: `Export failed: ${reply.message}` });
      if (reply.type !== 'exported') return;
      const url = URL.createObjectURL(new Blob([reply.zip], { type: 'application/zip' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = 'quoteline-library.zip';
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    });
    current.postMessage({ type: 'export' } satisfies LibraryRequest);
  }, [start]);

  return { run, open, cancel, exportZip, exporting };
}
