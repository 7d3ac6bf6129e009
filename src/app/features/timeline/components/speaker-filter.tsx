import { memo, useId, useMemo, useState } from 'react';
import type { SpeakerId } from '../../../../core/model.ts';
import type { SpeakerSummary } from '../../../../core/schema.ts';
import { SpeakerCheckbox, toggleSpeaker } from '../../../components/speaker-checkbox.tsx';
import { compareNames } from '../../../lib/collate.ts';
import { speakerMatcher } from '../../../lib/speaker-match.ts';

interface Props {
  speakers: SpeakerSummary[];
  /** Articles per speaker under the other filters (the date range). */
  counts: Map<SpeakerId, number>;
  selected: SpeakerId[];
  onChange: (selected: SpeakerId[]) => void;
}

const SHOWN = 12;

/** A searchable, multi-select list of speakers with article counts that follow the date range. */
export const SpeakerFilter = memo(function SpeakerFilter({ speakers, counts, selected, onChange }: Props) {
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState(false);
  const searchId = useId();
  const chosen = useMemo(() => new Set(selected), [selected]);

  const visible = useMemo(() => {
    const q = query.trim();
    const matches = speakerMatcher(q);
    const matching = speakers
      .filter((s) => chosen.has(s.id) || ((counts.get(s.id) ?? 0) > 0 && matches(s)))
      .sort((a, b) => Number(chosen.has(b.id)) - Number(chosen.has(a.id)) || (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || compareNames(a.name, b.name));
    return expanded || q ? matching.slice(0, 200) : matching.slice(0, Math.max(SHOWN, chosen.size));
  }, [speakers, counts, chosen, query, expanded]);

  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 text-sm font-semibold">Speakers</legend>
      <label htmlFor={searchId} className="sr-only">
        Find a speaker
      </label>
      <input
        id={searchId}
        type="search"
        data-shortcut="search"
        placeholder="Find a speaker"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        className="mb-2 w-full rounded border border-stone-400 bg-white px-2 py-1 dark:border-stone-600 dark:bg-stone-900"
      />
      <ul className="max-h-96 space-y-0.5 overflow-y-auto" aria-label="Speakers by number of articles">
        {visible.map((speaker) => (
          <li key={speaker.id}>
            <SpeakerCheckbox
              id={speaker.id}
              name={speaker.name}
              count={counts.get(speaker.id) ?? 0}
              countLabel="articles"
              checked={chosen.has(speaker.id)}
              onToggle={() => onChange(toggleSpeaker(selected, speaker.id))}
            />
          </li>
        ))}
      </ul>
      {!query && !expanded && visible.length >= SHOWN && (
        <button type="button" className="mt-1 text-sm font-medium text-sky-800 underline dark:text-sky-300" onClick={() => setExpanded(true)}>
          Show more speakers
        </button>
      )}
      {selected.length > 0 && (
        <button type="button" className="mt-1 ml-3 text-sm font-medium text-sky-800 underline dark:text-sky-300" onClick={() => onChange([])}>
          Clear speakers
        </button>
      )}
    </fieldset>
  );
});
