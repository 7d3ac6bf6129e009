import { createRoute, lazyRouteComponent, notFound, redirect } from '@tanstack/react-router';
import type { ArticleId } from '../../../core/model.ts';
import { articleQuery } from '../../data/article.ts';
import { corpusIndexQuery } from '../../data/corpus-index.ts';
import { quoteArticleKey } from '../../data/quote-lookup.ts';
import { joinNames, quoteSpeakers } from '../../lib/quote-speakers.ts';
import { rootRoute } from '../../lib/routing.ts';
import { quotePreview } from '../../lib/share-preview.ts';
import { QuoteNotFound } from './components/quote-not-found.tsx';

/**
 * A quote's share address. Its page, built ahead of time, is what a link preview reads and what shows without a
 * script; a reader in the app is taken to the quote in its article. At any corpus size the quote lookup
 * (core/quote-lookup.ts) finds the article, so the address works whether or not a page was built for it.
 */
export const quoteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quotes/$quoteId',
  loader: async ({ context, params }) => {
    const key = await quoteArticleKey(context.queryClient, params.quoteId);
    if (!key) throw notFound();
    // The key alone finds the article's file (as a link whose slug is out of date does); the app's cache then
    // holds it under its full id, where the reader asks for it next.
    const article = await context.queryClient.ensureQueryData(articleQuery(key as ArticleId));
    context.queryClient.setQueryData(articleQuery(article.id).queryKey, article);
    const quote = article.quotes.find((q) => q.id === params.quoteId);
    if (!quote) throw notFound();
    // In the browser, a person: to the quote in its article. Built ahead of time, there is no document: the page.
    if (typeof document !== 'undefined') {
      throw redirect({ to: '/articles/$articleId', params: { articleId: article.id }, search: { quote: quote.id }, replace: true });
    }
    const index = await context.queryClient.ensureQueryData(corpusIndexQuery);
    const speakers = quoteSpeakers(quote).map((s) => index.speakerById.get(s.id)?.name ?? s.name);
    return { articleId: article.id, quoteId: quote.id, speakers, preview: quotePreview(article, quote, speakers.length ? joinNames(speakers) : null) };
  },
  component: lazyRouteComponent(() => import('./components/quote-page.tsx'), 'QuotePage'),
  notFoundComponent: QuoteNotFound,
});
