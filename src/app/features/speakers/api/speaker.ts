import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { SpeakerId } from '../../../../core/model.ts';
import { SpeakerPageSchema, SpeakerQuotesPageSchema, speakerPath, speakerQuotesPath, type SpeakerPage } from '../../../../core/schema.ts';
import { useCorpusIndex, type LoadedIndex } from '../../../data/corpus-index.ts';
import { fetchData } from '../../../data/fetch-json.ts';

export const speakerQuery = (index: LoadedIndex, id: SpeakerId) =>
  queryOptions({
    queryKey: ['speaker', id],
    queryFn: ({ signal, meta }) => fetchData(speakerPath(id, index.speakerFile.get(id) ?? ''), SpeakerPageSchema, signal, meta?.fetchFile),
    staleTime: Infinity,
  });

export function useSpeaker(id: SpeakerId): SpeakerPage {
  return useSuspenseQuery(speakerQuery(useCorpusIndex(), id)).data;
}

/** A further file of a prolific speaker's quotes, loaded when the reader asks for more. */
export const speakerQuotesQuery = (id: SpeakerId, n: number, hash: string) =>
  queryOptions({
    queryKey: ['speaker', id, 'quotes', n],
    queryFn: ({ signal, meta }) => fetchData(speakerQuotesPath(id, n, hash), SpeakerQuotesPageSchema, signal, meta?.fetchFile),
    staleTime: Infinity,
  });
