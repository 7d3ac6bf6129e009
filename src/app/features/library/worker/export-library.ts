import { strToU8, zipSync, type Zippable } from 'fflate';
import { readLibraryFiles } from '../../../data/library-store.ts';

/**
 * The library's published data as a zip: the same files, by the same paths (`data/v3/…`), as a build writes
 * under dist/, so that unzipped it is a folder the build can serve (QUOTELINE_DATA, see README).
 */
export async function exportLibrary(): Promise<{ zip: Uint8Array<ArrayBuffer>; files: number }> {
  const files = await readLibraryFiles();
  const entries: Zippable = {};
  for (const [path, text] of files) entries[path] = strToU8(text);
  return { zip: zipSync(entries, { level: 6 }), files: files.size };
}
