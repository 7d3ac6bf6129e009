import { describe, expect, it } from 'vitest';
import { articleKeyFor, hash53, type KeyHash } from '../../src/core/ids.ts';
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

describe('article keys that collide', () => {
  // The test seam: every article's 8-character key is the same.
  const keyHash: KeyHash = (text, seed) => (seed === 0 ? 987654321 : hash53(text, seed));
  const good = files.filter((f) => f.path !== 'bad.txt');
  const keyOf = (id: string) => id.slice(id.lastIndexOf('-') + 1);

  it('never publish two articles under one key: the oldest keeps it, the others get longer keys, and say so', () => {
    const built = buildCorpus(good, { keyHash });
    const keys = built.index.articles.map((a) => keyOf(a.id));
    expect(new Set(keys).size).toBe(3);
    const short = articleKeyFor({ date: '2020-01-01', title: 'Quiet day', url: 'https://example.org/Quiet%20day' }, keyHash);
    expect(built.index.articles.find((a) => a.title === 'Quiet day')?.id).toBe(`quiet-day-${short}`);
    for (const title of ['Geneva summit', 'Kremlin readout']) {
      expect(keyOf(built.index.articles.find((a) => a.title === title)!.id)).toMatch(new RegExp(`^${short}[0-9a-z]{4}$`));
    }
    // Everything that names an article follows: its file, its quotes' ids, its speakers' pages, the report.
    expect(built.articles.map((a) => a.id).sort()).toEqual(built.index.articles.map((a) => a.id).sort());
    const published = built.report.files.flatMap((f) => (f.fate === 'published' ? [f.articleId] : [])).sort();
    expect(published).toEqual(built.index.articles.map((a) => a.id).sort());
    expect(built.speakerPages.flatMap((p) => p.quotes.map((q) => q.articleId)).every((id) => published.includes(id))).toBe(true);
    expect(built.index.warnings.filter((w) => /is another article's too/.test(w.reason)).map((w) => w.file).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('get the same keys whatever the order of the files', () => {
    const reference = ids(buildCorpus(good, { keyHash }));
    for (const seed of [1, 2, 3]) expect(ids(buildCorpus(shuffled(good, seed), { keyHash }))).toEqual(reference);
  });

  it('do not make different articles without a web address into duplicates of each other', () => {
    const offline = (path: string, title: string) => ({ path, text: `${title}\n20210101\nfile:///${path}\n"Yes," Ada Abbott said.\n` });
    const built = buildCorpus([offline('x.txt', 'One'), offline('y.txt', 'Two')], { keyHash });
    expect(built.report.counts).toMatchObject({ published: 2, duplicates: 0 });
  });
});
