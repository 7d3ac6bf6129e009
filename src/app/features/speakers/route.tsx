import { createRoute, lazyRouteComponent, notFound } from '@tanstack/react-router';
import type { SpeakerId } from '../../../core/model.ts';
import { corpusIndexQuery } from '../../data/corpus-index.ts';
import { canonicalizeUrl, rootRoute } from '../../lib/routing.ts';
import { validateDateRangeSearch } from '../../lib/search-params.ts';
import { speakerPreview } from '../../lib/share-preview.ts';
import { speakerQuery } from './api/speaker.ts';
import { SpeakerNotFound } from './components/speaker-not-found.tsx';
import { validateSpeakerDirectorySearch } from './lib/speaker-search.ts';

export const speakersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/speakers',
  staticData: { title: 'Speakers' },
  validateSearch: validateSpeakerDirectorySearch,
  beforeLoad: canonicalizeUrl,
  loader: ({ context }) => context.queryClient.ensureQueryData(corpusIndexQuery),
  component: lazyRouteComponent(() => import('./components/speakers-page.tsx'), 'SpeakersPage'),
});

export const speakerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/speakers/$speakerId',
  validateSearch: validateDateRangeSearch,
  beforeLoad: canonicalizeUrl,
  loader: async ({ context, params }) => {
    const index = await context.queryClient.ensureQueryData(corpusIndexQuery);
    const id = params.speakerId as SpeakerId;
    // As for articles, the index knows every speaker id, so an unknown one is answered without a request.
    if (!index.speakerById.has(id)) throw notFound();
    return { preview: speakerPreview(await context.queryClient.ensureQueryData(speakerQuery(index, id))) };
  },
  component: lazyRouteComponent(() => import('./components/speaker-page.tsx'), 'SpeakerPage'),
  notFoundComponent: SpeakerNotFound,
});
