import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildDataFromFolder, formatBuildSummary, serializeCorpus } from '../../src/pipeline/build-data.ts';

const fixture = path.resolve(import.meta.dirname, '../fixtures/mixed-corpus');
const root = path.resolve(import.meta.dirname, '../..');

describe('building the data of a folder with malformed files', () => {
  it('publishes the good articles and names every bad file with its line and reason', async () => {
    const build = await buildDataFromFolder(fixture);
    expect(build.built.index.articles.map((a) => a.title).sort()).toEqual(['Leaders meet in Geneva', 'Ministry issues a statement']);
    const skipped = build.built.index.skipped.map((s) => `${s.file}:${s.line}`).sort();
    expect(skipped).toEqual(['bad-calendar.txt:2', 'empty-body.txt:4', 'image.txt:0', 'no-date.txt:2']);
    const summary = formatBuildSummary(build);
    expect(summary).toContain('7 files → 2 articles published');
    expect(summary).toContain('skipped no-date.txt:2: missing date');
    expect(summary).toContain('skipped image.txt:0: not a text file');
    expect(summary).toContain(`warning ${path.join('sub', 'copy-of-good-one.txt')}:3: duplicate of good-one.txt`);
  });

  it('writes an index, one file per article and the build report', async () => {
    const build = await buildDataFromFolder(fixture);
    const names = [...build.files.keys()];
    expect(names).toContain('data/v3/manifest.json');
    expect(names).toContain('data/v3/report.json');
    expect(names.filter((n) => /^data\/v3\/index\.[\w-]{10}\.json$/.test(n))).toHaveLength(1);
    expect(names.filter((n) => /^data\/v3\/articles\/.+\.[\w-]{10}\.json$/.test(n))).toHaveLength(2);
  });

  it('--strict fails instead of publishing when any file is bad', async () => {
    const run = promisify(execFile)('npx', ['tsx', 'src/cli/publish.ts', '--strict', '--out', '/tmp/quoteline-strict-test', fixture], { cwd: root });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('--strict: 4 problem(s)') });
  });
});

describe('the data contract at build time', () => {
  it('fails the build, naming the file and what is wrong, when the pipeline makes data the app would refuse', async () => {
    const { built } = await buildDataFromFolder(fixture);
    expect(() => serializeCorpus(built)).not.toThrow();
    const article = built.articles[0]!;
    const key = article.id.slice(article.id.lastIndexOf('-') + 1);
    // A bug in extraction or publishing: a quote that ends past its article's body.
    article.quotes[0]!.spans[0]!.end = article.body.length + 5;
    expect(() => serializeCorpus(built)).toThrow(
      `Build bug: data/v3/articles/${key}.<hash>.json would break the data contract (core/schema/), so nothing is published: quotes[0] has a span outside the body`,
    );
  });

  it('fails it when a speaker kind has no wire number', async () => {
    const { built } = await buildDataFromFolder(fixture);
    (built.index.speakers[0] as { kind: string }).kind = 'crowd';
    expect(() => serializeCorpus(built)).toThrow(/Build bug: data\/v3\/speakers\/[a-z0-9-]+\.<hash>\.json would break the data contract .*speaker\.kind/);
  });
});
