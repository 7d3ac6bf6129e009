import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, defaultStringifySearch, redirect, useNavigate, useRouteContext, type ParsedLocation } from '@tanstack/react-router';
import { useCallback } from 'react';
import type { Corpus } from './corpus.ts';

export interface RouterContext {
  queryClient: QueryClient;
  corpus: Corpus;
}

/**
 * The root of every route. Each feature adds its routes under it (features/<name>/route.tsx); router.tsx gives
 * it the app's frame (layout/root-layout.tsx), which imports the features, so that no feature imports it.
 */
export const rootRoute = createRootRouteWithContext<RouterContext>()();

/** The corpus the running app shows (lib/corpus.ts): the bundled one, or the reader's library. */
export function useCorpus(): Corpus {
  return useRouteContext({ from: '__root__', select: (context) => context.corpus });
}

/**
 * A pasted link with malformed params is shown as the view its valid params describe, and its URL is rewritten
 * to say exactly that, so the address bar never claims a filter that is not applied.
 */
export function canonicalizeUrl({ search, location }: { search: object; location: ParsedLocation }) {
  const clean = defaultStringifySearch(search as Record<string, unknown>);
  if (clean !== location.searchStr) throw redirect({ href: `${location.pathname}${clean}${location.hash ? `#${location.hash}` : ''}`, replace: true });
}

/**
 * The one way a view changes its own URL params (a filter, a sort, the quote marked): the rest of the params
 * kept, the history entry replaced (Back leaves the view rather than undoing each click), the scroll kept.
 */
export function useUpdateSearch<TSearch extends object>(): (patch: Partial<TSearch>) => void {
  const navigate = useNavigate();
  return useCallback(
    (patch: Partial<TSearch>) =>
      // The router cannot check a patch against a route it does not know statically; TSearch says which.
      void navigate({ to: '.', search: ((old: TSearch) => ({ ...old, ...patch })) as never, replace: true, resetScroll: false }),
    [navigate],
  );
}
