import { PURPOSE_CUES } from '../../lexicon.ts';
import type { Tok } from '../../tokens.ts';
import type { FrameContext, Range, RawAttribution, VerbCue } from '../context.ts';
import { contentStartAfter, trimEnd } from '../content.ts';
import { clauseSubject } from '../source.ts';
import { isComma, spanOf } from '../tok.ts';

/**
 * PURPOSE: "met with President X to reaffirm our ties, reiterate …, and recognize that …": a readout reports a
 * meeting's purposes as said. The first ("to reaffirm") takes the clause's subject; each later one in the list
 * inherits the source of the one before.
 */
export function matchPurpose(ctx: FrameContext, v: VerbCue, subj: Range | null): boolean {
  const { toks, c, limit, out } = ctx;
  const { cs, ce } = v;
  const bare = (toks[c.at] as Tok).lower === c.base;
  const purpose = !subj && bare && PURPOSE_CUES.has(c.base) && (toks[cs - 1]?.lower === 'to' || ((isComma(toks[cs - 1]) || toks[cs - 1]?.lower === 'and') && out.length > 0 && (out[out.length - 1] as RawAttribution).frame === 'purpose'));
  if (!purpose) return false;
  const from = contentStartAfter(toks, ce, c.base, limit);
  const to = trimEnd(toks, from, limit);
  const content = spanOf(toks, from, to);
  const prev = out[out.length - 1];
  const np = toks[cs - 1]?.lower === 'to' ? clauseSubject(toks, cs - 1) : null;
  const source = np ? spanOf(toks, np.from, np.to) : prev ? prev.source : null;
  if (!(content && to - from >= 2 && source)) return false;
  ctx.emit({ content: [content], cue: v.cue, source, cls: c.cls, frame: 'purpose', inherit: np === null }, to);
  return true;
}
