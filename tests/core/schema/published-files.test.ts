import { beforeAll, describe, expect, it } from 'vitest';
import {
  DATA_ROOT,
  manifestPath,
  problemsOf,
  reportPath,
  schemaOfFile,
  type DataManifest,
} from '../../../src/core/schema.ts';
import { buildDataFromFolder, DEFAULT_CORPUS_DIR } from '../../../src/pipeline/build-data.ts';

/** The bundled corpus, published by the real pipeline: every validator must accept all of it. */
let files: Map<string, string>;
let manifest: DataManifest;
beforeAll(async () => {
  files = (await buildDataFromFolder(DEFAULT_CORPUS_DIR)).files;
  manifest = JSON.parse(files.get(manifestPath())!) as DataManifest;
}, 120_000);

const first = (pattern: RegExp): string => {
  const name = [...files.keys()].find((n) => pattern.test(n));
  if (!name) throw new Error(`no published file matches ${pattern}`);
  return name;
};

/** One file of each type, tampered in one way, and what the message must say. */
const TAMPERED: { type: string; file: () => string; tamper: (json: any) => void; says: RegExp }[] = [
  { type: 'manifest', file: () => manifestPath(), tamper: (m) => (m.index = '../../secret.json'), says: /^index: expected the path of an index file/ },
  { type: 'manifest, search', file: () => manifestPath(), tamper: (m) => delete m.search.meta, says: /^search\.meta: missing$/ },
  { type: 'wire index', file: () => manifest.index, tamper: (w) => w.speakers.kind.push(0), says: /speakers\.kind has \d+ rows, speakers\.id has \d+/ },
  { type: 'wire index, a kind', file: () => manifest.index, tamper: (w) => (w.speakers.kind[3] = 5), says: /^speakers\.kind: expected speaker kinds \(0–4\) at \[3\], received 5/ },
  { type: 'wire index, a date', file: () => manifest.index, tamper: (w) => (w.articles.date[7] = 20211341), says: /^articles\.date: expected dates \(YYYYMMDD\) at \[7\]/ },
  { type: 'wire index, the count', file: () => manifest.index, tamper: (w) => (w.corpus.quoteCount += 1), says: /corpus\.quoteCount is \d+, the articles' quotes add up to \d+/ },
  { type: 'about', file: () => first(/\/about\./), tamper: (a) => (a.skipped = [{ file: 'x.txt', line: -1, reason: 'r' }]), says: /^skipped\[0\]\.line: Invalid value/ },
  { type: 'previews', file: () => first(/\/previews\//), tamper: (p) => (Object.values(p.leads)[0] as any).speaker = '<b>', says: /^leads\..+\.speaker: expected a speaker id/ },
  { type: 'lookup', file: () => first(/\/lookup\//), tamper: (l) => (l.files[Object.keys(l.files)[0]!] = 'a/../b'), says: /^files\.[0-9a-z]+: Invalid format: expected a content hash|^files\.[0-9a-z]+: expected a content hash/ },
  { type: 'article', file: () => first(/\/articles\//), tamper: (a) => (a.date = '2021-02-31x'), says: /^date: expected a date YYYY-MM-DD/ },
  { type: 'article, a quote', file: () => first(/\/articles\//), tamper: (a) => (a.quotes[0].kind = 'shouted'), says: /^quotes\[0\]\.kind: Invalid type: Expected \("direct" \| "partial"/ },
  { type: 'article, an unknown field', file: () => first(/\/articles\//), tamper: (a) => (a.extra = 1), says: /^extra: not a field of this file type$/ },
  { type: 'speaker page', file: () => first(/\/speakers\/[^/]+\.[^/]+\.json$/), tamper: (p) => (p.quotes[0].articleId = 'no id'), says: /^quotes\[0\]\.articleId: expected an article id/ },
  { type: 'speaker quotes page', file: () => speakerQuotesFile(), tamper: (p) => (p.quotes = 'none'), says: /^quotes: Invalid type: Expected Array/ },
  { type: 'search meta', file: () => first(/\/search\/meta\./), tamper: (m) => m.articleDates.pop(), says: /^articleDates has \d+ entries, articleIds has \d+/ },
  { type: 'search shard', file: () => first(/\/search\/[0-9a-z_]\./), tamper: (s) => s.body.push(''), says: /^body has \d+ entries, terms has \d+/ },
  { type: 'search shard, a list', file: () => first(/\/search\/[0-9a-z_]\./), tamper: (s) => (s.quote[0] = '1,2'), says: /^quote: expected encoded lists at \[0\], received "1,2"/ },
];

/** The bundled corpus has no speaker quoted more than a file holds: make one that is. */
function speakerQuotesFile(): string {
  const name = [...files.keys()].find((n) => /\/speakers\/[^/]+\/\d+\./.test(n));
  if (name) return name;
  const page = JSON.parse(files.get(first(/\/speakers\/[^/]+\.[^/]+\.json$/))!);
  const made = `${DATA_ROOT}/speakers/${page.speaker.id}/1.madeforthetest.json`;
  files.set(made, JSON.stringify({ version: page.version, quotes: page.quotes }));
  return made;
}

describe('the data contract (core/schema/)', () => {
  it('accepts every file the pipeline publishes from the bundled corpus', () => {
    let checked = 0;
    for (const [name, json] of files) {
      const schema = schemaOfFile(name);
      if (name === reportPath()) {
        expect(schema).toBeNull();
        continue;
      }
      expect(schema, name).not.toBeNull();
      expect(problemsOf(schema!, JSON.parse(json)), name).toBeNull();
      checked++;
    }
    expect(checked).toBe(files.size - 1);
  });

  it.each(TAMPERED)('rejects a tampered $type file, saying what is wrong', ({ file, tamper, says }) => {
    const name = file();
    const json = JSON.parse(files.get(name)!);
    expect(problemsOf(schemaOfFile(name)!, json)).toBeNull();
    tamper(json);
    const problems = problemsOf(schemaOfFile(name)!, json);
    expect(problems).not.toBeNull();
    expect(problems!.join('\n')).toMatch(says);
  });

  it('rejects data of another version in every file type', () => {
    for (const name of [manifestPath(), manifest.index, first(/\/articles\//), first(/\/search\/meta\./)]) {
      const json = JSON.parse(files.get(name)!);
      json.version = 2;
      expect(problemsOf(schemaOfFile(name)!, json)?.join()).toContain('version: expected data version 3');
    }
  });
});
