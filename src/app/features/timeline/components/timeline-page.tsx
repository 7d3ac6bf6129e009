import { getRouteApi } from '@tanstack/react-router';
import { memo, useCallback, useMemo, useRef } from 'react';
import type { ArticleId, SpeakerId } from '../../../../core/model.ts';
import { articleKeyOf } from '../../../../core/schema.ts';
import type { DecodedArticle } from '../../../../core/wire.ts';
import { ArticleCard } from './article-card.tsx';
import { DateHistogram } from './date-histogram.tsx';
import { ExportQuotes } from '../../../components/export-quotes.tsx';
import { FilterPanel } from '../../../components/filter-panel.tsx';
import { DateRangeFilter } from '../../../components/date-range-filter.tsx';
import { SpeakerFilter } from './speaker-filter.tsx';
import { useCorpusIndex, type LoadedIndex } from '../../../data/corpus-index.ts';
import { formatDay, plural } from '../../../lib/format.ts';
import { filterArticles, speakerArticleCounts, speakerList, type TimelineSearch } from '../../../lib/search-params.ts';
import { useShortcuts } from '../../../lib/shortcuts.ts';
import { useWindowList } from '../../../lib/window-list.ts';
import { useAppReady } from '../../../lib/app-ready.ts';
import { useUpdateSearch } from '../../../lib/routing.ts';
import { timelineSource } from '../../../lib/export/sources.ts';

const route = getRouteApi('/');

type Row = { kind: 'day'; date: string; count: number } | { kind: 'article'; article: DecodedArticle };

function rowsByDay(articles: DecodedArticle[]): Row[] {
  const rows: Row[] = [];
  let day: { kind: 'day'; date: string; count: number } | null = null;
  for (const article of articles) {
    if (!day || day.date !== article.date) {
      day = { kind: 'day', date: article.date, count: 0 };
      rows.push(day);
    }
    day.count++;
    rows.push({ kind: 'article', article });
  }
  return rows;
}

export function TimelinePage() {
  useAppReady();
  const index = useCorpusIndex();
  const search = route.useSearch();
  const selected = useMemo(() => speakerList(search.speakers), [search.speakers]);

  // One pass over the corpus for the speakers; the date range then narrows what that pass kept.
  const bySpeakerOnly = useMemo(() => filterArticles(index.articles, { speakers: search.speakers }), [index, search.speakers]);
  const articles = useMemo(
    () => (search.from || search.to ? filterArticles(bySpeakerOnly, { from: search.from, to: search.to }) : bySpeakerOnly),
    [bySpeakerOnly, search.from, search.to],
  );
  // Counts follow the date range only, so choosing speakers does not recount the whole corpus.
  const counts = useMemo(() => speakerArticleCounts(index.articles, { from: search.from, to: search.to }), [index, search.from, search.to]);
  const rows = useMemo(() => rowsByDay(articles), [articles]);

  const setSearch = useUpdateSearch<TimelineSearch>();
  const setRange = useCallback((range: { from?: string; to?: string }) => setSearch(range), [setSearch]);
  const setSpeakers = useCallback((ids: SpeakerId[]) => setSearch({ speakers: ids.length ? ids.join(',') : undefined }), [setSearch]);

  const selectedRange = useMemo(() => ({ from: search.from, to: search.to }), [search.from, search.to]);
  const selectedNames = selected.map((id) => index.speakerById.get(id)?.name ?? id);
  return (
    <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
      <FilterPanel label="Filters" active={selected.length > 0 || search.from !== undefined || search.to !== undefined}>
        <DateRangeFilter
          from={search.from}
          to={search.to}
          min={index.corpus.from}
          max={index.corpus.to}
          onChange={setRange}
        />
        <SpeakerFilter
          speakers={index.speakers}
          counts={counts}
          selected={selected}
          onChange={setSpeakers}
        />
      </FilterPanel>
      <section aria-labelledby="timeline-title" className="min-w-0">
        <h1 id="timeline-title" className="text-2xl font-semibold">
          Timeline
        </h1>
        <p role="status" className="mb-4 text-stone-700 dark:text-stone-300">
          {plural(articles.length, 'article')}
          {selectedNames.length > 0 && <> quoting {selectedNames.join(' or ')}</>}
          {(search.from || search.to) && (
            <>
              {' '}
              {search.from ? `from ${search.from}` : ''} {search.to ? `to ${search.to}` : ''}
            </>
          )}
        </p>
        {articles.length > 0 && (
          <ExportQuotes source={() => timelineSource(articles, new Set(selected))} fileName={['timeline', ...selected, search.from ?? '', search.to ?? ''].join('-')} />
        )}
        {index.corpus.from && index.corpus.to && (
          <DateHistogram
            articles={bySpeakerOnly}
            from={search.from ?? index.corpus.from}
            to={search.to ?? index.corpus.to}
            selected={selectedRange}
            onSelect={setRange}
          />
        )}
        {(search.from || search.to) && (
          <button type="button" className="mb-3 text-sm font-medium text-sky-800 underline dark:text-sky-300" onClick={() => setSearch({ from: undefined, to: undefined })}>
            Show all dates
          </button>
        )}
        {articles.length === 0 && (
          <p className="rounded border border-stone-300 p-4 dark:border-stone-700">
            No article matches these filters.{' '}
            <button type="button" className="font-medium text-sky-800 underline dark:text-sky-300" onClick={() => setSearch({ speakers: undefined, from: undefined, to: undefined })}>
              Clear all filters
            </button>
          </p>
        )}
        <TimelineRows rows={rows} articles={articles} index={index} search={search} />
      </section>
    </div>
  );
}

