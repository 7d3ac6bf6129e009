import { describe, expect, it } from 'vitest';
import { buildCorpus, type InputFile } from '../../src/core/publish.ts';

const article = (title: string, date: string, sentences: string[]) => `${title}\n${date}\nhttps://example.org/${encodeURIComponent(title)}\n${sentences.join('\n')}\n`;

const files: InputFile[] = [
  { path: 'a.txt', text: article('Geneva summit', '20210616', ['"The talks were constructive," President Joe Biden said.', '"We will see," Biden said.']) },
  { path: 'b.txt', text: article('Kremlin readout', '20211208', ['"There is no alternative," the Kremlin said in a statement.']) },
  { path: 'c.txt', text: article('Quiet day', '20200101', ['Nothing was said.']) },
  { path: 'bad.txt', text: 'Broken\n20210230\nhttps://example.org\nA line.' },
];

function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const ids = (built: ReturnType<typeof buildCorpus>) => built.articles.flatMap((a) => [a.id, ...a.quotes.map((q) => `${a.id}/${q.id}/${q.speaker?.id}`)]).sort();

describe('buildCorpus', () => {
  it('publishes the good articles newest first and reports the bad one with file, line and reason', () => {
    const built = buildCorpus(files);
    expect(built.index.articles.map((a) => a.title)).toEqual(['Kremlin readout', 'Geneva summit', 'Quiet day']);
    expect(built.index.skipped).toEqual([{ file: 'bad.txt', line: 2, reason: 'date 20210230 is not a real calendar date' }]);
    expect(built.index.corpus).toMatchObject({ articleCount: 3, from: '2020-01-01', to: '2021-12-08' });
  });

  it('gives the same ids whatever the order of the files', () => {
    const reference = ids(buildCorpus(files));
    for (const seed of [1, 2, 3, 4, 5]) expect(ids(buildCorpus(shuffled(files, seed)))).toEqual(reference);
  });

  it('keeps existing ids when articles are added to the corpus', () => {
    const before = ids(buildCorpus(files.slice(0, 2)));
    const after = new Set(ids(buildCorpus([...files, { path: 'd.txt', text: article('Later', '20220101', ['"More," she said.']) }])));
    for (const id of before) expect(after.has(id)).toBe(true);
  });

  it('publishes a duplicate once and says which file it duplicates', () => {
    const built = buildCorpus([...files, { path: 'z-copy.txt', text: files[0]!.text }]);
    expect(built.index.articles.filter((a) => a.title === 'Geneva summit')).toHaveLength(1);
    expect(built.report.files.find((f) => f.file === 'z-copy.txt')).toMatchObject({ fate: 'duplicate', duplicateOf: 'a.txt' });
    const { counts } = built.report;
    expect(counts.files).toBe(counts.published + counts.skipped + counts.duplicates);
  });

  it('attributes quotes to speakers with corpus-wide ids and counts them', () => {
    const built = buildCorpus(files);
    const geneva = built.articles.find((a) => a.title === 'Geneva summit')!;
    expect(geneva.quotes.length).toBe(2);
    for (const q of geneva.quotes) expect(q.speaker?.id).toBe('joe-biden');
    const biden = built.index.speakers.find((s) => s.id === 'joe-biden');
    expect(biden).toMatchObject({ name: 'Joe Biden', quoteCount: 2, articleCount: 1 });
    for (const q of geneva.quotes) for (const s of q.spans) expect(s.end).toBeLessThanOrEqual(geneva.body.length);
  });
});
