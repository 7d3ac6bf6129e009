import type { SpeakerId } from './model.ts';
import type { ArticleSummary } from './schema.ts';

/**
 * An article's quotes per speaker, as the index carries them (ArticleSummary.speakerQuotes): the counts of its
 * speakers in order, with the ones at the end left out. Speakers are listed most quoted first, so the list holds
 * only the counts above one, and an article that quotes each speaker once (most of them) has an empty list.
 */
export function compactSpeakerQuotes(counts: readonly number[]): number[] {
  let end = counts.length;
  while (end > 0 && counts[end - 1] === 1) end--;
  return counts.slice(0, end);
}

/** The quotes of the speaker at `position` in the article's `speakers`. */
export const quotesByPosition = (article: Pick<ArticleSummary, 'speakerQuotes'>, position: number): number => article.speakerQuotes[position] ?? 1;

/** The quotes of `speaker` in the article: 0 when it does not quote them. */
export function quotesBy(article: Pick<ArticleSummary, 'speakers' | 'speakerQuotes'>, speaker: SpeakerId): number {
  const position = article.speakers.indexOf(speaker);
  return position < 0 ? 0 : quotesByPosition(article, position);
}
