import type { SpeakerId } from '../../core/model.ts';
import { speakerStyle } from '../lib/speaker-style.ts';

/** The chosen speakers with `id` added, or taken out if it was there: how every speaker facet toggles. */
export function toggleSpeaker(selected: SpeakerId[], id: SpeakerId): SpeakerId[] {
  return selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id];
}

interface Props {
  id: SpeakerId;
  name: string;
  count: number;
  /** What the count counts, for screen readers: "articles", "matching quotes". */
  countLabel: string;
  checked: boolean;
  onToggle: () => void;
}

/** One speaker in a facet list: a checkbox, their marker shape and colour, their name and a count. */
export function SpeakerCheckbox({ id, name, count, countLabel, checked, onToggle }: Props) {
  const style = speakerStyle(id);
  return (
    <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 hover:bg-stone-200 dark:hover:bg-stone-800">
      <input type="checkbox" checked={checked} onChange={onToggle} />
      <span aria-hidden="true" className={`rounded border px-1 text-xs ${style.className}`}>
        {style.shape}
      </span>
      <span className="min-w-0 flex-1 truncate">{name}</span>
      <span className="text-sm tabular-nums text-stone-700 dark:text-stone-300">
        {count}
        <span className="sr-only"> {countLabel}</span>
      </span>
    </label>
  );
}
