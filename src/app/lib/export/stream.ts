import { yieldToMain } from '../yield.ts';
import type { ExportFormat } from './formats.ts';
import type { ExportContext, ExportSource } from './sources.ts';

export interface ExportProgress {
  done: number;
  total: number;
  unit: ExportSource['unit'];
  rows: number;
}

/** Pieces of text gathered before they are folded into a Blob, so the page holds bytes, not thousands of strings. */
const PARTS_PER_BLOB = 64;

/**
 * Write a source's rows in a format into a Blob, batch by batch: each batch is turned into text, added, reported,
 * and the main thread is given back before the next, so the page stays responsive at any size. Aborting `signal`
 * stops it between batches (or while a batch's files are fetched) with an AbortError.
 */
export async function writeExport(
  source: ExportSource,
  format: ExportFormat,
  context: ExportContext,
  signal: AbortSignal,
  onProgress: (progress: ExportProgress) => void,
): Promise<{ blob: Blob; rows: number }> {
  const blobs: Blob[] = [];
  let parts: string[] = [format.start()];
  let rows = 0;
  for await (const batch of source.batches(context, signal)) {
    signal.throwIfAborted();
    parts.push(format.rows(batch.rows));
    if (parts.length >= PARTS_PER_BLOB) {
      blobs.push(new Blob(parts));
      parts = [];
    }
    rows += batch.rows.length;
    onProgress({ done: batch.done, total: source.total, unit: source.unit, rows });
    await yieldToMain();
  }
  signal.throwIfAborted();
  blobs.push(new Blob(parts));
  return { blob: new Blob(blobs, { type: format.mimeType }), rows };
}
