import { INVERTING, OBJECT_VERBS } from '../../lexicon.ts';
import type { FrameContext, Range, VerbCue } from '../context.ts';
import { isAdjunct, isTail } from '../content.ts';
import { npRight, sourceToEnd } from '../source.ts';
import { isComma, spanOf } from '../tok.ts';

// A line that is only an attribution under a quotation: the caller gives it the quotation above as content,
// and only if the line yields nothing else.

/** "said Murphy, who ..." alone on a line under a quotation. */
export function matchDanglingInverted(ctx: FrameContext, v: VerbCue): boolean {
  const { toks, c, afterQuote, out } = ctx;
  if (!(afterQuote && c.at === 0 && out.length === 0 && c.cls === 'speech' && INVERTING.has(c.base) && !toks.some((t) => t.kind === 'q'))) return false;
  const np = npRight(toks, v.ce);
  if (!np) return false;
  const src = sourceToEnd(toks, np, toks.length);
  ctx.setDangling({ content: [], cue: spanOf(toks, c.at, v.ce), source: spanOf(toks, src.from, src.to), cls: c.cls, inherit: false, issuer: v.issuer, orphan: false, frame: 'dangling' });
  return true;
}

/** "Trump said on Twitter." under a quotation: a subject and a cue with only a tail after them. */
export function matchDanglingPre(ctx: FrameContext, v: VerbCue, subj: Range): boolean {
  const { toks, c, afterQuote, out } = ctx;
  const { ce } = v;
  if (!(afterQuote && subj.from === 0 && c.cls === 'speech' && out.length === 0)) return false;
  const objEnd = OBJECT_VERBS.has(c.base) ? (npRight(toks, ce, true)?.to ?? ce) : ce;
  const restWords = toks.slice(ce).filter((t) => t.kind === 'w').length;
  const onlyTail = (isTail(toks, ce, toks.length) && restWords <= 8) || isAdjunct(toks[objEnd]) || isComma(toks[objEnd]);
  if (!onlyTail || toks.some((t) => t.kind === 'q')) return false;
  ctx.setDangling({ content: [], cue: v.cue, source: spanOf(toks, subj.from, subj.to), cls: c.cls, inherit: false, issuer: v.issuer, orphan: false, frame: 'dangling' });
  return true;
}