/**
 * The articles, grouped by day, virtualised: its own component so that scrolling, and the measuring that follows
 * it, render only the rows and not the filters and histogram beside them.
 */
const TimelineRows = memo(function TimelineRows({ rows, articles, index, search }: { rows: Row[]; articles: DecodedArticle[]; index: LoadedIndex; search: TimelineSearch }) {
  const rowsRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const virtualizer = useWindowList(listRef, rowsRef, {
    count: rows.length,
    estimateSize: (i) => (rows[i]?.kind === 'day' ? 44 : 190),
    overscan: 3,
    getItemKey: (i) => {
      const row = rows[i];
      return row?.kind === 'day' ? `day-${row.date}` : (row?.article.key ?? i);
    },
  });

  // j / k move the focus between articles; the list is virtual, so scroll the row in before focusing it.
  const focusArticle = (delta: number) => {
    const current = (document.activeElement as HTMLElement | null)?.closest('article[data-article-id]')?.getAttribute('data-article-id');
    const at = current ? articles.findIndex((a) => a.key === articleKeyOf(current as ArticleId)) : -1;
    const next = articles[at === -1 ? 0 : Math.min(articles.length - 1, Math.max(0, at + delta))];
    if (!next) return;
    virtualizer.scrollToIndex(Math.max(0, rows.findIndex((row) => row.kind === 'article' && row.article === next)), { align: 'auto' });
    const focus = (attempt: number) => {
      const link = document.querySelector<HTMLElement>(`article[data-article-id="${CSS.escape(next.id)}"] h3 a`);
      if (link) link.focus();
      else if (attempt < 60) requestAnimationFrame(() => focus(attempt + 1));
    };
    requestAnimationFrame(() => focus(0));
  };
  useShortcuts({ j: () => focusArticle(1), k: () => focusArticle(-1) });

  const items = virtualizer.getVirtualItems();
  const scrolled = (virtualizer.scrollOffset ?? 0) > virtualizer.options.scrollMargin;
  const topItem = scrolled ? items.find((item) => item.end > (virtualizer.scrollOffset ?? 0)) : undefined;
  const topRow = topItem ? rows[topItem.index] : undefined;
  const stickyDay = topRow ? (topRow.kind === 'day' ? topRow.date : topRow.article.date) : null;

  return (
    <>
      {stickyDay && (
        // The day of the topmost visible card stays in view while the reader scrolls; the real headings in the
        // list are what assistive technology reads, so this visual copy is hidden from it.
        <div aria-hidden="true" className="sticky top-0 z-10 h-0" data-sticky-day={stickyDay}>
          <div className="absolute inset-x-0 top-0 bg-stone-50/95 py-2 text-sm font-semibold uppercase tracking-wide text-stone-700 dark:bg-stone-950/95 dark:text-stone-300">
            {formatDay(stickyDay)}
          </div>
        </div>
      )}
      <div ref={listRef}>
        <div ref={rowsRef}>
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <div key={item.key} data-index={item.index} ref={virtualizer.measureElement}>
                {row.kind === 'day' ? (
                  <h2 className="pb-2 pt-4 text-sm font-semibold uppercase tracking-wide text-stone-700 dark:text-stone-300">
                    <time dateTime={row.date}>{formatDay(row.date)}</time> · {plural(row.count, 'article')}
                  </h2>
                ) : (
                  <div className="pb-3">
                    <ArticleCard article={row.article} index={index} filters={search} />
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </>
  );
});
