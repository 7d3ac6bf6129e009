import { createRoute, lazyRouteComponent, notFound, redirect } from '@tanstack/react-router';
import type { ArticleId } from '../../../core/model.ts';
import { articleFileHash, articleQuery } from '../../data/article.ts';
import { validateArticleSearch } from '../../lib/search-params.ts';
import { canonicalizeUrl, rootRoute } from '../../lib/routing.ts';
import { articlePreview } from '../../lib/share-preview.ts';
import { ArticleNotFound } from './components/article-not-found.tsx';

export const articleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/articles/$articleId',
  validateSearch: validateArticleSearch,
  beforeLoad: canonicalizeUrl,
  loader: async ({ context, params }) => {
    const id = params.articleId as ArticleId;
    // A small lookup shard, not the corpus index, says whether the article exists and names its file: a deep
    // link loads what it shows, and the page asks for the index once the article is on screen.
    if (!(await articleFileHash(context.queryClient, id))) throw notFound();
    const article = await context.queryClient.ensureQueryData(articleQuery(id));
    // The key found it but the words before it differ: send the reader to the article's one true address.
    if (article.id !== id) throw redirect({ to: '/articles/$articleId', params: { articleId: article.id }, search: (old) => old, replace: true });
    return { preview: articlePreview(article) };
  },
  component: lazyRouteComponent(() => import('./components/article-page.tsx'), 'ArticlePage'),
  notFoundComponent: ArticleNotFound,
});
