import { existsSync } from 'node:fs';
import path from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

/** Serve the production build (made by `npm test` just before) exactly as `npm start` does. */
export async function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, '../..');
  if (!existsSync(path.join(root, 'dist/index.html'))) throw new Error('No production build in dist/: run `vite build` first (npm test does).');
  server = await preview({ root, configFile: path.join(root, 'vite.config.ts'), preview: { port: 0, strictPort: false, host: '127.0.0.1' }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server did not report its URL');
  project.provide('baseUrl', url.replace(/\/$/, ''));
}

export async function teardown() {
  await server?.close();
}
