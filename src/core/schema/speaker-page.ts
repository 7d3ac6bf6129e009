import * as v from 'valibot';
import { articleIdSchema, countSchema, fileHashSchema, isoDaySchema, quoteIdSchema, quoteKindSchema, speakerIdSchema, speakerKindSchema, versionSchema } from './common.ts';

/** A prolific speaker's quotes come in files of this many, so their page opens fast at any corpus size. */
export const SPEAKER_QUOTES_PER_FILE = 500;

export const SpeakerSummarySchema = v.strictObject({
  id: speakerIdSchema,
  name: v.string(),
  kind: speakerKindSchema,
  quoteCount: countSchema,
  articleCount: countSchema,
  /** Titles seen with the name, with the first and last dates they were seen. */
  roles: v.array(v.strictObject({ role: v.string(), first: isoDaySchema, last: isoDaySchema })),
  /** Other names the corpus uses for this speaker ("Biden", "Joseph R. Biden, Jr."). */
  aliases: v.array(v.string()),
  firstSeen: isoDaySchema,
  lastSeen: isoDaySchema,
});
export type SpeakerSummary = v.InferOutput<typeof SpeakerSummarySchema>;

/** One quote on a speaker's page: enough to show it on a timeline and link to its place in the article. */
export const SpeakerQuoteSchema = v.strictObject({
  id: quoteIdSchema,
  articleId: articleIdSchema,
  articleTitle: v.string(),
  date: isoDaySchema,
  kind: quoteKindSchema,
  /** The quote's words, pieces joined with an ellipsis. */
  text: v.string(),
  /** The name the article uses for the speaker here, and the role seen with it. */
  nameInArticle: v.string(),
  role: v.nullable(v.string()),
  /** True when the speaker is one of several named members of a group quote ("the two leaders"). */
  joint: v.optional(v.boolean()),
});
export type SpeakerQuote = v.InferOutput<typeof SpeakerQuoteSchema>;

/** `speakers/<id>.<hash>.json`: one speaker across the corpus, loaded when their page is opened. */
export const SpeakerPageSchema = v.strictObject({
  version: versionSchema,
  speaker: SpeakerSummarySchema,
  /** Newest first: the first SPEAKER_QUOTES_PER_FILE; the rest are in the files `morePages` names. */
  quotes: v.pipe(v.array(SpeakerQuoteSchema), v.maxLength(SPEAKER_QUOTES_PER_FILE, `expected at most ${SPEAKER_QUOTES_PER_FILE} quotes in a file`)),
  /** Hashes of the further quote files of a speaker quoted more than fits in one, in order (see speakerQuotesPath). */
  morePages: v.array(fileHashSchema),
  /** The speakers most often quoted in the same articles, most shared articles first. */
  quotedWith: v.array(v.strictObject({ id: speakerIdSchema, name: v.string(), articles: countSchema })),
});
export type SpeakerPage = v.InferOutput<typeof SpeakerPageSchema>;
