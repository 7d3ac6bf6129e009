import * as v from 'valibot';
import { articleIdSchema, countSchema, inputIssueSchema } from './common.ts';

/**
 * `report.json`: every input file and its fate (core/publish.ts, BuildReport). Not versioned nor named by a hash,
 * as tools read it; the app reads it for the reader's library, where it is the only record of what was opened.
 * Objects are not strict here: a reader of the report shows what it knows and tolerates what it does not.
 */
export const BuildReportSchema = v.object({
  files: v.array(
    v.variant('fate', [
      v.object({ file: v.string(), fate: v.literal('published'), articleId: articleIdSchema }),
      v.object({ file: v.string(), fate: v.literal('skipped'), errors: v.array(inputIssueSchema) }),
      v.object({ file: v.string(), fate: v.literal('duplicate'), articleId: articleIdSchema, duplicateOf: v.string() }),
    ]),
  ),
  counts: v.object({ files: countSchema, published: countSchema, skipped: countSchema, duplicates: countSchema, quotes: countSchema }),
});
export type BuildReportData = v.InferOutput<typeof BuildReportSchema>;
