import type { SpeakerSummary } from '../../../../core/schema.ts';
import { compareNamesLoosely } from '../../../lib/collate.ts';
import { speakerMatcher } from '../../../lib/speaker-match.ts';

/** The speaker directory's view, in the URL: `/speakers?sort=name&q=bid`. */
export type SpeakerSort = 'count' | 'name' | 'first';

export interface SpeakerDirectorySearch {
  /** Absent means the default, most quoted first. */
  sort?: Exclude<SpeakerSort, 'count'>;
  q?: string;
}

export const SPEAKER_SORTS: { value: SpeakerSort; label: string }[] = [
  { value: 'count', label: 'Most quoted' },
  { value: 'name', label: 'Name' },
  { value: 'first', label: 'First seen' },
];

const QUERY_MAX = 80;

/** Every key is returned, undefined when absent, malformed or the default, so a pasted link is never trusted. */
export function validateSpeakerDirectorySearch(raw: Record<string, unknown>): SpeakerDirectorySearch {
  const sort = raw.sort === 'name' || raw.sort === 'first' ? raw.sort : undefined;
  const q = typeof raw.q === 'string' || typeof raw.q === 'number' ? String(raw.q).replace(/\s+/g, ' ').trim().slice(0, QUERY_MAX) : '';
  return { sort, q: q || undefined };
}

/** Speakers whose name or any alias contains the query (case and accents ignored), in the chosen order. */
export function filterSpeakers(speakers: SpeakerSummary[], search: SpeakerDirectorySearch): SpeakerSummary[] {
  const matching = search.q ? speakers.filter(speakerMatcher(search.q)) : [...speakers];
  const byName = (a: SpeakerSummary, b: SpeakerSummary) => compareNamesLoosely(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const byCount = (a: SpeakerSummary, b: SpeakerSummary) => b.quoteCount - a.quoteCount || b.articleCount - a.articleCount || byName(a, b);
  const byFirst = (a: SpeakerSummary, b: SpeakerSummary) => (a.firstSeen !== b.firstSeen ? (a.firstSeen < b.firstSeen ? -1 : 1) : byCount(a, b));
  return matching.sort(search.sort === 'name' ? byName : search.sort === 'first' ? byFirst : byCount);
}
