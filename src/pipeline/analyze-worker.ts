// A worker thread of the parallel ingest: reads the files it is sent and analyses them with the core.
import { parentPort } from 'node:worker_threads';
import { analyzeFile } from '../core/publish.ts';
import { readSource } from './read-corpus.ts';

export interface AnalyzeRequest {
  base: string;
  paths: string[];
}

async function analyze({ base, paths }: AnalyzeRequest): Promise<void> {
  const analyses = [];
  for (const filePath of paths) analyses.push(analyzeFile(await readSource(filePath, base)));
  parentPort?.postMessage(analyses);
}

// A file that cannot be read leaves the promise rejected and unhandled, which fails the worker: its 'error'
// event rejects the pool's run (analyze-parallel.ts).
parentPort?.on('message', (request: AnalyzeRequest) => void analyze(request));
