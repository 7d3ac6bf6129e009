import { Link } from '@tanstack/react-router';
import type { DecodedArticle } from '../../../../core/wire.ts';
import type { TimelineSearch } from '../../../lib/search-params.ts';
import { smallLink } from './article-header.tsx';

/** Links to the newer and older articles in the timeline's current filter. */
export function ArticleNav({ newer, older, filters }: { newer?: DecodedArticle; older?: DecodedArticle; filters: TimelineSearch }) {
  return (
    <nav aria-label="More articles" className="mt-10 flex justify-between gap-4 border-t border-stone-300 pt-4 dark:border-stone-700">
      {newer ? (
        <Link to="/articles/$articleId" params={{ articleId: newer.id }} search={filters} className={smallLink} rel="prev">
          ← Newer: {newer.title}
        </Link>
      ) : (
        <span />
      )}
      {older && (
        <Link to="/articles/$articleId" params={{ articleId: older.id }} search={filters} className={`${smallLink} text-right`} rel="next">
          Older: {older.title} →
        </Link>
      )}
    </nav>
  );
}
