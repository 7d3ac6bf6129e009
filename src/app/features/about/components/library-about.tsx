import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { deleteLibrary } from '../../../data/library-store.ts';
import { corpusRoot } from '../../../lib/corpus.ts';
import { formatBytes, plural } from '../../../lib/format.ts';
import { libraryReportQuery, librarySizeQuery } from '../api/library.ts';

const button = 'rounded border border-stone-500 px-3 py-1.5 font-medium hover:bg-stone-200 dark:border-stone-400 dark:hover:bg-stone-800';

/** The reader's library on its About page: the space it takes, what was opened and what became of it, and Delete. */
export default function LibraryAbout() {
  return (
    <>
      <LibrarySize />
      <LibraryReport />
      <DeleteLibrary />
    </>
  );
}

function LibrarySize() {
  const { data: size, error } = useQuery(librarySizeQuery);
  return (
    <section aria-labelledby="library-size-title">
      <h2 id="library-size-title" className="text-xl font-semibold">
        On this device
      </h2>
      <p className="mt-2">
        Your library is kept in this browser only: nothing was uploaded, and it is not on any other device.
      </p>
      {error ? (
        <p className="mt-2">Its size could not be read: {error.message}</p>
      ) : !size ? (
        <p className="mt-2" role="status">
          Measuring…
        </p>
      ) : (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
          <dt className="font-semibold">Size</dt>
          <dd data-testid="library-bytes">
            {formatBytes(size.bytes)} ({plural(size.bytes, 'byte')}): {plural(size.files, 'data file')}, {plural(size.sources, 'source file')}
          </dd>
          {size.estimate?.usage !== undefined && (
            <>
              <dt className="font-semibold">This site in all</dt>
              <dd>
                {formatBytes(size.estimate.usage)} used
                {size.estimate.quota !== undefined && ` of ${formatBytes(size.estimate.quota)} the browser allows`}
              </dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}

function LibraryReport() {
  const { data: report, error } = useQuery(libraryReportQuery);
  if (error) return <p>The library&apos;s build report could not be read: {error.message}</p>;
  if (!report) return null;
  const skipped = report.files.flatMap((f) => (f.fate === 'skipped' ? [f] : []));
  const duplicates = report.files.flatMap((f) => (f.fate === 'duplicate' ? [f] : []));
  const { counts } = report;
  return (
    <section aria-labelledby="library-report-title">
      <h2 id="library-report-title" className="text-xl font-semibold">
        Files opened
      </h2>
      <p className="mt-2" data-testid="library-report-counts">
        {plural(counts.files, 'file')} opened: {counts.published.toLocaleString('en')} published, {counts.skipped.toLocaleString('en')} skipped,{' '}
        {plural(counts.duplicates, 'duplicate')}.
      </p>
      {skipped.length > 0 && (
        <>
          <h3 className="mt-4 font-semibold">Skipped</h3>
          <ul className="mt-2 list-disc pl-6" aria-label="Skipped files in your library">
            {skipped.map((f) => (
              <li key={f.file}>
                <code className="break-all">{f.file}</code>
                {f.errors.map((e, i) => (
                  <span key={i}>
                    {e.line > 0 ? `, line ${e.line}` : ''}: {e.reason}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
      {duplicates.length > 0 && (
        <>
          <h3 className="mt-4 font-semibold">Duplicates</h3>
          <ul className="mt-2 list-disc pl-6" aria-label="Duplicate files in your library">
            {duplicates.map((f) => (
              <li key={f.file}>
                <code className="break-all">{f.file}</code> repeats <code className="break-all">{f.duplicateOf}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function DeleteLibrary() {
  const [stage, setStage] = useState<'idle' | 'confirm' | 'deleting' | 'failed'>('idle');
  // The button that asked is gone once the question shows: focus goes to the safe answer, not to the page's top.
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (stage === 'confirm') keep.current?.focus();
  }, [stage]);
  const remove = async () => {
    setStage('deleting');
    try {
      await deleteLibrary();
      // A document navigation: every cached file of the library goes with the page.
      location.assign(corpusRoot('library'));
    } catch {
      setStage('failed');
    }
  };
  return (
    <section aria-labelledby="library-delete-title">
      <h2 id="library-delete-title" className="text-xl font-semibold">
        Delete your library
      </h2>
      <p className="mt-2">Removes your library and the copies of your files from this browser. The files on your disk are not touched.</p>
      {stage === 'idle' ? (
        <button type="button" className={`mt-2 ${button}`} onClick={() => setStage('confirm')}>
          Delete your library…
        </button>
      ) : (
        <div role="group" aria-labelledby="library-delete-confirm" className="mt-2 rounded border border-red-800 p-3 dark:border-red-300">
          <p id="library-delete-confirm" className="font-semibold">
            {stage === 'failed' ? 'The library could not be deleted. Try again?' : 'Delete your library from this device? This cannot be undone.'}
          </p>
          <div className="mt-2 flex gap-3">
            <button
              type="button"
              disabled={stage === 'deleting'}
              className="rounded bg-red-800 px-3 py-1.5 font-medium text-white hover:bg-red-900 disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2"
              onClick={() => void remove()}
            >
              {stage === 'deleting' ? 'Deleting…' : 'Delete'}
            </button>
            <button ref={keep} type="button" className={button} disabled={stage === 'deleting'} onClick={() => setStage('idle')}>
              Keep it
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
