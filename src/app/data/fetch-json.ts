import { DATA_VERSION, InvalidDataError, checkData, type DataSchema } from '../../core/schema.ts';

/** A data file could not be loaded or is not data this app understands; the view offers a retry. */
export class DataLoadError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'DataLoadError';
  }
}

/**
 * The reader's library (data/library-store.ts) was asked for but this device holds none: the views offer to
 * open the reader's articles instead of an error.
 */
export class NoLibraryError extends DataLoadError {
  constructor() {
    super('There is no library on this device yet.', 404);
    this.name = 'NoLibraryError';
  }
}

/**
 * Where the data files come from: the network (the global fetch) in the browser; the build's own files when a
 * page is built ahead of time (see prerender.tsx). A query client that should read elsewhere says so in its
 * default query meta, which every query function passes on as `context.meta?.fetchFile`.
 */
export type FetchFile = (url: string, init: { signal?: AbortSignal }) => Promise<Response>;

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: { fetchFile?: FetchFile };
  }
}

/**
 * Check data against its schema (core/schema/) as a DataLoadError naming `file`: a damaged or tampered file
 * shows the error view, with a retry, never a crash or wrong numbers.
 */
export function checkLoaded<T>(schema: DataSchema<T>, file: string, data: unknown, status: number | null = null): T {
  const version = (data as { version?: unknown } | null)?.version;
  if (version !== DATA_VERSION) {
    throw new DataLoadError(`${file} has data version ${String(version)}; this app reads version ${DATA_VERSION}.`, status);
  }
  try {
    return checkData(schema, file, data);
  } catch (error) {
    if (error instanceof InvalidDataError) throw new DataLoadError(error.message, status);
    throw error;
  }
}

/**
 * Fetch one published data file and check it is JSON of the data version and shape this app was built for.
 * `fetchFile` is where it comes from (the query's `meta?.fetchFile`; the global fetch when none is given).
 */
export async function fetchData<T>(
  path: string,
  schema: DataSchema<T>,
  signal?: AbortSignal,
  fetchFile: FetchFile = fetch,
): Promise<T> {
  const url = `${import.meta.env.BASE_URL}${path}`;
  let response: Response;
  try {
    response = await fetchFile(url, { signal }); // exactly as the page's preload asked, so the preloaded index is reused
  } catch (error) {
    if (signal?.aborted || error instanceof DataLoadError) throw error; // a reader that knows better says so
    throw new DataLoadError(`Could not reach the server for ${path}.`, null);
  }
  if (!response.ok) throw new DataLoadError(`${path} answered ${response.status}.`, response.status);
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    throw new DataLoadError(`${path} is not valid JSON (truncated or corrupt).`, response.status);
  }
  return checkLoaded(schema, path, data, response.status);
}
