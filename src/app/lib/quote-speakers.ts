import type { SpeakerId, SpeakerKind } from '../../core/model.ts';
import { isJoint, quoteSpeakers } from '../../core/quote-speakers.ts';
import type { PublishedQuote } from '../../core/schema.ts';

export { isJoint, quoteSpeakers };
export type { QuoteSpeaker } from '../../core/quote-speakers.ts';

/** Whether any of the quote's speakers is chosen; every quote is, when none is. */
export function quoteHasSpeaker(quote: PublishedQuote, chosen: ReadonlySet<SpeakerId>): boolean {
  return chosen.size === 0 || quoteSpeakers(quote).some((s) => chosen.has(s.id));
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** What a quote with no speaker is called everywhere in the app. */
export const UNATTRIBUTED = 'Unattributed';

/** Each kind as a reader names it, singular: on a speaker's page and in the directory. */
export const SPEAKER_KIND_LABEL: Record<SpeakerKind, string> = {
  person: 'Person',
  organisation: 'Organisation',
  group: 'Group',
  document: 'Document',
  anonymous: 'Unnamed sources',
};
