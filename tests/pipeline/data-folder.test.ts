import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataFromFolder, type DataBuild } from '../../src/pipeline/build-data.ts';
import { readDataFolder } from '../../src/pipeline/data-folder.ts';

const MIXED = path.resolve(import.meta.dirname, '../fixtures/mixed-corpus');
let scratch: string;
let built: DataBuild;

/** Published data written out as an export unzips: data/v3/… under one folder, with one file changed if asked. */
async function dataFolder(name: string, change?: (files: Map<string, string>) => void): Promise<string> {
  const files = new Map(built.files);
  change?.(files);
  const dir = path.join(scratch, name);
  for (const [file, text] of files) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

const articleFile = () => [...built.files.keys()].find((f) => f.includes('/articles/')) as string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'quoteline-data-folder-'));
  built = await buildDataFromFolder(MIXED);
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('readDataFolder: a folder of published data as the site is built on it (QUOTELINE_DATA)', () => {
  it('gives back the published files as they were, and the articles of their index, newest first', async () => {
    const site = await readDataFolder(await dataFolder('good'));
    expect(site.files).toEqual(built.files);
    expect(site.articles.map((a) => a.date)).toEqual(built.built.index.articles.map((a) => a.date));
  });

  it('fails naming the file when one breaks its schema', async () => {
    const dir = await dataFolder('bad-schema', (files) => {
      const file = articleFile();
      files.set(file, JSON.stringify({ ...JSON.parse(files.get(file) as string), quotes: 'none' }));
    });
    await expect(readDataFolder(dir)).rejects.toThrow(new RegExp(`${articleFile().replace(/\./g, '\\.')} breaks the data contract`));
  });

  it('fails naming the file when its content no longer matches the hash in its name', async () => {
    const dir = await dataFolder('tampered', (files) => {
      const file = articleFile();
      files.set(file, (files.get(file) as string).replace(/"title":"[^"]*"/, '"title":"Changed by hand"'));
    });
    await expect(readDataFolder(dir)).rejects.toThrow(/does not match the hash in its name/);
  });

  it('fails when a file the manifest names is missing, or a file is not JSON', async () => {
    const [lookup] = [...built.files.keys()].filter((f) => f.includes('/lookup/'));
    await expect(readDataFolder(await dataFolder('missing', (files) => files.delete(lookup as string)))).rejects.toThrow(`${lookup}, named by the manifest, is missing`);
    await expect(readDataFolder(await dataFolder('not-json', (files) => files.set(articleFile(), '{"trunc')))).rejects.toThrow('is not valid JSON');
  });

  it('fails on a folder that is not published data', async () => {
    await expect(readDataFolder(MIXED)).rejects.toThrow(/is not published data/);
    await expect(readDataFolder(path.join(scratch, 'nowhere'))).rejects.toThrow(/folder not found/);
  });
});
