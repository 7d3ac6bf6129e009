import { forwardRef } from 'react';
import { SHORTCUT_HELP } from '../lib/shortcuts.ts';

/** The list of keyboard shortcuts, as a native modal dialog (Esc closes it, focus returns where it was). */
export const ShortcutsDialog = forwardRef<HTMLDialogElement>(function ShortcutsDialog(_props, ref) {
  return (
    <dialog
      ref={ref}
      aria-labelledby="shortcuts-title"
      className="m-auto rounded-lg border border-stone-400 bg-white p-6 text-stone-900 shadow-xl backdrop:bg-black/40 dark:border-stone-500 dark:bg-stone-900 dark:text-stone-100"
    >
      <h2 id="shortcuts-title" className="text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        {SHORTCUT_HELP.map((s) => (
          <div key={s.keys} className="contents">
            <dt>
              <kbd className="rounded border border-stone-400 px-1.5 font-mono text-sm dark:border-stone-500">{s.keys}</kbd>
            </dt>
            <dd>{s.what}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-4">
        <button type="submit" className="rounded bg-sky-800 px-3 py-1.5 font-medium text-white hover:bg-sky-900">
          Close
        </button>
      </form>
    </dialog>
  );
});
