/**
 * Tokens and sentence units. The body has one sentence per line; a unit is a line, widened to whole lines
 * when a quotation runs across line breaks, so that a quotation and its attribution are seen together.
 * Inside a unit a quotation is one opaque token: words inside quotation marks are never cues or sources.
 */
import type { Quotation } from './marks.ts';

export type TokKind = 'w' | 'p' | 'q';

export interface Tok {
  kind: TokKind;
  start: number;
  end: number;
  /** The text as written (for 'q', the whole quotation with its marks). */
  text: string;
  /** Lower-cased text. */
  lower: string;
  /** Starts with an upper-case letter or a digit. */
  cap: boolean;
  /** For 'q': index into the quotation list. */
  quote?: number;
}

export interface Unit {
  start: number;
  end: number;
  toks: Tok[];
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'st', 'jr', 'sr',
  'prof', 'rev', 'hon', 'amb', 'pres', 'sec', 'dept', 'corp', 'inc', 'co', 'ltd', 'no', 'vs', 'atty', 'supt', 'maj',
  'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'n.y', 'l.a', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'st',
]);

const WORD = /[\p{L}\p{N}]+(?:(?:['’\-.&]|,(?=\d{3}))[\p{L}\p{N}]+)*|\S/gu;
const UPPER = /^[\p{Lu}\p{N}]/u;
const LETTER = /[\p{L}\p{N}]/u;

function pushWords(text: string, from: number, to: number, toks: Tok[]): void {
  if (to <= from) return;
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice)) !== null) {
    let start = from + m.index;
    let end = start + m[0].length;
    let word = m[0];
    const c0 = word.charCodeAt(0);
    const isWord = c0 < 128 ? (c0 >= 48 && c0 <= 57) || (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) : LETTER.test(word);
    if (isWord && text[end] === '.' && end < to) {
      const lower = word.toLowerCase();
      if (ABBREVIATIONS.has(lower) || word.length === 1 || word.includes('.')) {
        end++;
        word += '.';
        WORD.lastIndex++;
      }
    }
    if (start >= end) start = end - 1;
    const cap = c0 < 128 ? (c0 >= 48 && c0 <= 57) || (c0 >= 65 && c0 <= 90) : UPPER.test(word);
    toks.push({ kind: isWord ? 'w' : 'p', start, end, text: word, lower: isWord ? word.toLowerCase() : word, cap });
  }
}

/** Units longer than this (a whole page on one line) are cut at sentence ends, keeping the rules linear. */
const MAX_UNIT_TOKENS = 300;

function splitLong(toks: Tok[]): Unit[] {
  const out: Unit[] = [];
  let from = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    const sentenceEnd = t.kind === 'p' && (t.text === '.' || t.text === '!' || t.text === '?');
    if ((sentenceEnd && i - from >= 1) || i - from >= MAX_UNIT_TOKENS - 1) {
      const part = toks.slice(from, i + 1);
      out.push({ start: (part[0] as Tok).start, end: (part[part.length - 1] as Tok).end, toks: part });
      from = i + 1;
    }
  }
  if (from < toks.length) {
    const part = toks.slice(from);
    out.push({ start: (part[0] as Tok).start, end: (part[part.length - 1] as Tok).end, toks: part });
  }
  return out;
}

/** Split the body into units (lines joined where a quotation crosses a line break) and tokenize them. */
export function buildUnits(body: string, quotes: Quotation[]): Unit[] {
  const units: Unit[] = [];
  let qi = 0;
  let pos = 0;
  const n = body.length;
  while (pos < n) {
    let end = body.indexOf('\n', pos);
    if (end < 0) end = n;
    // widen over quotations that cross the line end
    let scan = qi;
    while (scan < quotes.length && (quotes[scan] as Quotation).start < end) {
      const q = quotes[scan] as Quotation;
      if (q.end > end) {
        end = body.indexOf('\n', q.end);
        if (end < 0) end = n;
      }
      scan++;
    }
    const toks: Tok[] = [];
    let cursor = pos;
    while (qi < quotes.length && (quotes[qi] as Quotation).start < end) {
      const q = quotes[qi] as Quotation;
      if (q.start >= cursor) {
        pushWords(body, cursor, q.start, toks);
        const text = body.slice(q.start, q.end);
        toks.push({ kind: 'q', start: q.start, end: q.end, text, lower: text.toLowerCase(), cap: false, quote: qi });
        cursor = q.end;
      }
      qi++;
    }
    pushWords(body, cursor, end, toks);
    if (end > pos) {
      if (toks.length <= MAX_UNIT_TOKENS) units.push({ start: pos, end, toks });
      else for (const part of splitLong(toks)) units.push(part);
    }
    pos = end + 1;
  }
  return units;
}
