import { CUE_PREFIX } from '../lexicon.ts';
import type { Tok } from '../tokens.ts';
import { BEFORE_CUE, ISSUED_DOCUMENTS, LY_NOT_ADVERBS, WEEKDAYS } from '../words.ts';
import type { Cand } from './candidates.ts';
import type { VerbCue } from './context.ts';
import { isWord, spanOf } from './tok.ts';

/** A verb candidate's whole cue: what stands between the subject and the verb, and "in a statement" after it.
 * Never reaches back into tokens an earlier attribution took. */
export function verbCue(toks: Tok[], c: Cand, taken: number): VerbCue {
  let cs = c.at;
  // "Clinton on Tuesday said": a day between subject and verb
  if (cs - 2 >= taken && toks[cs - 2]?.lower === 'on' && WEEKDAYS.has(toks[cs - 1]?.lower ?? '')) cs -= 2;
  // "Sanders often said", "candidates broadly agreed"
  while (cs - 1 > taken && isWord(toks[cs - 1]) && /ly$/.test((toks[cs - 1] as Tok).lower) && !(toks[cs - 1] as Tok).cap && isWord(toks[cs - 2]) && !LY_NOT_ADVERBS.has((toks[cs - 1] as Tok).lower)) cs--;
  while (cs - 1 >= taken && isWord(toks[cs - 1]) && BEFORE_CUE.has((toks[cs - 1] as Tok).lower) && (CUE_PREFIX.has((toks[cs - 1] as Tok).lower) || /day$|night$/.test((toks[cs - 1] as Tok).lower))) cs--;
  let ce = c.end;
  if (toks[ce]?.lower === 'in' && (toks[ce + 1]?.lower === 'a' || toks[ce + 1]?.lower === 'an') && ISSUED_DOCUMENTS.has(toks[ce + 2]?.lower ?? '')) ce += 3;
  const issuer = ISSUED_DOCUMENTS.has(toks[ce - 1]?.lower ?? '') && ce > c.end;
  return { cs, ce, cue: spanOf(toks, cs, ce), issuer, before: toks[cs - 1] };
}
