/**
 * `npm run bench:extract [-- <folders>]`: extraction speed over the bundled corpus (default corpus/).
 * Budget: the whole corpus in under 5 s. Reading and parsing are timed apart from extraction; extraction CPU time
 * is printed too, since wall time on a shared machine includes waiting for the CPU.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractQuotes } from '../core/extract/index.ts';
import type { ParsedArticle } from '../core/model.ts';
import { parseArticle } from '../core/parse.ts';
import { readSources } from '../pipeline/read-corpus.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUDGET_MS = 5000;

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const inputs = args.length ? args : [path.join(repo, 'corpus')];
  const t0 = performance.now();
  const { files } = await readSources(inputs);
  const articles: ParsedArticle[] = [];
  for (const f of files) {
    const r = parseArticle(f.path, f.text);
    if (r.ok) articles.push(r.article);
  }
  const t1 = performance.now();
  let quotes = 0;
  let attributed = 0;
  const cpu0 = process.cpuUsage();
  for (const a of articles) {
    const qs = extractQuotes(a.body, { title: a.title, date: a.date, url: a.url });
    quotes += qs.length;
    attributed += qs.filter((q) => q.speaker !== null).length;
  }
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const extractMs = t2 - t1;
  const total = t2 - t0;
  console.log(`articles ${articles.length} (of ${files.length} files)`);
  console.log(`read+parse ${(t1 - t0).toFixed(0)} ms; extraction ${extractMs.toFixed(0)} ms (CPU ${cpuMs.toFixed(0)} ms); total ${total.toFixed(0)} ms`);
  console.log(`${(articles.length / (extractMs / 1000)).toFixed(0)} articles/second (extraction only)`);
  console.log(`quotes found ${quotes} (${attributed} with a speaker)`);
  console.log(total < BUDGET_MS ? `within budget (${BUDGET_MS} ms)` : `OVER BUDGET (${BUDGET_MS} ms)`);
  // Linear in the text: a line of 1 MB and one of 2 MB, the second should take about twice the first.
  const sentence = 'The minister said that the "plan" would work, according to officials, and "it will," he added. ';
  const sizes = [1_000_000, 2_000_000].map((bytes) => {
    const line = sentence.repeat(Math.ceil(bytes / sentence.length));
    const t = performance.now();
    extractQuotes(line);
    return performance.now() - t;
  });
  console.log(`one line of 1 MB: ${(sizes[0] ?? 0).toFixed(0)} ms; of 2 MB: ${(sizes[1] ?? 0).toFixed(0)} ms (ratio ${((sizes[1] ?? 0) / (sizes[0] ?? 1)).toFixed(2)}, linear is 2)`);
  return total < BUDGET_MS ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
