/**
 * `npm run bench:search [-- <folder>]`: the full-text search index of the bundled corpus (default corpus/), built
 * in Node as the pipeline builds it: its size (raw and gzip), how long it takes to build and to load, and the
 * median and 95th percentile time of a list of queries. Budget: a query answers in 50 ms at the bundled corpus.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildCorpus } from '../core/publish.ts';
import { buildSearchData, loadSearchData, runSearch, type SearchData } from '../core/search/index.ts';
import { readSources } from '../pipeline/read-corpus.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUDGET_MS = 50;
const RUNS = 20;

/** Single words, phrases, prefixes being typed, typos, names, and a word that is nowhere. */
const QUERIES = [
  'ransomware',
  'ransomwear',
  'ransom',
  'president',
  'climate change',
  'putin ukraine',
  'covid vaccine',
  'infrastructure jobs',
  'biden',
  'kamala harris',
  'econ',
  'inflaton',
  'national security advisor',
  'zzqxv',
];

const ms = (n: number) => `${n.toFixed(1)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const { files, missing } = await readSources(args.length ? args : [path.join(repo, 'corpus')]);
  if (missing.length) throw new Error(`not found: ${missing.join(', ')}`);
  const built = buildCorpus(files);

  let t = performance.now();
  const data = buildSearchData(built.articles, built.index.speakers);
  const buildMs = performance.now() - t;
  const json = JSON.stringify(data);
  const raw = Buffer.byteLength(json);
  const gzip = gzipSync(json).length;

  // Loading is what the app does on the first search: parse the file, then rebuild MiniSearch's tree.
  t = performance.now();
  const parsed = JSON.parse(json) as SearchData;
  const parseMs = performance.now() - t;
  t = performance.now();
  const loaded = loadSearchData(parsed);
  const loadMs = performance.now() - t;

  const all: number[] = [];
  const rows: string[] = [];
  for (const q of QUERIES) {
    runSearch(loaded, q); // warm
    const times: number[] = [];
    let found = { quotes: 0, articles: 0 };
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const outcome = runSearch(loaded, q);
      times.push(performance.now() - started);
      found = { quotes: outcome.quotes.length, articles: outcome.articles.length };
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    rows.push(`  ${q.padEnd(28)} median ${ms(percentile(times, 50)).padStart(9)}  p95 ${ms(percentile(times, 95)).padStart(9)}  ${found.quotes} quotes, ${found.articles} articles`);
  }
  all.sort((a, b) => a - b);
  const median = percentile(all, 50);
  const p95 = percentile(all, 95);

  console.log(`corpus: ${built.articles.length} articles, ${built.report.counts.quotes} quotes → ${data.index.documentCount} documents`);
  console.log(`index size: ${raw} bytes raw (${kb(raw)}), ${gzip} bytes gzip (${kb(gzip)})`);
  console.log(`build: ${ms(buildMs)}; load: ${ms(parseMs + loadMs)} (JSON.parse ${ms(parseMs)} + MiniSearch.loadJS ${ms(loadMs)})`);
  console.log(`queries (${QUERIES.length} × ${RUNS} runs):`);
  for (const row of rows) console.log(row);
  console.log(`all queries: median ${ms(median)}, p95 ${ms(p95)}`);
  console.log(p95 <= BUDGET_MS ? `within budget (p95 ≤ ${BUDGET_MS} ms)` : `OVER BUDGET (p95 > ${BUDGET_MS} ms)`);
  return p95 <= BUDGET_MS ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`bench:search: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
