/**
 * Finding a source: the noun phrase before a cue ("X said"), after it ("said X", "according to X"), or the
 * subject of the clause a cue continues. Each returns a token range, or null when nothing there can speak.
 */
import type { Span } from '../../model.ts';
import { lookupCue, SAID_FORMS } from '../lexicon.ts';
import type { Tok } from '../tokens.ts';
import { APPOSITIVE_BREAKERS, APPOSITIVE_HEADS, ARTICLES, AUX_OR_VERB, CLAUSE_AFTER_SOURCE, CLAUSE_WORDS, DETERMINERS, DISCOURSE_WORDS, ENCLOSED_OPENERS, EVENT_NOUNS, ING_PREPOSITIONS, INTRO_OPENERS_CAPITALISED, NOUNISH_LOWER, NP_LINKS, PRONOUNS, SOURCE_BREAKERS, STOP_LEFT, STOP_RIGHT, STRICT_NP_BREAKS, SUBJECT_LEAD_WORDS, TIME_OF_DAY } from '../words.ts';
import { isComma, isPunct, isWord, spanOf } from './tok.ts';

/** Punctuation inside a name or title going left from a cue: "Jean-Claude", "AT&T", "Sen.", "O’Brien". */
const IN_NAME_PUNCT = new Set(['-', '&', '.', '’', "'"]);
/** Punctuation inside a noun phrase after a cue; no "." (it ends the sentence there), but "/" ("AP/NORC"). */
const IN_NP_PUNCT = new Set(['-', '&', '’', "'", '/']);
/** Punctuation inside an appositive: "head of policy (Europe)". */
const IN_APPOSITIVE_PUNCT = new Set(['-', '&', '’', "'", '(', ')']);

/** Is this noun phrase (token range) a plausible source? */
function plausibleSource(toks: Tok[], from: number, to: number, headFirst = false): boolean {
  if (to <= from) return false;
  const last = toks[to - 1] as Tok;
  if (!isWord(last)) return false;
  if (to - from === 1 && (PRONOUNS.has(last.lower) || last.lower === 'both')) return true;
  // "at 9:00 pm EDT said": a time is no one
  if (TIME_OF_DAY.has(last.lower) && (toks[to - 2]?.kind === 'w' && /^(\d+|pm|am)$/.test((toks[to - 2] as Tok).lower))) return false;
  if (STOP_LEFT.has(last.lower) || DETERMINERS.has(last.lower)) return false;
  // "the State Visit reaffirmed …": an event does not speak
  if (EVENT_NOUNS.has(last.lower)) return false;
  for (let i = from; i < to; i++) {
    const t = toks[i] as Tok;
    if (t.kind === 'w' && t.cap && /\p{L}/u.test(t.text)) return true;
  }
  const first = toks[from] as Tok;
  if (DETERMINERS.has(first.lower)) return true;
  if (headFirst) for (let i = from; i < to; i++) if (NOUNISH_LOWER.test((toks[i] as Tok).lower)) return true;
  return NOUNISH_LOWER.test(last.lower);
}

/** The subject noun phrase ending just before token k, as a token range. */
export function subjectLeft(toks: Tok[], k: number): { from: number; to: number } | null {
  if (isComma(toks[k - 1])) {
    // "Hogan Gidley, a former director of ..., whose roots are ..., said": the subject with its appositives
    const subj = clauseSubject(toks, k);
    if (subj && isComma(toks[subj.to]) && subj.to < k - 1) {
      let clean = true;
      for (let i = subj.to; i < k; i++) if (toks[i]?.kind === 'q' || (isWord(toks[i]) && SAID_FORMS.has((toks[i] as Tok).lower))) clean = false;
      const opener = toks[subj.to + 1];
      if (clean && isWord(opener) && /ing$/.test(opener.lower) && !ING_PREPOSITIONS.has(opener.lower)) return subj;
      if (clean && k - subj.from <= 40) return { from: subj.from, to: k - 1 };
    }
    // "Putin, using specific examples, explained": the subject is before the enclosed stretch
    let c = k - 2;
    while (c >= 0 && k - c < 24 && !isComma(toks[c]) && toks[c]?.kind !== 'q' && !isPunct(toks[c], '.;:')) c--;
    const opener = toks[c + 1];
    if (c > 0 && isComma(toks[c]) && isWord(opener)) {
      const inner = subjectLeftPlain(toks, c);
      const participial = opener.lower.endsWith('ing') || ENCLOSED_OPENERS.has(opener.lower);
      if (inner && (inner.from === 0 || !isWord(toks[inner.from - 1]) || STOP_LEFT.has((toks[inner.from - 1] as Tok).lower))) {
        if (participial) return inner;
        if (DETERMINERS.has(opener.lower) || !opener.cap) return { from: inner.from, to: k - 1 };
      }
    }
    return null;
  }
  return subjectLeftPlain(toks, k);
}

