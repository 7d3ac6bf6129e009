import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState } from 'react';
import { searchIndexQuery } from '../api/search-index.ts';
import { normalizeQuery } from '../lib/search-view.ts';

/** While the search view is open, results follow the typing after this pause. */
const LIVE_MS = 150;

/**
 * The header's search box. Enter opens `/search?q=…`; on the search view itself the results follow the typing.
 * The first keystroke starts loading the search index, so it is usually ready by the time Enter is pressed.
 */
export function HeaderSearch() {
  const id = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const location = useRouterState({ select: (s) => s.location });
  const onSearchView = location.pathname === '/search';
  const urlQuery = onSearchView ? ((location.search as { q?: string }).q ?? '') : '';
  const [value, setValue] = useState(urlQuery);
  const [valueOf, setValueOf] = useState(urlQuery);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // A link, the back button or a fresh page sets the query: show it, unless it is what is being typed. Set
  // during render, not in an effect, so the box never shows the old query for a frame.
  if (valueOf !== urlQuery) {
    setValueOf(urlQuery);
    setValue(normalizeQuery(value) === urlQuery ? value : urlQuery);
  }
  useEffect(() => () => clearTimeout(timer.current), []);

  const go = (text: string, replace: boolean) => {
    const q = normalizeQuery(text);
    void navigate({
      to: '/search',
      // Refining the query on the search view keeps its filters; a new search from elsewhere starts clean.
      search: onSearchView ? (old: Record<string, unknown>) => ({ ...old, q: q || undefined }) : { q: q || undefined },
      replace,
    });
  };

  return (
    <form
      role="search"
      aria-label="Quotes and articles"
      // Before the app has taken over a page built ahead of time, the browser submits the form itself.
      action={`${import.meta.env.BASE_URL}search`}
      method="get"
      className="flex min-w-0 flex-1 items-center gap-1 sm:flex-none"
      onSubmit={(e) => {
        e.preventDefault();
        clearTimeout(timer.current);
        go(value, onSearchView);
      }}
    >
      <label htmlFor={id} className="sr-only">
        Search quotes and articles
      </label>
      <input
        id={id}
        type="search"
        name="q"
        data-shortcut="search"
        autoComplete="off"
        placeholder="Search quotes and articles"
        value={value}
        onChange={(e) => {
          const text = e.target.value;
          setValue(text);
          void queryClient.prefetchQuery(searchIndexQuery);
          if (onSearchView) {
            clearTimeout(timer.current);
            timer.current = setTimeout(() => go(text, true), LIVE_MS);
          }
        }}
        className="min-w-0 flex-1 rounded border sm:w-56 sm:flex-none border-stone-400 bg-white px-2 py-1 text-stone-900 dark:border-stone-500 dark:bg-stone-950 dark:text-stone-100"
      />
      <button type="submit" className="rounded border border-stone-400 px-2 py-1 text-sm hover:bg-stone-200 dark:border-stone-500 dark:hover:bg-stone-800">
        Search
      </button>
    </form>
  );
}
