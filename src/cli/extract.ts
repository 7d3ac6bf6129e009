/**
 * `npm run --silent extract -- <folders or files...>`: JSON Lines on stdout, one line per article, with the
 * quotes the engine finds. Parse problems go to stderr as `file:line: reason`.
 */
import path from 'node:path';
import { extractQuotes } from '../core/extract/index.ts';
import { articleRecord } from '../core/extract/record.ts';
import { parseArticle } from '../core/parse.ts';
import { readSources } from '../pipeline/read-corpus.ts';

async function main(argv: string[]): Promise<number> {
  const inputs = argv.filter((a) => a !== '--');
  if (inputs.length === 0) {
    process.stderr.write('usage: npm run --silent extract -- <folders or files...>\n');
    return 2;
  }
  const { files, missing } = await readSources(inputs);
  for (const m of missing) process.stderr.write(`${m}:0: no such file or folder\n`);
  let read = 0;
  const out: string[] = [];
  for (const f of files) {
    const parsed = parseArticle(f.path, f.text);
    if (!parsed.ok) {
      for (const e of parsed.errors) process.stderr.write(`${e.file}:${e.line}: ${e.reason}\n`);
      continue;
    }
    for (const w of parsed.warnings) process.stderr.write(`${w.file}:${w.line}: ${w.reason}\n`);
    read++;
    const quotes = extractQuotes(parsed.article.body, { title: parsed.article.title });
    out.push(JSON.stringify(articleRecord(parsed.article, quotes, path.basename(f.path))));
    if (out.length >= 200) {
      process.stdout.write(`${out.join('\n')}\n`);
      out.length = 0;
    }
  }
  if (out.length) process.stdout.write(`${out.join('\n')}\n`);
  return read > 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`extract: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
