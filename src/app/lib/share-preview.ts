import type { QuoteId } from '../../core/model.ts';
import { quoteText } from '../../core/quote-text.ts';
import type { PublishedArticle, PublishedQuote, SpeakerPage } from '../../core/schema.ts';
import { creditFor } from './credits.ts';
import { formatDate, plural } from './format.ts';
import { SPEAKER_KIND_LABEL, UNATTRIBUTED } from './quote-speakers.ts';

/**
 * What a page says about itself where it is not on screen: the browser tab, a search result, the preview a chat or
 * a post shows for its link. A route's loader returns its view's, the app keeps the document's title to it, and a
 * page built ahead of time carries all of it in its head (pipeline/page-head.ts), with its card.
 */
export interface SharePreview {
  title: string;
  description: string;
  /** Open Graph's kind of page. */
  type: 'website' | 'article' | 'profile';
  /** The picture a link preview shows, drawn at build time (pipeline/cards.ts); absent: the site's own card. */
  card?: Card;
}

/** The words on a card, and the page it is for: its file is `cards/<kind>s/<id>.png` (see cardPath). */
export type Card =
  | { kind: 'quote'; id: QuoteId; article: string; quote: string; speaker: string; title: string; date: string; source: string; credit: string | null }
  | { kind: 'article'; id: string; title: string; date: string; source: string; quotes: string; credit: string | null }
  | { kind: 'speaker'; id: string; name: string; what: string; dates: string };

/** Where a card is published, relative to the site root; ids are slugs and hashes, safe in a path. */
export const cardPath = (card: Pick<Card, 'kind' | 'id'> | null): string => (card ? `cards/${card.kind}s/${card.id}.png` : 'cards/site.png');

export const SITE_NAME = 'Quoteline';
export const SITE_DESCRIPTION = 'Quoteline: read the news by who said what, and when.';

/** The browser tab's title: the view's, then the site's name. */
export const documentTitle = (preview: SharePreview): string =>
  preview.title === SITE_NAME || preview.title.endsWith(` · ${SITE_NAME}`) ? preview.title : `${preview.title} · ${SITE_NAME}`;

/** The pages without data of their own (the timeline, the directory, search, About): the site's card. */
export const sitePreview = (title: string): SharePreview => ({
  title: title === SITE_NAME ? SITE_NAME : `${title} · ${SITE_NAME}`,
  description: SITE_DESCRIPTION,
  type: 'website',
});

/** At most `max` characters, cut at a word with an ellipsis: a preview shows a line or two, not an article. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:…-]+$/, '')}…`;
}

/** A licence's credit as plain text ("Wikinews contributors, en.wikinews.org, CC BY 2.5"), for text shown off the page. */
export function creditText(source: string): string | null {
  const credit = creditFor(source);
  return credit?.licence ? `${credit.text}, ${credit.licence.name}` : null;
}

const QUOTE_MARKS = /^[\s"“”‘’'`«»]+|[\s"“”‘’'`«»]+$/g;
const sourceOf = (article: PublishedArticle) => article.source || 'source not linked';
const withCredit = (text: string, source: string) => {
  const credit = creditText(source);
  return credit ? `${text} Text: ${credit}.` : text;
};

/** An article: its title, and its first sentence with its date and source. */
export function articlePreview(article: PublishedArticle): SharePreview {
  const first = article.body.split('\n').find((line) => line.trim()) ?? '';
  const when = `${formatDate(article.date)}, ${sourceOf(article)}.`;
  return {
    title: article.title,
    description: withCredit(`${when} ${clip(first, 200)}`, article.source),
    type: 'article',
    card: {
      kind: 'article',
      id: article.id,
      title: article.title,
      date: formatDate(article.date),
      source: sourceOf(article),
      quotes: plural(article.quotes.length, 'quote'),
      credit: creditText(article.source),
    },
  };
}

/** One quote: `Speaker: “the quote…”`, from its article, of its date. `speaker` is the name the app shows. */
export function quotePreview(article: PublishedArticle, quote: PublishedQuote, speaker: string | null): SharePreview {
  const words = quoteText(article.body, quote).replace(QUOTE_MARKS, '');
  const who = speaker ?? UNATTRIBUTED;
  return {
    title: `${who}: “${clip(words, 110)}”`,
    description: withCredit(`In “${article.title}”, ${formatDate(article.date)}, ${sourceOf(article)}.`, article.source),
    type: 'article',
    card: {
      kind: 'quote',
      id: quote.id,
      article: article.id,
      quote: clip(words, 280),
      speaker: who,
      title: article.title,
      date: formatDate(article.date),
      source: sourceOf(article),
      credit: creditText(article.source),
    },
  };
}

/** A speaker: their name, kind, how often and over which dates they are quoted. */
export function speakerPreview(page: SpeakerPage): SharePreview {
  const { speaker } = page;
  const dates = speaker.firstSeen === speaker.lastSeen ? formatDate(speaker.firstSeen) : `${formatDate(speaker.firstSeen)} to ${formatDate(speaker.lastSeen)}`;
  const what = `${SPEAKER_KIND_LABEL[speaker.kind]}, ${plural(speaker.quoteCount, 'quote')} in ${plural(speaker.articleCount, 'article')}`;
  return {
    title: speaker.name,
    description: `${what}, ${dates}.`,
    type: 'profile',
    card: { kind: 'speaker', id: speaker.id, name: speaker.name, what, dates },
  };
}
