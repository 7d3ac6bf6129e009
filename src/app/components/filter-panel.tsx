import { useId, useState, type ReactNode } from 'react';

/**
 * The filters beside a list. Wide screens always show them; narrow ones fold them behind a button, where they
 * would push the list below the fold (and, appearing as the results do, push it down under the reader's eyes).
 * Which is which is decided by CSS, so a page built ahead of time is the same before and after the script runs.
 */
export function FilterPanel({ label, active, children }: { label: string; active: boolean; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="md:contents">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
        className="w-full rounded border border-stone-400 px-3 py-2 text-left font-semibold md:hidden dark:border-stone-500"
      >
        Filters{active ? ' (active)' : ''}
      </button>
      <aside id={panelId} aria-label={label} className={`${open ? 'mt-3' : 'hidden'} space-y-6 md:mt-0 md:block`}>
        {children}
      </aside>
    </div>
  );
}
