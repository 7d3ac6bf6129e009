import { useState } from 'react';
import type { SpeakerId } from '../../../../core/model.ts';
import { SpeakerCheckbox, toggleSpeaker } from '../../../components/speaker-checkbox.tsx';
import type { LoadedIndex } from '../../../data/corpus-index.ts';
import { compareNames } from '../../../lib/collate.ts';
import { linkButton } from './styles.ts';

const FACETS_SHOWN = 12;

interface Props {
  counts: Map<SpeakerId, number>;
  selected: SpeakerId[];
  index: LoadedIndex;
  onChange: (ids: SpeakerId[]) => void;
}

/** The speakers of the matching quotes, most matches first, to narrow the results to some of them. */
export function SpeakerFacets({ counts, selected, index, onChange }: Props) {
  const [expanded, setExpanded] = useState(false);
  const chosen = new Set(selected);
  const all = [...new Set([...selected, ...counts.keys()])]
    .map((id) => ({ id, name: index.speakerById.get(id)?.name ?? id, count: counts.get(id) ?? 0 }))
    .sort((a, b) => Number(chosen.has(b.id)) - Number(chosen.has(a.id)) || b.count - a.count || compareNames(a.name, b.name));
  const shown = expanded ? all : all.slice(0, Math.max(FACETS_SHOWN, selected.length));
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 text-sm font-semibold">Speakers quoted</legend>
      {all.length === 0 ? (
        <p className="text-sm text-stone-700 dark:text-stone-300">No matching quote names a speaker.</p>
      ) : (
        <ul className="space-y-0.5" aria-label="Speakers by number of matching quotes">
          {shown.map((s) => (
            <li key={s.id}>
              <SpeakerCheckbox
                id={s.id}
                name={s.name}
                count={s.count}
                countLabel="matching quotes"
                checked={chosen.has(s.id)}
                onToggle={() => onChange(toggleSpeaker(selected, s.id))}
              />
            </li>
          ))}
        </ul>
      )}
      {!expanded && all.length > shown.length && (
        <button type="button" className={`mt-1 ${linkButton}`} onClick={() => setExpanded(true)}>
          Show all {all.length} speakers
        </button>
      )}
      {selected.length > 0 && (
        <button type="button" className={`mt-1 ml-3 ${linkButton}`} onClick={() => onChange([])}>
          Clear speakers
        </button>
      )}
    </fieldset>
  );
}
