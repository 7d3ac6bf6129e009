import * as v from 'valibot';

/** Any valibot schema whose output is a published file's object. */
export type DataSchema<T = unknown> = v.GenericSchema<unknown, T>;

/** A published file that does not match the data contract: which file, and what is wrong, located by path. */
export class InvalidDataError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} is not valid Quoteline data: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? `; and ${problems.length - 3} more` : ''}`);
    this.name = 'InvalidDataError';
  }
}

/** "articles.key[3]: Invalid type: Expected string but received 5", one line per issue. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const at = issue.path?.map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`)).join('').replace(/^\./, '');
    // valibot says "Invalid key: Expected "id" but received undefined" for a missing field, "Expected never" for
    // one the format does not have: say it plainly.
    const message =
      issue.kind === 'schema' && issue.received === 'undefined' && at
        ? 'missing'
        : issue.kind === 'schema' && issue.expected === 'never'
          ? 'not a field of this file type'
          : issue.message;
    return at ? `${at}: ${message}` : message;
  });
}

/** The problems of `data` against `schema`, or null when it is valid. */
export function problemsOf(schema: DataSchema, data: unknown): string[] | null {
  const result = v.safeParse(schema, data, { abortPipeEarly: true });
  return result.success ? null : describeIssues(result.issues);
}

/**
 * `data` as the schema's type, or an InvalidDataError naming `file`. The pipeline calls this before it writes a
 * file (a build bug fails the build) and the app when it loads one (a damaged file is an error, never a crash).
 */
export function checkData<T>(schema: DataSchema<T>, file: string, data: unknown): T {
  const result = v.safeParse(schema, data, { abortPipeEarly: true });
  if (!result.success) throw new InvalidDataError(file, describeIssues(result.issues));
  return result.output;
}
