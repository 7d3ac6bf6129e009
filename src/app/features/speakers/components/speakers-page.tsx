import { getRouteApi, Link } from '@tanstack/react-router';
import { useId, useMemo, useRef, useState } from 'react';
import type { SpeakerSummary } from '../../../../core/schema.ts';
import { useCorpusIndex } from '../../../data/corpus-index.ts';
import { formatDate, plural } from '../../../lib/format.ts';
import { countKinds, filterSpeakers, SPEAKER_KIND_CHOICES, SPEAKER_SORTS, type SpeakerDirectorySearch, type SpeakerSort } from '../lib/speaker-search.ts';
import { SPEAKER_KIND_LABEL } from '../../../lib/quote-speakers.ts';
import { speakerStyle } from '../../../lib/speaker-style.ts';
import { useWindowList } from '../../../lib/window-list.ts';
import { useAppReady } from '../../../lib/app-ready.ts';
import { useUpdateSearch } from '../../../lib/routing.ts';

const route = getRouteApi('/speakers');

function SpeakerRow({ speaker }: { speaker: SpeakerSummary }) {
  const style = speakerStyle(speaker.id);
  const role = speaker.roles[speaker.roles.length - 1]?.role;
  return (
    <div className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5 border-b border-stone-200 px-2 py-2 dark:border-stone-800" data-speaker-id={speaker.id}>
      <span aria-hidden="true" className={`rounded border px-1 text-xs ${style.className}`}>
        {style.shape}
      </span>
      <Link to="/speakers/$speakerId" params={{ speakerId: speaker.id }} className="font-semibold text-sky-900 underline-offset-2 hover:underline dark:text-sky-200">
        {speaker.name}
      </Link>
      <span className="text-sm text-stone-700 dark:text-stone-300">
        {SPEAKER_KIND_LABEL[speaker.kind].toLowerCase()}
        {role ? ` · ${role}` : ''}
      </span>
      <span className="ml-auto text-sm tabular-nums text-stone-800 dark:text-stone-200">
        {plural(speaker.quoteCount, 'quote')} · {plural(speaker.articleCount, 'article')} · first seen{' '}
        <time dateTime={speaker.firstSeen}>{formatDate(speaker.firstSeen)}</time>
      </span>
    </div>
  );
}

/** Every speaker in the corpus: searchable, sortable, virtualised so thousands of rows stay fast. */
export function SpeakersPage() {
  useAppReady();
  const index = useCorpusIndex();
  const search = route.useSearch();
  const searchId = useId();
  const sortId = useId();
  const speakers = useMemo(() => filterSpeakers(index.speakers, search), [index, search]);
  const kindCounts = useMemo(() => countKinds(index.speakers, search.q), [index, search.q]);
  const kindId = useId();
  const kindChoices = [{ value: undefined, label: 'All kinds', count: SPEAKER_KIND_CHOICES.reduce((n, k) => n + kindCounts[k.value], 0) }, ...SPEAKER_KIND_CHOICES.map((k) => ({ ...k, count: kindCounts[k.value] }))];
  const kindLabel = SPEAKER_KIND_CHOICES.find((k) => k.value === search.kind)?.label;

  // The box follows the URL, and typing updates the URL (replacing, so Back leaves the directory).
  // When the URL's query changes (a link, Back), the box shows it: set during render, not in an effect, so
  // the box never shows the old text for a frame.
  const [draft, setDraft] = useState(search.q ?? '');
  const [draftOf, setDraftOf] = useState(search.q);
  if (draftOf !== search.q) {
    setDraftOf(search.q);
    setDraft(search.q ?? '');
  }
  const setSearch = useUpdateSearch<SpeakerDirectorySearch>();

  const rowsRef = useRef<HTMLUListElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const virtualizer = useWindowList(listRef, rowsRef, {
    count: speakers.length,
    estimateSize: () => 44,
    overscan: 4,
    getItemKey: (i) => speakers[i]?.id ?? i,
  });
  const items = virtualizer.getVirtualItems();

  return (
    <section aria-labelledby="speakers-title" className="max-w-4xl">
      <h1 id="speakers-title" className="text-2xl font-semibold">
        Speakers
      </h1>
      <div className="mt-4 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor={searchId} className="block text-sm font-semibold">
            Find a speaker
          </label>
          <input
            id={searchId}
            type="search"
            value={draft}
            placeholder="Name or alias"
            onChange={(e) => {
              setDraft(e.target.value);
              setSearch({ q: e.target.value.trim() || undefined });
            }}
            className="mt-1 w-64 rounded border border-stone-400 bg-white px-2 py-1 dark:border-stone-600 dark:bg-stone-900"
          />
        </div>
        <div>
          <label htmlFor={sortId} className="block text-sm font-semibold">
            Sort by
          </label>
          <select
            id={sortId}
            value={search.sort ?? 'count'}
            onChange={(e) => {
              const value = e.target.value as SpeakerSort;
              setSearch({ sort: value === 'count' ? undefined : value });
            }}
            className="mt-1 rounded border border-stone-400 bg-white px-2 py-1 dark:border-stone-600 dark:bg-stone-900"
          >
            {SPEAKER_SORTS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={kindId} className="block text-sm font-semibold">
            Kind
          </label>
          <select
            id={kindId}
            value={search.kind ?? ''}
            onChange={(e) => {
              const value = e.target.value;
              setSearch({ kind: SPEAKER_KIND_CHOICES.find((k) => k.value === value)?.value });
            }}
            className="mt-1 rounded border border-stone-400 bg-white px-2 py-1 dark:border-stone-600 dark:bg-stone-900"
          >
            {kindChoices.map((choice) => (
              <option key={choice.value ?? 'all'} value={choice.value ?? ''}>
                {`${choice.label} (${choice.count.toLocaleString('en')})`}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p role="status" className="mt-4 mb-2 text-stone-700 dark:text-stone-300">
        {plural(speakers.length, 'speaker')}
        {kindLabel ? ` · ${kindLabel.toLowerCase()}` : ''}
        {search.q ? ` matching “${search.q}”` : ''}
      </p>
      {speakers.length === 0 && (
        <p className="rounded border border-stone-300 p-4 dark:border-stone-700">
          No speaker matches.{' '}
          <button type="button" className="font-medium text-sky-800 underline dark:text-sky-300" onClick={() => setSearch({ q: undefined, kind: undefined })}>
            Show every speaker
          </button>
        </p>
      )}
      <div ref={listRef}>
        <ul ref={rowsRef} aria-label="Speakers">
          {items.map((item) => {
            const speaker = speakers[item.index];
            if (!speaker) return null;
            return (
              <li key={item.key} data-index={item.index} ref={virtualizer.measureElement}>
                <SpeakerRow speaker={speaker} />
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
