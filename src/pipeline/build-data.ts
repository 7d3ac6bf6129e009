import path from 'node:path';
import { stat } from 'node:fs/promises';
import { assembleCorpus, type BuiltCorpus } from '../core/publish.ts';
import { analyzeFiles, type ParallelOptions } from './analyze-parallel.ts';
import { checkData, DataManifestSchema, manifestPath, type DataManifest } from '../core/schema.ts';
import { serializeCorpus } from '../core/serialize.ts';
import { listTextFiles } from './read-corpus.ts';

// The files of a built corpus are made in core (core/serialize.ts), so that the browser makes them alike; the
// pipeline's callers keep asking for them here.
export { serializeCorpus };

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

/** The manifest of a set of published files: what the page is told, so it needs no request to learn it. */
export function manifestOf(files: Map<string, string>): DataManifest | null {
  const json = files.get(manifestPath());
  return json ? checkData(DataManifestSchema, manifestPath(), JSON.parse(json)) : null;
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
