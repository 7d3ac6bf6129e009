/**
 * Finding content: where reported content starts after a cue, whether what follows a cue is only a tail
 * ("in a statement on Tuesday"), and the second piece of a quotation a cue interrupts.
 */
import type { Span } from '../../model.ts';
import { lookupCue, OBJECT_VERBS, TELL_VERBS } from '../lexicon.ts';
import type { Tok } from '../tokens.ts';
import { ADJUNCT_PREPOSITIONS, ADJUNCT_WORDS, AFTER_OBJECT, BARE_OBJECTS, CLAUSE_WORDS, NOT_RESUMING, TAIL_WORDS, TIME_WORDS } from '../words.ts';
import { isComma, isPunct, isWord, spanOf } from './tok.ts';
import { npRight } from './source.ts';

/** Trim sentence punctuation at the end of a content token range. */
export function trimEnd(toks: Tok[], from: number, to: number): number {
  let e = to;
  while (e > from && isPunct(toks[e - 1], '.,;:!?—–-')) e--;
  return e;
}

/** Skip the punctuation that separates content from its cue. */
export function trimStart(toks: Tok[], from: number, to: number): number {
  let s = from;
  while (s < to && isPunct(toks[s], ',;:—–-')) s++;
  return s;
}

/** After the cue: skip "in a statement", "on Tuesday", "at a rally" when a content opener follows. */
export function contentStartAfter(toks: Tok[], k: number, base: string, limit: number): number {
  let j = k;
  // the object of tell/ask/assure...: a name, a pronoun or a short noun phrase
  if (OBJECT_VERBS.has(base) || base === 'explain') {
    if (toks[j]?.lower === 'to' && base === 'explain') j++;
    const np = npRight(toks, j, true);
    if (np && np.to - np.from <= 6) {
      const after = toks[np.to];
      const clauseNext = TELL_VERBS.has(base) && isWord(after) && np.to - np.from <= 4;
      if (after === undefined || after.kind === 'q' || clauseNext || AFTER_OBJECT.has(after.lower) || isPunct(after, ':,')) {
        j = np.to;
        if (toks[j]?.lower === 'for' && base === 'ask') j++;
      }
    } else if (BARE_OBJECTS.has(toks[j]?.lower ?? '')) j++;
  }
  if (OBJECT_VERBS.has(base)) {
    // "told cheering supporters that", "has told friends since the spring, at fundraisers, that"
    for (let look = j; look < limit && look - j < 25; look++) {
      const t = toks[look] as Tok;
      if (t.kind === 'q' || isPunct(t, ':;') || (t.kind === 'w' && (CLAUSE_WORDS.has(t.lower) || lookupCue(t.lower)))) break;
      if (t.kind === 'w' && t.lower === 'that') return look;
    }
  }
  // "said after a lunch on Tuesday that": an adjunct phrase before the that-clause
  if (isWord(toks[j]) && ADJUNCT_PREPOSITIONS.has((toks[j] as Tok).lower)) {
    for (let look = j + 1; look < limit && look - j < 14; look++) {
      const t = toks[look] as Tok;
      if (t.kind === 'q' || isPunct(t, ':;.') || (t.kind === 'w' && CLAUSE_WORDS.has(t.lower))) break;
      if (t.kind === 'w' && t.lower === 'that') return look;
    }
  }
  // "posting at 12:54 am on Twitter, "…"": adjuncts, then the quotation that is the content
  for (let look = j; look < limit && look - j < 20; look++) {
    const t = toks[look] as Tok;
    if (t.kind === 'q') {
      if (look > j && isPunct(toks[look - 1], ',:')) return look;
      break;
    }
    if (t.kind === 'w' && (t.lower === 'that' || CLAUSE_WORDS.has(t.lower) || lookupCue(t.lower))) break;
    if (isPunct(t, '.;!?')) break;
  }
  // "said Tuesday that", "said in a statement that"
  for (let look = j; look < limit && look - j < 12; look++) {
    const t = toks[look] as Tok;
    if (t.kind === 'w' && t.lower === 'that') return look;
    if (t.kind === 'q' || isPunct(t, ':')) break;
    if (t.kind === 'w' && !TIME_WORDS.has(t.lower) && !t.cap) break;
  }
  return trimStart(toks, j, limit);
}

