/**
 * `npm run bench:search [-- <folder>]`: the full-text search data of a corpus (default: the bundled corpus/),
 * built in Node as the pipeline builds it: its size (raw and gzip, in all and per file), how long it takes to
 * build and to load, and the median and 95th percentile time of a list of queries. Budget: a query answers in
 * 50 ms at the bundled corpus, 150 ms at 100,000 articles (the budget is picked by the number of articles).
 * For a large corpus set NODE_OPTIONS=--max-old-space-size=8192.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { assembleCorpus } from '../core/publish.ts';
import { buildSearchFiles, loadSearch, runSearch, shardsFor, type SearchMeta, type SearchShard } from '../core/search/index.ts';
import { SEARCH_PAGE } from '../app/features/search/lib/search-view.ts';
import { analyzeFiles } from '../pipeline/analyze-parallel.ts';
import { listTextFiles } from '../pipeline/read-corpus.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
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
  'p',
  'zzqxv',
];

const ms = (n: number) => `${n.toFixed(1)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const dir = path.resolve(args[0] ?? path.join(repo, 'corpus'));
  let t = performance.now();
  const built = assembleCorpus(await analyzeFiles(await listTextFiles(dir), dir), { today: new Date().toISOString().slice(0, 10) });
  const ingestMs = performance.now() - t;
  const budget = built.articles.length > 2000 ? 150 : 50;

  t = performance.now();
  const files = buildSearchFiles(built.articles, built.index.speakers);
  const metaJson = JSON.stringify(files.meta);
  const shardJson = new Map(files.shards.map((s) => [s.shard, JSON.stringify(s)]));
  const buildMs = performance.now() - t;
  const size = (json: string) => ({ raw: Buffer.byteLength(json), gzip: gzipSync(json).length });
  const metaSize = size(metaJson);
  const shardSizes = new Map([...shardJson].map(([name, json]) => [name, size(json)]));
  const total = [metaSize, ...shardSizes.values()].reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }));
  const [largestName, largest] = [...shardSizes].sort(([, a], [, b]) => b.raw - a.raw)[0]!;

  // Loading is what the app does on the first search: parse the files, then decode the meta. Posting lists are
  // decoded by the queries that need them (included in their times, first run included).
  t = performance.now();
  const meta = JSON.parse(metaJson) as SearchMeta;
  const shards = [...shardJson.values()].map((json) => JSON.parse(json) as SearchShard);
  const parseMs = performance.now() - t;
  t = performance.now();
  const loaded = loadSearch(meta, shards);
  const loadMs = performance.now() - t;

  const all: number[] = [];
  const firsts: number[] = [];
  const rows: string[] = [];
  for (const q of QUERIES) {
    const times: number[] = [];
    let found = { quotes: 0, articles: 0 };
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const outcome = runSearch(loaded, q);
      // What the search view shows first.
      outcome.quotes.top(SEARCH_PAGE.quotes);
      outcome.articles.top(SEARCH_PAGE.articles);
      times.push(performance.now() - started);
      found = { quotes: outcome.quotes.count, articles: outcome.articles.count };
    }
    firsts.push(times[0]!);
    const need = shardsFor(q).reduce((n, s) => n + (shardSizes.get(s)?.gzip ?? 0), metaSize.gzip);
    const first = times[0]!;
    times.sort((a, b) => a - b);
    all.push(...times);
    rows.push(
      `  ${q.padEnd(26)} first ${ms(first).padStart(8)}  median ${ms(percentile(times, 50)).padStart(8)}  p95 ${ms(percentile(times, 95)).padStart(8)}` +
        `  ${found.quotes} quotes, ${found.articles} articles; needs ${kb(need)} gzip`,
    );
  }
  all.sort((a, b) => a - b);
  firsts.sort((a, b) => a - b);
  const median = percentile(all, 50);
  const p95 = percentile(all, 95);

  const quotes = loaded.quoteArticle.length;
  console.log(`corpus: ${dir}: ${built.articles.length} articles, ${quotes} quotes (ingest ${ms(ingestMs)})`);
  console.log(
    `search data: ${total.raw} bytes raw (${kb(total.raw)}), ${total.gzip} bytes gzip (${kb(total.gzip)}); meta ${kb(metaSize.raw)} raw / ${kb(metaSize.gzip)} gzip; ` +
      `${shardSizes.size} shards, the largest "${largestName}" ${kb(largest.raw)} raw / ${kb(largest.gzip)} gzip`,
  );
  console.log(`build: ${ms(buildMs)} (index and JSON); load: ${ms(parseMs + loadMs)} (JSON.parse of every file ${ms(parseMs)} + decode ${ms(loadMs)})`);
  console.log(`queries (${QUERIES.length} × ${RUNS} runs; the first run decodes the posting lists it needs):`);
  for (const row of rows) console.log(row);
  console.log(`all queries: median ${ms(median)}, p95 ${ms(p95)}; first runs: median ${ms(percentile(firsts, 50))}, p95 ${ms(percentile(firsts, 95))}`);
  const worst = Math.max(p95, percentile(firsts, 95));
  console.log(worst <= budget ? `within budget (p95 ≤ ${budget} ms)` : `OVER BUDGET (p95 > ${budget} ms)`);
  console.log(
    JSON.stringify({ articles: built.articles.length, quotes, raw: total.raw, gzip: total.gzip, buildMs, loadMs: parseMs + loadMs, median, p95, firstP95: percentile(firsts, 95) }),
  );
  return worst <= budget ? 0 : 1;
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
