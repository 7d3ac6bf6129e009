import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { AboutDataSchema, aboutPath, type AboutData } from '../../core/schema.ts';
import { useCorpusIndex, type LoadedIndex } from './corpus-index.ts';
import { fetchData } from './fetch-json.ts';

export const aboutQuery = (index: LoadedIndex) =>
  queryOptions({
    queryKey: ['about'],
    queryFn: ({ signal }) => fetchData(aboutPath(index.files.about), AboutDataSchema, signal),
    staleTime: Infinity,
  });

export function useAbout(): AboutData {
  return useSuspenseQuery(aboutQuery(useCorpusIndex())).data;
}
