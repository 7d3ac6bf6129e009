import { useRouterState, type AnyRouteMatch } from '@tanstack/react-router';
import { useEffect } from 'react';
import { documentTitle, SITE_NAME, sitePreview, type SharePreview } from './share-preview.ts';

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    /** The title of a view whose loader gives no preview of its own (see previewOf). */
    title?: string;
  }
}

/**
 * What the view at these route matches says about itself: the deepest loader's preview (an article, a speaker,
 * a quote), else the view's static title, else the site's. The browser tab and a page built ahead of time both ask.
 */
export function previewOf(matches: readonly AnyRouteMatch[]): SharePreview {
  for (let i = matches.length - 1; i >= 0; i--) {
    const match = matches[i]!;
    if (match.status === 'notFound') return sitePreview('Not found');
    const preview = (match.loaderData as { preview?: SharePreview } | undefined)?.preview;
    if (preview) return preview;
    const title = (match.staticData as { title?: string } | undefined)?.title;
    if (title) return sitePreview(title);
  }
  return sitePreview(SITE_NAME);
}

/** Keeps the document's title to the view on screen as the reader moves from view to view. */
export function useDocumentTitle(): void {
  const title = useRouterState({ select: (state) => documentTitle(previewOf(state.matches)) });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