export function subjectLeftPlain(toks: Tok[], k: number): { from: number; to: number } | null {
  if (isPunct(toks[k - 1], ')')) {
    // "Sen. Elizabeth Warren (D-MA) said": the party label belongs to the source
    let o = k - 2;
    while (o >= 0 && k - o < 12 && !isPunct(toks[o], '(')) o--;
    if (o > 0 && isPunct(toks[o], '(')) {
      const inner = subjectLeftPlain(toks, o);
      return inner ? { from: inner.from, to: k } : null;
    }
    return null;
  }
  let j = k - 1;
  let count = 0;
  while (j >= 0 && count < 14) {
    const t = toks[j] as Tok;
    if (t.kind === 'q') break;
    if (t.kind === 'p' && !IN_NAME_PUNCT.has(t.text)) break;
    if (t.lower === 'in' && /^\d+$/.test(toks[j + 1]?.lower ?? '') && /^(\d+|one|two|three|four|five|six|seven|eight|nine)$/.test(toks[j - 1]?.lower ?? '')) {
      // "Six in 10 say"
      j--;
      count++;
      continue;
    }
    if (t.kind === 'w' && TIME_OF_DAY.has(t.lower)) break;
    if (t.kind === 'w' && STOP_LEFT.has(t.lower)) {
      // "Biden and Putin said": keep "and" between two names
      const prev = toks[j - 1];
      const next = toks[j + 1];
      if (t.lower === 'and' && prev?.kind === 'w' && prev.cap && next?.kind === 'w' && next.cap && j + 1 < k) {
        j--;
        count++;
        continue;
      }
      break;
    }
    j--;
    count++;
  }
  let from = j + 1;
  const to = k;
  if (to <= from) return null;
  const lastTok = toks[to - 1] as Tok;
  if (PRONOUNS.has(lastTok.lower)) return { from: to - 1, to };
  if (to - from > 7) {
    // a long stretch: take the last determiner phrase or the trailing capitalised run
    let d = -1;
    for (let i = to - 1; i >= from && to - i <= 8; i--) if (DETERMINERS.has((toks[i] as Tok).lower)) { d = i; break; }
    if (d >= 0) from = d;
    else {
      let c = to - 1;
      while (c - 1 >= from && ((toks[c - 1] as Tok).cap || (toks[c - 1] as Tok).kind === 'p')) c--;
      if (!(toks[c] as Tok).cap) return null;
      from = c;
    }
  }
  // leading discourse words are not part of the source
  while (from < to && DISCOURSE_WORDS.has((toks[from] as Tok).lower)) from++;
  if (!plausibleSource(toks, from, to)) return null;
  return { from, to };
}

