/**
 * Cue frames: within one unit, find each reporting cue and the source and content around it, following the
 * shapes English news uses:
 *   PRE   "X said (that) ...", "X said: "..."", "X told reporters that ...", "X asked Y for ..."
 *   POST  ""...," X said", "..., the Kremlin said in a statement", ""A," he said, "B.""  (mixed, two spans)
 *   INV   ""...," said X", "..., said the readout"
 *   ACC   "according to X, ...", "..., according to X"
 *   CONT  "..., adding that ...", "... and added that ..." (the source carries over)
 * A quotation in the unit that no cue claims is returned as an orphan for the caller to attach.
 */
import type { Span } from '../model.ts';
import { CONTINUATION_BASES, CUE_PREFIX, DOCUMENT_SAYING_VERBS, FINITE_CONTINUING_FORMS, INVERTING, OBJECT_CONTENT, OBJECT_VERBS, PLEDGES, PURPOSE_CUES, type CueClass } from './lexicon.ts';
import { PRONOUNS } from './names.ts';
import type { Tok, Unit } from './tokens.ts';
import { BEFORE_CUE, CONTRASTING, ING_CUE_LINKS, INTRO_WORDS, ISSUED_DOCUMENTS, LY_NOT_ADVERBS, SAYING_DOCUMENTS, WEEKDAYS } from './words.ts';
import { isComma, isPunct, isWord, spanOf } from './frames/tok.ts';
import { clauseSubject, npRight, sourceToEnd, subjectLeft, subjectLeftPlain, withAppositive } from './frames/source.ts';
import { contentStartAfter, isAdjunct, isTail, quoteAhead, quoteOnlyStart, resumeAfter, secondQuote, trimEnd, trimStart } from './frames/content.ts';
import { findCandidates, type Cand } from './frames/candidates.ts';

export interface RawAttribution {
  content: Span[];
  cue: Span | null;
  source: Span | null;
  cls: CueClass;
  /** The source was carried over from the previous attribution in the unit. */
  inherit: boolean;
  /** The cue says the source issued a document ("said in a statement"). */
  issuer: boolean;
  /** A quotation with no cue of its own. */
  orphan: boolean;
  /** For a relative "who" source: the noun phrase it stands for ("Christian Pardo, who said ..."). */
  refersTo?: Span;
  /** Is the source placed after the cue ("said X", "according to X")? */
  frame: 'pre' | 'post' | 'inv' | 'acc' | 'cont' | 'orphan' | 'dangling' | 'purpose';
}

