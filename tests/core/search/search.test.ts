import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCorpus, type InputFile } from '../../../src/core/publish.ts';
import {
  buildSearchData,
  hasSearchTerms,
  highlightPieces,
  loadSearchData,
  processTerm,
  runSearch,
  searchIndexPath,
  STORED_QUOTE_MAX,
  type LoadedSearch,
  type SearchData,
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
const data: SearchData = buildSearchData(built.articles, built.index.speakers);
/** As the app gets it: serialized by the build, parsed and loaded with the shared options. */
const loaded: LoadedSearch = loadSearchData(JSON.parse(JSON.stringify(data)) as SearchData);
const articleSpeakers = (id: string) => built.index.articles.find((a) => a.id === id)?.speakers;
const titleOf = (id: string) => built.articles.find((a) => a.id === id)?.title;
const speakerNamed = (name: string) => built.index.speakers.find((s) => s.name === name)!.id;

describe('search index', () => {
  it('lives in its own file under the data root', () => {
    expect(searchIndexPath()).toBe(`${DATA_ROOT}/search/index.json`);
  });

  it('finds a quote after a round trip through JSON, with what a result needs to show and link it', () => {
    const { quotes } = runSearch(loaded, 'disrupt');
    expect(quotes).toHaveLength(1);
    const hit = quotes[0]!;
    const source = built.articles.find((a) => a.id === hit.articleId)!;
    expect(source.title).toBe('Cyber readout');
    expect(source.quotes.map((q) => q.id)).toContain(hit.quoteId);
    expect(hit).toMatchObject({ date: '2021-06-11', speakerId: speakerNamed('Joe Biden'), terms: ['disrupt'] });
    expect(hit.text).toContain('We will disrupt ransomware gangs');
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

  it('indexes article bodies without storing them', () => {
    expect(runSearch(loaded, 'zanzibarian').articles.map((a) => titleOf(a.articleId))).toEqual(['Trade talks']);
    const serialized = JSON.stringify(data);
    expect(serialized).not.toContain('The ferry to Zanzibarian ports');
    expect(serialized).not.toContain('The meeting lasted an hour');
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
    const index = loadSearchData(JSON.parse(JSON.stringify(buildSearchData(long.articles, long.index.speakers))) as SearchData);
    const hit = runSearch(index, 'finale').quotes[0]!;
    expect(hit).toBeDefined();
    expect(hit.text.length).toBeLessThanOrEqual(STORED_QUOTE_MAX);
    expect(hit.text.endsWith('…')).toBe(true);
  });

  it('is the same for the same corpus', () => {
    expect(JSON.stringify(buildSearchData(buildCorpus([...files].reverse()).articles, built.index.speakers))).toBe(JSON.stringify(data));
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

