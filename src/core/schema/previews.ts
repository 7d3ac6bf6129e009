import * as v from 'valibot';
import { articleIdSchema, speakerIdSchema, versionSchema } from './common.ts';

/** The first direct quote of an article, to preview it on the timeline. */
export const LeadSchema = v.strictObject({
  text: v.string(),
  speaker: v.nullable(speakerIdSchema),
});
export type Lead = v.InferOutput<typeof LeadSchema>;

/** `previews/<YYYY-MM>.<hash>.json`: the lead quotes of one month's articles, loaded as the timeline shows them. */
export const MonthPreviewsSchema = v.strictObject({
  version: versionSchema,
  /** Article id → its lead. */
  leads: v.record(articleIdSchema, LeadSchema),
});
export type MonthPreviews = v.InferOutput<typeof MonthPreviewsSchema>;
