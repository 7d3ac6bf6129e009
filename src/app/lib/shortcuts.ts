import { useEffect, useRef } from 'react';

/** Keys are single characters ("j", "?", "/") or two-key sequences written "g t". */
export type ShortcutMap = Record<string, (event: KeyboardEvent) => void>;

const SEQUENCE_MS = 1000;

/** Inputs that take no typed text: a shortcut pressed while one has focus is still a shortcut. */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** Shortcuts never fire while the reader types in a field, or with a modifier held (those belong to the browser). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable === true;
}

export function useShortcuts(shortcuts: ShortcutMap): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    let pending: { key: string; at: number } | null = null;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key !== 'Escape' && isTypingTarget(event.target)) return;
      const map = latest.current;
      const now = performance.now();
      if (pending && now - pending.at < SEQUENCE_MS) {
        const handler = map[`${pending.key} ${event.key}`];
        pending = null;
        if (handler) {
          event.preventDefault();
          handler(event);
          return;
        }
      }
      if (Object.keys(map).some((k) => k.startsWith(`${event.key} `))) {
        pending = { key: event.key, at: now };
        return;
      }
      const handler = map[event.key];
      if (handler) {
        event.preventDefault();
        handler(event);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

export const SHORTCUT_HELP: { keys: string; what: string }[] = [
  { keys: 'j / k', what: 'next / previous article' },
  { keys: 'n / p', what: 'next / previous quote (in an article)' },
  { keys: '/', what: 'search or filter' },
  { keys: 'g t', what: 'back to the timeline' },
  { keys: '?', what: 'show these shortcuts' },
  { keys: 'Esc', what: 'close' },
];
