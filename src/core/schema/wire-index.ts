import * as v from 'valibot';
import {
  ARTICLE_KEY,
  column,
  fileHashSchema,
  FILE_HASH,
  isCount,
  isDayNumber,
  isString,
  SPEAKER_KINDS,
  versionSchema,
} from './common.ts';
import { CorpusStatsSchema } from './corpus-index.ts';

const isKey = (x: unknown): x is string => typeof x === 'string' && ARTICLE_KEY.test(x);
const isHash = (x: unknown): x is string => typeof x === 'string' && FILE_HASH.test(x);
const isKind = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < SPEAKER_KINDS.length;
const isStringList = (x: unknown): x is string[] => Array.isArray(x) && x.every(isString);
const isCountList = (x: unknown): x is number[] => Array.isArray(x) && x.every(isCount);
const isPositiveCountList = (x: unknown): x is number[] => Array.isArray(x) && x.every((n) => isCount(n) && n > 0);

/**
 * `index.<hash>.json`, the index as published: columns instead of objects, numbers instead of repeated strings,
 * and nothing the first view does not need (leads, skipped files and speaker roles live in their own files). At
 * 100,000 articles this is what keeps the first load small; wire.ts's decodeIndex gives the app back the plain
 * objects.
 *
 * Validated column by column with plain loops (see `column`), then across columns: every column as long as the
 * others, every number pointing at something that exists, the corpus's counts matching its rows. So decodeIndex
 * never meets a missing value, and a damaged file is refused rather than shown with wrong numbers. That keys are
 * unique is checked where the app builds its table of keys anyway (app/data/corpus-index.ts), not here: a set
 * of 100,000 keys would be a third of this check's cost.
 */
const WireColumnsSchema = v.strictObject({
    version: versionSchema,
    corpus: CorpusStatsSchema,
    files: v.strictObject({
      about: fileHashSchema,
      /** YYYY-MM → hash of that month's previews file. */
      previews: v.record(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/, 'expected a month YYYY-MM')), fileHashSchema),
    }),
    sources: column('strings', isString),
    speakers: v.strictObject({
      id: column('speaker ids', (x): x is string => typeof x === 'string' && /^[0-9a-z]+(?:-[0-9a-z]+)*$/.test(x)),
      name: column('strings', isString),
      /** Position in SPEAKER_KINDS: person 0, organisation 1, anonymous 2, group 3, document 4. */
      kind: column(`speaker kinds (0–${SPEAKER_KINDS.length - 1})`, isKind),
      quotes: column('counts', isCount),
      articles: column('counts', isCount),
      /** YYYYMMDD. */
      first: column('dates (YYYYMMDD)', isDayNumber),
      last: column('dates (YYYYMMDD)', isDayNumber),
      aliases: column('lists of strings', isStringList),
      /** The content hash of each speaker's file. */
      file: column('content hashes', isHash),
    }),
    /** Newest first. */
    articles: v.strictObject({
      /** The hash part of the id; the slug is recomputed from the title. */
      key: column('article keys', isKey),
      title: column('strings', isString),
      /** YYYYMMDD. */
      date: column('dates (YYYYMMDD)', isDayNumber),
      /** Index into sources. */
      source: column('counts', isCount),
      quotes: column('counts', isCount),
      /** Indices into speakers, most quoted first. */
      speakers: column('lists of speaker numbers', isCountList),
      /**
       * Quotes of each of the row's speakers, in the same order; a speaker past the end of the list has one (see
       * core/speaker-quotes.ts), so most rows are []. A speaker's page counts per month from this, not from files.
       */
      speakerQuotes: column('lists of quote counts (1 or more)', isPositiveCountList),
    }),
  });

export const WireIndexSchema = v.pipe(
  WireColumnsSchema,
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const problem of acrossColumns(dataset.value)) addIssue({ message: problem });
  }),
);
export type WireIndex = v.InferOutput<typeof WireIndexSchema>;


/** What the columns must agree on; each problem names its column. Linear, with no allocation per row. */
function acrossColumns(wire: v.InferOutput<typeof WireColumnsSchema>): string[] {
  const problems: string[] = [];
  const sameLength = (table: 'speakers' | 'articles', columns: Record<string, unknown[]>, n: number) => {
    for (const [name, col] of Object.entries(columns)) {
      if (col.length !== n) problems.push(`${table}.${name} has ${col.length} rows, ${table}.${table === 'speakers' ? 'id' : 'key'} has ${n}`);
    }
  };
  const s = wire.speakers;
  const a = wire.articles;
  sameLength('speakers', s, s.id.length);
  sameLength('articles', a, a.key.length);
  if (problems.length) return problems;
  if (wire.corpus.articleCount !== a.key.length) problems.push(`corpus.articleCount is ${wire.corpus.articleCount}, articles has ${a.key.length} rows`);
  let quotes = 0;
  const speakerCount = s.id.length;
  let badSource = -1;
  let badSpeaker: [number, number] | null = null;
  let badSpeakerQuotes = -1;
  // Each speaker's quotes, added up over the articles: they must come to the speaker's own count.
  const speakerQuotes = new Float64Array(speakerCount);
  for (let i = 0; i < a.key.length; i++) {
    quotes += a.quotes[i]!;
    if (badSource < 0 && a.source[i]! >= wire.sources.length) badSource = i;
    const quoted = a.speakers[i]!;
    const counts = a.speakerQuotes[i]!;
    if (badSpeakerQuotes < 0 && counts.length > quoted.length) badSpeakerQuotes = i;
    for (let k = 0; k < quoted.length; k++) {
      const speaker = quoted[k]!;
      if (speaker >= speakerCount) badSpeaker ??= [i, speaker];
      else speakerQuotes[speaker]! += counts[k] ?? 1;
    }
  }
  if (badSource >= 0) problems.push(`articles.source[${badSource}] is ${a.source[badSource]}, there are ${wire.sources.length} sources`);
  if (badSpeaker) problems.push(`articles.speakers[${badSpeaker[0]}] names speaker ${badSpeaker[1]}, there are ${speakerCount} speakers`);
  if (badSpeakerQuotes >= 0) {
    problems.push(`articles.speakerQuotes[${badSpeakerQuotes}] has ${a.speakerQuotes[badSpeakerQuotes]!.length} counts for ${a.speakers[badSpeakerQuotes]!.length} speakers`);
  } else if (!badSpeaker) {
    for (let i = 0; i < speakerCount; i++) {
      if (speakerQuotes[i] !== s.quotes[i]) {
        problems.push(`speakers.quotes[${i}] is ${s.quotes[i]}, the articles' speakerQuotes add up to ${speakerQuotes[i]}`);
        break;
      }
    }
  }
  if (quotes !== wire.corpus.quoteCount) problems.push(`corpus.quoteCount is ${wire.corpus.quoteCount}, the articles' quotes add up to ${quotes}`);
  for (let i = 0; i < speakerCount; i++) {
    if (s.first[i]! > s.last[i]!) {
      problems.push(`speakers.first[${i}] is after speakers.last[${i}]`);
      break;
    }
  }
  return problems;
}
