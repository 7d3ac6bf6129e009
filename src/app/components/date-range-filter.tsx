import { memo, useId } from 'react';

interface Props {
  from: string | undefined;
  to: string | undefined;
  min: string | null;
  max: string | null;
  onChange: (range: { from: string | undefined; to: string | undefined }) => void;
}

const input =
  'rounded border border-stone-400 bg-white px-2 py-1 text-stone-900 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100';

export const DateRangeFilter = memo(function DateRangeFilter({ from, to, min, max, onChange }: Props) {
  const fromId = useId();
  const toId = useId();
  return (
    <fieldset className="flex flex-wrap items-end gap-3">
      <legend className="mb-1 text-sm font-semibold">Date range</legend>
      <div className="flex flex-col">
        <label htmlFor={fromId} className="text-sm">
          From
        </label>
        <input
          id={fromId}
          type="date"
          className={input}
          value={from ?? ''}
          min={min ?? undefined}
          max={to ?? max ?? undefined}
          onChange={(e) => onChange({ from: e.target.value || undefined, to })}
        />
      </div>
      <div className="flex flex-col">
        <label htmlFor={toId} className="text-sm">
          To
        </label>
        <input
          id={toId}
          type="date"
          className={input}
          value={to ?? ''}
          min={from ?? min ?? undefined}
          max={max ?? undefined}
          onChange={(e) => onChange({ from, to: e.target.value || undefined })}
        />
      </div>
    </fieldset>
  );
});
