import { useCallback, useEffect, useRef, useState } from 'react';
import type { BuildReport } from '../../../../core/publish.ts';
import type { LibraryInput, LibraryMessage, LibraryRequest, NotRead } from '../worker/protocol.ts';

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

  const request = useCallback(
    (message: LibraryRequest, onMessage: (reply: LibraryMessage) => void) => {
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
      current.postMessage(message);
    },
    [stop],
  );

  const open = useCallback(
    (inputs: LibraryInput[]) => {
      performance.mark('quoteline:files-chosen'); // for `npm run bench:library`, as the handing over below
      setRun({ state: 'running', progress: { type: 'progress', phase: 'reading', done: 0, total: inputs.length, current: '', msLeft: null } });
      request({ type: 'build', inputs, today: new Date().toISOString().slice(0, 10) }, (reply) => {
        if (reply.type === 'progress') setRun({ state: 'running', progress: reply });
        else if (reply.type === 'built') setRun({ state: 'built', report: reply.report, notRead: reply.notRead, ms: reply.ms });
        else if (reply.type === 'failed') setRun({ state: 'failed', message: reply.message });
      });
      performance.measure('quoteline:files-handed-over', 'quoteline:files-chosen');
    },
    [request],
  );

  const cancel = useCallback(() => {
    stop();
    setRun({ state: 'cancelled' });
  }, [stop]);

  /** The zip of the stored library's data, saved as a download. */
  const exportZip = useCallback(() => {
    setExporting(true);
    request({ type: 'export' }, (reply) => {
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
  }, [request]);

  return { run, open, cancel, exportZip, exporting };
}
