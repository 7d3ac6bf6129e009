import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { SpeakerId } from '../../../../core/model.ts';
import { speakerPath, speakerQuotesPath, type SpeakerPage, type SpeakerQuotesPage } from '../../../../core/schema.ts';
import { useCorpusIndex, type LoadedIndex } from '../../../data/corpus-index.ts';
import { fetchData } from '../../../data/fetch-json.ts';

export const speakerQuery = (index: LoadedIndex, id: SpeakerId) =>
  queryOptions({
    queryKey: ['speaker', id],
    queryFn: ({ signal, meta }) => fetchData<SpeakerPage>(speakerPath(id, index.speakerFile.get(id) ?? ''), signal, meta?.fetchFile),
    staleTime: Infinity,
  });

export function useSpeaker(id: SpeakerId): SpeakerPage {
  return useSuspenseQuery(speakerQuery(useCorpusIndex(), id)).data;
}

/** A further file of a prolific speaker's quotes, loaded when the reader asks for more. */
export const speakerQuotesQuery = (id: SpeakerId, n: number, hash: string) =>
  queryOptions({
    queryKey: ['speaker', id, 'quotes', n],
    queryFn: ({ signal, meta }) => fetchData<SpeakerQuotesPage>(speakerQuotesPath(id, n, hash), signal, meta?.fetchFile),
    staleTime: Infinity,
  });
