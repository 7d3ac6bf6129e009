import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { hasLibrary } from '../../../data/library-store.ts';
import { useAppReady } from '../../../lib/app-ready.ts';
import { plural } from '../../../lib/format.ts';
import { fromDrop, fromFileList } from '../lib/chosen-files.ts';
import { useLibraryWorker, type Progress } from '../lib/use-library-worker.ts';
import { BuildReportView } from './build-report.tsx';

const button = 'rounded border border-current px-3 py-1.5 font-medium underline-offset-2 hover:underline focus-visible:outline-2 disabled:opacity-60';

function timeLeft(ms: number | null): string {
  if (ms === null) return 'estimating time left';
  const seconds = Math.ceil(ms / 1000);
  return seconds < 60 ? `about ${plural(seconds, 'second')} left` : `about ${plural(Math.ceil(seconds / 60), 'minute')} left`;
}

function ProgressView({ progress, onCancel }: { progress: Progress; onCancel: () => void }) {
  const labelId = useId();
  const label = progress.phase === 'reading' ? 'Opening your files' : progress.phase === 'saving' ? 'Saving your library on this device' : 'Analysing your articles';
  return (
    <section aria-labelledby={labelId} className="space-y-2">
      <h2 id={labelId} className="text-xl font-semibold">
        {label}
      </h2>
      <progress className="h-3 w-full" aria-labelledby={labelId} max={Math.max(progress.total, 1)} value={progress.done} />
      <p aria-live="polite" data-testid="progress-text">
        {progress.done.toLocaleString('en')} of {plural(progress.total, 'file')}
        {progress.phase === 'analysing' ? ` · ${timeLeft(progress.msLeft)}` : ''}
      </p>
      {progress.current && (
        <p className="truncate">
          Now: <code>{progress.current}</code>
        </p>
      )}
      <button type="button" className={button} onClick={onCancel}>
        Cancel
      </button>
    </section>
  );
}

/** A file input; `folder` picks a whole folder (webkitdirectory, which React does not type). */
function FilePicker({ label, folder, onFiles, disabled }: { label: string; folder?: boolean; onFiles: (files: FileList) => void; disabled: boolean }) {
  const id = useId();
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    if (event.target.files && event.target.files.length > 0) onFiles(event.target.files);
    event.target.value = '';
  };
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <input
        id={id}
        type="file"
        multiple
        disabled={disabled}
        accept={folder ? undefined : '.txt,.zip,text/plain,application/zip'}
        ref={(input) => {
          if (input) input.webkitdirectory = folder === true;
        }}
        onChange={onChange}
        className="mt-1"
      />
    </div>
  );
}

/**
 * Open your articles: the reader's .txt files (one by one, a folder, a dropped folder, or .zip archives) become a
 * library kept in this browser, analysed by the build's own code in a worker. Nothing is uploaded.
 */
export function OpenPage() {
  useAppReady();
  const { run, open, cancel, exportZip, exporting } = useLibraryWorker();
  const [stored, setStored] = useState(false);
  const [dragging, setDragging] = useState(false);
  const running = run.state === 'running';

  useEffect(() => {
    if (run.state === 'idle' || run.state === 'built') void hasLibrary().then(setStored, () => setStored(false));
  }, [run.state]);

  // The whole page takes a drop, so the reader need not aim.
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = () => setDragging(false);
    const drop = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      setDragging(false);
      if (!running) void fromDrop(event.dataTransfer).then((inputs) => inputs.length > 0 && open(inputs));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [open, running]);

  const onFiles = (files: FileList) => open(fromFileList(files));

  return (
    <div className={`max-w-3xl space-y-8 ${dragging ? 'outline-4 outline-offset-8 outline-dashed' : ''}`}>
      <section aria-labelledby="open-title" className="space-y-3">
        <h1 id="open-title" className="text-2xl font-semibold">
          Open your articles
        </h1>
        <p>
          Choose plain-text articles (<code>.txt</code>: title, date as YYYYMMDD, source URL, then one sentence per line), a folder of
          them, or <code>.zip</code> archives of them, or drop them anywhere on this page. They are analysed in this browser by the same
          code that builds this site and kept on this device: nothing is uploaded.
        </p>
        {stored && <p>Files you add now join your library; a file of the same name replaces the one there.</p>}
        <div className="flex flex-wrap gap-6">
          <FilePicker label={stored ? 'Add more files' : 'Choose files'} onFiles={onFiles} disabled={running} />
          <FilePicker label={stored ? 'Add a folder' : 'Choose a folder'} folder onFiles={onFiles} disabled={running} />
        </div>
      </section>
      {run.state === 'running' && <ProgressView progress={run.progress} onCancel={cancel} />}
      {run.state === 'cancelled' && <p role="status">Cancelled: nothing was changed in your library.</p>}
      {run.state === 'failed' && (
        <p role="alert" className="font-semibold">
          Your files could not be analysed: {run.message}. Nothing was changed in your library.
        </p>
      )}
      {run.state === 'built' && <BuildReportView report={run.report} notRead={run.notRead} ms={run.ms} />}
      {stored && !running && (
        <section aria-labelledby="library-title" className="space-y-3">
          <h2 id="library-title" className="text-xl font-semibold">
            On this device
          </h2>
          <div className="flex flex-wrap items-center gap-4">
            {/* A document navigation: the library runs its own router and reads its new manifest. */}
            <a href="/library/" className="font-semibold underline">
              Open your library
            </a>
            <button type="button" className={button} onClick={exportZip} disabled={exporting}>
              {exporting ? 'Preparing the zip…' : 'Export (zip of the published data)'}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
