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
  return [{ id: quote.speaker.id, name: quote.speaker.name }, ...(quote.speaker.joint ?? [])];
}

export const isJoint = (quote: PublishedQuote): boolean => (quote.speaker?.joint?.length ?? 0) > 0;
