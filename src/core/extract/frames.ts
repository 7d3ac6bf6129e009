/**
 * Cue frames: within one unit, find each reporting cue and the source and content around it, following the
 * shapes English news uses (one matcher each, in frames/shapes/):
 *   PRE      "X said (that) ...", "X said: "..."", "X told reporters that ...", "X asked Y for ..."
 *   POST     ""...," X said", "..., the Kremlin said in a statement", ""A," he said, "B.""  (mixed, two spans)
 *   INV      ""...," said X", "..., said the readout"
 *   ACC      "according to X, ...", "..., according to X"
 *   CONT     "..., adding that ...", "... and added that ..." (the source carries over)
 *   PURPOSE  "met with X to reaffirm A, reiterate B" (a readout's purposes, said)
 *   ASKED    "Asked whether ..., X said" (the question is the content)
 *   DANGLING "said Murphy." alone under a quotation (the caller gives it the quotation above)
 * A quotation in the unit that no cue claims is returned as an orphan for the caller to attach.
 *
 * The order of the matchers is part of the rules: each candidate goes to the first shape that claims it.
 */
import type { Span } from '../model.ts';
import type { Tok, Unit } from './tokens.ts';
import { findCandidates, type Cand } from './frames/candidates.ts';
import type { FrameContext, RawAttribution } from './frames/context.ts';
import { quoteAhead } from './frames/content.ts';
import { verbCue } from './frames/cue.ts';
import { contentLimit } from './frames/limit.ts';
import { cueSubject } from './frames/source.ts';
import { matchAccording, matchSentenceAccording } from './frames/shapes/according.ts';
import { matchAsked } from './frames/shapes/asked.ts';
import { matchContinuation } from './frames/shapes/continuation.ts';
import { matchDanglingInverted, matchDanglingPre } from './frames/shapes/dangling.ts';
import { matchInverted } from './frames/shapes/inverted.ts';
import { addOrphans } from './frames/shapes/orphans.ts';
import { matchPost } from './frames/shapes/post.ts';
import { matchPre, matchQuoteAhead, preEvidence } from './frames/shapes/pre.ts';
import { matchPurpose } from './frames/shapes/purpose.ts';

export type { RawAttribution } from './frames/context.ts';

/** Find the attributions in one unit. */
export function analyzeUnit(unit: Unit, afterQuote = false): RawAttribution[] {
  const toks = unit.toks;
  const cands = findCandidates(toks);
  const whole = matchSentenceAccording(toks, cands);
  if (whole) return [whole];
  const out: RawAttribution[] = [];
  let taken = 0;
  let dangling: RawAttribution | null = null;
  /** Quotation tokens inside some attribution's content: not orphans. */
  const covered = new Set<number>();
  const emit: FrameContext['emit'] = (a, lastTok) => {
    const content = a.content.filter((s) => s.end > s.start);
    if (content.length === 0) return;
    out.push({ inherit: false, issuer: false, orphan: false, ...a, content });
    taken = Math.max(taken, lastTok);
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Tok;
      if (t.kind === 'q' && content.some((s) => s.start <= t.start && t.end <= s.end)) covered.add(i);
    }
  };
  const setDangling = (a: RawAttribution): void => {
    dangling = a;
  };
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci] as Cand;
    if (c.at < taken) continue;
    const ctx: FrameContext = { toks, c, taken, limit: contentLimit(toks, cands, ci), afterQuote, out, emit, setDangling };
    if (c.passive) {
      matchAsked(ctx);
      continue;
    }
    if (c.according) {
      matchAccording(ctx);
      continue;
    }
    const v = verbCue(toks, c, taken);
    if (matchContinuation(ctx, v) || matchDanglingInverted(ctx, v) || matchInverted(ctx, v)) continue;
    const { subj, refersTo } = cueSubject(toks, v.cs, taken);
    if (matchPurpose(ctx, v, subj)) continue;
    const quoteAt = quoteAhead(toks, v.ce, ctx.limit);
    if (matchQuoteAhead(ctx, v, subj, quoteAt)) continue;
    // a source inside an earlier attribution is that attribution's, not this cue's
    if (!subj || subj.from < taken) continue;
    const evidence = preEvidence(ctx, v, subj, quoteAt);
    if (matchPost(ctx, v, subj, evidence) || matchDanglingPre(ctx, v, subj)) continue;
    matchPre(ctx, v, subj, evidence, refersTo);
  }
  if (dangling && out.length === 0) return [dangling];
  addOrphans(toks, out, covered);
  out.sort((x, y) => (x.content[0] as Span).start - (y.content[0] as Span).start);
  return out;
}
