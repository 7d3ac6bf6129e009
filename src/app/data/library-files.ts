import { manifestPath } from '../../core/schema.ts';
import { NoLibraryError, type FetchFile } from './fetch-json.ts';
import { readLibraryFile } from './library-store.ts';

/**
 * The library's data files answered as the static host answers the bundled corpus's: the stored JSON text at its
 * site path, 404 for a file the library does not hold. A query client with this as its `fetchFile` (main.tsx)
 * runs every view on the reader's library unchanged. Without a stored manifest there is no library at all, which
 * the views show as such (NoLibraryError), not as a broken file.
 */
export function libraryFetchFile(read: (path: string) => Promise<string | undefined> = readLibraryFile): FetchFile {
  return async (url, { signal }) => {
    signal?.throwIfAborted();
    const path = url.startsWith(import.meta.env.BASE_URL) ? url.slice(import.meta.env.BASE_URL.length) : url.replace(/^\//, '');
    const text = await read(path);
    signal?.throwIfAborted();
    if (text !== undefined) return new Response(text, { headers: { 'Content-Type': 'application/json' } });
    if (path === manifestPath()) throw new NoLibraryError();
    return new Response('not found', { status: 404, statusText: 'Not Found' });
  };
}
