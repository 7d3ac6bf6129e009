import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCorpus, type InputFile } from '../../../src/core/publish.ts';
import {
  buildSearchFiles,
  hasSearchTerms,
  fromFirstMatch,
  highlightPieces,
  loadSearch,
  processTerm,
  quoteOf,
  runSearch as search,
  searchMetaPath,
  searchShardPath,
  shardsFor,
  STORED_QUOTE_MAX,
  type LoadedSearch,
  type QuoteHit,
  type SearchFiles,
  type SearchFilters,
} from '../../../src/core/search/index.ts';
import { DATA_ROOT } from '../../../src/core/schema.ts';

const article = (path: string, title: string, date: string, sentences: string[]): InputFile => ({
  path,
  text: `${title}\n${date}\nhttps://example.org/${encodeURIComponent(title)}\n${sentences.join('\n')}\n`,
});

const files: InputFile[] = [
  article('a.txt', 'Cyber readout', '20210611', [
    '"We will disrupt ransomware gangs wherever they operate," President Joe Biden said.',
    'The meeting lasted an hour.',
  ]),
  article('b.txt', 'Kremlin statement on hackers', '20211208', ['"Russia does not harbour ransomware criminals," Vladimir Putin said.']),
  article('c.txt', 'Trade talks', '20220301', [
    'The ferry to Zanzibarian ports carried ransomware insurance brokers.',
    '"Tariffs will fall next year," Trade Minister Anna Berg said.',
  ]),
  article('d.txt', 'Harvest festival', '20230101', ['"The harvest was the best in a decade," farmer Tom Reed said.']),
];

const built = buildCorpus(files);
const data: SearchFiles = buildSearchFiles(built.articles, built.index.speakers);
/** As the app gets it: every file serialized by the build, then parsed and loaded. */
const roundTrip = (d: SearchFiles): LoadedSearch =>
  loadSearch(JSON.parse(JSON.stringify(d.meta)) as SearchFiles['meta'], d.shards.map((s) => JSON.parse(JSON.stringify(s)) as typeof s));
const loaded: LoadedSearch = roundTrip(data);
/** Every result, best first, as plain lists. */
function runSearch(index: LoadedSearch, query: string, filters?: SearchFilters) {
  const outcome = search(index, query, filters);
  return { ...outcome, quotes: outcome.quotes.top(Infinity), articles: outcome.articles.top(Infinity) };
}
/** A quote result's id and words, from its article's file, as the app shows it. */
const quoteOfHit = (hit: QuoteHit) => quoteOf(built.articles.find((a) => a.id === hit.articleId)!, hit.position)!;
const articleSpeakers = (id: string) => built.index.articles.find((a) => a.id === id)?.speakers;
const titleOf = (id: string) => built.articles.find((a) => a.id === id)?.title;
const speakerNamed = (name: string) => built.index.speakers.find((s) => s.name === name)!.id;

