import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useCorpusIndex } from '../data/corpus-index.ts';
import { saveBlob } from '../lib/download.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../lib/export/formats.ts';
import type { ExportSource } from '../lib/export/sources.ts';
import { writeExport, type ExportProgress } from '../lib/export/stream.ts';
import { plural } from '../lib/format.ts';

const button =
  'rounded border border-stone-500 px-2 py-0.5 text-sm font-medium hover:bg-stone-200 focus-visible:outline-2 focus-visible:outline-offset-2 aria-disabled:opacity-60 dark:border-stone-400 dark:hover:bg-stone-800';

/** Letters, digits and dashes only: the name is the reader's file, and may come from a search query. */
function safeFileName(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'quotes'
  );
}

function progressText(p: ExportProgress): string {
  const read = p.unit === 'article' ? `${p.done.toLocaleString('en')} of ${plural(p.total, 'article')} read` : `${p.done.toLocaleString('en')} of ${plural(p.total, 'quote')}`;
  return p.unit === 'article' ? `${read}, ${plural(p.rows, 'quote')} so far` : read;
}

/**
 * "Export quotes: CSV, JSON Lines" for the list a view shows (the timeline, a speaker, search results). The view
 * says which quotes (`source`, built only when asked for, given the query client to read further files through);
 * the file is written in batches, with progress and a cancel, and downloaded when complete. Cancelling, leaving
 * the view or an error downloads nothing.
 */
export function ExportQuotes({ source, fileName }: { source: (client: QueryClient) => ExportSource; fileName: string }) {
  const client = useQueryClient();
  const index = useCorpusIndex();
  const labelId = useId();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [status, setStatus] = useState('');
  const running = useRef<AbortController | null>(null);
  /** The button that started the export: focus goes back to it when "Cancel export" disappears under the reader. */
  const startedBy = useRef<HTMLButtonElement | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const start = async (format: ExportFormat, button: HTMLButtonElement) => {
    if (running.current) return;
    startedBy.current = button;
    const controller = new AbortController();
    running.current = controller;
    const list = source(client);
    const name = `quoteline-${safeFileName(fileName)}.${format.extension}`;
    setStatus(`Exporting ${format.label}…`);
    setProgress({ done: 0, total: list.total, unit: list.unit, rows: 0 });
    try {
      const context = { client, speakerById: index.speakerById, linkBase: `${location.origin}${import.meta.env.BASE_URL}` };
      const { blob, rows } = await writeExport(list, format, context, controller.signal, setProgress);
      saveBlob(blob, name);
      setStatus(`Downloaded ${plural(rows, 'quote')} as ${name}.`);
    } catch (error) {
      if (controller.signal.aborted) setStatus('Export cancelled; nothing was downloaded.');
      else setStatus(`The export failed: ${error instanceof Error ? error.message : String(error)} Nothing was downloaded; try again.`);
    } finally {
      running.current = null;
      setProgress(null);
    }
  };

  return (
    <div className="mb-3 text-sm" data-export>
      <div role="group" aria-labelledby={labelId} className="flex flex-wrap items-center gap-2">
        <span id={labelId} className="font-medium">
          Export quotes
        </span>
        {EXPORT_FORMATS.map((format) => (
          <button key={format.name} type="button" className={button} aria-disabled={progress !== null} onClick={(event) => void start(format, event.currentTarget)}>
            {format.label}
          </button>
        ))}
      </div>
      {progress && (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <progress className="w-40" max={Math.max(progress.total, 1)} value={progress.done} aria-labelledby={`${labelId}-progress`} />
          <span id={`${labelId}-progress`}>{progressText(progress)}</span>
          <button
            type="button"
            className={button}
            onClick={() => {
              running.current?.abort();
              startedBy.current?.focus();
            }}
          >
            Cancel export
          </button>
        </div>
      )}
      <p role="status" className="mt-1 min-h-5">
        {status}
      </p>
    </div>
  );
}
