import { useEffect, useId, useRef, useState } from 'react';
import {
  applyPreferences,
  readTextSize,
  readTheme,
  saveTextSize,
  saveTheme,
  TEXT_SIZES,
  type TextSize,
  type ThemeChoice,
} from '../lib/preferences.ts';

const select =
  'rounded border border-stone-400 bg-white px-1.5 py-1 text-sm text-stone-900 dark:border-stone-500 dark:bg-stone-800 dark:text-stone-100';
const control = 'rounded border border-stone-400 px-2 py-1 text-sm hover:bg-stone-200 dark:border-stone-500 dark:hover:bg-stone-800';

/**
 * Theme (following the system unless chosen), text size, remembered in this browser, and the list of shortcuts,
 * folded behind one button so that on a phone the header is one row and the first screen is the view.
 * A disclosure: the button says whether the panel is open; opening moves focus into it; Escape, or a click or
 * focus outside, closes it, and Escape gives focus back to the button.
 */
export function PreferencesMenu({ onShowShortcuts }: { onShowShortcuts: () => void }) {
  // The stored choices are read after the first render, which must be the page as it was built, where nothing is
  // stored; the page's head script (preferencesScript) has already applied them to what the reader sees.
  const [stored, setStored] = useState<{ theme: ThemeChoice; size: TextSize } | null>(null);
  // Read after the first render on purpose: a page built ahead of time cannot know the stored choice, and the
  // first render must match it.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setStored({ theme: readTheme(), size: readTextSize() }), []);
  const theme = stored?.theme ?? 'system';
  const size = stored?.size ?? 'medium';
  const setTheme = (next: ThemeChoice) => setStored({ theme: next, size });
  const setSize = (next: TextSize) => setStored({ theme, size: next });
  const themeId = useId();
  const sizeId = useId();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const firstControl = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    if (!stored) return;
    applyPreferences(theme, size);
    if (theme !== 'system' || typeof matchMedia !== 'function') return;
    const media = matchMedia('(prefers-color-scheme: dark)');
    const follow = () => applyPreferences(theme, size);
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, [stored, theme, size]);

  useEffect(() => {
    if (!open) return;
    firstControl.current?.focus();
    const outside = (e: Event) => {
      if (e.target instanceof Node && !wrapper.current?.contains(e.target)) setOpen(false);
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('focusin', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('focusin', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div ref={wrapper} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        className={`${control} flex items-center gap-1`}
      >
        <span aria-hidden="true">⚙</span>
        {/* On a phone the gear alone, to leave the search box room; its name stays "Preferences". */}
        <span className="sr-only sm:not-sr-only">Preferences</span>
      </button>
      <div
        id={panelId}
        role="group"
        aria-label="Preferences"
        hidden={!open}
        className="absolute right-0 top-full z-40 mt-2 w-60 space-y-3 rounded-lg border border-stone-400 bg-white p-3 text-sm text-stone-900 shadow-lg dark:border-stone-500 dark:bg-stone-900 dark:text-stone-100"
      >
        <div className="flex items-center justify-between gap-3">
          <label htmlFor={themeId}>Theme</label>
          <select
            ref={firstControl}
            id={themeId}
            className={select}
            value={theme}
            onChange={(e) => {
              const next = e.target.value as ThemeChoice;
              setTheme(next);
              saveTheme(next);
            }}
          >
            <option value="system">System</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </div>
        <div className="flex items-center justify-between gap-3">
          <label htmlFor={sizeId}>Text size</label>
          <select
            id={sizeId}
            className={select}
            value={size}
            onChange={(e) => {
              const next = e.target.value as TextSize;
              setSize(next);
              saveTextSize(next);
            }}
          >
            {(Object.keys(TEXT_SIZES) as TextSize[]).map((s) => (
              <option key={s} value={s}>
                {s.replace('-', ' ')}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className={`${control} w-full text-left`}
          aria-keyshortcuts="?"
          onClick={() => {
            // The dialog gives focus back to what had it when it opened: the menu's button, not a hidden panel.
            close();
            onShowShortcuts();
          }}
        >
          <span aria-hidden="true">⌨</span> Keyboard shortcuts{' '}
          <kbd aria-hidden="true" className="font-mono">
            ?
          </kbd>
        </button>
      </div>
    </div>
  );
}
