/**
 * "Copy with citation": a news article on the web, and a quote from one, cited in APA (7th edition), MLA (9th
 * edition) and Chicago (17th edition, bibliography entry). Articles here have no byline, so each style's rule for
 * an unsigned web news article applies: APA moves the title to the author's place; MLA starts with the title and
 * adds the date the reader accessed it; Chicago puts the publication (the site) in the author's place. Plain text:
 * the italics the styles ask for (APA's title, the site in MLA and Chicago) cannot travel through the clipboard.
 */
import { joinNames } from './quote-speakers.ts';

export type CitationStyle = 'apa' | 'mla' | 'chicago';

export const CITATION_STYLES: readonly { style: CitationStyle; label: string }[] = [
  { style: 'apa', label: 'APA' },
  { style: 'mla', label: 'MLA' },
  { style: 'chicago', label: 'Chicago' },
];

export interface CitedArticle {
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  url: string;
  /** Whether the URL is http(s): any other is left out of a citation, as it is never linked. */
  linkable: boolean;
  /** Host name of the URL ("whitehouse.gov"), "" when not http(s). */
  source: string;
}

export interface CitedQuote {
  text: string;
  /** Everyone it is attributed to (several for a joint quote); empty when unattributed. */
  speakers: readonly string[];
  /** An indirect quote is the article's words about what was said: it is cited without quotation marks. */
  indirect: boolean;
}

/** The names sites go by, for the hosts of the bundled corpus; any other site is named by its host. */
const SITE_NAMES: readonly { host: string; name: string }[] = [
  { host: 'whitehouse.gov', name: 'The White House' },
  { host: 'wikinews.org', name: 'Wikinews' },
  { host: 'ce.cn', name: 'China Economic Net' },
];

export function siteName(source: string): string {
  const host = source.toLowerCase().replace(/^www\./, '');
  return SITE_NAMES.find((s) => host === s.host || host.endsWith(`.${s.host}`))?.name ?? host;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** MLA abbreviates months longer than four letters. */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function parts(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month: month - 1, day };
}

/** The reader's day of access as YYYY-MM-DD, in their own calendar. */
export function accessDay(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** "Title." but "Title?" and "Title!": a title's own final mark stands in for the style's period. */
function closed(title: string, mark = '.'): string {
  const trimmed = title.trim();
  return /[.?!]$/.test(trimmed) ? trimmed : `${trimmed}${mark}`;
}

function apa(article: CitedArticle): string {
  const { year, month, day } = parts(article.date);
  const site = article.source ? ` ${closed(siteName(article.source))}` : '';
  const url = article.linkable ? ` ${article.url}` : '';
  return `${closed(article.title)} (${year}, ${MONTHS[month]} ${day}).${site}${url}`;
}

function mla(article: CitedArticle, accessed: string): string {
  const published = parts(article.date);
  const seen = parts(accessed);
  const site = article.source ? `${siteName(article.source)}, ` : '';
  // MLA 9 leaves out the scheme (http://, https://) of a URL.
  const url = article.linkable ? `, ${article.url.replace(/^https?:\/\//i, '')}` : '';
  return `“${closed(article.title)}” ${site}${published.day} ${MLA_MONTHS[published.month]} ${published.year}${url}. Accessed ${seen.day} ${MLA_MONTHS[seen.month]} ${seen.year}.`;
}

function chicago(article: CitedArticle): string {
  const { year, month, day } = parts(article.date);
  const site = article.source ? `${closed(siteName(article.source))} ` : '';
  const url = article.linkable ? ` ${closed(article.url)}` : '';
  return `${site}“${closed(article.title)}” ${MONTHS[month]} ${day}, ${year}.${url}`;
}

/** The article's citation in `style`; `accessed` (YYYY-MM-DD) is the day the reader read it, which MLA asks for. */
export function citeArticle(style: CitationStyle, article: CitedArticle, accessed: string): string {
  if (style === 'apa') return apa(article);
  if (style === 'mla') return mla(article, accessed);
  return chicago(article);
}

/** Marks the quote's own text may start or end with: the citation sets its own. */
const EDGE_MARKS = /^[\s"“”‘’'`«»]+|[\s"“”‘’'`«»,;:]+$/g;

/**
 * The quote (in quotation marks when direct), who said it, then the article's citation:
 * `“We will act.” (Joe Biden) The White House. “Remarks …” March 5, 2021. https://….`
 */
export function citeQuote(style: CitationStyle, quote: CitedQuote, article: CitedArticle, accessed: string): string {
  const words = quote.text.replace(/\s+/g, ' ').replace(EDGE_MARKS, '');
  const said = quote.indirect ? words : `“${words}”`;
  const who = quote.speakers.length ? ` (${joinNames(quote.speakers)})` : '';
  return `${said}${who} ${citeArticle(style, article, accessed)}`;
}
