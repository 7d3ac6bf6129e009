import * as v from 'valibot';
import { articleIdSchema, isoDaySchema, quoteIdSchema, quoteKindSchema, spanSchema, speakerIdSchema, versionSchema } from './common.ts';

export const SpeakerRefSchema = v.strictObject({ id: speakerIdSchema, name: v.string() });

/** Who a published quote is attributed to, with the corpus-wide speaker id. */
export const PublishedSpeakerSchema = v.strictObject({
  id: speakerIdSchema,
  /** The name the article uses here. */
  name: v.string(),
  role: v.nullable(v.string()),
  mention: v.nullable(spanSchema),
  antecedent: v.nullable(spanSchema),
  /**
   * The other named members of a group quote ("the two leaders" → Biden and Putin): the quote also counts for
   * each of them. Absent when the speaker is one person or body.
   */
  joint: v.optional(v.array(SpeakerRefSchema)),
  /** How the speaker was resolved, for a reader who wonders: "the President → Joe Biden: President on 2022-11-13". */
  how: v.optional(v.string()),
});

export const PublishedQuoteSchema = v.strictObject({
  id: quoteIdSchema,
  /** Content spans in body order. */
  spans: v.pipe(v.array(spanSchema), v.minLength(1, 'expected at least one span')),
  kind: quoteKindSchema,
  cue: v.nullable(spanSchema),
  speaker: v.nullable(PublishedSpeakerSchema),
});
export type PublishedQuote = v.InferOutput<typeof PublishedQuoteSchema>;

type Span = v.InferOutput<typeof spanSchema>;
/** Every span of every quote lies within the body: a span past its end would show the wrong words, silently. */
function spansOutside(article: { body: string; quotes: PublishedQuote[] }): string | null {
  const bad = (s: Span | null | undefined) => s != null && (s.start > s.end || s.end > article.body.length);
  for (let i = 0; i < article.quotes.length; i++) {
    const q = article.quotes[i]!;
    if (q.spans.some(bad) || bad(q.cue) || bad(q.speaker?.mention) || bad(q.speaker?.antecedent)) {
      return `quotes[${i}] has a span outside the body (${article.body.length} characters)`;
    }
  }
  return null;
}

/** `articles/<key>.<hash>.json`: one article, loaded when opened. */
export const PublishedArticleSchema = v.pipe(
  v.strictObject({
    version: versionSchema,
    id: articleIdSchema,
    date: isoDaySchema,
    title: v.string(),
    url: v.string(),
    /** Whether the URL may be rendered as a link: only http(s). */
    linkable: v.boolean(),
    /** Host name of the source URL ("whitehouse.gov"), or "" when the URL is not http(s). */
    source: v.string(),
    /** Sentence lines joined with "\n"; every span indexes this string. */
    body: v.string(),
    quotes: v.array(PublishedQuoteSchema),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = spansOutside(dataset.value);
    if (problem) addIssue({ message: problem });
  }),
);
export type PublishedArticle = v.InferOutput<typeof PublishedArticleSchema>;