describe('search index', () => {
  it('lives in its own files under the data root: a meta file and a shard per first character of a word', () => {
    expect(searchMetaPath('abc')).toBe(`${DATA_ROOT}/search/meta.abc.json`);
    expect(searchShardPath('r', 'abc')).toBe(`${DATA_ROOT}/search/r.abc.json`);
    expect(data.shards.map((s) => s.shard)).toEqual([...new Set(data.shards.map((s) => s.shard))].sort());
    for (const shard of data.shards) for (const term of shard.terms) expect(shardsFor(term)).toEqual([shard.shard]);
    expect(shardsFor('Ransomware Putin 5bn Émigré')).toEqual(['5', 'e', 'p', 'r']);
  });

  it('finds a word only in the shards that are loaded', () => {
    const partial = loadSearch(data.meta, data.shards.filter((s) => s.shard !== 'r'));
    expect(runSearch(partial, 'ransomware').quotes).toEqual([]);
    expect(runSearch(partial, 'disrupt').quotes).toHaveLength(1);
  });

  it('finds a quote after a round trip through JSON, with what a result needs to show and link it', () => {
    const { quotes } = runSearch(loaded, 'disrupt');
    expect(quotes).toHaveLength(1);
    const hit = quotes[0]!;
    const source = built.articles.find((a) => a.id === hit.articleId)!;
    expect(source.title).toBe('Cyber readout');
    const quote = quoteOfHit(hit);
    expect(source.quotes[hit.position]!.id).toBe(quote.id);
    expect(hit).toMatchObject({ date: '2021-06-11', speakerId: speakerNamed('Joe Biden'), terms: ['disrupt'] });
    expect(quote.text).toContain('We will disrupt ransomware gangs');
  });

  it('finds who said a word, and when: quotes and articles, apart', () => {
    const outcome = runSearch(loaded, 'ransomware');
    expect(outcome.quotes.map((q) => [q.speakerId, q.date]).sort()).toEqual(
      [
        [speakerNamed('Joe Biden'), '2021-06-11'],
        [speakerNamed('Vladimir Putin'), '2021-12-08'],
      ].sort(),
    );
    expect(outcome.articles.map((a) => titleOf(a.articleId)).sort()).toEqual(['Cyber readout', 'Kremlin statement on hackers', 'Trade talks']);
  });

  it('matches the start of a word and tolerates a typo', () => {
    expect(runSearch(loaded, 'ransom').quotes).toHaveLength(2);
    expect(runSearch(loaded, 'ransomwear').quotes).toHaveLength(2);
    expect(runSearch(loaded, 'ransomwear').quotes[0]!.terms).toEqual(['ransomware']);
    expect(runSearch(loaded, 'harvst').quotes).toHaveLength(1);
    // Short words are matched exactly or as a prefix, never loosely: "tom" is not "tim".
    expect(runSearch(loaded, 'tim').quotes).toEqual([]);
  });

  it('ignores case, accents and punctuation', () => {
    expect(runSearch(loaded, 'RANSOMWARE!').quotes).toHaveLength(2);
    expect(runSearch(loaded, 'kremlín').articles.map((a) => titleOf(a.articleId))).toEqual(['Kremlin statement on hackers']);
    expect(processTerm('Zelenskÿy')).toBe('zelenskyy');
  });

  it('finds a quote by its speaker\'s name', () => {
    const { quotes } = runSearch(loaded, 'putin');
    expect(quotes.map((q) => q.speakerId)).toEqual([speakerNamed('Vladimir Putin')]);
  });

  it('ranks a word in a quote above the same word in an article\'s text', () => {
    const { quotes, articles } = runSearch(loaded, 'ransomware');
    const bodyOnly = articles.find((a) => titleOf(a.articleId) === 'Trade talks')!;
    for (const quote of quotes) expect(quote.score).toBeGreaterThan(bodyOnly.score);
  });

  it('indexes article bodies without storing them, and quotes without storing their words', () => {
    expect(runSearch(loaded, 'zanzibarian').articles.map((a) => titleOf(a.articleId))).toEqual(['Trade talks']);
    const serialized = JSON.stringify(data);
    expect(serialized).not.toContain('The ferry to Zanzibarian ports');
    expect(serialized).not.toContain('The meeting lasted an hour');
    expect(serialized).not.toContain('disrupt ransomware gangs');
  });

  it('indexes a long body only up to its budget, but every quote in it whole', () => {
    const filler = Array.from({ length: 400 }, (_, i) => `Filler sentence number ${i} about the weather.`);
    const long = buildCorpus([article('t.txt', 'Transcript', '20240101', [...filler, 'A closing remark on zeppelins.', '"Nothing beats a quokka," Jane Roe said.'])]);
    const index = roundTrip(buildSearchFiles(long.articles, long.index.speakers));
    expect(runSearch(index, 'weather').articles).toHaveLength(1);
    expect(runSearch(index, 'zeppelins').articles).toEqual([]);
    expect(runSearch(index, 'quokka').quotes).toHaveLength(1);
  });

  it('needs every word, and says so when it shows results with only some of them', () => {
    expect(runSearch(loaded, 'ransomware putin')).toMatchObject({ loose: false, quotes: [{ speakerId: speakerNamed('Vladimir Putin') }] });
    const loose = runSearch(loaded, 'ransomware xylophone');
    expect(loose.loose).toBe(true);
    expect(loose.quotes).toHaveLength(2);
    expect(runSearch(loaded, 'xylophone')).toMatchObject({ loose: false, quotes: [], articles: [] });
  });

  it('searches nothing for an empty query or one of stop words only', () => {
    for (const q of ['', '   ', 'the', 'and of', '"!?"']) {
      expect(hasSearchTerms(q)).toBe(false);
      expect(runSearch(loaded, q)).toMatchObject({ quotes: [], articles: [] });
    }
    expect(hasSearchTerms('the harvest')).toBe(true);
  });

  it('narrows by date range, inclusive', () => {
    const outcome = runSearch(loaded, 'ransomware', { from: '2021-06-12', to: '2021-12-08' });
    expect(outcome.quotes.map((q) => q.date)).toEqual(['2021-12-08']);
    expect(outcome.articles.map((a) => a.date)).toEqual(['2021-12-08']);
  });

  it('narrows by speaker, with counts per speaker that do not depend on the speakers chosen', () => {
    const biden = speakerNamed('Joe Biden');
    const putin = speakerNamed('Vladimir Putin');
    const all = runSearch(loaded, 'ransomware', { articleSpeakers });
    expect(all.speakerCounts).toEqual(new Map([[biden, 1], [putin, 1]]));
    const narrowed = runSearch(loaded, 'ransomware', { speakers: [putin], articleSpeakers });
    expect(narrowed.quotes.map((q) => q.speakerId)).toEqual([putin]);
    expect(narrowed.articles.map((a) => titleOf(a.articleId))).toEqual(['Kremlin statement on hackers']);
    expect(narrowed.speakerCounts).toEqual(all.speakerCounts);
    // Counts follow the date range.
    expect(runSearch(loaded, 'ransomware', { to: '2021-12-01' }).speakerCounts).toEqual(new Map([[biden, 1]]));
  });

  it('stores a very long quote as a preview but finds it by any of its words', () => {
    const words = Array.from({ length: 150 }, (_, i) => `word${i}`).join(' ');
    const long = buildCorpus([article('l.txt', 'Long', '20240101', [`"${words} finale," Jane Roe said.`])]);
    const index = roundTrip(buildSearchFiles(long.articles, long.index.speakers));
    const hit = runSearch(index, 'finale').quotes[0]!;
    expect(hit).toBeDefined();
    const { text } = quoteOf(long.articles[0]!, hit.position)!;
    expect(text.length).toBeLessThanOrEqual(STORED_QUOTE_MAX);
    expect(text.endsWith('…')).toBe(true);
  });

  it('is the same for the same corpus', () => {
    expect(JSON.stringify(buildSearchFiles(buildCorpus([...files].reverse()).articles, built.index.speakers))).toBe(JSON.stringify(data));
  });

  it('ranks the best first, and among equals the newest first', () => {
    const same = buildCorpus([
      article('o.txt', 'Old', '20200101', ['"Quinoa prices rose," Ann Lee said.']),
      article('n.txt', 'New', '20220101', ['"Quinoa prices fell," Ann Lee said.']),
      article('m.txt', 'Mid', '20210101', ['"Quinoa quinoa," Ann Lee said.']),
    ]);
    const index = roundTrip(buildSearchFiles(same.articles, same.index.speakers));
    const all = runSearch(index, 'quinoa').quotes;
    expect(all.map((q) => q.date)).toEqual(['2022-01-01', '2021-01-01', '2020-01-01']);
    const outcome = search(index, 'quinoa');
    expect(outcome.quotes.count).toBe(3);
    expect(outcome.quotes.top(1)).toEqual(all.slice(0, 1));
    expect(outcome.quotes.top(2)).toEqual(all.slice(0, 2));
  });

  it('gives the best few of many results as a whole sort would', () => {
    const many = buildCorpus(
      Array.from({ length: 60 }, (_, i) =>
        article(`m${i}.txt`, `Report ${i}`, `2021${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}`, [
          `"${'Gravel '.repeat((i % 5) + 1)}matters ${i % 3 === 0 ? 'gravelly' : ''}," Ann Lee said.`,
        ]),
      ),
    );
    const index = roundTrip(buildSearchFiles(many.articles, many.index.speakers));
    const whole = runSearch(index, 'gravel').quotes;
    expect(whole).toHaveLength(60);
    for (let i = 1; i < whole.length; i++) expect(whole[i - 1]!.score >= whole[i]!.score).toBe(true);
    expect(search(index, 'gravel').quotes.top(5)).toEqual(whole.slice(0, 5));
  });
});

