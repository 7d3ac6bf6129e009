import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useNavigate } from '@tanstack/react-router';
import { useRef } from 'react';
import { CreditLine } from '../components/credit-line.tsx';
import { HeaderSearch } from '../features/search/components/header-search.tsx';
import { CorpusSwitch } from './corpus-switch.tsx';
import { PreferencesMenu } from './preferences-menu.tsx';
import { ShortcutsDialog } from './shortcuts-dialog.tsx';
import { UpdatePrompt } from './update-prompt.tsx';
import { corpusIndexQuery } from '../data/corpus-index.ts';
import { creditsForSources } from '../lib/credits.ts';
import { useDocumentTitle } from '../lib/document-title.ts';
import { useShortcuts } from '../lib/shortcuts.ts';

const navLink = 'rounded px-1.5 py-1 sm:px-2 font-medium text-stone-800 hover:bg-stone-200 dark:text-stone-200 dark:hover:bg-stone-800';
const activeLink = { className: 'bg-stone-200 dark:bg-stone-800', 'aria-current': 'page' as const };

export function RootLayout() {
  // The footer credits whichever licensed sources the corpus holds; it never blocks the page on the index.
  const { data: index } = useQuery(corpusIndexQuery);
  const credits = creditsForSources(index?.corpus.sources.map((s) => s.source) ?? []);
  const shortcuts = useRef<HTMLDialogElement>(null);
  const navigate = useNavigate();
  useDocumentTitle();
  useShortcuts({
    '?': () => shortcuts.current?.showModal(),
    'g t': () => void navigate({ to: '/' }),
    // "/" focuses the header's search box; a view may mark another field (the speaker filter) for when it is absent.
    '/': () => (document.querySelector<HTMLElement>('header [data-shortcut="search"]') ?? document.querySelector<HTMLElement>('[data-shortcut="search"]'))?.focus(),
  });
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2 focus:text-stone-950">
        Skip to content
      </a>
      <header className="border-b border-stone-300 bg-white dark:border-stone-700 dark:bg-stone-900">
        {/* One row: the name, the views, the search box and the preferences; on a phone the search box and the
            preferences wrap to a second row, so the first screen is the view. On screen as in the Tab order. */}
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-2 gap-y-2 px-4 py-2 sm:gap-x-4 sm:py-3">
          <Link to="/" className="font-serif text-lg font-bold tracking-tight text-sky-900 sm:text-xl dark:text-sky-200">
            Quoteline
          </Link>
          <nav aria-label="Main" className="flex gap-0.5 sm:gap-1">
            <Link to="/" className={navLink} activeOptions={{ exact: true, includeSearch: false }} activeProps={activeLink}>
              Timeline
            </Link>
            <Link to="/speakers" className={navLink} activeOptions={{ includeSearch: false }} activeProps={activeLink}>
              Speakers
            </Link>
            <Link to="/about" className={navLink} activeProps={activeLink}>
              About
            </Link>
          </nav>
          <div className="flex w-full items-center gap-2 sm:ml-auto sm:w-auto sm:gap-3">
            <HeaderSearch />
            {/* Beside the search box, not a row of its own on a phone; the preferences stay at the row's end, so
                their panel opens inside the screen. */}
            <CorpusSwitch />
            <PreferencesMenu onShowShortcuts={() => shortcuts.current?.showModal()} />
          </div>
        </div>
      </header>
      <ShortcutsDialog ref={shortcuts} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
        <Outlet />
      </main>
      <footer className="mx-auto max-w-6xl px-4 py-6 text-sm text-stone-700 dark:text-stone-300">
        {credits.map((credit) => (
          <p key={credit.host}>
            Articles from <CreditLine credit={credit} />.
          </p>
        ))}
        <p>
          <Link to="/about" className="underline">
            About the corpus
          </Link>
        </p>
      </footer>
      <UpdatePrompt />
    </div>
  );
}
