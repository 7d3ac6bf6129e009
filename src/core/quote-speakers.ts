import type { SpeakerId } from './model.ts';
import type { PublishedQuote } from './schema.ts';

export interface QuoteSpeaker {
  id: SpeakerId;
  /** The name the article uses here. */
  name: string;
}

/**
 * Everyone a quote belongs to: its speaker, then the other named members of a group quote ("the two leaders" →
 * Joe Biden, then Aiko Tanabe). Empty for an unattributed quote. A joint quote counts for, is listed on the page of,
 * is shown under the filter of, and is stepped through for each of them: publishing and the app both ask here.
 */
export function quoteSpeakers(quote: PublishedQuote): QuoteSpeaker[] {
  if (!quote.speaker) return [];
  const all = [{ id: quote.speaker.id, name: quote.speaker.name }, ...(quote.speaker.joint ?? [])];
  // Two names of a group can be one person once identity has merged them: they are one speaker of the quote.
  return all.length > 2 ? all.filter((s, i) => all.findIndex((o) => o.id === s.id) === i) : all;
}

export const isJoint = (quote: PublishedQuote): boolean => (quote.speaker?.joint?.length ?? 0) > 0;
