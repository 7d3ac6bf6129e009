import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { decodeText } from '../core/decode.ts';

/** One input file as the core sees it: a display path and its decoded text. */
export interface SourceFile {
  /** Path relative to the folder it was found in (or as given), for reports and messages. */
  path: string;
  text: string;
}

export async function listTextFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.txt'))
    .map((entry) => path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name))
    .sort();
}

/** Read one file as the core sees it, named relative to `base`. */
export async function readSource(filePath: string, base: string): Promise<SourceFile> {
  const bytes = await readFile(filePath);
  return { path: path.relative(base, filePath) || path.basename(filePath), text: decodeText(bytes) };
}

/**
 * Read every .txt file under the given folders (recursively) and the given files.
 * Paths that do not exist are returned as `missing` rather than thrown, so one typo does not stop a build.
 */
export async function readSources(inputs: string[]): Promise<{ files: SourceFile[]; missing: string[] }> {
  const files: SourceFile[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) {
      missing.push(input);
      continue;
    }
    const paths = info.isDirectory() ? await listTextFiles(input) : [input];
    const base = info.isDirectory() ? input : path.dirname(input);
    for (const filePath of paths) files.push(await readSource(filePath, base));
  }
  return { files, missing };
}
