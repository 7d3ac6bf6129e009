import { queryOptions } from '@tanstack/react-query';
import { BuildReportSchema, checkData, reportPath, type BuildReportData } from '../../../../core/schema.ts';
import { DataLoadError, type FetchFile } from '../../../data/fetch-json.ts';
import { libraryUsage } from '../../../data/library-store.ts';

/** What the library takes on this device, and what the browser says this site uses of its quota in all. */
export interface LibrarySize {
  bytes: number;
  files: number;
  sources: number;
  /** `navigator.storage.estimate()`, where the browser offers it. */
  estimate: { usage?: number; quota?: number } | null;
}

export const librarySizeQuery = queryOptions({
  queryKey: ['library', 'size'],
  queryFn: async (): Promise<LibrarySize> => {
    const [usage, estimate] = await Promise.all([libraryUsage(), navigator.storage?.estimate?.().catch(() => null) ?? Promise.resolve(null)]);
    return { ...usage, estimate };
  },
});

/** The library's build report: every file the reader opened and its fate. Read as the views read any file. */
export const libraryReportQuery = queryOptions({
  queryKey: ['library', 'report'],
  queryFn: async ({ signal, meta }): Promise<BuildReportData> => {
    const fetchFile: FetchFile = meta?.fetchFile ?? fetch;
    const response = await fetchFile(`${import.meta.env.BASE_URL}${reportPath()}`, { signal });
    if (!response.ok) throw new DataLoadError(`${reportPath()} answered ${response.status}.`, response.status);
    try {
      return checkData(BuildReportSchema, reportPath(), await response.json());
    } catch (error) {
      throw new DataLoadError(`${reportPath()} is not a build report: ${error instanceof Error ? error.message : String(error)}`, response.status);
    }
  },
  staleTime: Infinity,
});