/** Find the attributions in one unit. */
export function analyzeUnit(unit: Unit, afterQuote = false): RawAttribution[] {
  const toks = unit.toks;
  const out: RawAttribution[] = [];
  const cands = findCandidates(toks);
  // "..., according to X." at the end of a sentence attributes the whole sentence
  for (const c of cands) {
    if (!c.according || !isComma(toks[c.at - 1]) || c.at < 4) continue;
    const np = npRight(toks, c.end, false, true);
    if (!np || !isTail(toks, np.to, toks.length)) continue;
    const src = withAppositive(toks, np);
    const to = trimEnd(toks, 0, c.at - 1);
    const content = spanOf(toks, 0, to);
    if (!content) continue;
    return [{ content: [content], cue: spanOf(toks, c.at, c.end), source: spanOf(toks, src.from, src.to), cls: 'speech', inherit: false, issuer: false, orphan: false, frame: 'acc' }];
  }
  /** Tokens before this index are taken. */
  let taken = 0;
  let dangling: RawAttribution | null = null;
  const covered = new Set<number>();
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci] as Cand;
    if (c.at < taken) continue;
    const nextCand = cands[ci + 1];
    // a content ends where a continuation ("..., adding that") or an "according to" starts
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
    void nextCand;
    // "X said A, but he said B" / "X denied A and counter-accused B": a later clause with its own cue ends the content
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
    const emit = (a: Omit<RawAttribution, 'inherit' | 'issuer' | 'orphan'> & Partial<RawAttribution>, lastTok: number): void => {
      const content = a.content.filter((s) => s.end > s.start);
      if (content.length === 0) return;
      out.push({ inherit: false, issuer: false, orphan: false, ...a, content });
      taken = Math.max(taken, lastTok);
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i] as Tok;
        if (t.kind === 'q' && content.some((s) => s.start <= t.start && t.end <= s.end)) covered.add(i);
      }
    };

    if (c.passive) {
      // content: the question, up to the comma that ends the clause
      let j = c.end;
      if (toks[j]?.lower === 'by') {
        const np = npRight(toks, j + 1);
        if (np) j = np.to;
      }
      let e = j;
      while (e < limit && !isPunct(toks[e], ',;.?!:') && e - j < 40) e++;
      const content = spanOf(toks, trimStart(toks, j, e), e);
      if (content && e - j >= 1) emit({ content: [content], cue: spanOf(toks, c.at, c.end), source: null, cls: 'speech', frame: 'pre' }, e);
      continue;
    }
    if (c.according) {
      const np = npRight(toks, c.end, false, true);
      if (!np) continue;
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
        if (!content || to - from < 2) continue;
        spans.push(content);
        lastTok = to;
      } else {
        from = taken;
        to = trimEnd(toks, from, c.at);
        const before = spanOf(toks, from, to);
        if (before) spans.push(before);
        // "Fundraising, according to the campaign, has surged": the content resumes after the source
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
        if (words < 2) continue;
      }
      emit({ content: spans, cue, source: spanOf(toks, src.from, src.to), cls: 'speech', frame: 'acc' }, lastTok);
      continue;
    }

    // auxiliaries and adverbs before the verb belong to the cue
    let cs = c.at;
    // "Clinton on Tuesday said": a day between subject and verb
    if (cs - 2 >= taken && toks[cs - 2]?.lower === 'on' && WEEKDAYS.has(toks[cs - 1]?.lower ?? '')) cs -= 2;
    // "Sanders often said", "candidates broadly agreed": adverbs before the verb belong to the cue
    while (cs - 1 > taken && isWord(toks[cs - 1]) && /ly$/.test((toks[cs - 1] as Tok).lower) && !(toks[cs - 1] as Tok).cap && isWord(toks[cs - 2]) && !LY_NOT_ADVERBS.has((toks[cs - 1] as Tok).lower)) cs--;
    while (cs - 1 >= taken && isWord(toks[cs - 1]) && BEFORE_CUE.has((toks[cs - 1] as Tok).lower) && (CUE_PREFIX.has((toks[cs - 1] as Tok).lower) || /day$|night$/.test((toks[cs - 1] as Tok).lower))) cs--;
    let ce = c.end;
    // "said in a statement" is one cue
    if (toks[ce]?.lower === 'in' && (toks[ce + 1]?.lower === 'a' || toks[ce + 1]?.lower === 'an') && ISSUED_DOCUMENTS.has(toks[ce + 2]?.lower ?? '')) ce += 3;
    const issuer = ISSUED_DOCUMENTS.has(toks[ce - 1]?.lower ?? '') && ce > c.end;
    const cue = spanOf(toks, cs, ce);
    const before = toks[cs - 1];

    // CONT: "..., adding that ...", "... and added that ..."
    const form = (toks[c.at] as Tok).lower;
    const pastOrIng = /ing$|ed$/.test(form) || FINITE_CONTINUING_FORMS.has(form);
    const linked = (before?.lower === 'and' || before?.lower === 'but') && pastOrIng;
    const byIng = form.endsWith('ing') && ING_CUE_LINKS.has(before?.lower ?? '') && cs === c.at;
    // "X issued a statement saying …": the document's issuer is the clause's subject
    const documentSaying = form.endsWith('ing') && cs === c.at && SAYING_DOCUMENTS.has(before?.lower ?? '') && DOCUMENT_SAYING_VERBS.has(c.base);
    // "X said A and expressed B": after "and", any verb of saying carries the subject over
    const isContinuation = (((isComma(before) && form.endsWith('ing') && cs === c.at) || byIng) && CONTINUATION_BASES.has(c.base)) || (linked && c.cls === 'speech') || documentSaying;
    if (isContinuation) {
      const from = contentStartAfter(toks, ce, c.base, limit);
      const to = trimEnd(toks, from, limit);
      const content = spanOf(toks, from, to);
      if (content && (to - from >= 2 || toks[from]?.kind === 'q')) {
        const prevSource = out.length && !documentSaying ? (out[out.length - 1] as RawAttribution).source : null;
        let source = prevSource;
        let inherit = true;
        if (!source) {
          const np = clauseSubject(toks, c.at);
          source = np ? spanOf(toks, np.from, np.to) : null;
          inherit = false;
        }
        emit({ content: [content], cue: spanOf(toks, c.at, c.end), source, cls: c.cls, frame: 'cont', inherit }, to);
        continue;
      }
    }

    // a line that is only "said Murphy, who ..." under a quotation
    if (afterQuote && c.at === 0 && out.length === 0 && c.cls === 'speech' && INVERTING.has(c.base) && !toks.some((t) => t.kind === 'q')) {
      const np = npRight(toks, ce);
      if (np) {
        const src = sourceToEnd(toks, np, toks.length);
        dangling = { content: [], cue: spanOf(toks, c.at, ce), source: spanOf(toks, src.from, src.to), cls: c.cls, inherit: false, issuer, orphan: false, frame: 'dangling' };
        continue;
      }
    }
    // INV: ""...," said X" / "..., said the readout"
    if ((isComma(before) || before?.kind === 'q') && cs === c.at && c.cls === 'speech' && INVERTING.has(c.base)) {
      const np = npRight(toks, ce);
      const enough = before?.kind === 'q' || cs - taken >= 4;
      // "said she almost always ...": a pronoun followed by more words is a new clause, not a source
      const pronounClause = np !== null && PRONOUNS.has((toks[np.from] as Tok).lower) && np.to - np.from > 1;
      const src = np && !pronounClause ? sourceToEnd(toks, np, limit) : null;
      const quotedFirst = before?.kind === 'q' && before.text.split(/\s+/).length >= 3;
      if (np && src && cs > taken && enough && (quotedFirst || isTail(toks, src.to, limit, true))) {
        const to = before?.kind === 'q' ? cs : trimEnd(toks, taken, cs);
        const from = trimStart(toks, taken, to);
        const content = spanOf(toks, from, to);
        if (content) {
          const spans = [content];
          const second = secondQuote(toks, src.to);
          if (second >= 0) spans.push({ start: (toks[second] as Tok).start, end: (toks[second] as Tok).end });
          emit({ content: spans, cue: spanOf(toks, c.at, ce), source: spanOf(toks, src.from, src.to), cls: c.cls, frame: 'inv', issuer }, second >= 0 ? second + 1 : src.to);
          continue;
        }
      }
    }

    let subj = subjectLeft(toks, cs);
    let refersTo: Span | undefined;
    if (!subj && (toks[cs - 1]?.lower === 'who' || toks[cs - 1]?.lower === 'which') && isComma(toks[cs - 2]) && cs - 1 >= taken) {
      // "Christian Pardo, who said ...": the source is "who", standing for the phrase before the comma
      // ("Thomas Gray, 24, who ...": over an age)
      const age = /^\d{1,3}$/.test(toks[cs - 3]?.lower ?? '') && isComma(toks[cs - 4]);
      const np = subjectLeftPlain(toks, age ? cs - 4 : cs - 2);
      if (np) {
        subj = { from: cs - 1, to: cs };
        refersTo = spanOf(toks, np.from, np.to) ?? undefined;
      }
    }
    // "met with President X to reaffirm our ties, reiterate …, and recognize that …": a readout's purpose is said
    const bare = (toks[c.at] as Tok).lower === c.base;
    const purpose = !subj && bare && PURPOSE_CUES.has(c.base) && (toks[cs - 1]?.lower === 'to' || ((isComma(toks[cs - 1]) || toks[cs - 1]?.lower === 'and') && out.length > 0 && (out[out.length - 1] as RawAttribution).frame === 'purpose'));
    if (purpose) {
      const from = contentStartAfter(toks, ce, c.base, limit);
      const to = trimEnd(toks, from, limit);
      const content = spanOf(toks, from, to);
      const prev = out[out.length - 1];
      const np = toks[cs - 1]?.lower === 'to' ? clauseSubject(toks, cs - 1) : null;
      const source = np ? spanOf(toks, np.from, np.to) : prev ? prev.source : null;
      if (content && to - from >= 2 && source) {
        emit({ content: [content], cue, source, cls: c.cls, frame: 'purpose', inherit: np === null }, to);
        continue;
      }
    }
    const rq = quoteAhead(toks, ce, limit);
    if ((!subj || subj.from < taken) && rq >= 0) {
      // "began by saying, "..."", "went on to say: "..."": the quotation is the content, the clause subject speaks
      const cs2 = clauseSubject(toks, cs);
      const from = contentStartAfter(toks, ce, c.base, limit);
      const to = trimEnd(toks, from, limit);
      const content = spanOf(toks, from, to);
      if (content && from <= rq) {
        emit({ content: [content], cue, source: cs2 && cs2.from >= taken && cs2.to <= cs ? spanOf(toks, cs2.from, cs2.to) : null, cls: c.cls, frame: 'pre', issuer }, to);
      }
      continue;
    }
    if (!subj || subj.from < taken) continue;
    const b = subj.from - 1;
    const bt = toks[b];
    const contentBefore = b >= taken && (isPunct(bt, ',:') || bt?.kind === 'q' || (isPunct(bt, '—–') && toks[b - 1]?.kind === 'q')) && (bt?.kind === 'q' || b - taken >= 1);
    const after = toks[ce];
    // ("…, both countries pledged to create …": a pledge's content is its infinitive)
    const preEvidence = after !== undefined && ((rq >= 0 && bt?.kind !== 'q') || after.lower === 'that' || (after.lower === 'to' && PLEDGES.has(c.base)) || isPunct(after, ':') || after.kind === 'q' || (isComma(after) && toks[ce + 1]?.kind === 'q' && bt?.kind !== 'q') || contentStartAfter(toks, ce, c.base, limit) < limit && toks[contentStartAfter(toks, ce, c.base, limit)]?.lower === 'that');

    const adjunct = isAdjunct(after);
    // ""...," the governor said, before clarifying ...": a quotation right before a short source is its content
    const strongPost = bt?.kind === 'q' && subj.to - subj.from <= 12 && after?.lower !== 'that' && !isPunct(after, ':') && (bt.text.split(/\s+/).length >= 4 || isTail(toks, ce, limit));
    // "The new rules, officials said, will take effect": a parenthetical attribution
    const parenthetical = isComma(bt) && isComma(after) && toks[ce + 1]?.kind !== 'q';
    // "In 2016, X endorsed ...": a short introductory phrase is not reported content
    const introOnly = bt?.kind !== 'q' && b - taken <= 4 && isWord(toks[taken]) && (INTRO_WORDS.has((toks[taken] as Tok).lower) || /^\d/.test((toks[taken] as Tok).lower));
    if (contentBefore && !introOnly && (strongPost || parenthetical || (!preEvidence && (adjunct || isTail(toks, ce, limit))))) {
      // POST
      const to = bt?.kind === 'q' ? b + 1 : b;
      let from = trimStart(toks, taken, to);
      if (bt?.kind === 'q') from = Math.max(from, quoteOnlyStart(toks, from, b));
      const content = spanOf(toks, from, bt?.kind === 'q' ? to : trimEnd(toks, from, to));
      if (!content) continue;
      const spans = [content];
      let last = ce;
      const second = secondQuote(toks, ce);
      if (second >= 0) {
        spans.push({ start: (toks[second] as Tok).start, end: (toks[second] as Tok).end });
        last = second + 1;
      } else {
        // "X, officials said, was aimed at ...": the content resumes after the attribution
        const rest = resumeAfter(toks, ce, limit);
        if (rest) {
          spans.push(rest.span);
          last = rest.end;
        }
      }
      emit({ content: spans, cue, source: spanOf(toks, subj.from, subj.to), cls: c.cls, frame: 'post', issuer }, last);
      continue;
    }
    // PRE
    const from = contentStartAfter(toks, ce, c.base, limit);
    const to = trimEnd(toks, from, limit);
    const objEnd = OBJECT_VERBS.has(c.base) ? (npRight(toks, ce, true)?.to ?? ce) : ce;
    const restWords = toks.slice(ce).filter((t) => t.kind === 'w').length;
    if (afterQuote && subj.from === 0 && c.cls === 'speech' && out.length === 0 && ((isTail(toks, ce, toks.length) && restWords <= 8) || (afterQuote && (isAdjunct(toks[objEnd]) || isComma(toks[objEnd])))) && !toks.some((t) => t.kind === 'q')) {
      // "Trump said on Twitter." under a quotation: the quotation above is the content
      dangling = { content: [], cue, source: spanOf(toks, subj.from, subj.to), cls: c.cls, inherit: false, issuer, orphan: false, frame: 'dangling' };
      continue;
    }
    if (to - from < 2 && !(to - from === 1 && toks[from]?.kind === 'q')) continue;
    const wordsAfter = toks.slice(from, to).reduce((n, t) => n + (t.kind === 'w' ? 1 : t.kind === 'q' ? t.text.split(/\s+/).length : 0), 0);
    const objectContent = OBJECT_CONTENT.has(c.base) && wordsAfter >= 1 && !isAdjunct(toks[from]);
    if (!preEvidence && !objectContent && (wordsAfter < 3 || (wordsAfter <= 6 && isTail(toks, from, to) && !toks.slice(from, to).some((t) => t.kind === 'q')))) continue;
    const content = spanOf(toks, from, to);
    if (!content) continue;
    emit({ content: [content], cue, source: spanOf(toks, subj.from, subj.to), cls: c.cls, frame: 'pre', issuer, ...(refersTo ? { refersTo } : {}) }, to);
  }
  if (dangling && out.length === 0) return [dangling];
  // quotations no cue claimed
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.kind !== 'q' || covered.has(i)) continue;
    if (out.some((a) => a.content.some((s) => s.start < t.end && t.start < s.end))) continue;
    out.push({ content: [{ start: t.start, end: t.end }], cue: null, source: null, cls: 'speech', inherit: false, issuer: false, orphan: true, frame: 'orphan' });
  }
  out.sort((x, y) => (x.content[0] as Span).start - (y.content[0] as Span).start);
  return out;
}
