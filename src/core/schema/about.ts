import * as v from 'valibot';
import { inputIssueSchema, versionSchema } from './common.ts';

/** `about.<hash>.json`: what only the About page needs. */
export const AboutDataSchema = v.strictObject({
  version: versionSchema,
  /** Input files that were not published, with where and why. */
  skipped: v.array(inputIssueSchema),
  /** Files that were published, with something a person should know. */
  warnings: v.array(inputIssueSchema),
});
export type AboutData = v.InferOutput<typeof AboutDataSchema>;
