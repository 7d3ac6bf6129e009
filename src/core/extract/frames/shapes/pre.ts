import type { Span } from '../../../model.ts';
import { OBJECT_CONTENT, PLEDGES } from '../../lexicon.ts';
import type { Tok } from '../../tokens.ts';
import type { FrameContext, Range, VerbCue } from '../context.ts';
import { contentStartAfter, isAdjunct, isTail, trimEnd } from '../content.ts';
import { clauseSubject } from '../source.ts';
import { isComma, isPunct, spanOf } from '../tok.ts';

/**
 * "began by saying, "..."", "went on to say: "..."": no source right before the cue, but a quotation right after
 * it. The quotation is the content and the clause's subject speaks. Claims the candidate whenever such a quotation
 * follows (quoteAt >= 0), even if it emits nothing.
 */
export function matchQuoteAhead(ctx: FrameContext, v: VerbCue, subj: Range | null, quoteAt: number): boolean {
  const { toks, c, taken, limit } = ctx;
  const { cs, ce } = v;
  if (!((!subj || subj.from < taken) && quoteAt >= 0)) return false;
  const cs2 = clauseSubject(toks, cs);
  const from = contentStartAfter(toks, ce, c.base, limit);
  const to = trimEnd(toks, from, limit);
  const content = spanOf(toks, from, to);
  if (content && from <= quoteAt) {
    ctx.emit({ content: [content], cue: v.cue, source: cs2 && cs2.from >= taken && cs2.to <= cs ? spanOf(toks, cs2.from, cs2.to) : null, cls: c.cls, frame: 'pre', issuer: v.issuer }, to);
  }
  return true;
}

/** Does what follows the cue say the content comes after it: "that", a colon, a quotation, a pledge's "to"?
 * (Read by POST, which it argues against, and PRE, which it argues for.) */
export function preEvidence(ctx: FrameContext, v: VerbCue, subj: Range, quoteAt: number): boolean {
  const { toks, c, limit } = ctx;
  const { ce } = v;
  const bt = toks[subj.from - 1];
  const after = toks[ce];
  // ("…, both countries pledged to create …": a pledge's content is its infinitive)
  return after !== undefined && ((quoteAt >= 0 && bt?.kind !== 'q') || after.lower === 'that' || (after.lower === 'to' && PLEDGES.has(c.base)) || isPunct(after, ':') || after.kind === 'q' || (isComma(after) && toks[ce + 1]?.kind === 'q' && bt?.kind !== 'q') || contentStartAfter(toks, ce, c.base, limit) < limit && toks[contentStartAfter(toks, ce, c.base, limit)]?.lower === 'that');
}

/** PRE: "X said (that) ...", "X said: "..."", "X told reporters that ...", "X announced his resignation". Without
 * evidence of content after the cue, a few words of tail ("X said on Tuesday") are not content. */
export function matchPre(ctx: FrameContext, v: VerbCue, subj: Range, evidence: boolean, refersTo: Span | undefined): boolean {
  const { toks, c, limit } = ctx;
  const from = contentStartAfter(toks, v.ce, c.base, limit);
  const to = trimEnd(toks, from, limit);
  if (to - from < 2 && !(to - from === 1 && toks[from]?.kind === 'q')) return false;
  const wordsAfter = toks.slice(from, to).reduce((n, t: Tok) => n + (t.kind === 'w' ? 1 : t.kind === 'q' ? t.text.split(/\s+/).length : 0), 0);
  const objectContent = OBJECT_CONTENT.has(c.base) && wordsAfter >= 1 && !isAdjunct(toks[from]);
  if (!evidence && !objectContent && (wordsAfter < 3 || (wordsAfter <= 6 && isTail(toks, from, to) && !toks.slice(from, to).some((t) => t.kind === 'q')))) return false;
  const content = spanOf(toks, from, to);
  if (!content) return false;
  ctx.emit({ content: [content], cue: v.cue, source: spanOf(toks, subj.from, subj.to), cls: c.cls, frame: 'pre', issuer: v.issuer, ...(refersTo ? { refersTo } : {}) }, to);
  return true;
}
