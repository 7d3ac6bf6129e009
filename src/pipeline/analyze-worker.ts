// A worker thread of the parallel ingest: reads the files it is sent and analyses them with the core.
import { parentPort } from 'node:worker_threads';
import { analyzeFile } from '../core/publish.ts';
import { readSource } from './read-corpus.ts';

export interface AnalyzeRequest {
  base: string;
  paths: string[];
}

parentPort?.on('message', async ({ base, paths }: AnalyzeRequest) => {
  const analyses = [];
  for (const filePath of paths) analyses.push(analyzeFile(await readSource(filePath, base)));
  parentPort?.postMessage(analyses);
});
