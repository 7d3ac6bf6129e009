/**
 * Cue frames: within one unit, find each reporting cue and the source and content around it, following the
 * shapes English news uses:
 *   PRE   "X said (that) ...", "X said: "..."", "X told reporters that ...", "X asked Y for ..."
 *   POST  ""...," X said", "..., the Kremlin said in a statement", ""A," he said, "B.""  (mixed, two spans)
 *   INV   ""...," said X", "..., said the readout"
 *   ACC   "according to X, ...", "..., according to X"
 *   CONT  "..., adding that ...", "... and added that ..." (the source carries over)
 * A quotation in the unit that no cue claims is returned as an orphan for the caller to attach.
 */
import type { Span } from '../model.ts';
import {
  AFTER_QUOTE_ONLY, CLAUSE_ONLY, CONTINUATION_BASES, CUE_PREFIX, DOCUMENT_SAYING_VERBS, FINITE_CONTINUING_FORMS, INVERTING, IRREGULAR_PAST, NAMING_PARTICIPLES, NOUN_VERBS, OBJECT_CONTENT, OBJECT_VERBS, PARTICLES, PARTICLE_FORMS, PLEDGES, PURPOSE_CUES, REFUSED_VERBS, REPLY_VERBS, SAID_FORMS, STRICT_NOUN_VERBS, TELL_VERBS, TO_CONTENT_VERBS, lookupCue, type CueClass,
} from './lexicon.ts';
import {
  ADJUNCT_PREPOSITIONS, ADJUNCT_WORDS, AFTER_OBJECT, APPOSITIVE_BREAKERS, APPOSITIVE_HEADS, ARTICLES, ASKED_PASSIVE_BEFORE, AUX_OR_VERB, BARE_OBJECTS, BEFORE_CUE, CALL_PARTICLES, CALL_POINT_PARTICLES, CLAUSE_AFTER_SOURCE, CLAUSE_WORDS, CONTRASTING, DETERMINERS, DISCOURSE_WORDS, ENCLOSED_OPENERS, EVENT_NOUNS, ING_CUE_LINKS, ING_PREPOSITIONS, INTRO_OPENERS_CAPITALISED, INTRO_WORDS, ISSUED_DOCUMENTS, LY_NOT_ADVERBS, NAMING_NOT_NEXT, NOT_RESUMING, NOUNISH_LOWER, NOUN_CONTEXT, NOUN_DETERMINERS, NP_LINKS, PASSIVE_AUX, PASSIVE_OR_ADJECTIVE_BEFORE, POINT_PARTICLES, QUESTION_OPENERS, SAYING_DOCUMENTS, SOURCE_BREAKERS, STATE_ADJECTIVE_NEXT, STOP_LEFT, STOP_RIGHT, STRICT_NP_BREAKS, SUBJECT_LEAD_WORDS, TAIL_WORDS, TIME_OF_DAY, TIME_WORDS, WEEKDAYS,
} from './words.ts';
import { PRONOUNS } from './names.ts';
import type { Tok, Unit } from './tokens.ts';

export interface RawAttribution {
  content: Span[];
  cue: Span | null;
  source: Span | null;
  cls: CueClass;
  /** The source was carried over from the previous attribution in the unit. */
  inherit: boolean;
  /** The cue says the source issued a document ("said in a statement"). */
  issuer: boolean;
  /** A quotation with no cue of its own. */
  orphan: boolean;
  /** For a relative "who" source: the noun phrase it stands for ("Christian Pardo, who said ..."). */
  refersTo?: Span;
  /** Is the source placed after the cue ("said X", "according to X")? */
  frame: 'pre' | 'post' | 'inv' | 'acc' | 'cont' | 'orphan' | 'dangling' | 'purpose';
}









const isComma = (t: Tok | undefined): boolean => t !== undefined && t.kind === 'p' && t.text === ',';
const isPunct = (t: Tok | undefined, chars: string): boolean => t !== undefined && t.kind === 'p' && chars.includes(t.text);
const isWord = (t: Tok | undefined): t is Tok => t !== undefined && t.kind === 'w';

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

