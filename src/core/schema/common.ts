import * as v from 'valibot';
import type { ArticleId, QuoteId, SpeakerId, SpeakerKind } from '../model.ts';

/**
 * The published data's version. Bump it on any change a deployed app could misread; the app refuses data of a
 * version it does not know. v3: speakers of kind group and document, joint speakers of a quote, how a speaker
 * was resolved, article keys of 12 characters when 8 collide.
 */
export const DATA_VERSION = 3;

export const versionSchema = v.literal(DATA_VERSION, `expected data version ${DATA_VERSION}`);

/** The hash part of an article id: 8 base-36 characters, or 12 for an article whose 8 collide (see ids.ts). */
export const ARTICLE_KEY = /^[0-9a-z]{8}(?:[0-9a-z]{4})?$/;
const ARTICLE_ID = /^[0-9a-z]+(?:-[0-9a-z]+)*-[0-9a-z]{8}(?:[0-9a-z]{4})?$/;
const QUOTE_ID = /^q[0-9a-z]{8}$/;
/** Speaker ids name files (`speakers/<id>.<hash>.json`): a slug, never a path. */
const SPEAKER_ID = /^[0-9a-z]+(?:-[0-9a-z]+)*$/;
/** The content hash in a file's name: base64url (see pipeline/build-data.ts). */
export const FILE_HASH = /^[0-9A-Za-z_-]{6,64}$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day as YYYY-MM-DD (month 1–12, day 1–31). */
export const isIsoDay = (s: unknown): s is string => {
  if (typeof s !== 'string') return false;
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
};

/** A calendar day as the number YYYYMMDD, as the wire index stores it. */
export const isDayNumber = (n: unknown): n is number => {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 10101 || n > 99991231) return false;
  const month = Math.floor(n / 100) % 100;
  const day = n % 100;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
};

export const articleIdSchema = v.custom<ArticleId>((x) => typeof x === 'string' && ARTICLE_ID.test(x), 'expected an article id (slug-key)');
export const quoteIdSchema = v.custom<QuoteId>((x) => typeof x === 'string' && QUOTE_ID.test(x), 'expected a quote id (q + 8 characters)');
export const speakerIdSchema = v.custom<SpeakerId>((x) => typeof x === 'string' && SPEAKER_ID.test(x), 'expected a speaker id (a slug)');
export const articleKeySchema = v.pipe(v.string(), v.regex(ARTICLE_KEY, 'expected an article key (8 or 12 base-36 characters)'));
export const fileHashSchema = v.pipe(v.string(), v.regex(FILE_HASH, 'expected a content hash'));
export const isoDaySchema = v.custom<string>(isIsoDay, 'expected a date YYYY-MM-DD');
export const countSchema = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

/**
 * Every speaker kind. The wire index stores a kind as its position here, so this order is the wire numbering
 * and never changes: person 0, organisation 1, anonymous 2 (an external scorer reads 2 as anonymous), then new
 * kinds at the end.
 */
export const SPEAKER_KINDS = ['person', 'organisation', 'anonymous', 'group', 'document'] as const satisfies readonly SpeakerKind[];
// Every SpeakerKind is in the list: adding one to model.ts without a wire number fails to compile here.
const everyKindListed: Exclude<SpeakerKind, (typeof SPEAKER_KINDS)[number]> extends never ? true : never = true;
void everyKindListed;
export const speakerKindSchema = v.picklist(SPEAKER_KINDS);

export const quoteKindSchema = v.picklist(['direct', 'partial', 'indirect', 'mixed']);

export const spanSchema = v.strictObject({ start: countSchema, end: countSchema });

export const inputIssueSchema = v.strictObject({ file: v.string(), line: countSchema, reason: v.string() });

/**
 * An array checked with a plain loop, not an item schema: the wire index and the search meta hold columns of
 * 100,000 values, and a check per value through a schema would cost the first view. The message names the first
 * bad position.
 */
export function column<T>(what: string, isItem: (x: unknown) => x is T) {
  const firstBad = (x: unknown): number => {
    if (!Array.isArray(x)) return -1;
    for (let i = 0; i < x.length; i++) if (!isItem(x[i])) return i;
    return x.length;
  };
  return v.custom<T[]>(
    (x) => Array.isArray(x) && firstBad(x) === x.length,
    (issue) => {
      const i = firstBad(issue.input);
      return i < 0 ? `expected an array of ${what}` : `expected ${what} at [${i}], received ${JSON.stringify((issue.input as unknown[])[i])?.slice(0, 40)}`;
    },
  );
}

export const isString = (x: unknown): x is string => typeof x === 'string';
export const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
