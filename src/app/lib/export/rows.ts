import type { SpeakerId, SpeakerKind } from '../../../core/model.ts';
import { quoteText } from '../../../core/quote-text.ts';
import type { PublishedArticle, PublishedQuote } from '../../../core/schema.ts';
import { quoteSpeakers } from '../quote-speakers.ts';

/**
 * The columns of an export, in order: the CSV header and the keys of each JSON Lines record. snake_case so that a
 * notebook (pandas, R) can use them as names as they are.
 */
export const EXPORT_COLUMNS = ['quote', 'speaker', 'role', 'speaker_kind', 'quote_kind', 'article_title', 'date', 'source_url', 'link'] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string>;

/** Between the speakers of a joint quote, in the speaker and speaker_kind columns: a spreadsheet can split on it. */
export const SPEAKER_SEPARATOR = '; ';

/** What a row needs beyond the article: the speakers' names and kinds as the corpus knows them, and the site's address. */
export interface RowContext {
  speakerById: ReadonlyMap<SpeakerId, { name: string; kind: SpeakerKind }>;
  /** The app's address, ending in "/" (`https://example.org/`): deep links are absolute so they work outside the app. */
  linkBase: string;
}

/**
 * One row per quote, as the reader sees it in the article: a joint quote is one row naming all its speakers (the
 * speaker page and a speaker filter list it once too), never one row per speaker. An unattributed quote has an
 * empty speaker, role and speaker kind. The role is the one the article gives the first speaker there.
 */
export function exportRow(article: PublishedArticle, quote: PublishedQuote, context: RowContext): ExportRow {
  const speakers = quoteSpeakers(quote).map((s) => context.speakerById.get(s.id) ?? { name: s.name, kind: null });
  return {
    quote: quoteText(article.body, quote),
    speaker: speakers.map((s) => s.name).join(SPEAKER_SEPARATOR),
    role: quote.speaker?.role ?? '',
    speaker_kind: speakers.map((s) => s.kind ?? '').join(SPEAKER_SEPARATOR),
    quote_kind: quote.kind,
    article_title: article.title,
    date: article.date,
    source_url: article.url,
    link: `${context.linkBase}articles/${article.id}?quote=${quote.id}`,
  };
}
