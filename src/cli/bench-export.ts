/**
 * `npm run bench:export [-- --rows N] [FOLDER]`: what writing an export costs the page, in Node. The quotes of a
 * corpus (default: the bundled corpus/) are made into export rows, repeated up to N rows (default 50,000: a
 * speaker with tens of thousands of quotes), and written in batches as the app writes them, in CSV and in JSON
 * Lines: the work of a batch (what the page does between two yields; budget: 95% of batches under 50 ms, a long
 * task), the median and longest batch, the whole file's time and its size. Fetching the article files is the network's part and is not
 * measured here.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { QueryClient } from '@tanstack/react-query';
import { EXPORT_FORMATS } from '../app/lib/export/formats.ts';
import { exportRow, type ExportRow } from '../app/lib/export/rows.ts';
import { QUOTES_PER_BATCH, type ExportSource } from '../app/lib/export/sources.ts';
import { writeExport } from '../app/lib/export/stream.ts';
import { assembleCorpus } from '../core/publish.ts';
import { analyzeFiles } from '../pipeline/analyze-parallel.ts';
import { listTextFiles } from '../pipeline/read-corpus.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const LONG_TASK_MS = 50;

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const rowsAt = args.indexOf('--rows');
  const wanted = rowsAt >= 0 ? Number(args[rowsAt + 1]) : 50_000;
  const folder = args.filter((a, i) => a !== '--rows' && i !== rowsAt + 1)[0];
  const dir = path.resolve(folder ?? path.join(repo, 'corpus'));
  const built = assembleCorpus(await analyzeFiles(await listTextFiles(dir), dir), { today: new Date().toISOString().slice(0, 10) });
  const context = { client: new QueryClient(), speakerById: new Map(built.index.speakers.map((s) => [s.id, s])), linkBase: 'https://quoteline.example/' };

  let t = performance.now();
  const corpusRows: ExportRow[] = built.articles.flatMap((article) => article.quotes.map((quote) => exportRow(article, quote, context)));
  const rowMs = performance.now() - t;
  if (corpusRows.length === 0) throw new Error(`no quotes in ${dir}`);
  const rows = Array.from({ length: wanted }, (_, i) => corpusRows[i % corpusRows.length]!);

  const results = [];
  for (const format of EXPORT_FORMATS) {
    const batchMs: number[] = [];
    // The app's batches, timed where the page does the work: turning a batch into text.
    const timed = { ...format, rows: (batch: readonly ExportRow[]) => {
      const start = performance.now();
      const text = format.rows(batch);
      batchMs.push(performance.now() - start);
      return text;
    } };
    const source: ExportSource = {
      unit: 'quote',
      total: rows.length,
      // A source is asynchronous (it fetches files); this one has its rows in memory already.
      // eslint-disable-next-line @typescript-eslint/require-await
      async *batches() {
        for (let i = 0; i < rows.length; i += QUOTES_PER_BATCH) yield { rows: rows.slice(i, i + QUOTES_PER_BATCH), done: Math.min(rows.length, i + QUOTES_PER_BATCH) };
      },
    };
    t = performance.now();
    const { blob } = await writeExport(source, timed, context, new AbortController().signal, () => {});
    const totalMs = performance.now() - t;
    const sorted = [...batchMs].sort((a, b) => a - b);
    results.push({
      format: format.label,
      rows: rows.length,
      batches: batchMs.length,
      medianBatchMs: Number(sorted[Math.floor(sorted.length / 2)]!.toFixed(2)),
      p95BatchMs: Number(sorted[Math.ceil(sorted.length * 0.95) - 1]!.toFixed(2)),
      longestBatchMs: Number(sorted.at(-1)!.toFixed(2)),
      longestIsBatch: batchMs.indexOf(sorted.at(-1)!) + 1,
      totalMs: Math.round(totalMs),
      megabytes: Number((blob.size / 1e6).toFixed(1)),
    });
  }

  console.log(`export rows of ${dir}: ${corpusRows.length.toLocaleString('en')} quotes made into rows in ${rowMs.toFixed(0)} ms; writing ${wanted.toLocaleString('en')} rows in batches of ${QUOTES_PER_BATCH}`);
  console.table(results);
  console.log(JSON.stringify(results));
  // The 95th percentile, not the longest: on a shared machine one batch in hundreds can wait on the scheduler or a GC.
  const over = results.filter((r) => r.p95BatchMs > LONG_TASK_MS);
  for (const r of over) console.error(`${r.format}: 5% of batches took over ${r.p95BatchMs} ms, more than the ${LONG_TASK_MS} ms of a long task`);
  return over.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
