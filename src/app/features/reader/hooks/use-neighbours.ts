import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import type { ArticleId } from '../../../../core/model.ts';
import { articleKeyOf } from '../../../../core/schema.ts';
import type { DecodedArticle } from '../../../../core/wire.ts';
import { corpusIndexQuery, type LoadedIndex } from '../../../data/corpus-index.ts';
import { filterArticles, type TimelineSearch } from '../../../lib/search-params.ts';

interface Neighbours {
  newer: DecodedArticle | undefined;
  older: DecodedArticle | undefined;
}

/** The articles before and after this one in the timeline's current filter, newest first as it shows them. */
function neighbours(index: LoadedIndex, articleId: ArticleId, filters: TimelineSearch): Neighbours {
  const list = filterArticles(index.articles, filters);
  const key = articleKeyOf(articleId);
  const at = list.findIndex((a) => a.key === key);
  return { newer: at > 0 ? list[at - 1] : undefined, older: at >= 0 ? list[at + 1] : undefined };
}

/**
 * The newer and older articles (once the index is in), and `goTo`, which opens one of them: it works before
 * the index has arrived (j / k pressed early), by waiting for it.
 */
export function useNeighbours(index: LoadedIndex | undefined, articleId: ArticleId, filters: TimelineSearch) {
  const { speakers, from, to } = filters;
  const around = useMemo(
    () => (index ? neighbours(index, articleId, { speakers, from, to }) : { newer: undefined, older: undefined }),
    [index, articleId, speakers, from, to],
  );
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const goTo = async (which: keyof Neighbours) => {
    const loaded = index ?? (await queryClient.ensureQueryData(corpusIndexQuery));
    const target = neighbours(loaded, articleId, filters)[which];
    if (target) void navigate({ to: '/articles/$articleId', params: { articleId: target.id }, search: filters });
  };
  return { ...around, goTo };
}
