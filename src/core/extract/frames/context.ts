/** The types the shape matchers share: what they produce and what they are given. */
import type { Span } from '../../model.ts';
import type { CueClass } from '../lexicon.ts';
import type { Tok } from '../tokens.ts';
import type { Cand } from './candidates.ts';

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
  /** Which shape found it; "inv" and "acc" place the source after the cue ("said X", "according to X"). */
  frame: 'pre' | 'post' | 'inv' | 'acc' | 'cont' | 'orphan' | 'dangling' | 'purpose';
}

/** A token range [from, to). */
export interface Range {
  from: number;
  to: number;
}

/** What a shape matcher is given for one cue candidate. A matcher returns true when it claimed the candidate
 * (whether or not it emitted anything), and the caller moves on to the next candidate. */
export interface FrameContext {
  toks: Tok[];
  c: Cand;
  /** Tokens before this index belong to an earlier attribution (as of this candidate; `emit` moves it on). */
  taken: number;
  /** The candidate's content ends here: where a continuation, an "according to" or a clause with its own cue starts. */
  limit: number;
  /** Is this unit right after a quotation (so a bare "said X." line may be that quotation's attribution)? */
  afterQuote: boolean;
  /** The attributions found so far in the unit, in order. */
  out: readonly RawAttribution[];
  /** Record an attribution whose last token is lastTok - 1 (an attribution with no content is dropped). */
  emit: (a: Omit<RawAttribution, 'inherit' | 'issuer' | 'orphan'> & Partial<RawAttribution>, lastTok: number) => void;
  /** Keep a cue-only line ("said Murphy.") for the quotation above, if the unit yields nothing else. */
  setDangling: (a: RawAttribution) => void;
}

/** A verb cue's extent: auxiliaries and adverbs before the verb ("has also said") and "in a statement" after it. */
export interface VerbCue {
  /** The cue's first token. */
  cs: number;
  /** Just past the cue's last token. */
  ce: number;
  cue: Span | null;
  /** "said in a statement": the source issued a document. */
  issuer: boolean;
  /** The token before the cue. */
  before: Tok | undefined;
}
