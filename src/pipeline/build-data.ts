import path from 'node:path';
import { stat } from 'node:fs/promises';
import { assembleCorpus, type BuiltCorpus } from '../core/publish.ts';
import { analyzeFiles, type ParallelOptions } from './analyze-parallel.ts';
import { DATA_ROOT, articlePath, indexPath, speakerPath } from '../core/schema.ts';
import { buildSearchData, searchIndexPath } from '../core/search/build.ts';
import { listTextFiles } from './read-corpus.ts';

/** The bundled corpus, used unless QUOTELINE_CORPUS names another folder. */
export const DEFAULT_CORPUS_DIR = path.resolve(import.meta.dirname, '../../corpus');

export function corpusDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.QUOTELINE_CORPUS ? path.resolve(env.QUOTELINE_CORPUS) : DEFAULT_CORPUS_DIR;
}

export interface DataBuild {
  corpusDir: string;
  built: BuiltCorpus;
  /** Site-relative path → file contents, ready to write or serve. */
  files: Map<string, string>;
  ms: number;
}

export function serializeCorpus(built: BuiltCorpus): Map<string, string> {
  const files = new Map<string, string>();
  files.set(indexPath(), JSON.stringify(built.index));
  files.set(`${DATA_ROOT}/report.json`, JSON.stringify(built.report, null, 1));
  for (const article of built.articles) files.set(articlePath(article.id), JSON.stringify(article));
  for (const page of built.speakerPages) files.set(speakerPath(page.speaker.id), JSON.stringify(page));
  // Full-text search: its own file, fetched only when the reader first searches.
  files.set(searchIndexPath(), JSON.stringify(buildSearchData(built.articles, built.index.speakers)));
  return files;
}

export class CorpusMissingError extends Error {}

export async function buildDataFromFolder(corpusDir: string, options: ParallelOptions = {}): Promise<DataBuild> {
  const started = performance.now();
  const info = await stat(corpusDir).catch(() => null);
  if (!info?.isDirectory()) throw new CorpusMissingError(`corpus folder not found: ${corpusDir}`);
  const analyses = await analyzeFiles(await listTextFiles(corpusDir), corpusDir, options);
  const built = assembleCorpus(analyses, { today: new Date().toISOString().slice(0, 10) });
  return { corpusDir, built, files: serializeCorpus(built), ms: performance.now() - started };
}

/** A summary a person reads in the terminal: counts, then every skipped file with line and reason. */
export function formatBuildSummary({ corpusDir, built, ms }: DataBuild): string {
  const { counts } = built.report;
  const lines = [
    `Quoteline corpus ${corpusDir}: ${counts.files} files → ${counts.published} articles published, ` +
      `${counts.quotes} quotes, ${counts.skipped} skipped, ${counts.duplicates} duplicates (${Math.round(ms)} ms)`,
  ];
  for (const issue of built.index.skipped) lines.push(`  skipped ${issue.file}:${issue.line}: ${issue.reason}`);
  for (const issue of built.index.warnings) lines.push(`  warning ${issue.file}:${issue.line}: ${issue.reason}`);
  return lines.join('\n');
}
