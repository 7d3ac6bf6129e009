import { decodeText } from '../../../../core/decode.ts';
import { analyzeFile, assembleCorpus, type FileAnalysis } from '../../../../core/publish.ts';
import { serializeCorpus } from '../../../../core/serialize.ts';
import { readLibrarySources, writeLibrary, type LibrarySource } from '../../../data/library-store.ts';
import type { LibraryInput, LibraryMessage } from './protocol.ts';
import { unpackInputs } from './unpack.ts';

/** Progress is posted at most this often: often enough for a smooth bar, rarely enough to cost nothing. */
const PROGRESS_EVERY_MS = 100;

/**
 * The reader's files into a stored library, with the build's own code (core): the files already in the library
 * and the new ones (a new file of an old path replaces it) are analysed one by one, then assembled, serialized
 * and stored in one go, so the stored library is always one the build would publish from those files. A duplicate
 * of an article already in the library is found by the build's own rules and reported, not published twice.
 */
export async function buildLibrary(inputs: LibraryInput[], today: string, post: (message: LibraryMessage) => void): Promise<void> {
  const started = performance.now();
  post({ type: 'progress', phase: 'reading', done: 0, total: inputs.length, current: '', msLeft: null });
  const { texts, notRead } = await unpackInputs(inputs);
  const stored = await readLibrarySources();
  const fresh = new Set(texts.map((t) => t.path));
  const kept = stored.filter((s) => !fresh.has(s.path));
  const total = kept.length + texts.length;

  const sources: LibrarySource[] = [];
  const analyses: FileAnalysis[] = [];
  let lastPost = 0;
  const step = (current: string) => {
    const now = performance.now();
    if (now - lastPost < PROGRESS_EVERY_MS && analyses.length < total) return;
    lastPost = now;
    const done = analyses.length;
    const msLeft = done >= 5 ? Math.round(((now - started) / done) * (total - done)) : null;
    post({ type: 'progress', phase: 'analysing', done, total, current, msLeft });
  };
  for (const source of kept) {
    step(source.path);
    sources.push(source);
    analyses.push(analyzeFile(source));
  }
  for (const pending of texts) {
    step(pending.path);
    const source = { path: pending.path, text: decodeText(await pending.bytes()) };
    sources.push(source);
    analyses.push(analyzeFile(source));
  }
  step('');

  post({ type: 'progress', phase: 'saving', done: total, total, current: '', msLeft: null });
  const built = assembleCorpus(analyses, { today });
  await writeLibrary(serializeCorpus(built), sources);
  // The published files go without saying (their count says it): the page is sent only the files to tell about,
  // which keeps the message small at 10,000 files.
  const report = { counts: built.report.counts, files: built.report.files.filter((f) => f.fate !== 'published') };
  post({ type: 'built', report, notRead, ms: Math.round(performance.now() - started) });
}
