import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { corpusIndexQuery } from '../../data/corpus-index.ts';
import { rootRoute } from '../../lib/routing.ts';
import { aboutQuery } from './api/about.ts';

export const aboutRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/about',
  staticData: { title: 'About' },
  loader: async ({ context }) => context.queryClient.ensureQueryData(aboutQuery(await context.queryClient.ensureQueryData(corpusIndexQuery))),
  component: lazyRouteComponent(() => import('./components/about-page.tsx'), 'AboutPage'),
});
