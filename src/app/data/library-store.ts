import { clear, createStore, entries, get, keys, promisifyRequest, setMany, delMany, values, type UseStore } from 'idb-keyval';
import { manifestPath } from '../../core/schema/paths.ts';

/**
 * The reader's library, kept on this device in IndexedDB: the published data of their own articles (the same
 * files, by the same site paths, as the build writes under dist/), and the input files it was made from, so that
 * adding files later re-assembles the whole library with the build's own rules.
 */
export interface LibrarySource {
  /** The file's path as reports show it. */
  path: string;
  /** Its decoded text. */
  text: string;
}

// Opened on first use, not on import: the module is imported by code that also runs where IndexedDB is absent
// (prerendering, unit tests of other modules).
let filesStore: UseStore | undefined;
let sourcesStore: UseStore | undefined;
const files = (): UseStore => (filesStore ??= createStore('quoteline-library', 'files'));
const sources = (): UseStore => (sourcesStore ??= createStore('quoteline-library-sources', 'sources'));

/** One published file's JSON text by its site path (`data/v3/index.<hash>.json`), or undefined. */
export function readLibraryFile(path: string): Promise<string | undefined> {
  return get<string>(path, files());
}

/** Every stored data file by its site path: what an export of the library holds. */
export async function readLibraryFiles(): Promise<Map<string, string>> {
  return new Map(await entries<string, string>(files()));
}

/** True when a library is stored: its manifest is the last data file written, so it names a complete library. */
export async function hasLibrary(): Promise<boolean> {
  return (await get<string>(manifestPath(), files())) !== undefined;
}

/**
 * Store a newly built library in place of the old one. The order keeps every moment readable: new data files
 * first (content-hashed names, so they never overwrite a file the old manifest names), then the manifest that
 * switches the library to them, then the old files nothing names any more. A reload in the middle sees the old
 * library or the new one, never half of each. The sources are replaced in one transaction of their own.
 */
export async function writeLibrary(data: ReadonlyMap<string, string>, inputs: ReadonlyArray<LibrarySource>): Promise<void> {
  const manifest = data.get(manifestPath());
  if (manifest === undefined) throw new Error(`A library needs ${manifestPath()}; nothing was stored.`);
  await setMany([...data].filter(([path]) => path !== manifestPath()), files());
  await sources()('readwrite', (store) => {
    store.clear();
    for (const source of inputs) store.put(source.text, source.path);
    return promisifyRequest(store.transaction);
  });
  await setMany([[manifestPath(), manifest]], files());
  const stale = (await keys<string>(files())).filter((path) => !data.has(path));
  if (stale.length > 0) await delMany(stale, files());
}

/** The input files of the stored library, in path order. */
export async function readLibrarySources(): Promise<Array<{ path: string; text: string }>> {
  const stored = await entries<string, string>(sources());
  return stored.map(([path, text]) => ({ path, text })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Remove the library and its sources from this device. */
export async function deleteLibrary(): Promise<void> {
  // One transaction per store: the data is gone whole or not at all.
  await clear(files());
  await clear(sources());
}

/** UTF-8 length of a text without encoding it: the size a reader would see for the file on disk. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** What the library takes: bytes of the stored data and sources (UTF-8), and how many of each. */
export async function libraryUsage(): Promise<{ bytes: number; files: number; sources: number }> {
  const data = await values<string>(files());
  const inputs = await values<string>(sources());
  let bytes = 0;
  for (const text of data) bytes += utf8Bytes(text);
  for (const text of inputs) bytes += utf8Bytes(text);
  return { bytes, files: data.length, sources: inputs.length };
}
