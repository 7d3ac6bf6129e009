import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../lib/routing.ts';

/** "Open your articles": /open, which is /library/open where the app runs on the reader's library. */
export const openRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/open',
  component: lazyRouteComponent(() => import('./components/open-page.tsx'), 'OpenPage'),
});
