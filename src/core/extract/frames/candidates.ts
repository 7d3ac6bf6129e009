/**
 * Cue candidates: the words of a unit that may be reporting verbs (or "according to"), with the many uses of
 * those words that are not speech ("a host of states", "a phenomenon called …", "declined to comment") ruled out.
 */
import { AFTER_QUOTE_ONLY, CLAUSE_ONLY, CUE_PREFIX, IRREGULAR_PAST, lookupCue, NAMING_PARTICIPLES, NOUN_VERBS, PARTICLE_FORMS, PARTICLES, REFUSED_VERBS, REPLY_VERBS, STRICT_NOUN_VERBS, TO_CONTENT_VERBS, type CueClass } from '../lexicon.ts';
import type { Tok } from '../tokens.ts';
import { ARTICLES, ASKED_PASSIVE_BEFORE, SAYING_DOCUMENTS, CALL_PARTICLES, CALL_POINT_PARTICLES, DETERMINERS, NAMING_NOT_NEXT, NOUN_CONTEXT, NOUN_DETERMINERS, NOUNISH_LOWER, PASSIVE_AUX, PASSIVE_OR_ADJECTIVE_BEFORE, POINT_PARTICLES, PRONOUNS, QUESTION_OPENERS, STATE_ADJECTIVE_NEXT, STOP_LEFT } from '../words.ts';
import { isComma, isPunct } from './tok.ts';

export interface Cand {
  at: number;
  /** index just past the cue's last token */
  end: number;
  cls: CueClass;
  base: string;
  according: boolean;
  /** "Asked whether ..., X said": a passive question with no asker. */
  passive?: boolean;
}

