import * as v from 'valibot';
import type { ArticleId, SpeakerId } from '../model.ts';
import { countEncoded } from '../search/codec.ts';
import { SEARCH_FIELDS, type SearchField } from '../search/options.ts';
import { column, isIsoDay, isString, versionSchema } from './common.ts';

const ARTICLE_ID = /^[0-9a-z]+(?:-[0-9a-z]+)*-[0-9a-z]{8}(?:[0-9a-z]{4})?$/;
const SPEAKER_ID = /^[0-9a-z]+(?:-[0-9a-z]+)*$/;
/** The alphabet of core/search/codec.ts: a list with any other character would throw when a query decodes it. */
const ENCODED = /^[0-9a-zA-Z_-]*$/;
const isEncoded = (x: unknown): x is string => typeof x === 'string' && ENCODED.test(x);
const encodedSchema = v.pipe(v.string(), v.regex(ENCODED, 'expected an encoded list of numbers'));

/**
 * `search/meta.<hash>.json`: what every query needs besides the words. Quotes are numbered article by article,
 * in each article's order: quote `n` of the index is `articles[a].quotes[n - start(a)]`, so a result names its
 * quote without storing its id or its words (the app shows it from the article's own file).
 */
export const SearchMetaSchema = v.pipe(
  v.strictObject({
    version: versionSchema,
    /** Newest first: article numbers (and so quote numbers) run from the newest article to the oldest. */
    articleIds: column('article ids', (x): x is ArticleId => typeof x === 'string' && ARTICLE_ID.test(x)),
    articleDates: column('dates YYYY-MM-DD', isIsoDay),
    /** Per article, its number of quotes (encoded with `encodeInts`). */
    quoteCounts: encodedSchema,
    speakerIds: column('speaker ids', (x): x is SpeakerId => typeof x === 'string' && SPEAKER_ID.test(x)),
    /** Per quote, 0 when no speaker is named, else 1 + the speaker's position in `speakerIds` (`encodeInts`). */
    quoteSpeakers: encodedSchema,
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const meta = dataset.value;
    const n = meta.articleIds.length;
    if (meta.articleDates.length !== n) addIssue({ message: `articleDates has ${meta.articleDates.length} entries, articleIds has ${n}` });
    const counts = countEncoded(meta.quoteCounts);
    if (counts !== n) addIssue({ message: `quoteCounts holds ${counts} numbers, articleIds has ${n}` });
  }),
);
export type SearchMeta = v.InferOutput<typeof SearchMetaSchema>;

const shardFields = Object.fromEntries(SEARCH_FIELDS.map((field) => [field, column('encoded lists', isEncoded)])) as Record<
  SearchField,
  ReturnType<typeof column<string>>
>;

/**
 * `search/<c>.<hash>.json`: the words that start with `c` (a-z, 0-9, or "_" for any other), sorted, and for each
 * field the numbers of the documents (quotes for quote and speaker, articles for title and body) that contain
 * the word, as gaps (`encodeSorted`; "" for none). Decoded only when a query uses the word.
 */
export const SearchShardSchema = v.pipe(
  v.strictObject({
    version: versionSchema,
    shard: v.pipe(v.string(), v.regex(/^[0-9a-z_]$/, 'expected a search shard (one character)')),
    terms: column('strings', isString),
    ...shardFields,
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const shard = dataset.value;
    for (const field of SEARCH_FIELDS) {
      if (shard[field].length !== shard.terms.length) addIssue({ message: `${field} has ${shard[field].length} entries, terms has ${shard.terms.length}` });
    }
  }),
);
export type SearchShard = v.InferOutput<typeof SearchShardSchema>;