/** A noun phrase starting at token k and running to a boundary (for "said X", "according to X"). */
export function npRight(toks: Tok[], k: number, strict = false, loose = false): { from: number; to: number } | null {
  let j = k;
  while (j < toks.length && j - k < 14) {
    const t = toks[j] as Tok;
    if (t.kind !== 'w' && !(t.kind === 'p' && IN_NP_PUNCT.has(t.text))) break;
    if (j > k && strict && STRICT_NP_BREAKS.has(t.lower)) break;
    // "told a news conference they are ...", "told host Sean Hannity a Clinton loss is ...": a new clause starts
    if (j > k && strict && (PRONOUNS.has(t.lower) || (ARTICLES.has(t.lower) && (toks[j - 1] as Tok).cap))) break;
    if (j > k && !strict && NP_LINKS.has(t.lower) && j + 1 < toks.length && isWord(toks[j + 1]) && ((toks[j + 1] as Tok).cap || DETERMINERS.has((toks[j + 1] as Tok).lower) || /['’]s$/.test((toks[j + 1] as Tok).lower) || NOUNISH_LOWER.test((toks[j + 1] as Tok).lower))) {
      j++;
      continue;
    }
    if (j > k && STOP_RIGHT.has(t.lower) && !(t.lower === 'and' && (toks[j + 1]?.cap ?? false) && (toks[j - 1]?.cap ?? false))) break;
    j++;
  }
  if (j <= k) return null;
  const first = toks[k] as Tok;
  if (loose) return isWord(toks[j - 1]) && !STOP_LEFT.has((toks[j - 1] as Tok).lower) ? { from: k, to: j } : null;
  if (!(first.cap || DETERMINERS.has(first.lower) || PRONOUNS.has(first.lower) || NOUNISH_LOWER.test(first.lower))) return null;
  if (!plausibleSource(toks, k, j, true)) return null;
  return { from: k, to: j };
}

/** Extend a source over a following appositive: "Monika Bickert, head of policy at Facebook". */
export function withAppositive(toks: Tok[], np: { from: number; to: number }): { from: number; to: number } {
  if (!isComma(toks[np.to])) return np;
  const start = np.to + 1;
  const first = toks[start];
  if (!isWord(first) || first.cap && !DETERMINERS.has(first.lower)) return np;
  if (!(DETERMINERS.has(first.lower) || NOUNISH_LOWER.test(first.lower) || APPOSITIVE_HEADS.has(first.lower))) return np;
  let j = start;
  while (j < toks.length && j - start < 16) {
    const t = toks[j] as Tok;
    if (t.kind === 'q' || (t.kind === 'p' && !IN_APPOSITIVE_PUNCT.has(t.text))) break;
    if (t.kind === 'w' && (APPOSITIVE_BREAKERS.has(t.lower) || CLAUSE_WORDS.has(t.lower))) return np;
    j++;
  }
  // the appositive must close the sentence or a comma-bounded stretch
  const after = toks[j];
  if (after === undefined || isPunct(after, '.,;!?')) return { from: np.from, to: j };
  return np;
}

/** The subject of the unit's main clause: after a leading phrase ending in a comma, up to the first verb. */
export function clauseSubject(toks: Tok[], before: number): { from: number; to: number } | null {
  // the clause starts after the last quotation or sentence mark before the cue
  let base = 0;
  for (let i = before - 1; i >= 0; i--) {
    const t = toks[i] as Tok;
    if (t.kind === 'q' || isPunct(t, '.;:!?')) {
      base = i + 1;
      break;
    }
  }
  while (base < before && isPunct(toks[base], ',—–-')) base++;
  // leading conjunctions and focus words are not part of the subject: "And even Obama tried ..."
  while (base < before - 1 && isWord(toks[base]) && SUBJECT_LEAD_WORDS.has((toks[base] as Tok).lower)) base++;
  let start = base;
  for (let i = base; i < Math.min(before - 1, base + 14); i++) {
    if (isComma(toks[i])) {
      const first = toks[base];
      if (first && first.kind === 'w' && (!first.cap || INTRO_OPENERS_CAPITALISED.has(first.text))) start = i + 1;
      break;
    }
  }
  const first = toks[start];
  if (!isWord(first)) return null;
  if (PRONOUNS.has(first.lower)) return { from: start, to: start + 1 };
  let j = start;
  while (j < before && j - start < 12) {
    const t = toks[j] as Tok;
    if (t.kind !== 'w' && !(t.kind === 'p' && IN_NAME_PUNCT.has(t.text))) break;
    if (j > start && (AUX_OR_VERB.has(t.lower) || (!t.cap && /ed$/.test(t.lower)) || (!t.cap && lookupCue(t.lower)))) break;
    j++;
  }
  if (j === start || j - start > 10) return null;
  return plausibleSource(toks, start, j) ? { from: start, to: j } : null;
}

/** After "said X": the source runs on over appositives and relative clauses to the end of the sentence,
 * up to a comma that opens a new clause ("..., adding", "..., though he ..."). */
export function sourceToEnd(toks: Tok[], np: { from: number; to: number }, limit: number): { from: number; to: number } {
  let j = np.to;
  let end = np.to;
  if (!isComma(toks[j]) && !isPunct(toks[j], '(')) return np;
  while (j < limit && j - np.to < 40) {
    const t = toks[j] as Tok;
    if (t.kind === 'q' && t.text.split(' ').length > 4) break;
    if (isPunct(t, '.;:!?')) break;
    if (isComma(t)) {
      const next = toks[j + 1];
      if (next === undefined || next.kind === 'q') break;
      if (next.kind === 'w' && (/ing$/.test(next.lower) && !ING_PREPOSITIONS.has(next.lower) || CLAUSE_AFTER_SOURCE.has(next.lower))) break;
    } else if (t.kind === 'w' && SOURCE_BREAKERS.has(t.lower)) {
      return np;
    }
    j++;
    if (t.kind !== 'p' || t.text === ')') end = j;
  }
  if (end - np.from > 40) return np;
  return { from: np.from, to: end };
}

/** The source before a verb cue, or for "Christian Pardo, who said ..." the "who", standing for the phrase
 * before the comma (refersTo; "Thomas Gray, 24, who ...": over an age). */
export function cueSubject(toks: Tok[], cs: number, taken: number): { subj: { from: number; to: number } | null; refersTo?: Span } {
  const subj = subjectLeft(toks, cs);
  if (!subj && (toks[cs - 1]?.lower === 'who' || toks[cs - 1]?.lower === 'which') && isComma(toks[cs - 2]) && cs - 1 >= taken) {
    const age = /^\d{1,3}$/.test(toks[cs - 3]?.lower ?? '') && isComma(toks[cs - 4]);
    const np = subjectLeftPlain(toks, age ? cs - 4 : cs - 2);
    if (np) return { subj: { from: cs - 1, to: cs }, refersTo: spanOf(toks, np.from, np.to) ?? undefined };
  }
  return { subj };
}