describe('highlightPieces', () => {
  it('marks each word whose indexed form matched, whatever its case, accents or punctuation around it', () => {
    const pieces = highlightPieces('Ransomware, ransomware; RANSOMWARES and Kremlín <b>ransomware</b>.', ['ransomware', 'kremlin']);
    expect(pieces.filter((p) => p.hit).map((p) => p.text)).toEqual(['Ransomware', 'ransomware', 'Kremlín', 'ransomware']);
  });

  it('marks nothing without terms', () => {
    expect(highlightPieces('Plain text.', [])).toEqual([{ text: 'Plain text.', hit: false }]);
  });

  it('never loses or changes a character of the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 4 }), (text, terms) => {
        const pieces = highlightPieces(text, terms.map((t) => processTerm(t) ?? t));
        expect(pieces.map((p) => p.text).join('')).toBe(text);
        expect(pieces.every((p) => p.text.length > 0)).toBe(true);
      }),
    );
  });
});


describe('fromFirstMatch', () => {
  const long = `${'Opening words of a long statement that go on for a while before it says anything. '.repeat(3)}Then the president spoke.`;

  it('starts a long text a little before its first match, at a word', () => {
    const excerpt = fromFirstMatch(long, ['president']);
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('Then the president spoke.')).toBe(true);
    const lead = excerpt.indexOf('president') - 1;
    expect(lead).toBeGreaterThanOrEqual(60);
    expect(lead).toBeLessThan(80);
    expect(long).toContain(excerpt.slice(1)); // cut at a word boundary, nothing rewritten
    expect(excerpt[1]).not.toBe(' ');
  });

  it('keeps a text whole when it matches early, or not at all', () => {
    expect(fromFirstMatch('The president said so, and much more besides.', ['president'])).toBe('The president said so, and much more besides.');
    expect(fromFirstMatch(long, ['nothing'])).toBe(long);
  });
});
