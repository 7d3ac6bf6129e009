import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataManifest } from '../../src/core/schema.ts';
import { decodeIndex, type WireIndex } from '../../src/core/wire.ts';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = path.resolve(import.meta.dirname, '../fixtures/mixed-corpus');
let server: ViteDevServer;
let base: string;

beforeAll(async () => {
  process.env.QUOTELINE_CORPUS = fixture;
  server = await createServer({ root, configFile: path.join(root, 'vite.config.ts'), server: { port: 0, host: '127.0.0.1' }, logLevel: 'silent', optimizeDeps: { noDiscovery: true } });
  await server.listen();
  base = (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
}, 60_000);
afterAll(async () => {
  delete process.env.QUOTELINE_CORPUS;
  await server?.close();
});

describe('the dev server', () => {
  it('publishes the corpus named by QUOTELINE_CORPUS from memory, and names it in the page', async () => {
    const manifest = (await (await fetch(`${base}/data/v3/manifest.json`)).json()) as DataManifest;
    const index = decodeIndex((await (await fetch(`${base}/${manifest.index}`)).json()) as WireIndex);
    expect(index.articles.map((a) => a.title).sort()).toEqual(['Leaders meet in Geneva', 'Ministry issues a statement']);
    const page = await (await fetch(`${base}/`)).text();
    expect(page).toContain('name="quoteline-data"');
    expect((await fetch(`${base}/data/v3/no-such-file.json`)).status).toBe(404);
  }, 60_000);
});