/** Is the rest of the unit after a cue only a tail ("in a statement", "on Tuesday", "told reporters")? */
export function isTail(toks: Tok[], from: number, limit: number, commaEnds = false): boolean {
  let other = 0;
  let words = 0;
  for (let i = from; i < limit; i++) {
    const t = toks[i] as Tok;
    if (t.kind === 'q') {
      if (isPunct(toks[i - 1], ',:.')) return true;
      if (t.text.split(' ').length > 4) return false;
      continue;
    }
    if (t.kind === 'p') {
      if (isComma(t) && (commaEnds || i > from)) return other < 2;
      continue;
    }
    words++;
    if (t.lower === 'that' || CLAUSE_WORDS.has(t.lower) || lookupCue(t.lower)) return false;
    if (!t.cap && !TAIL_WORDS.has(t.lower) && !/^\d/.test(t.lower) && !/ly$/.test(t.lower)) other++;
    if (other >= 3 || words > 14) return false;
  }
  return true;
}

/** Where the content before a quotation starts: at the quotation itself when a sentence or a colon ends
 * just before it ("... the polls.  "Q," he said"), else where the unit's free text starts. */
export function quoteOnlyStart(toks: Tok[], from: number, q: number): number {
  if (q <= from) return from;
  const prev = toks[q - 1] as Tok;
  if (isPunct(prev, '.!?:;')) return q;
  const qt = toks[q] as Tok;
  // a quotation opening on a new line after text ("''\nQ")
  if (prev.end < qt.start && /\n/.test(qt.text.slice(0, 4))) return q;
  return from;
}

/** After "X, officials said,": the rest of the sentence is the second piece of the content. */
export function resumeAfter(toks: Tok[], ce: number, limit: number): { span: Span; end: number } | null {
  let j = ce;
  while (j < limit && j - ce < 6 && isWord(toks[j]) && (TIME_WORDS.has((toks[j] as Tok).lower) || (toks[j] as Tok).cap)) j++;
  if (!isComma(toks[j])) return null;
  const start = j + 1;
  const first = toks[start];
  if (!isWord(first) || lookupCue(first.lower) || NOT_RESUMING.has(first.lower)) return null;
  const end = trimEnd(toks, start, limit);
  if (end - start < 2) return null;
  const span = spanOf(toks, start, end);
  return span ? { span, end } : null;
}

/** A quotation shortly after a cue, before any clause: "said of politicians, "..."", "told Reuters: "..."". */
export function quoteAhead(toks: Tok[], k: number, limit: number): number {
  for (let j = k; j < limit && j - k < 10; j++) {
    const t = toks[j] as Tok;
    if (t.kind === 'q') return t.text.split(/\s+/).length >= 3 ? j : -1;
    if (t.kind === 'w' && (CLAUSE_WORDS.has(t.lower) || t.lower === 'that' || lookupCue(t.lower))) return -1;
    if (isPunct(t, '.;!?')) return -1;
  }
  return -1;
}

/** ", "B."" after a cue: the second piece of an interrupted quotation. */
export function secondQuote(toks: Tok[], k: number): number {
  let j = k;
  // skip "on Tuesday", "in a statement"
  while (j < toks.length && j - k < 6 && isWord(toks[j]) && (TIME_WORDS.has((toks[j] as Tok).lower) || (toks[j] as Tok).cap)) j++;
  if (isPunct(toks[j], ',:.') && toks[j + 1]?.kind === 'q') return j + 1;
  return -1;
}

export const isAdjunct = (t: Tok | undefined): boolean => isWord(t) && (ADJUNCT_WORDS.has(t.lower) || /ly$/.test(t.lower));
