import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { writeHostileCorpus } from '../fixtures/hostile-corpus.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    hostileUrl: string;
  }
}

const root = path.resolve(import.meta.dirname, '../..');
const servers: PreviewServer[] = [];
let scratch: string | undefined;

async function serve(outDir: string): Promise<string> {
  const server = await preview({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  servers.push(server);
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server did not report its URL');
  return url.replace(/\/$/, '');
}

/**
 * Serve the production build of the bundled corpus (made by `npm test` just before) exactly as `npm start`
 * does, and a second build of the hostile corpus, so the browser sees what a stranger's corpus would do.
 */
export async function setup(project: TestProject) {
  if (!existsSync(path.join(root, 'dist/index.html'))) throw new Error('No production build in dist/: run `vite build` first (npm test does).');
  project.provide('baseUrl', await serve(path.join(root, 'dist')));

  scratch = await mkdtemp(path.join(tmpdir(), 'quoteline-browser-'));
  const corpus = path.join(scratch, 'corpus');
  const outDir = path.join(scratch, 'dist');
  await writeHostileCorpus(corpus);
  const previous = process.env.QUOTELINE_CORPUS;
  process.env.QUOTELINE_CORPUS = corpus;
  try {
    await build({ root, configFile: path.join(root, 'vite.config.ts'), build: { outDir, emptyOutDir: true }, logLevel: 'warn' });
  } finally {
    if (previous === undefined) delete process.env.QUOTELINE_CORPUS;
    else process.env.QUOTELINE_CORPUS = previous;
  }
  project.provide('hostileUrl', await serve(outDir));
}

export async function teardown() {
  await Promise.all(servers.map((s) => s.close()));
  if (scratch) await rm(scratch, { recursive: true, force: true });
}
