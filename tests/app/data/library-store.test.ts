import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteLibrary, hasLibrary, libraryUsage, readLibraryFile, readLibraryFiles, readLibrarySources, writeLibrary } from '../../../src/app/data/library-store.ts';

const MANIFEST = 'data/v3/manifest.json';

/** A library's data: a manifest naming an index, and the files named. */
const library = (index: string, extra: Record<string, string> = {}) =>
  new Map<string, string>([[`data/v3/index.${index}.json`, `{"i":"${index}"}`], ...Object.entries(extra), [MANIFEST, `{"index":"data/v3/index.${index}.json"}`]]);

/** Every put and delete on the store of data files, in order, while `run` runs. */
async function writesDuring(run: () => Promise<void>): Promise<string[]> {
  const put = vi.spyOn(IDBObjectStore.prototype, 'put');
  const del = vi.spyOn(IDBObjectStore.prototype, 'delete');
  try {
    await run();
    const calls = [
      ...put.mock.calls.map((args, i) => ({ order: put.mock.invocationCallOrder[i] ?? 0, store: put.mock.contexts[i], what: `put ${args[1] as string}` })),
      ...del.mock.calls.map((args, i) => ({ order: del.mock.invocationCallOrder[i] ?? 0, store: del.mock.contexts[i], what: `delete ${args[0] as string}` })),
    ];
    return calls.filter((c) => (c.store as IDBObjectStore | undefined)?.name === 'files').sort((x, y) => x.order - y.order).map((c) => c.what);
  } finally {
    put.mockRestore();
    del.mockRestore();
  }
}

afterEach(() => deleteLibrary());

describe('library-store: the reader’s library in IndexedDB', () => {
  it('writes the new data files, then the manifest, then deletes the old files: a reload at any point finds a whole library', async () => {
    await writeLibrary(library('old', { 'data/v3/articles/a.old.json': '{}' }), []);
    const log = await writesDuring(() => writeLibrary(library('new', { 'data/v3/articles/b.new.json': '{}' }), []));
    const manifestAt = log.indexOf(`put ${MANIFEST}`);
    expect(log.slice(0, manifestAt).sort()).toEqual(['put data/v3/articles/b.new.json', 'put data/v3/index.new.json']);
    expect(log.slice(manifestAt + 1).sort()).toEqual(['delete data/v3/articles/a.old.json', 'delete data/v3/index.old.json']);
    expect([...(await readLibraryFiles()).keys()].sort()).toEqual(['data/v3/articles/b.new.json', 'data/v3/index.new.json', MANIFEST]);
  });

  it('reads files back by path and says whether a library is stored', async () => {
    expect(await hasLibrary()).toBe(false);
    expect(await readLibraryFile(MANIFEST)).toBeUndefined();
    await writeLibrary(library('one'), []);
    expect(await hasLibrary()).toBe(true);
    expect(await readLibraryFile('data/v3/index.one.json')).toBe('{"i":"one"}');
  });

  it('refuses data without a manifest, storing nothing', async () => {
    await expect(writeLibrary(new Map([['data/v3/index.x.json', '{}']]), [])).rejects.toThrow(/needs data\/v3\/manifest\.json/);
    expect(await readLibraryFiles()).toEqual(new Map());
  });

  it('replaces the sources with the ones given, in path order', async () => {
    await writeLibrary(library('one'), [{ path: 'b.txt', text: 'B' }, { path: 'a.txt', text: 'A' }]);
    await writeLibrary(library('two'), [{ path: 'c.txt', text: 'C' }, { path: 'a.txt', text: 'A2' }]);
    expect(await readLibrarySources()).toEqual([{ path: 'a.txt', text: 'A2' }, { path: 'c.txt', text: 'C' }]);
  });

  it('counts what it stores in UTF-8 bytes, and deletes it all', async () => {
    const data = library('é');
    await writeLibrary(data, [{ path: 'a.txt', text: 'Café 😀' }]);
    const dataBytes = [...data.values()].reduce((n, text) => n + new TextEncoder().encode(text).length, 0);
    expect(await libraryUsage()).toEqual({ bytes: dataBytes + new TextEncoder().encode('Café 😀').length, files: 2, sources: 1 });
    await deleteLibrary();
    expect(await hasLibrary()).toBe(false);
    expect(await libraryUsage()).toEqual({ bytes: 0, files: 0, sources: 0 });
  });
});