function subjectLeftPlain(toks: Tok[], k: number): { from: number; to: number } | null {
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
    if (t.kind === 'p' && !(t.text === '-' || t.text === '&' || t.text === '.' || t.text === '’' || t.text === "'")) break;
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
    if (t.kind !== 'w' && !(t.kind === 'p' && (t.text === '-' || t.text === '&' || t.text === '’' || t.text === "'" || t.text === '/'))) break;
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
function withAppositive(toks: Tok[], np: { from: number; to: number }): { from: number; to: number } {
  if (!isComma(toks[np.to])) return np;
  const start = np.to + 1;
  const first = toks[start];
  if (!isWord(first) || first.cap && !DETERMINERS.has(first.lower)) return np;
  if (!(DETERMINERS.has(first.lower) || NOUNISH_LOWER.test(first.lower) || APPOSITIVE_HEADS.has(first.lower))) return np;
  let j = start;
  while (j < toks.length && j - start < 16) {
    const t = toks[j] as Tok;
    if (t.kind === 'q' || (t.kind === 'p' && !['-', '&', '’', "'", '(', ')'].includes(t.text))) break;
    if (t.kind === 'w' && (APPOSITIVE_BREAKERS.has(t.lower) || CLAUSE_WORDS.has(t.lower))) return np;
    j++;
  }
  // the appositive must close the sentence or a comma-bounded stretch
  const after = toks[j];
  if (after === undefined || isPunct(after, '.,;!?')) return { from: np.from, to: j };
  return np;
}

function spanOf(toks: Tok[], from: number, to: number): Span | null {
  if (to <= from) return null;
  return { start: (toks[from] as Tok).start, end: (toks[to - 1] as Tok).end };
}

/** Trim sentence punctuation at the end of a content token range. */
function trimEnd(toks: Tok[], from: number, to: number): number {
  let e = to;
  while (e > from && isPunct(toks[e - 1], '.,;:!?—–-')) e--;
  return e;
}

function trimStart(toks: Tok[], from: number, to: number): number {
  let s = from;
  while (s < to && isPunct(toks[s], ',;:—–-')) s++;
  return s;
}

interface Cand {
  at: number;
  /** index just past the cue's last token */
  end: number;
  cls: CueClass;
  base: string;
  according: boolean;
  /** "Asked whether ..., X said": a passive question with no asker. */
  passive?: boolean;
}

function findCandidates(toks: Tok[]): Cand[] {
  const out: Cand[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.kind !== 'w') continue;
    if (t.lower === 'according' && toks[i + 1]?.lower === 'to') {
      out.push({ at: i, end: i + 2, cls: 'speech', base: 'according', according: true, passive: false });
      i++;
      continue;
    }
    const hit = lookupCue(t.lower);
    let end = i + 1;
    if (hit && AFTER_QUOTE_ONLY.has(hit.base)) {
      // ""...," he continued" / ""...," Trump went on"
      if (hit.base === 'go' && toks[i + 1]?.lower !== 'on') continue;
      let j = i - 1;
      while (j >= 0 && i - j <= 5 && toks[j]?.kind === 'w') j--;
      if (j < 0 || toks[j]?.kind !== 'q' || j === i - 1 && !isComma(toks[i - 1])) {
        if (!(toks[j]?.kind === 'q' && j < i - 1)) continue;
      }
      if (hit.base === 'go') end = i + 2;
    }
    let base: string;
    let cls: CueClass;
    if (hit) {
      base = hit.base;
      cls = hit.cls;
    } else {
      const stem = PARTICLE_FORMS.get(t.lower);
      if (stem === undefined) continue;
      const parts = PARTICLES[stem];
      if (!parts || !parts.includes(toks[i + 1]?.lower ?? '')) continue;
      base = stem;
      cls = 'speech';
      end = i + 2;
    }
    if (base === 'call' || base === 'point') {
      const next = toks[i + 1]?.lower ?? '';
      // "calls for" is a cue ("The Order calls for …"); a noun after a determiner is dropped below
      if (t.lower === 'call' || t.lower === 'point' || t.lower === 'points') continue;
      if (base === 'point' && !POINT_PARTICLES.has(next)) continue;
      if (CALL_POINT_PARTICLES.has(next)) end = i + 2;
    }
    if (hit && hit.base === 'think' && (toks[i + 1]?.lower === 'tank' || toks[i + 1]?.lower === 'tanks')) continue;
    const prevTok = toks[i - 1];
    if (hit && NOUN_VERBS.has(hit.base) && !t.lower.endsWith('ed') && !t.lower.endsWith('ing') && !IRREGULAR_PAST.has(t.lower)) {
      // "a host of states", "her public remarks": nouns after a preposition, determiner or adjective
      const p = prevTok;
      if (p !== undefined && (p.kind !== 'w' ? !isComma(p) && p.kind !== 'q' : !p.cap && (NOUN_CONTEXT.has(p.lower) || /^\d/.test(p.lower) || /(al|ic|ous|ive|ful|ern|ary)$/.test(p.lower)))) continue;
      // "states", "reports", "calls": a verb only before its content or after a pronoun
      const nx = toks[i + 1];
      const opens = nx !== undefined && (nx.kind === 'q' || nx.lower === 'that' || isPunct(nx, ':,') || TO_CONTENT_VERBS.has(hit.base) && nx.lower === 'to' || CALL_PARTICLES.has(nx.lower) && hit.base === 'call');
      if (!opens && !(p !== undefined && PRONOUNS.has(p.lower)) && STRICT_NOUN_VERBS.has(hit.base)) continue;
    }
    if (prevTok && prevTok.kind === 'w' && (NOUN_DETERMINERS.has(prevTok.lower) || /['’]s$/.test(prevTok.lower)) && !t.lower.endsWith('ed')) continue;
    if (prevTok?.lower === 'not' && REFUSED_VERBS.has(hit?.base ?? '')) continue;
    if (prevTok?.lower === 'to' && REPLY_VERBS.has(hit?.base ?? '')) continue;
    // a capitalised verb at the start of a line is a heading or a name more often than a cue
    if (t.cap && i > 0) continue;
    // "who asked not to be named", "asked to comment"
    if (base === 'ask' && t.lower === 'asked' && (i === 0 || ASKED_PASSIVE_BEFORE.has(toks[i - 1]?.lower ?? '') || isComma(toks[i - 1]))) {
      // "Asked whether ..., Ryan said": a question put to someone, with no named asker
      const prevWord = toks[i - 1]?.lower ?? '';
      const next = toks[i + 1];
      if (next && (QUESTION_OPENERS.has(next.lower) || (PASSIVE_AUX.has(prevWord) && next.kind === 'w'))) {
        out.push({ at: PASSIVE_AUX.has(prevWord) ? i - 1 : i, end: next.lower === 'about' ? i + 2 : i + 1, cls: 'speech', base: 'asked', according: false, passive: true });
        continue;
      }
      if (i > 0 && !isComma(toks[i - 1])) continue;
    }
    if (base === 'ask' && (toks[i + 1]?.lower === 'not' || toks[i + 1]?.lower === 'to')) continue;
    // passive or adjectival uses: "was reported", "the said", "is expected"
    if (PASSIVE_OR_ADJECTIVE_BEFORE.has(toks[i - 1]?.lower ?? '') && base !== 'say') continue;
    // "state and federal policies", "state law": an adjective, not the verb
    if (hit?.base === 'state' && t.lower === 'state' && STATE_ADJECTIVE_NEXT.has(toks[i + 1]?.lower ?? '')) continue;
    // "a phenomenon called coral bleaching", "opinions written by Stevens": a participle naming a noun, not speech
    if (NAMING_PARTICIPLES.has(t.lower)) {
      const next = toks[i + 1];
      const byAgent = next?.lower === 'by';
      // ("sequences called plasmids": a bare noun after it is the name given; "officials called the plan …" is speech)
      const bareNoun = next?.kind === 'w' && !next.cap && !DETERMINERS.has(next.lower) && !PRONOUNS.has(next.lower) && !NAMING_NOT_NEXT.has(next.lower);
      const nounBefore = prevTok?.kind === 'w' && !prevTok.cap && !PRONOUNS.has(prevTok.lower) && !STOP_LEFT.has(prevTok.lower) && !CUE_PREFIX.has(prevTok.lower);
      if (byAgent || (nounBefore && (!NOUNISH_LOWER.test(prevTok.lower) || bareNoun))) continue;
    }
    // "declared a state of emergency", "claimed 3000 lives", "maintains its role": these verbs report speech only
    // with what was said after them (a that-clause, a quotation, a colon)
    if (hit && CLAUSE_ONLY.has(hit.base) && !opensContent(toks, end)) continue;
    out.push({ at: i, end, cls, base, according: false });
  }
  return out;
}

/** After the cue: skip "in a statement", "on Tuesday", "at a rally" when a content opener follows. */
function contentStartAfter(toks: Tok[], k: number, base: string, limit: number): number {
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





/** Does what follows the cue open reported content: "that", a quotation, a colon, or a comma and a quotation? */
function opensContent(toks: Tok[], k: number): boolean {
  for (let j = k; j < toks.length && j - k < 8; j++) {
    const t = toks[j] as Tok;
    if (t.kind === 'q' || isPunct(t, ':')) return true;
    if (t.kind === 'w' && (t.lower === 'that' || t.lower === 'how' || t.lower === 'whether')) return true;
    if (isPunct(t, '.;')) return false;
    if (isComma(t) && toks[j + 1]?.kind === 'q') return true;
  }
  // ""...," he wrote": the quotation is before the cue
  return toks[k - 2]?.kind === 'q' || (isComma(toks[k - 2]) && toks[k - 3]?.kind === 'q') || toks.slice(Math.max(0, k - 6), k).some((t) => t.kind === 'q');
}





/** Is the rest of the unit after a cue only a tail ("in a statement", "on Tuesday", "told reporters")? */
function isTail(toks: Tok[], from: number, limit: number, commaEnds = false): boolean {
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



/** The subject of the unit's main clause: after a leading phrase ending in a comma, up to the first verb. */
function clauseSubject(toks: Tok[], before: number): { from: number; to: number } | null {
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
    if (t.kind !== 'w' && !(t.kind === 'p' && ['-', '&', '’', "'", '.'].includes(t.text))) break;
    if (j > start && (AUX_OR_VERB.has(t.lower) || (!t.cap && /ed$/.test(t.lower)) || (!t.cap && lookupCue(t.lower)))) break;
    j++;
  }
  if (j === start || j - start > 10) return null;
  return plausibleSource(toks, start, j) ? { from: start, to: j } : null;
}


/** After "said X": the source runs on over appositives and relative clauses to the end of the sentence,
 * up to a comma that opens a new clause ("..., adding", "..., though he ..."). */
function sourceToEnd(toks: Tok[], np: { from: number; to: number }, limit: number): { from: number; to: number } {
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


/** Where the content before a quotation starts: at the quotation itself when a sentence or a colon ends
 * just before it ("... the polls.  "Q," he said"), else where the unit's free text starts. */
function quoteOnlyStart(toks: Tok[], from: number, q: number): number {
  if (q <= from) return from;
  const prev = toks[q - 1] as Tok;
  if (isPunct(prev, '.!?:;')) return q;
  const qt = toks[q] as Tok;
  // a quotation opening on a new line after text ("''\nQ")
  if (prev.end < qt.start && /\n/.test(qt.text.slice(0, 4))) return q;
  return from;
}

/** After "X, officials said,": the rest of the sentence is the second piece of the content. */
function resumeAfter(toks: Tok[], ce: number, limit: number): { span: Span; end: number } | null {
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
function quoteAhead(toks: Tok[], k: number, limit: number): number {
  for (let j = k; j < limit && j - k < 10; j++) {
    const t = toks[j] as Tok;
    if (t.kind === 'q') return t.text.split(/\s+/).length >= 3 ? j : -1;
    if (t.kind === 'w' && (CLAUSE_WORDS.has(t.lower) || t.lower === 'that' || lookupCue(t.lower))) return -1;
    if (isPunct(t, '.;!?')) return -1;
  }
  return -1;
}


const isAdjunct = (t: Tok | undefined): boolean => isWord(t) && (ADJUNCT_WORDS.has(t.lower) || /ly$/.test(t.lower));



/** Find the attributions in one unit. */
export function analyzeUnit(unit: Unit, afterQuote = false): RawAttribution[] {
  const toks = unit.toks;
  const out: RawAttribution[] = [];
  const cands = findCandidates(toks);
  // "..., according to X." at the end of a sentence attributes the whole sentence
  for (const c of cands) {
    if (!c.according || !isComma(toks[c.at - 1]) || c.at < 4) continue;
    const np = npRight(toks, c.end, false, true);
    if (!np || !isTail(toks, np.to, toks.length)) continue;
    const src = withAppositive(toks, np);
    const to = trimEnd(toks, 0, c.at - 1);
    const content = spanOf(toks, 0, to);
    if (!content) continue;
    return [{ content: [content], cue: spanOf(toks, c.at, c.end), source: spanOf(toks, src.from, src.to), cls: 'speech', inherit: false, issuer: false, orphan: false, frame: 'acc' }];
  }
  /** Tokens before this index are taken. */
  let taken = 0;
  let dangling: RawAttribution | null = null;
  const covered = new Set<number>();
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci] as Cand;
    if (c.at < taken) continue;
    const nextCand = cands[ci + 1];
    // a content ends where a continuation ("..., adding that") or an "according to" starts
    let limit = toks.length;
    for (let n = ci + 1; n < cands.length; n++) {
      const nc = cands[n] as Cand;
      const prev = toks[nc.at - 1];
      const nform = (toks[nc.at] as Tok).lower;
      if ((nc.according && isComma(prev)) || ((isComma(prev) && nform.endsWith('ing')) || (prev?.lower === 'and' && /ing$|ed$/.test(nform))) && CONTINUATION_BASES.has(nc.base)) {
        limit = isComma(prev) || prev?.lower === 'and' ? nc.at - 1 : nc.at;
        if (isComma(toks[limit - 1]) && prev?.lower === 'and') limit--;
        break;
      }
    }
    void nextCand;
    // "X said A, but he said B" / "X denied A and counter-accused B": a later clause with its own cue ends the content
    for (let n = ci + 1; n < cands.length; n++) {
      const nc = cands[n] as Cand;
      if (nc.at >= limit) break;
      let cut = -1;
      for (let j = nc.at - 1; j > c.end + 1 && nc.at - j <= 8; j--) {
        const t = toks[j] as Tok;
        if (t.kind === 'q' || isPunct(t, '.;:')) break;
        // (", reiterate …" after "to reaffirm …": a list of a readout's purposes)
        const purposeList = isComma(t) && nc.at === j + 1 && PURPOSE_CUES.has(nc.base) && (toks[nc.at] as Tok).lower === nc.base;
        if (purposeList || (t.kind === 'w' && ((t.lower === 'and' && nc.at - j <= 3) || CONTRASTING.has(t.lower))) || isPunct(t, '—–') || (t.kind === 'p' && t.text === '-' && toks[j - 1]?.end !== t.start)) {
          cut = j;
          break;
        }
      }
      if (cut > 0) {
        limit = isComma(toks[cut - 1]) ? cut - 1 : cut;
        break;
      }
    }
    const emit = (a: Omit<RawAttribution, 'inherit' | 'issuer' | 'orphan'> & Partial<RawAttribution>, lastTok: number): void => {
      const content = a.content.filter((s) => s.end > s.start);
      if (content.length === 0) return;
      out.push({ inherit: false, issuer: false, orphan: false, ...a, content });
      taken = Math.max(taken, lastTok);
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i] as Tok;
        if (t.kind === 'q' && content.some((s) => s.start <= t.start && t.end <= s.end)) covered.add(i);
      }
    };

    if (c.passive) {
      // content: the question, up to the comma that ends the clause
      let j = c.end;
      if (toks[j]?.lower === 'by') {
        const np = npRight(toks, j + 1);
        if (np) j = np.to;
      }
      let e = j;
      while (e < limit && !isPunct(toks[e], ',;.?!:') && e - j < 40) e++;
      const content = spanOf(toks, trimStart(toks, j, e), e);
      if (content && e - j >= 1) emit({ content: [content], cue: spanOf(toks, c.at, c.end), source: null, cls: 'speech', frame: 'pre' }, e);
      continue;
    }
    if (c.according) {
      const np = npRight(toks, c.end, false, true);
      if (!np) continue;
      const atStart = c.at <= taken || toks.slice(taken, c.at).every((t) => t.kind === 'p');
      const src = atStart ? np : withAppositive(toks, np);
      const cue = spanOf(toks, c.at, c.end);
      let from: number;
      let to: number;
      const spans: Span[] = [];
      let lastTok = src.to;
      if (atStart) {
        from = trimStart(toks, src.to, limit);
        to = trimEnd(toks, from, limit);
        const content = spanOf(toks, from, to);
        if (!content || to - from < 2) continue;
        spans.push(content);
        lastTok = to;
      } else {
        from = taken;
        to = trimEnd(toks, from, c.at);
        const before = spanOf(toks, from, to);
        if (before) spans.push(before);
        // "Fundraising, according to the campaign, has surged": the content resumes after the source
        if (isComma(toks[c.at - 1]) && isComma(toks[src.to])) {
          const rs = src.to + 1;
          const re = trimEnd(toks, rs, limit);
          const after = re - rs >= 2 ? spanOf(toks, rs, re) : null;
          if (after) {
            spans.push(after);
            lastTok = re;
          }
        }
        const words = spans.reduce((n, sp) => n + toks.filter((t) => t.start >= sp.start && t.end <= sp.end && t.kind !== 'p').length, 0);
        if (words < 2) continue;
      }
      emit({ content: spans, cue, source: spanOf(toks, src.from, src.to), cls: 'speech', frame: 'acc' }, lastTok);
      continue;
    }

    // auxiliaries and adverbs before the verb belong to the cue
    let cs = c.at;
    // "Clinton on Tuesday said": a day between subject and verb
    if (cs - 2 >= taken && toks[cs - 2]?.lower === 'on' && WEEKDAYS.has(toks[cs - 1]?.lower ?? '')) cs -= 2;
    // "Sanders often said", "candidates broadly agreed": adverbs before the verb belong to the cue
    while (cs - 1 > taken && isWord(toks[cs - 1]) && /ly$/.test((toks[cs - 1] as Tok).lower) && !(toks[cs - 1] as Tok).cap && isWord(toks[cs - 2]) && !LY_NOT_ADVERBS.has((toks[cs - 1] as Tok).lower)) cs--;
    while (cs - 1 >= taken && isWord(toks[cs - 1]) && BEFORE_CUE.has((toks[cs - 1] as Tok).lower) && (CUE_PREFIX.has((toks[cs - 1] as Tok).lower) || /day$|night$/.test((toks[cs - 1] as Tok).lower))) cs--;
    let ce = c.end;
    // "said in a statement" is one cue
    if (toks[ce]?.lower === 'in' && (toks[ce + 1]?.lower === 'a' || toks[ce + 1]?.lower === 'an') && ISSUED_DOCUMENTS.has(toks[ce + 2]?.lower ?? '')) ce += 3;
    const issuer = ISSUED_DOCUMENTS.has(toks[ce - 1]?.lower ?? '') && ce > c.end;
    const cue = spanOf(toks, cs, ce);
    const before = toks[cs - 1];

    // CONT: "..., adding that ...", "... and added that ..."
    const form = (toks[c.at] as Tok).lower;
    const pastOrIng = /ing$|ed$/.test(form) || FINITE_CONTINUING_FORMS.has(form);
    const linked = (before?.lower === 'and' || before?.lower === 'but') && pastOrIng;
    const byIng = form.endsWith('ing') && ING_CUE_LINKS.has(before?.lower ?? '') && cs === c.at;
    // "X issued a statement saying …": the document's issuer is the clause's subject
    const documentSaying = form.endsWith('ing') && cs === c.at && SAYING_DOCUMENTS.has(before?.lower ?? '') && DOCUMENT_SAYING_VERBS.has(c.base);
    // "X said A and expressed B": after "and", any verb of saying carries the subject over
    const isContinuation = (((isComma(before) && form.endsWith('ing') && cs === c.at) || byIng) && CONTINUATION_BASES.has(c.base)) || (linked && c.cls === 'speech') || documentSaying;
    if (isContinuation) {
      const from = contentStartAfter(toks, ce, c.base, limit);
      const to = trimEnd(toks, from, limit);
      const content = spanOf(toks, from, to);
      if (content && (to - from >= 2 || toks[from]?.kind === 'q')) {
        const prevSource = out.length && !documentSaying ? (out[out.length - 1] as RawAttribution).source : null;
        let source = prevSource;
        let inherit = true;
        if (!source) {
          const np = clauseSubject(toks, c.at);
          source = np ? spanOf(toks, np.from, np.to) : null;
          inherit = false;
        }
        emit({ content: [content], cue: spanOf(toks, c.at, c.end), source, cls: c.cls, frame: 'cont', inherit }, to);
        continue;
      }
    }

    // a line that is only "said Murphy, who ..." under a quotation
    if (afterQuote && c.at === 0 && out.length === 0 && c.cls === 'speech' && INVERTING.has(c.base) && !toks.some((t) => t.kind === 'q')) {
      const np = npRight(toks, ce);
      if (np) {
        const src = sourceToEnd(toks, np, toks.length);
        dangling = { content: [], cue: spanOf(toks, c.at, ce), source: spanOf(toks, src.from, src.to), cls: c.cls, inherit: false, issuer, orphan: false, frame: 'dangling' };
        continue;
      }
    }
    // INV: ""...," said X" / "..., said the readout"
    if ((isComma(before) || before?.kind === 'q') && cs === c.at && c.cls === 'speech' && INVERTING.has(c.base)) {
      const np = npRight(toks, ce);
      const enough = before?.kind === 'q' || cs - taken >= 4;
      // "said she almost always ...": a pronoun followed by more words is a new clause, not a source
      const pronounClause = np !== null && PRONOUNS.has((toks[np.from] as Tok).lower) && np.to - np.from > 1;
      const src = np && !pronounClause ? sourceToEnd(toks, np, limit) : null;
      const quotedFirst = before?.kind === 'q' && before.text.split(/\s+/).length >= 3;
      if (np && src && cs > taken && enough && (quotedFirst || isTail(toks, src.to, limit, true))) {
        const to = before?.kind === 'q' ? cs : trimEnd(toks, taken, cs);
        const from = trimStart(toks, taken, to);
        const content = spanOf(toks, from, to);
        if (content) {
          const spans = [content];
          const second = secondQuote(toks, src.to);
          if (second >= 0) spans.push({ start: (toks[second] as Tok).start, end: (toks[second] as Tok).end });
          emit({ content: spans, cue: spanOf(toks, c.at, ce), source: spanOf(toks, src.from, src.to), cls: c.cls, frame: 'inv', issuer }, second >= 0 ? second + 1 : src.to);
          continue;
        }
      }
    }

    let subj = subjectLeft(toks, cs);
    let refersTo: Span | undefined;
    if (!subj && (toks[cs - 1]?.lower === 'who' || toks[cs - 1]?.lower === 'which') && isComma(toks[cs - 2]) && cs - 1 >= taken) {
      // "Christian Pardo, who said ...": the source is "who", standing for the phrase before the comma
      // ("Thomas Gray, 24, who ...": over an age)
      const age = /^\d{1,3}$/.test(toks[cs - 3]?.lower ?? '') && isComma(toks[cs - 4]);
      const np = subjectLeftPlain(toks, age ? cs - 4 : cs - 2);
      if (np) {
        subj = { from: cs - 1, to: cs };
        refersTo = spanOf(toks, np.from, np.to) ?? undefined;
      }
    }
    // "met with President X to reaffirm our ties, reiterate …, and recognize that …": a readout's purpose is said
    const bare = (toks[c.at] as Tok).lower === c.base;
    const purpose = !subj && bare && PURPOSE_CUES.has(c.base) && (toks[cs - 1]?.lower === 'to' || ((isComma(toks[cs - 1]) || toks[cs - 1]?.lower === 'and') && out.length > 0 && (out[out.length - 1] as RawAttribution).frame === 'purpose'));
    if (purpose) {
      const from = contentStartAfter(toks, ce, c.base, limit);
      const to = trimEnd(toks, from, limit);
      const content = spanOf(toks, from, to);
      const prev = out[out.length - 1];
      const np = toks[cs - 1]?.lower === 'to' ? clauseSubject(toks, cs - 1) : null;
      const source = np ? spanOf(toks, np.from, np.to) : prev ? prev.source : null;
      if (content && to - from >= 2 && source) {
        emit({ content: [content], cue, source, cls: c.cls, frame: 'purpose', inherit: np === null }, to);
        continue;
      }
    }
    const rq = quoteAhead(toks, ce, limit);
    if ((!subj || subj.from < taken) && rq >= 0) {
      // "began by saying, "..."", "went on to say: "..."": the quotation is the content, the clause subject speaks
      const cs2 = clauseSubject(toks, cs);
      const from = contentStartAfter(toks, ce, c.base, limit);
      const to = trimEnd(toks, from, limit);
      const content = spanOf(toks, from, to);
      if (content && from <= rq) {
        emit({ content: [content], cue, source: cs2 && cs2.from >= taken && cs2.to <= cs ? spanOf(toks, cs2.from, cs2.to) : null, cls: c.cls, frame: 'pre', issuer }, to);
      }
      continue;
    }
    if (!subj || subj.from < taken) continue;
    const b = subj.from - 1;
    const bt = toks[b];
    const contentBefore = b >= taken && (isPunct(bt, ',:') || bt?.kind === 'q' || (isPunct(bt, '—–') && toks[b - 1]?.kind === 'q')) && (bt?.kind === 'q' || b - taken >= 1);
    const after = toks[ce];
    // ("…, both countries pledged to create …": a pledge's content is its infinitive)
    const preEvidence = after !== undefined && ((rq >= 0 && bt?.kind !== 'q') || after.lower === 'that' || (after.lower === 'to' && PLEDGES.has(c.base)) || isPunct(after, ':') || after.kind === 'q' || (isComma(after) && toks[ce + 1]?.kind === 'q' && bt?.kind !== 'q') || contentStartAfter(toks, ce, c.base, limit) < limit && toks[contentStartAfter(toks, ce, c.base, limit)]?.lower === 'that');

    const adjunct = isAdjunct(after);
    // ""...," the governor said, before clarifying ...": a quotation right before a short source is its content
    const strongPost = bt?.kind === 'q' && subj.to - subj.from <= 12 && after?.lower !== 'that' && !isPunct(after, ':') && (bt.text.split(/\s+/).length >= 4 || isTail(toks, ce, limit));
    // "The new rules, officials said, will take effect": a parenthetical attribution
    const parenthetical = isComma(bt) && isComma(after) && toks[ce + 1]?.kind !== 'q';
    // "In 2016, X endorsed ...": a short introductory phrase is not reported content
    const introOnly = bt?.kind !== 'q' && b - taken <= 4 && isWord(toks[taken]) && (INTRO_WORDS.has((toks[taken] as Tok).lower) || /^\d/.test((toks[taken] as Tok).lower));
    if (contentBefore && !introOnly && (strongPost || parenthetical || (!preEvidence && (adjunct || isTail(toks, ce, limit))))) {
      // POST
      const to = bt?.kind === 'q' ? b + 1 : b;
      let from = trimStart(toks, taken, to);
      if (bt?.kind === 'q') from = Math.max(from, quoteOnlyStart(toks, from, b));
      const content = spanOf(toks, from, bt?.kind === 'q' ? to : trimEnd(toks, from, to));
      if (!content) continue;
      const spans = [content];
      let last = ce;
      const second = secondQuote(toks, ce);
      if (second >= 0) {
        spans.push({ start: (toks[second] as Tok).start, end: (toks[second] as Tok).end });
        last = second + 1;
      } else {
        // "X, officials said, was aimed at ...": the content resumes after the attribution
        const rest = resumeAfter(toks, ce, limit);
        if (rest) {
          spans.push(rest.span);
          last = rest.end;
        }
      }
      emit({ content: spans, cue, source: spanOf(toks, subj.from, subj.to), cls: c.cls, frame: 'post', issuer }, last);
      continue;
    }
    // PRE
    const from = contentStartAfter(toks, ce, c.base, limit);
    const to = trimEnd(toks, from, limit);
    const objEnd = OBJECT_VERBS.has(c.base) ? (npRight(toks, ce, true)?.to ?? ce) : ce;
    const restWords = toks.slice(ce).filter((t) => t.kind === 'w').length;
    if (afterQuote && subj.from === 0 && c.cls === 'speech' && out.length === 0 && ((isTail(toks, ce, toks.length) && restWords <= 8) || (afterQuote && (isAdjunct(toks[objEnd]) || isComma(toks[objEnd])))) && !toks.some((t) => t.kind === 'q')) {
      // "Trump said on Twitter." under a quotation: the quotation above is the content
      dangling = { content: [], cue, source: spanOf(toks, subj.from, subj.to), cls: c.cls, inherit: false, issuer, orphan: false, frame: 'dangling' };
      continue;
    }
    if (to - from < 2 && !(to - from === 1 && toks[from]?.kind === 'q')) continue;
    const wordsAfter = toks.slice(from, to).reduce((n, t) => n + (t.kind === 'w' ? 1 : t.kind === 'q' ? t.text.split(/\s+/).length : 0), 0);
    const objectContent = OBJECT_CONTENT.has(c.base) && wordsAfter >= 1 && !isAdjunct(toks[from]);
    if (!preEvidence && !objectContent && (wordsAfter < 3 || (wordsAfter <= 6 && isTail(toks, from, to) && !toks.slice(from, to).some((t) => t.kind === 'q')))) continue;
    const content = spanOf(toks, from, to);
    if (!content) continue;
    emit({ content: [content], cue, source: spanOf(toks, subj.from, subj.to), cls: c.cls, frame: 'pre', issuer, ...(refersTo ? { refersTo } : {}) }, to);
  }
  if (dangling && out.length === 0) return [dangling];
  // quotations no cue claimed
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.kind !== 'q' || covered.has(i)) continue;
    if (out.some((a) => a.content.some((s) => s.start < t.end && t.start < s.end))) continue;
    out.push({ content: [{ start: t.start, end: t.end }], cue: null, source: null, cls: 'speech', inherit: false, issuer: false, orphan: true, frame: 'orphan' });
  }
  out.sort((x, y) => (x.content[0] as Span).start - (y.content[0] as Span).start);
  return out;
}

/** ", "B."" after a cue: the second piece of an interrupted quotation. */
function secondQuote(toks: Tok[], k: number): number {
  let j = k;
  // skip "on Tuesday", "in a statement"
  while (j < toks.length && j - k < 6 && isWord(toks[j]) && (TIME_WORDS.has((toks[j] as Tok).lower) || (toks[j] as Tok).cap)) j++;
  if (isPunct(toks[j], ',:.') && toks[j + 1]?.kind === 'q') return j + 1;
  return -1;
}
