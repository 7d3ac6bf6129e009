import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataFromFolder, type DataBuild } from '../../src/pipeline/build-data.ts';
import { writeHostileCorpus, type HostileCase } from '../fixtures/hostile-corpus.ts';

let dir: string;
let cases: HostileCase[];
let build: DataBuild;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'quoteline-hostile-'));
  cases = await writeHostileCorpus(dir);
  build = await buildDataFromFolder(dir);
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the hostile corpus', () => {
  it('gives every file the fate README documents, and loses none', () => {
    const fates = Object.fromEntries(build.built.report.files.map((f) => [f.file, f.fate]));
    expect(fates).toEqual(Object.fromEntries(cases.map((c) => [c.file, c.fate])));
    const { counts } = build.built.report;
    expect(counts.files).toBe(cases.length);
    expect(counts.published + counts.skipped + counts.duplicates).toBe(counts.files);
  });

  it('publishes dangerous URLs as text that is never linked', () => {
    for (const title of ['Script link', 'Data link']) {
      const article = build.built.articles.find((a) => a.title === title)!;
      expect(article.linkable).toBe(false);
      expect(article.source).toBe('');
    }
  });

  it('keeps the text of markup as text, character for character', () => {
    const article = build.built.articles.find((a) => a.title.includes('Breaking'))!;
    expect(article.title).toContain('<img src=x onerror=');
    expect(article.body).toContain('<script>window.__pwned=1</script>');
  });

  it('says which files were not valid UTF-8, dated in the future, or duplicates', () => {
    const warned = build.built.index.warnings.map((w) => `${w.file}:${w.line}: ${w.reason}`);
    expect(warned).toContainEqual(expect.stringMatching(/^invalid-utf8\.txt:4: bytes that are not valid UTF-8/));
    expect(warned).toContainEqual(expect.stringMatching(/^far-future\.txt:2: date 2999-12-31 is after the build date/));
    expect(warned).toContainEqual(expect.stringMatching(/^dup-b\.txt:3: duplicate of dup-a\.txt/));
  });

  it('gives two articles with one title on different dates two ids', () => {
    const weekly = build.built.articles.filter((a) => a.title === 'Weekly briefing');
    expect(new Set(weekly.map((a) => a.id)).size).toBe(2);
  });

  it('finds quotes in the 1 MB line and the 10,000-line article with spans inside their bodies', () => {
    for (const title of ['A very long line', 'A very long article']) {
      const article = build.built.articles.find((a) => a.title === title)!;
      expect(article.quotes.length).toBeGreaterThan(0);
      for (const q of article.quotes) for (const s of q.spans) expect(0 <= s.start && s.start < s.end && s.end <= article.body.length).toBe(true);
    }
  });
});
