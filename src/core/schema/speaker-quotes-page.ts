import * as v from 'valibot';
import { versionSchema } from './common.ts';
import { SPEAKER_QUOTES_PER_FILE, SpeakerQuoteSchema } from './speaker-page.ts';

/** `speakers/<id>/<n>.<hash>.json`: the n-th further file of a speaker's quotes (n from 1). */
export const SpeakerQuotesPageSchema = v.strictObject({
  version: versionSchema,
  quotes: v.pipe(v.array(SpeakerQuoteSchema), v.maxLength(SPEAKER_QUOTES_PER_FILE, `expected at most ${SPEAKER_QUOTES_PER_FILE} quotes in a file`)),
});
export type SpeakerQuotesPage = v.InferOutput<typeof SpeakerQuotesPageSchema>;
