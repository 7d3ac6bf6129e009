import { INVERTING } from '../../lexicon.ts';
import type { Tok } from '../../tokens.ts';
import { NOUNISH_LOWER, PRONOUNS, SPEAKER_HEADS } from '../../words.ts';
import type { FrameContext, VerbCue } from '../context.ts';
import { isTail, secondQuote, trimEnd, trimStart } from '../content.ts';
import { npRight, sourceToEnd } from '../source.ts';
import { isComma, spanOf } from '../tok.ts';

/** Does a phrase after "said" name someone: a name, a pronoun, or a noun for people or bodies before any "of"? */
function speakerLike(toks: Tok[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = toks[i] as Tok;
    if (t.lower === 'of') return false;
    if (t.kind === 'w' && (t.cap || PRONOUNS.has(t.lower) || NOUNISH_LOWER.test(t.lower) || SPEAKER_HEADS.has(t.lower))) return true;
  }
  return false;
}

/** INV: ""...," said X", "..., said the readout": the content before the cue, the source after it. */
export function matchInverted(ctx: FrameContext, v: VerbCue): boolean {
  const { toks, c, taken, limit } = ctx;
  const { cs, ce, before } = v;
  if (!((isComma(before) || before?.kind === 'q') && cs === c.at && c.cls === 'speech' && INVERTING.has(c.base))) return false;
  const np = npRight(toks, ce);
  const enough = before?.kind === 'q' || cs - taken >= 4;
  // "said she almost always ...": a pronoun followed by more words is a new clause, not a source
  const pronounClause = np !== null && PRONOUNS.has((toks[np.from] as Tok).lower) && np.to - np.from > 1;
  const src = np && !pronounClause ? sourceToEnd(toks, np, limit) : null;
  const quotedFirst = before?.kind === 'q' && before.text.split(/\s+/).length >= 3;
  if (!(np && src && cs > taken && enough && (quotedFirst || isTail(toks, src.to, limit, true)))) return false;
  // "…, noted the historic nature of this initiative": after a clause, a verb's object is no speaker
  if (before?.kind !== 'q' && !speakerLike(toks, src.from, src.to)) return false;
  const to = before?.kind === 'q' ? cs : trimEnd(toks, taken, cs);
  const from = trimStart(toks, taken, to);
  const content = spanOf(toks, from, to);
  if (!content) return false;
  const spans = [content];
  const second = secondQuote(toks, src.to);
  if (second >= 0) spans.push({ start: (toks[second] as Tok).start, end: (toks[second] as Tok).end });
  ctx.emit({ content: spans, cue: spanOf(toks, c.at, ce), source: spanOf(toks, src.from, src.to), cls: c.cls, frame: 'inv', issuer: v.issuer }, second >= 0 ? second + 1 : src.to);
  return true;
}
