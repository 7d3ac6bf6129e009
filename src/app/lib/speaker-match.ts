import { foldText } from '../../core/fold.ts';
import type { SpeakerSummary } from '../../core/schema.ts';

/**
 * Whether a speaker's name or any alias contains the query, case and accents ignored: the one test of the
 * speaker directory's search and the timeline's speaker box. An empty query matches everyone.
 */
export function speakerMatcher(query: string): (speaker: SpeakerSummary) => boolean {
  const q = foldText(query.trim());
  if (!q) return () => true;
  return (speaker) => foldText(speaker.name).includes(q) || speaker.aliases.some((alias) => foldText(alias).includes(q));
}
