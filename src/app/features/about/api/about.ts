import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { AboutDataSchema, aboutPath, type AboutData } from '../../../../core/schema.ts';
import { useCorpusIndex, type LoadedIndex } from '../../../data/corpus-index.ts';
import { fetchData } from '../../../data/fetch-json.ts';

export const aboutQuery = (index: LoadedIndex) =>
  queryOptions({
    queryKey: ['about'],
    queryFn: ({ signal, meta }) => fetchData(aboutPath(index.files.about), AboutDataSchema, signal, meta?.fetchFile),
    staleTime: Infinity,
  });

export function useAbout(): AboutData {
  return useSuspenseQuery(aboutQuery(useCorpusIndex())).data;
}
