import type { SpeakerKind } from '../../../../core/model.ts';
import { SPEAKER_KINDS, type SpeakerSummary } from '../../../../core/schema.ts';
import { compareNamesLoosely } from '../../../lib/collate.ts';
import { speakerMatcher } from '../../../lib/speaker-match.ts';

/** The speaker directory's view, in the URL: `/speakers?sort=name&q=bid&kind=document`. */
export type SpeakerSort = 'count' | 'name' | 'first';

export interface SpeakerDirectorySearch {
  /** Absent means the default, most quoted first. */
  sort?: Exclude<SpeakerSort, 'count'>;
  q?: string;
  /** Only speakers of this kind; absent means every kind. */
  kind?: SpeakerKind;
}

/** The kind filter's choices in the order a reader looks for them, each with its label in the plural. */
export const SPEAKER_KIND_CHOICES: { value: SpeakerKind; label: string }[] = [
  { value: 'person', label: 'People' },
  { value: 'organisation', label: 'Organisations' },
  { value: 'group', label: 'Groups' },
  { value: 'document', label: 'Documents' },
  { value: 'anonymous', label: 'Unnamed sources' },
];

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
  const kind = (SPEAKER_KINDS as readonly unknown[]).includes(raw.kind) ? (raw.kind as SpeakerKind) : undefined;
  return { sort, q: q || undefined, kind };
}

/** How many speakers of each kind match the query (the kind filter aside): the counts beside the kind filter. */
export function countKinds(speakers: SpeakerSummary[], q: string | undefined): Record<SpeakerKind, number> {
  const counts = Object.fromEntries(SPEAKER_KINDS.map((k) => [k, 0])) as Record<SpeakerKind, number>;
  const matches = q ? speakerMatcher(q) : () => true;
  for (const s of speakers) if (matches(s)) counts[s.kind]++;
  return counts;
}

/**
 * Speakers of the chosen kind whose name or any alias contains the query (case and accents ignored), in the
 * chosen order.
 */
export function filterSpeakers(speakers: SpeakerSummary[], search: SpeakerDirectorySearch): SpeakerSummary[] {
  const matches = search.q ? speakerMatcher(search.q) : null;
  const matching = matches || search.kind ? speakers.filter((s) => (!search.kind || s.kind === search.kind) && (!matches || matches(s))) : [...speakers];
  const byName = (a: SpeakerSummary, b: SpeakerSummary) => compareNamesLoosely(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const byCount = (a: SpeakerSummary, b: SpeakerSummary) => b.quoteCount - a.quoteCount || b.articleCount - a.articleCount || byName(a, b);
  const byFirst = (a: SpeakerSummary, b: SpeakerSummary) => (a.firstSeen !== b.firstSeen ? (a.firstSeen < b.firstSeen ? -1 : 1) : byCount(a, b));
  return matching.sort(search.sort === 'name' ? byName : search.sort === 'first' ? byFirst : byCount);
}
