import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { appShellFallback } from '../../src/pipeline/prerender-views.ts';

let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'quoteline-shell-'));
  for (const page of ['index.html', 'app.html', 'about.html']) await writeFile(path.join(outDir, page), '<!doctype html>');
});
afterAll(() => rm(outDir, { recursive: true, force: true }));

/** The address the preview server of `npm start` serves for a page request to `url`. */
function served(url: string): string {
  const req = { method: 'GET', url, headers: { accept: 'text/html' } } as IncomingMessage;
  appShellFallback(outDir)(req, {} as ServerResponse, () => undefined);
  return req.url ?? '';
}

describe('the app shell for the reader’s library', () => {
  it('serves every /library address the app shell, never a page of the bundled corpus', () => {
    expect(served('/library')).toBe('/app.html');
    expect(served('/library/')).toBe('/app.html');
    expect(served('/library/about')).toBe('/app.html');
    expect(served('/library/open')).toBe('/app.html');
    expect(served('/library/articles/late-frost-12345678?quote=q12345678')).toBe('/app.html?quote=q12345678');
    expect(served('/library/search?q=harvest')).toBe('/app.html?q=harvest');
  });

  it('leaves files alone and still serves the bundled corpus its pages', () => {
    expect(served('/library/data/v3/manifest.json')).toBe('/library/data/v3/manifest.json');
    expect(served('/about')).toBe('/about');
  });
});
