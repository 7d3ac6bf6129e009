import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyzeFile, type FileAnalysis } from '../core/publish.ts';
import { readSource } from './read-corpus.ts';

/** Below this many files, starting threads costs more than it saves. */
export const PARALLEL_THRESHOLD = 500;
const CHUNK = 250;

const WORKER = path.resolve(import.meta.dirname, 'analyze-worker.ts');

function startWorker(): Worker {
  // The worker is TypeScript like the rest of the pipeline: a tiny bootstrap registers tsx (a dev dependency)
  // in the new thread, since Node 20 does not pass module hooks on to workers, then loads it.
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(WORKER).href)}); })`;
  return new Worker(bootstrap, { eval: true });
}

/**
 * Read and analyse files on every core: worker threads take chunks of paths from a shared queue, so a slow
 * chunk does not hold the others back. Results come back in the order of `paths`.
 */
export interface ParallelOptions {
  threads?: number;
  threshold?: number;
  /** Files per message to a worker. */
  chunk?: number;
}

export async function analyzeFiles(paths: string[], base: string, options: ParallelOptions = {}): Promise<FileAnalysis[]> {
  const chunkSize = options.chunk ?? CHUNK;
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), Math.ceil(paths.length / chunkSize)));
  if (paths.length < (options.threshold ?? PARALLEL_THRESHOLD) || threads < 2) {
    const out: FileAnalysis[] = [];
    for (const p of paths) out.push(analyzeFile(await readSource(p, base)));
    return out;
  }
  const results: FileAnalysis[][] = [];
  let next = 0;
  const workers = Array.from({ length: threads }, startWorker);
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next * chunkSize >= paths.length) return resolve();
              const chunk = next++;
              worker.once('message', (analyses: FileAnalysis[]) => {
                results[chunk] = analyses;
                feed();
              });
              worker.postMessage({ base, paths: paths.slice(chunk * chunkSize, (chunk + 1) * chunkSize) });
            };
            worker.once('error', reject);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.flat();
}
