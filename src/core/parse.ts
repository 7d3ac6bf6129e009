import type { InputIssue, ParsedArticle } from './model.ts';

export type ParseResult =
  | { ok: true; article: ParsedArticle; warnings: InputIssue[] }
  | { ok: false; errors: InputIssue[] };

const DATE_LINE = /^(\d{4})(\d{2})(\d{2})$/;
/** Share of control or replacement characters above which a file is taken as binary, not text. */
const BINARY_THRESHOLD = 0.1;
/**
 * The longest file read as an article: 4 million characters, some 400 times a long news article and four times the
 * longest line the hostile corpus holds. A larger file is surely not one article (a dump, a log, a mislabelled
 * archive) and would hold a build, or a reader's browser, for long minutes; it is skipped with its size.
 */
export const MAX_ARTICLE_CHARS = 4_000_000;

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 4096);
  if (sample.length === 0) return false;
  let odd = 0;
  for (const ch of sample) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\uFFFD' || (code < 32 && ch !== '\n' && ch !== '\r' && ch !== '\t')) odd++;
  }
  return odd / sample.length > BINARY_THRESHOLD;
}

/**
 * Parse one input file: line 1 the title, line 2 the date (YYYYMMDD), line 3 the source URL, then one
 * sentence per line. Tolerant of what editors and scrapers add (a BOM, CRLF, trailing spaces, blank lines,
 * an upper-case scheme); strict about what must be there. Never throws: any text gives an article or errors.
 *
 * The body keeps each sentence line as written except for a trailing "\r", and drops blank lines, so that
 * offsets agree with the evaluation data's convention.
 */
export function parseArticle(file: string, text: string): ParseResult {
  const errors: InputIssue[] = [];
  const warnings: InputIssue[] = [];
  const fail = (line: number, reason: string): ParseResult => ({ ok: false, errors: [...errors, { file, line, reason }] });

  if (text.length > MAX_ARTICLE_CHARS) {
    return fail(0, `too large to be one article: ${(text.length / 1e6).toFixed(1)} million characters (the limit is ${MAX_ARTICLE_CHARS / 1e6} million)`);
  }
  if (looksBinary(text)) return fail(0, 'not a text file: it contains binary data');
  const lines = text.replace(/^\uFEFF/, '').split('\n').map((line) => line.replace(/\r$/, ''));

  const title = (lines[0] ?? '').trim();
  if (!title) errors.push({ file, line: 1, reason: 'missing title (line 1 is empty)' });

  const dateLine = (lines[1] ?? '').trim();
  let date = '';
  const dateMatch = DATE_LINE.exec(dateLine);
  if (!dateLine) {
    errors.push({ file, line: 2, reason: 'missing date (line 2 should be YYYYMMDD)' });
  } else if (!dateMatch) {
    errors.push({ file, line: 2, reason: `date "${dateLine.slice(0, 40)}" is not YYYYMMDD` });
  } else {
    const [, y, m, d] = dateMatch as unknown as [string, string, string, string];
    if (!isCalendarDate(Number(y), Number(m), Number(d))) {
      errors.push({ file, line: 2, reason: `date ${dateLine} is not a real calendar date` });
    } else {
      date = `${y}-${m}-${d}`;
    }
  }

  const urlLine = (lines[2] ?? '').trim();
  let url = '';
  let linkable = false;
  if (!urlLine) {
    errors.push({ file, line: 3, reason: 'missing source URL (line 3 is empty)' });
  } else {
    try {
      // URL is an ECMAScript-host standard available in Node and browsers alike; it lower-cases the scheme.
      const parsed = new URL(urlLine);
      linkable = parsed.protocol === 'http:' || parsed.protocol === 'https:';
      url = linkable ? parsed.href : urlLine;
      if (!linkable) warnings.push({ file, line: 3, reason: `source URL scheme "${parsed.protocol}" is not http(s); shown as text, not linked` });
    } catch {
      errors.push({ file, line: 3, reason: `source URL "${urlLine.slice(0, 80)}" is not a URL` });
    }
  }

  const sentences = lines.slice(3).filter((line) => line.trim() !== '');
  if (sentences.length === 0) errors.push({ file, line: Math.min(lines.length, 4), reason: 'empty body: no sentence after line 3' });

  const badByte = lines.findIndex((line) => line.includes('\uFFFD'));
  if (badByte !== -1) warnings.push({ file, line: badByte + 1, reason: 'bytes that are not valid UTF-8 are shown as �' });

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    article: { file, title, date, url, linkable, sentences, body: sentences.join('\n') },
    warnings,
  };
}
