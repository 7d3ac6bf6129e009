import type { Tok } from '../tokens.ts';
import { CONTINUATION_BASES, PURPOSE_CUES } from '../lexicon.ts';
import { CONTRASTING } from '../words.ts';
import type { Cand } from './candidates.ts';
import { isComma, isPunct } from './tok.ts';

/**
 * Where the content of candidate ci must end, so that one attribution's content never swallows the next
 * attribution's cue: at a continuation ("..., adding that") or a trailing "according to", else at a later clause
 * with a cue of its own ("X said A, but he said B").
 */
export function contentLimit(toks: Tok[], cands: Cand[], ci: number): number {
  const c = cands[ci] as Cand;
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
  // "X said A, but he said B" / "X denied A and counter-accused B"
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
  return limit;
}
