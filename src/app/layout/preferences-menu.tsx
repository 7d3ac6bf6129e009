import { useEffect, useId, useState } from 'react';
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

/** Theme (following the system unless chosen) and text size, remembered in this browser. */
export function PreferencesMenu() {
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

  useEffect(() => {
    if (!stored) return;
    applyPreferences(theme, size);
    if (theme !== 'system' || typeof matchMedia !== 'function') return;
    const media = matchMedia('(prefers-color-scheme: dark)');
    const follow = () => applyPreferences(theme, size);
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, [stored, theme, size]);

  return (
    <div className="flex items-center gap-3 text-sm">
      <label htmlFor={themeId}>Theme</label>
      <select
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
  );
}
