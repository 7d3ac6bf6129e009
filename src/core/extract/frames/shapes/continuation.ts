import { CONTINUATION_BASES, DOCUMENT_SAYING_VERBS, FINITE_CONTINUING_FORMS } from '../../lexicon.ts';
import type { Tok } from '../../tokens.ts';
import { ING_CUE_LINKS, SAYING_DOCUMENTS } from '../../words.ts';
import type { FrameContext, RawAttribution, VerbCue } from '../context.ts';
import { contentStartAfter, trimEnd } from '../content.ts';
import { clauseSubject } from '../source.ts';
import { isComma, spanOf } from '../tok.ts';

/**
 * CONT: "..., adding that ...", "... and added that ...", "by saying ...": the cue continues a clause, so its
 * source is the previous attribution's (inherit) or, with none, the clause's subject. Also "X issued a statement
 * saying …", whose source is always the clause's subject, the document's issuer.
 */
export function matchContinuation(ctx: FrameContext, v: VerbCue): boolean {
  const { toks, c, limit, out } = ctx;
  const { cs, ce, before } = v;
  const form = (toks[c.at] as Tok).lower;
  const pastOrIng = /ing$|ed$/.test(form) || FINITE_CONTINUING_FORMS.has(form);
  const linked = (before?.lower === 'and' || before?.lower === 'but') && pastOrIng;
  const byIng = form.endsWith('ing') && ING_CUE_LINKS.has(before?.lower ?? '') && cs === c.at;
  const documentSaying = form.endsWith('ing') && cs === c.at && SAYING_DOCUMENTS.has(before?.lower ?? '') && DOCUMENT_SAYING_VERBS.has(c.base);
  // ("X said A and expressed B": after "and", any verb of saying carries the subject over)
  const isContinuation = (((isComma(before) && form.endsWith('ing') && cs === c.at) || byIng) && CONTINUATION_BASES.has(c.base)) || (linked && c.cls === 'speech') || documentSaying;
  if (!isContinuation) return false;
  // "When announcing the shutdown, the Prime Minister called on …": a clause that opens the sentence reports nothing
  // itself; its subject is the main clause's, whose own cue comes after the comma
  const opener = toks[cs - 2];
  if (byIng && (cs - 1 === 0 || opener?.kind === 'q' || (opener?.kind === 'p' && '.;:!?'.includes(opener.text)))) return true;
  const from = contentStartAfter(toks, ce, c.base, limit);
  const to = trimEnd(toks, from, limit);
  const content = spanOf(toks, from, to);
  if (!content || !(to - from >= 2 || toks[from]?.kind === 'q')) return false;
  const prevSource = out.length && !documentSaying ? (out[out.length - 1] as RawAttribution).source : null;
  let source = prevSource;
  let inherit = true;
  if (!source) {
    const np = clauseSubject(toks, c.at);
    source = np ? spanOf(toks, np.from, np.to) : null;
    inherit = false;
  }
  ctx.emit({ content: [content], cue: spanOf(toks, c.at, c.end), source, cls: c.cls, frame: 'cont', inherit }, to);
  return true;
}
