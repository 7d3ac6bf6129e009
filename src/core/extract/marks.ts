/**
 * Quotation-mark pairing. Double marks of every style are paired in one left-to-right pass:
 * straight ("), curly (“ ”), low (&bdquo;), guillemets (« »), and the doubled ASCII styles `` and ''.
 * Single quotes are left alone: ’ doubles as the apostrophe, and single-quoted text nests inside doubles.
 *
 * A quotation may run over several lines (one sentence per line). A follow-on paragraph opens with a mark
 * while the previous paragraph's quotation was never closed: the previous one then ends at its line's end.
 */

export interface Quotation {
  /** Index of the opening mark. */
  start: number;
  /** Index just past the closing mark (or past the last character when it was never closed). */
  end: number;
  /** Whether a closing mark was found. */
  closed: boolean;
}

/** A quotation left open longer than this is taken as a stray mark and closed at its own line's end. */
const MAX_OPEN_CHARS = 6000;

type MarkRole = 'open' | 'close' | 'either';

interface Mark {
  at: number;
  len: number;
  role: MarkRole;
}

const isSpace = (ch: string | undefined): boolean => ch === undefined || ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0';
const OPEN_BEFORE = new Set([' ', '\n', '\t', '(', '[', '{', '—', '–', '-', ':', ',', '\u00a0', '/']);

/** Classify the mark at i, if any. */
function markAt(text: string, i: number): Mark | null {
  const ch = text[i];
  switch (ch) {
    case '“':
    case '„':
    case '«':
      return { at: i, len: 1, role: 'open' };
    case '”':
    case '»': {
      // ” written as an opener (a common typesetting slip): after a space and before a letter
      const before = i > 0 ? text[i - 1] : undefined;
      const after = text[i + 1];
      if ((before === undefined || OPEN_BEFORE.has(before)) && !isSpace(after)) return { at: i, len: 1, role: 'either' };
      return { at: i, len: 1, role: 'close' };
    }
    case '`':
      return text[i + 1] === '`' ? { at: i, len: 2, role: 'open' } : null;
    case "'":
      return text[i + 1] === "'" ? { at: i, len: 2, role: 'either' } : null;
    case '"': {
      const before = i > 0 ? text[i - 1] : undefined;
      const after = text[i + 1];
      const openish = (before === undefined || OPEN_BEFORE.has(before)) && !isSpace(after);
      const closeish = !isSpace(before) && (isSpace(after) || /[.,;:!?)\]\u2014\u2013-]/.test(after ?? ''));
      if (openish && !closeish) return { at: i, len: 1, role: 'open' };
      if (closeish && !openish) return { at: i, len: 1, role: 'close' };
      return { at: i, len: 1, role: 'either' };
    }
    default:
      return null;
  }
}

function lineEndFrom(text: string, i: number): number {
  const nl = text.indexOf('\n', i);
  return nl < 0 ? text.length : nl;
}

function firstNonSpace(text: string, i: number): number {
  let j = i;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  return j;
}

/** Pair the quotation marks of a body. Quotations come out sorted, non-overlapping, non-empty. Linear time:
 * line starts and ends are tracked as the scan goes, never searched for again. */
export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  let open: (Mark & { lineStart: number; lineEnd: number }) | null = null;
  const n = text.length;
  let lineStart = 0;
  let lineEnd = lineEndFrom(text, 0);
  let i = 0;
  while (i < n) {
    const ch = text[i];
    if (ch === '\n') {
      if (open) {
        const next = firstNonSpace(text, i + 1);
        const mark = next < n ? markAt(text, next) : null;
        if (mark && mark.role !== 'close') {
          // follow-on paragraph: the open quotation ends with its paragraph
          out.push({ start: open.at, end: i, closed: false });
          open = null;
        } else if (i - open.at > MAX_OPEN_CHARS) {
          out.push({ start: open.at, end: open.lineEnd, closed: false });
          open = null;
        }
      }
      i++;
      lineStart = i;
      lineEnd = lineEndFrom(text, i);
      continue;
    }
    const mark = markAt(text, i);
    if (!mark) {
      i++;
      continue;
    }
    if (open) {
      if (mark.role === 'open' && lineStart > open.at && mark.len === open.len) {
        // a new opener on a later line while one is open: the old one was a stray or an unclosed paragraph
        out.push({ start: open.at, end: open.lineEnd, closed: false });
        open = { ...mark, lineStart, lineEnd };
      } else if (mark.role === 'open' && (text[open.at] === '“' || text[open.at] === '`') && mark.len === open.len && text[i] === text[open.at]) {
        // “ ... “ on one line: restart at the later opener
        open = { ...mark, lineStart, lineEnd };
      } else {
        out.push({ start: open.at, end: i + mark.len, closed: true });
        open = null;
      }
    } else if (mark.role !== 'close') {
      open = { ...mark, lineStart, lineEnd };
    }
    i += mark.len;
  }
  if (open) out.push({ start: open.at, end: open.lineEnd, closed: false });
  // guarantee sorted, non-overlapping, non-empty
  const clean: Quotation[] = [];
  let lastEnd = 0;
  for (const q of out) {
    if (q.start < lastEnd || q.end - q.start < 2) continue;
    clean.push(q);
    lastEnd = q.end;
  }
  return clean;
}
