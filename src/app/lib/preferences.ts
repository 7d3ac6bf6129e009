/** Reader preferences kept in this browser: theme and text size. */
export type ThemeChoice = 'system' | 'light' | 'dark';
export type TextSize = 'small' | 'medium' | 'large' | 'x-large';

const THEME_KEY = 'quoteline.theme';
const SIZE_KEY = 'quoteline.textSize';
/**
 * Relative to the browser's own font size, so a reader who has set a larger one there keeps it. `medium` is the
 * size styles.css gives the page, so the page does not move when the app applies the default.
 */
export const TEXT_SIZES: Record<TextSize, string> = { small: '93.75%', medium: '106.25%', large: '118.75%', 'x-large': '137.5%' };

function read<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  try {
    const value = localStorage.getItem(key);
    return allowed.includes(value as T) ? (value as T) : fallback;
  } catch {
    return fallback; // storage can be disabled; preferences then last for the visit
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // see read()
  }
}

export const readTheme = (): ThemeChoice => read(THEME_KEY, ['system', 'light', 'dark'] as const, 'system');
export const readTextSize = (): TextSize => read(SIZE_KEY, Object.keys(TEXT_SIZES) as TextSize[], 'medium');

export function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

/**
 * Apply to <html>: the `dark` and `light` classes drive Tailwind's dark variant (styles.css follows the system
 * while neither is set, before the script runs); the font size scales every rem.
 */
export function applyPreferences(theme: ThemeChoice, size: TextSize): void {
  const root = document.documentElement;
  const dark = theme === 'dark' || (theme === 'system' && systemPrefersDark());
  root.classList.toggle('dark', dark);
  root.classList.toggle('light', !dark);
  root.style.colorScheme = dark ? 'dark' : 'light';
  root.style.fontSize = TEXT_SIZES[size];
}

export function saveTheme(theme: ThemeChoice): void {
  write(THEME_KEY, theme);
}

export function saveTextSize(size: TextSize): void {
  write(SIZE_KEY, size);
}

/**
 * The source of a script for the page's <head>, which applies the stored theme and text size before the first
 * paint, so a page built ahead of time does not flash the default look before the app starts. It is inline
 * (allowed by its hash in the Content-Security-Policy, see pipeline/security-headers.ts) because a separate
 * file would hold up the first paint by a request.
 */
export function preferencesScript(): string {
  return [
    '(function(){try{',
    'var root=document.documentElement;',
    `var theme=localStorage.getItem(${JSON.stringify(THEME_KEY)});`,
    `var size=${JSON.stringify(TEXT_SIZES)}[localStorage.getItem(${JSON.stringify(SIZE_KEY)})];`,
    "if(theme==='dark'||theme==='light')root.classList.add(theme);",
    'if(size)root.style.fontSize=size;',
    '}catch(e){}})();',
  ].join('');
}
