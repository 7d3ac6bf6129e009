import type { BuildReport } from '../../../../core/publish.ts';
import { plural } from '../../../lib/format.ts';
import type { NotRead } from '../worker/protocol.ts';

/** Every file the reader gave and what became of it, as the build reports it: published, skipped, duplicate, not read. */
export function BuildReportView({ report, notRead, ms }: { report: BuildReport; notRead: NotRead[]; ms: number }) {
  const { counts } = report;
  const skipped = report.files.filter((f) => f.fate === 'skipped');
  const duplicates = report.files.filter((f) => f.fate === 'duplicate');
  return (
    <section aria-labelledby="report-title" className="space-y-3">
      <h2 id="report-title" className="text-xl font-semibold">
        Your library
      </h2>
      <p role="status" data-testid="report-counts">
        {plural(counts.files, 'file')} read in {(ms / 1000).toFixed(1)} s: {plural(counts.published, 'article')} published with{' '}
        {plural(counts.quotes, 'quote')}, {counts.skipped} skipped, {plural(counts.duplicates, 'duplicate')}
        {notRead.length > 0 ? `, ${notRead.length} not read` : ''}.
      </p>
      {skipped.length > 0 && (
        <>
          <h3 className="font-semibold">Skipped</h3>
          <ul className="list-disc pl-6" aria-label="Skipped files">
            {skipped.flatMap((f) =>
              f.errors.map((e, i) => (
                <li key={`${f.file}:${i}`}>
                  <code className="break-all">{e.file}</code>
                  {e.line > 0 ? `, line ${e.line}` : ''}: {e.reason}
                </li>
              )),
            )}
          </ul>
        </>
      )}
      {duplicates.length > 0 && (
        <>
          <h3 className="font-semibold">Duplicates, published once</h3>
          <ul className="list-disc pl-6" aria-label="Duplicate files">
            {duplicates.map((f) => (
              <li key={f.file}>
                <code className="break-all">{f.file}</code>: the same article as <code className="break-all">{f.duplicateOf}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {notRead.length > 0 && (
        <>
          <h3 className="font-semibold">Not read</h3>
          <ul className="list-disc pl-6" aria-label="Files not read">
            {notRead.map((f) => (
              <li key={f.path}>
                <code className="break-all">{f.path}</code>: {f.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
