/**
 * The types shared by every part of Quoteline: the extraction core, the build pipeline and the app.
 * Ids are branded so that an article id can never be passed where a quote id is expected.
 */
export type Brand<T, B extends string> = T & { readonly __brand: B };
export type ArticleId = Brand<string, 'ArticleId'>;
export type QuoteId = Brand<string, 'QuoteId'>;
export type SpeakerId = Brand<string, 'SpeakerId'>;

/** Half-open range of JavaScript string indices into an article body. */
export interface Span {
  start: number;
  end: number;
}

/**
 * direct: the content is a quotation in marks; partial: a quotation fragment inside reported speech;
 * indirect: reported speech with no quotation marks; mixed: a quotation interrupted by its attribution,
 * or reported speech that carries quoted fragments.
 */
export type QuoteKind = 'direct' | 'partial' | 'indirect' | 'mixed';

/** group: several named people quoted together ("the two leaders"); document: a statement, readout or report. */
export type SpeakerKind = 'person' | 'organisation' | 'anonymous' | 'group' | 'document';

/** Who a quote is attributed to, as resolved within one article. */
export interface AttributedSpeaker {
  /** The fullest name the article gives this speaker: "Joe Biden", "the White House", "a senior official". */
  name: string;
  kind: SpeakerKind;
  /** A title seen with the name, kept apart from it: "President", "Press Secretary". */
  role: string | null;
  /** Where this quote names its speaker: "Putin", "he", "the readout". Null when the speaker comes from the title. */
  mention: Span | null;
  /** For a pronoun or reference ("he", "it", "the readout"), the earlier mention it was resolved to. */
  antecedent: Span | null;
}

/** One quotation or piece of reported speech found by the extraction engine. */
export interface ExtractedQuote {
  /** Content spans in body order; more than one when the quote is interrupted by its attribution. */
  spans: Span[];
  kind: QuoteKind;
  /** The reporting verb or phrase: "said", "told reporters", "according to". */
  cue: Span | null;
  speaker: AttributedSpeaker | null;
}

/** An article as read from one input file, before extraction. */
export interface ParsedArticle {
  /** Where it came from, for error reports; never used for identity. */
  file: string;
  title: string;
  /** ISO calendar date, YYYY-MM-DD. */
  date: string;
  /** The source URL as given (scheme lower-cased). */
  url: string;
  /** Whether the URL may be rendered as a link: only http(s). */
  linkable: boolean;
  /** Sentence lines, lines 4 on, without trailing "\r", empty lines dropped. */
  sentences: string[];
  /** sentences.join("\n"): every offset in the data indexes this string. */
  body: string;
}

/** A problem with an input file, located so that a person can fix it. */
export interface InputIssue {
  file: string;
  /** 1-based line number in the file; 0 when the problem concerns the whole file. */
  line: number;
  reason: string;
}
