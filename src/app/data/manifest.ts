import { queryOptions } from '@tanstack/react-query';
import { DataManifestSchema, DATA_VERSION, manifestPath, problemsOf, type DataManifest } from '../../core/schema.ts';
import { fetchData } from './fetch-json.ts';

/**
 * The page carries the manifest of the data it was built with (see pipeline/vite-plugin.ts), so the app knows
 * where everything is without a request. A page served without it, or with one that is damaged or of another data
 * version (a page cached from an older deploy), falls back on manifest.json, which is checked as every file is.
 * A query client that reads its files from elsewhere (the reader's library) reads its manifest there too: the
 * page's describes the site's data.
 */
export const manifestQuery = queryOptions({
  queryKey: ['manifest'],
  queryFn: async ({ signal, meta }): Promise<DataManifest> => {
    const inPage = meta?.fetchFile ? null : document.querySelector('meta[name="quoteline-data"]')?.getAttribute('content');
    if (inPage) {
      try {
        const manifest: unknown = JSON.parse(inPage);
        if (!problemsOf(DataManifestSchema, manifest)) return manifest as DataManifest;
        const version = (manifest as { version?: unknown } | null)?.version;
        if (version === DATA_VERSION) console.warn(`The page's data manifest is damaged; asking for ${manifestPath()}.`);
      } catch {
        // not even JSON: ask the server instead
      }
    }
    return fetchData(manifestPath(), DataManifestSchema, signal, meta?.fetchFile);
  },
  staleTime: Infinity,
});
