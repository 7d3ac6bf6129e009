import type { FrameContext } from '../context.ts';
import { trimStart } from '../content.ts';
import { npRight } from '../source.ts';
import { isPunct, spanOf } from '../tok.ts';

/**
 * "Asked whether ..., Ryan said", "He was asked about ...": a question put to someone with no named asker. The
 * question is the content; the source is left to the resolver. Always claims the candidate.
 */
export function matchAsked(ctx: FrameContext): true {
  const { toks, c, limit } = ctx;
  // content: the question, up to the comma that ends the clause
  let j = c.end;
  if (toks[j]?.lower === 'by') {
    const np = npRight(toks, j + 1);
    if (np) j = np.to;
  }
  let e = j;
  while (e < limit && !isPunct(toks[e], ',;.?!:') && e - j < 40) e++;
  const content = spanOf(toks, trimStart(toks, j, e), e);
  if (content && e - j >= 1) ctx.emit({ content: [content], cue: spanOf(toks, c.at, c.end), source: null, cls: 'speech', frame: 'pre' }, e);
  return true;
}
