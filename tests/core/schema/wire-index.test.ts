import { describe, expect, it } from 'vitest';
import type { SpeakerId, SpeakerKind } from '../../../src/core/model.ts';
import { buildCorpus } from '../../../src/core/publish.ts';
import { problemsOf, SPEAKER_KINDS, WireIndexSchema, type CorpusIndex } from '../../../src/core/schema.ts';
import { quotesBy } from '../../../src/core/speaker-quotes.ts';
import { decodeIndex, encodeIndex, type FileHashes, type WireIndex } from '../../../src/core/wire.ts';

const text = (title: string, date: string, sentences: string[]) => `${title}\n${date}\nhttps://example.org/${title.replaceAll(' ', '-')}\n${sentences.join('\n')}\n`;
const built = buildCorpus([
  { path: 'a.txt', text: text('Geneva summit', '20210616', ['"The talks were constructive," President Joe Biden said.']) },
  { path: 'b.txt', text: text('Kremlin readout', '20211208', ['"There is no alternative," the Kremlin said in a statement.']) },
]);
const hashes = (index: CorpusIndex): FileHashes => ({
  articles: new Map(),
  speakers: new Map(index.speakers.map((s) => [s.id, 'speakerhash'])),
  previews: {},
  about: 'abouthash1',
});
const wire = (): WireIndex => JSON.parse(JSON.stringify(encodeIndex(built.index, hashes(built.index))));

describe('the wire index', () => {
  it('numbers speaker kinds as an external scorer reads them: person 0, organisation 1, anonymous 2, group 3, document 4', () => {
    expect(SPEAKER_KINDS).toEqual(['person', 'organisation', 'anonymous', 'group', 'document']);
    const kinds: SpeakerKind[] = ['person', 'organisation', 'anonymous', 'group', 'document'];
    const template = built.index.speakers[0]!;
    // Quoted in no article of this index, so counted as such: the articles' counts must add up to a speaker's.
    const extra = kinds.map((kind, i) => ({ ...template, id: `speaker-${i}` as SpeakerId, kind, quoteCount: 0, articleCount: 0 }));
    const index: CorpusIndex = { ...built.index, speakers: [...built.index.speakers, ...extra] };
    const encoded = encodeIndex(index, hashes(index));
    expect(encoded.speakers.kind.slice(-5)).toEqual([0, 1, 2, 3, 4]);
    expect(problemsOf(WireIndexSchema, JSON.parse(JSON.stringify(encoded)))).toBeNull();
    expect(decodeIndex(encoded).speakers.slice(-5).map((s) => s.kind)).toEqual(kinds);
  });

  it('decodes what it encodes', () => {
    const decoded = decodeIndex(wire());
    expect(decoded.articles.map((a) => ({ id: a.id, date: a.date, title: a.title, source: a.source, quoteCount: a.quoteCount, speakers: a.speakers }))).toEqual(
      built.index.articles.map((a) => ({ id: a.id, date: a.date, title: a.title, source: a.source, quoteCount: a.quoteCount, speakers: a.speakers })),
    );
    expect(decoded.speakers.map((s) => [s.id, s.kind, s.quoteCount, s.firstSeen])).toEqual(built.index.speakers.map((s) => [s.id, s.kind, s.quoteCount, s.firstSeen]));
  });

  it('carries each article’s quotes per speaker, leaving out the ones at the end', () => {
    const twice = buildCorpus([
      { path: 'a.txt', text: text('Geneva summit', '20210616', ['"The talks were constructive," President Joe Biden said.', '"We will meet again," Biden said.', '"There is no alternative," the Kremlin said in a statement.']) },
    ]);
    const encoded = JSON.parse(JSON.stringify(encodeIndex(twice.index, hashes(twice.index)))) as WireIndex;
    expect(problemsOf(WireIndexSchema, encoded)).toBeNull();
    const article = decodeIndex(encoded).articles[0]!;
    const quotes = article.speakers.map((id) => twice.speakerPages.find((p) => p.speaker.id === id)!.quotes.length);
    expect(quotes).toEqual([2, 1]);
    expect(encoded.articles.speakerQuotes[0]).toEqual([2]);
    expect(article.speakers.map((id) => quotesBy(article, id))).toEqual(quotes);
  });

  it('is refused when an article’s quotes per speaker do not add up to the speaker’s count', () => {
    const w = wire();
    w.articles.speakerQuotes[0] = [3];
    expect(problemsOf(WireIndexSchema, w)).toEqual([`speakers.quotes[${w.articles.speakers[0]![0]}] is 1, the articles' speakerQuotes add up to 3`]);
  });

  it('is refused when an article has more quote counts than speakers, or a count of 0', () => {
    const w = wire();
    w.articles.speakerQuotes[1] = [1, 1, 1];
    expect(problemsOf(WireIndexSchema, w)).toEqual(['articles.speakerQuotes[1] has 3 counts for 1 speakers']);
    const v = wire();
    v.articles.speakerQuotes[1] = [0];
    expect(problemsOf(WireIndexSchema, v)?.[0]).toMatch(/^articles\.speakerQuotes: expected lists of quote counts \(1 or more\) at \[1\]/);
  });

  it('is refused when a source number points past the sources', () => {
    const w = wire();
    w.articles.source[0] = 7;
    expect(problemsOf(WireIndexSchema, w)).toEqual([`articles.source[0] is 7, there are ${w.sources.length} sources`]);
  });

  it('is refused when the article count disagrees with the rows', () => {
    const w = wire();
    w.corpus.articleCount = 3;
    expect(problemsOf(WireIndexSchema, w)).toEqual(['corpus.articleCount is 3, articles has 2 rows']);
  });

  it('is refused when a key could name a path', () => {
    const w = wire();
    w.articles.key[1] = '../x';
    expect(problemsOf(WireIndexSchema, w)?.[0]).toMatch(/^articles\.key: expected article keys at \[1\], received "\.\.\/x"/);
  });

  it('never decodes a missing value as 0: decodeIndex throws on an unchecked, damaged index', () => {
    const w = wire();
    w.articles.quotes.pop();
    expect(() => decodeIndex(w)).toThrow('corrupt index: articles.quotes has no row 1');
    const v = wire();
    v.articles.speakers[0] = [99];
    expect(() => decodeIndex(v)).toThrow('corrupt index: speakers has no row 99');
  });
});
