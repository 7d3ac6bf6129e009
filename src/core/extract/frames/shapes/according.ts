import type { Span } from '../../../model.ts';
import type { Tok } from '../../tokens.ts';
import type { Cand } from '../candidates.ts';
import type { FrameContext, RawAttribution } from '../context.ts';
import { isTail, trimEnd, trimStart } from '../content.ts';
import { npRight, withAppositive } from '../source.ts';
import { isComma, spanOf } from '../tok.ts';

/**
 * "..., according to X." closing a sentence attributes the whole unit up to it, whatever other cues it holds
 * ("Biden said A, according to the readout": the readout is the source). Returns that one attribution, or null.
 */
export function matchSentenceAccording(toks: Tok[], cands: Cand[]): RawAttribution | null {
  for (const c of cands) {
    if (!c.according || !isComma(toks[c.at - 1]) || c.at < 4) continue;
    const np = npRight(toks, c.end, false, true);
    if (!np || !isTail(toks, np.to, toks.length)) continue;
    const src = withAppositive(toks, np);
    const to = trimEnd(toks, 0, c.at - 1);
    const content = spanOf(toks, 0, to);
    if (!content) continue;
    return { content: [content], cue: spanOf(toks, c.at, c.end), source: spanOf(toks, src.from, src.to), cls: 'speech', inherit: false, issuer: false, orphan: false, frame: 'acc' };
  }
  return null;
}

/**
 * ACC inside a unit: "According to X, ..." (the content follows the source) or "..., according to X" and
 * "Fundraising, according to the campaign, has surged" (the content is before it, and may resume after it).
 * Always claims the candidate.
 */
export function matchAccording(ctx: FrameContext): true {
  const { toks, c, taken, limit } = ctx;
  const np = npRight(toks, c.end, false, true);
  if (!np) return true;
  // at the start of the free text, a comma after the source opens the content rather than an appositive
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
    if (!content || to - from < 2) return true;
    spans.push(content);
    lastTok = to;
  } else {
    from = taken;
    to = trimEnd(toks, from, c.at);
    const before = spanOf(toks, from, to);
    if (before) spans.push(before);
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
    if (words < 2) return true;
  }
  ctx.emit({ content: spans, cue, source: spanOf(toks, src.from, src.to), cls: 'speech', frame: 'acc' }, lastTok);
  return true;
}
