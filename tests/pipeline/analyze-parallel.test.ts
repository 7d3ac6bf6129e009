import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../src/pipeline/analyze-parallel.ts';
import { listTextFiles } from '../../src/pipeline/read-corpus.ts';

const corpus = path.resolve(import.meta.dirname, '../../corpus/wikinews');

describe('parallel ingest', () => {
  it('gives worker threads the same analyses, in the same order, as one thread', async () => {
    const paths = (await listTextFiles(corpus)).slice(0, 40);
    const sequential = await analyzeFiles(paths, corpus, { threshold: Infinity });
    const parallel = await analyzeFiles(paths, corpus, { threads: 2, threshold: 0, chunk: 7 });
    expect(parallel.map((a) => a.path)).toEqual(paths.map((p) => path.relative(corpus, p)));
    expect(parallel).toEqual(sequential);
  }, 60_000);
});
