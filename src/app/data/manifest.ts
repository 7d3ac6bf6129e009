import { queryOptions } from '@tanstack/react-query';
import { manifestPath, type DataManifest } from '../../core/schema.ts';
import { fetchData } from './fetch-json.ts';

/**
 * The page carries the manifest of the data it was built with (see pipeline/vite-plugin.ts), so the app knows
 * where everything is without a request. A page served without it falls back on manifest.json.
 */
export const manifestQuery = queryOptions({
  queryKey: ['manifest'],
  queryFn: async ({ signal, meta }): Promise<DataManifest> => {
    const inPage = document.querySelector('meta[name="quoteline-data"]')?.getAttribute('content');
    if (inPage) {
      try {
        return JSON.parse(inPage) as DataManifest;
      } catch {
        // a damaged page: ask the server instead
      }
    }
    return fetchData<DataManifest>(manifestPath(), signal, meta?.fetchFile);
  },
  staleTime: Infinity,
});
