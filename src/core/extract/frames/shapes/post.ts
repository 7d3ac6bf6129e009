import type { Span } from '../../../model.ts';
import type { Tok } from '../../tokens.ts';
import { INTRO_WORDS } from '../../words.ts';
import type { FrameContext, Range, VerbCue } from '../context.ts';
import { isAdjunct, isTail, quoteOnlyStart, resumeAfter, secondQuote, trimEnd, trimStart } from '../content.ts';
import { isComma, isPunct, isWord, spanOf } from '../tok.ts';

/**
 * POST: ""...," X said", "..., the Kremlin said in a statement", ""A," he said, "B."" (two spans), and the
 * parenthetical "The new rules, officials said, will take effect" (the content resumes after the attribution).
 * The content is before the source; `evidence` that content follows the cue argues for PRE instead.
 */
export function matchPost(ctx: FrameContext, v: VerbCue, subj: Range, evidence: boolean): boolean {
  const { toks, c, taken, limit } = ctx;
  const { ce } = v;
  const b = subj.from - 1;
  const bt = toks[b];
  const contentBefore = b >= taken && (isPunct(bt, ',:') || bt?.kind === 'q' || (isPunct(bt, '—–') && toks[b - 1]?.kind === 'q')) && (bt?.kind === 'q' || b - taken >= 1);
  const after = toks[ce];
  const adjunct = isAdjunct(after);
  // ""...," the governor said, before clarifying ...": a quotation right before a short source is its content
  const strongPost = bt?.kind === 'q' && subj.to - subj.from <= 12 && after?.lower !== 'that' && !isPunct(after, ':') && (bt.text.split(/\s+/).length >= 4 || isTail(toks, ce, limit));
  const parenthetical = isComma(bt) && isComma(after) && toks[ce + 1]?.kind !== 'q';
  // "In 2016, X endorsed ...": a short introductory phrase is not reported content
  const introOnly = bt?.kind !== 'q' && b - taken <= 4 && isWord(toks[taken]) && (INTRO_WORDS.has(toks[taken].lower) || /^\d/.test(toks[taken].lower));
  if (!(contentBefore && !introOnly && (strongPost || parenthetical || (!evidence && (adjunct || isTail(toks, ce, limit)))))) return false;
  const to = bt?.kind === 'q' ? b + 1 : b;
  let from = trimStart(toks, taken, to);
  if (bt?.kind === 'q') from = Math.max(from, quoteOnlyStart(toks, from, b));
  const content = spanOf(toks, from, bt?.kind === 'q' ? to : trimEnd(toks, from, to));
  // still claimed: it has the POST shape, so PRE must not read the tail after the cue as content
  if (!content) return true;
  const spans: Span[] = [content];
  let last = ce;
  const second = secondQuote(toks, ce);
  if (second >= 0) {
    spans.push({ start: (toks[second] as Tok).start, end: (toks[second] as Tok).end });
    last = second + 1;
  } else {
    const rest = resumeAfter(toks, ce, limit);
    if (rest) {
      spans.push(rest.span);
      last = rest.end;
    }
  }
  ctx.emit({ content: spans, cue: v.cue, source: spanOf(toks, subj.from, subj.to), cls: c.cls, frame: 'post', issuer: v.issuer }, last);
  return true;
}