export function findCandidates(toks: Tok[]): Cand[] {
  const out: Cand[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.kind !== 'w') continue;
    if (t.lower === 'according' && toks[i + 1]?.lower === 'to') {
      out.push({ at: i, end: i + 2, cls: 'speech', base: 'according', according: true, passive: false });
      i++;
      continue;
    }
    const hit = lookupCue(t.lower);
    let end = i + 1;
    if (hit && AFTER_QUOTE_ONLY.has(hit.base)) {
      // ""...," he continued" / ""...," Trump went on"
      if (hit.base === 'go' && toks[i + 1]?.lower !== 'on') continue;
      let j = i - 1;
      while (j >= 0 && i - j <= 5 && toks[j]?.kind === 'w') j--;
      if (j < 0 || toks[j]?.kind !== 'q' || j === i - 1 && !isComma(toks[i - 1])) {
        if (!(toks[j]?.kind === 'q' && j < i - 1)) continue;
      }
      if (hit.base === 'go') end = i + 2;
    }
    let base: string;
    let cls: CueClass;
    if (hit) {
      base = hit.base;
      cls = hit.cls;
    } else {
      const stem = PARTICLE_FORMS.get(t.lower);
      if (stem === undefined) continue;
      const parts = PARTICLES[stem];
      if (!parts || !parts.includes(toks[i + 1]?.lower ?? '')) continue;
      base = stem;
      cls = 'speech';
      end = i + 2;
    }
    if (base === 'call' || base === 'point') {
      const next = toks[i + 1]?.lower ?? '';
      // "calls for" is a cue ("The Order calls for …"); a noun after a determiner is dropped below
      if (t.lower === 'call' || t.lower === 'point' || t.lower === 'points') continue;
      if (base === 'point' && !POINT_PARTICLES.has(next)) continue;
      if (CALL_POINT_PARTICLES.has(next)) end = i + 2;
    }
    if (hit && hit.base === 'think' && (toks[i + 1]?.lower === 'tank' || toks[i + 1]?.lower === 'tanks')) continue;
    const prevTok = toks[i - 1];
    if (hit && NOUN_VERBS.has(hit.base) && !t.lower.endsWith('ed') && !t.lower.endsWith('ing') && !IRREGULAR_PAST.has(t.lower)) {
      // "a host of states", "her public remarks": nouns after a preposition, determiner or adjective
      const p = prevTok;
      if (p !== undefined && (p.kind !== 'w' ? !isComma(p) && p.kind !== 'q' : !p.cap && (NOUN_CONTEXT.has(p.lower) || /^\d/.test(p.lower) || /(al|ic|ous|ive|ful|ern|ary)$/.test(p.lower)))) continue;
      // "states", "reports", "calls": a verb only before its content or after a pronoun
      const nx = toks[i + 1];
      const opens = nx !== undefined && (nx.kind === 'q' || nx.lower === 'that' || isPunct(nx, ':,') || TO_CONTENT_VERBS.has(hit.base) && nx.lower === 'to' || CALL_PARTICLES.has(nx.lower) && hit.base === 'call');
      if (!opens && !(p !== undefined && PRONOUNS.has(p.lower)) && STRICT_NOUN_VERBS.has(hit.base)) continue;
    }
    if (prevTok && prevTok.kind === 'w' && (NOUN_DETERMINERS.has(prevTok.lower) || /['’]s$/.test(prevTok.lower)) && !t.lower.endsWith('ed')) continue;
    if (prevTok?.lower === 'not' && REFUSED_VERBS.has(hit?.base ?? '')) continue;
    if (prevTok?.lower === 'to' && REPLY_VERBS.has(hit?.base ?? '')) continue;
    // a capitalised verb at the start of a line is a heading or a name more often than a cue
    if (t.cap && i > 0) continue;
    // "who asked not to be named", "asked to comment"
    if (base === 'ask' && t.lower === 'asked' && (i === 0 || ASKED_PASSIVE_BEFORE.has(toks[i - 1]?.lower ?? '') || isComma(toks[i - 1]))) {
      // "Asked whether ..., Ryan said": a question put to someone, with no named asker
      const prevWord = toks[i - 1]?.lower ?? '';
      const next = toks[i + 1];
      if (next && (QUESTION_OPENERS.has(next.lower) || (PASSIVE_AUX.has(prevWord) && next.kind === 'w'))) {
        out.push({ at: PASSIVE_AUX.has(prevWord) ? i - 1 : i, end: next.lower === 'about' ? i + 2 : i + 1, cls: 'speech', base: 'asked', according: false, passive: true });
        continue;
      }
      if (i > 0 && !isComma(toks[i - 1])) continue;
    }
    if (base === 'ask' && (toks[i + 1]?.lower === 'not' || toks[i + 1]?.lower === 'to')) continue;
    // passive or adjectival uses: "was reported", "the said", "is expected"
    if (PASSIVE_OR_ADJECTIVE_BEFORE.has(toks[i - 1]?.lower ?? '') && base !== 'say') continue;
    // inside a noun phrase: "a full list of", "a more promising future", "the largest-ever direct investment"
    const twoBefore = toks[i - 2];
    const bareOrIng = t.lower === base || t.lower.endsWith('ing');
    // ("a statement saying", "a letter explaining": a document's words follow)
    const afterDocument = prevTok !== undefined && SAYING_DOCUMENTS.has(prevTok.lower);
    if (bareOrIng && !afterDocument && twoBefore?.kind === 'w' && ARTICLES.has(twoBefore.lower) && prevTok?.kind === 'w' && !prevTok.cap && !CUE_PREFIX.has(prevTok.lower) && !/ly$/.test(prevTok.lower)) continue;
    // "state and federal policies", "state law": an adjective, not the verb
    if (hit?.base === 'state' && t.lower === 'state' && STATE_ADJECTIVE_NEXT.has(toks[i + 1]?.lower ?? '')) continue;
    // "a phenomenon called coral bleaching", "opinions written by Stevens": a participle naming a noun, not speech
    if (NAMING_PARTICIPLES.has(t.lower)) {
      const next = toks[i + 1];
      const byAgent = next?.lower === 'by';
      // ("sequences called plasmids": a bare noun after it is the name given; "officials called the plan …" is speech)
      const bareNoun = next?.kind === 'w' && !next.cap && !DETERMINERS.has(next.lower) && !PRONOUNS.has(next.lower) && !NAMING_NOT_NEXT.has(next.lower);
      const nounBefore = prevTok?.kind === 'w' && !prevTok.cap && !PRONOUNS.has(prevTok.lower) && !STOP_LEFT.has(prevTok.lower) && !CUE_PREFIX.has(prevTok.lower);
      if (byAgent || (nounBefore && (!NOUNISH_LOWER.test(prevTok.lower) || bareNoun))) continue;
    }
    // "declared a state of emergency", "claimed 3000 lives", "maintains its role": these verbs report speech only
    // with what was said after them (a that-clause, a quotation, a colon)
    if (hit && CLAUSE_ONLY.has(hit.base) && !opensContent(toks, end)) continue;
    out.push({ at: i, end, cls, base, according: false });
  }
  return out;
}

/** Does what follows the cue open reported content: "that", a quotation, a colon, or a comma and a quotation? */
function opensContent(toks: Tok[], k: number): boolean {
  for (let j = k; j < toks.length && j - k < 8; j++) {
    const t = toks[j] as Tok;
    if (t.kind === 'q' || isPunct(t, ':')) return true;
    if (t.kind === 'w' && (t.lower === 'that' || t.lower === 'how' || t.lower === 'whether')) return true;
    if (isPunct(t, '.;')) return false;
    if (isComma(t) && toks[j + 1]?.kind === 'q') return true;
  }
  // ""...," he wrote": the quotation is before the cue
  return toks[k - 2]?.kind === 'q' || (isComma(toks[k - 2]) && toks[k - 3]?.kind === 'q') || toks.slice(Math.max(0, k - 6), k).some((t) => t.kind === 'q');
}
