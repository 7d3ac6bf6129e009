import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { DATA_ROOT, checkData, lookupPath, manifestPath, reportPath, schemaOfFile, WireIndexSchema, DataManifestSchema, type ArticleSummary } from '../core/schema.ts';
import { contentHash } from '../core/serialize.ts';
import { decodeIndex } from '../core/wire.ts';
import { formatBuildSummary, type DataBuild } from './build-data.ts';

/** What the site is built from: published data by site path, whether built from a corpus now or read as published. */
export interface SiteData {
  files: Map<string, string>;
  /** Newest first, as the index lists them. */
  articles: Pick<ArticleSummary, 'date' | 'quoteCount'>[];
  /** Input files the data could not publish: --strict fails on any. */
  skipped: number;
  /** What the terminal is told. */
  summary: string;
}

export function siteDataOf(build: DataBuild): SiteData {
  return { files: build.files, articles: build.built.index.articles, skipped: build.built.index.skipped.length, summary: formatBuildSummary(build) };
}

/** A folder of published data (an exported library, a copy of dist/data), when QUOTELINE_DATA names one. */
export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.QUOTELINE_DATA ? path.resolve(env.QUOTELINE_DATA) : null;
}

export class BadDataFolderError extends Error {}

/**
 * Published data read back from a folder (the unzipped export of a reader's library holds `data/v3/…`), every
 * file checked before a page is built on it: its JSON against its schema (core/schema), its name's hash against
 * its content, and every file the manifest names present. The first problem fails the build, naming the file.
 */
export async function readDataFolder(dir: string): Promise<SiteData> {
  const started = performance.now();
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new BadDataFolderError(`QUOTELINE_DATA: folder not found: ${dir}`);
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = new Map<string, string>();
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (!file.startsWith(`${DATA_ROOT}/`)) throw new BadDataFolderError(`QUOTELINE_DATA: ${file} is not published data (every file is under ${DATA_ROOT}/); nothing is built.`);
    files.set(file, await readFile(path.join(dir, file), 'utf8'));
  }
  if (!files.has(manifestPath())) throw new BadDataFolderError(`QUOTELINE_DATA: ${dir} has no ${manifestPath()}: is it the unzipped export of a library?`);
  for (const [file, text] of files) {
    const fail = (why: string) => new BadDataFolderError(`QUOTELINE_DATA: ${file} ${why}; nothing is built.`);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw fail('is not valid JSON');
    }
    if (file === reportPath()) continue;
    const schema = schemaOfFile(file);
    if (!schema) throw fail('is not a file of the data contract (core/schema)');
    try {
      checkData(schema, file, json);
    } catch (error) {
      throw fail(`breaks the data contract: ${error instanceof Error ? error.message : String(error)}`);
    }
    const hash = /\.([^./]+)\.json$/.exec(file)?.[1];
    if (file !== manifestPath() && hash !== contentHash(text)) throw fail('does not match the hash in its name (changed after it was published)');
  }
  const manifest = checkData(DataManifestSchema, manifestPath(), JSON.parse(files.get(manifestPath()) as string));
  const named = [manifest.index, ...Object.keys(manifest.lookup).map((shard) => lookupPath(shard, manifest.lookup[shard] as string))];
  for (const file of named) if (!files.has(file)) throw new BadDataFolderError(`QUOTELINE_DATA: ${file}, named by the manifest, is missing; nothing is built.`);
  const index = decodeIndex(checkData(WireIndexSchema, manifest.index, JSON.parse(files.get(manifest.index) as string)));
  const summary =
    `Quoteline published data ${dir}: ${files.size} files checked, ${index.articles.length} articles, ` +
    `${index.corpus.quoteCount} quotes (${Math.round(performance.now() - started)} ms)`;
  return { files, articles: index.articles, skipped: 0, summary };
}
