/**
 * `npm run eval [-- <split dir>] [--floor overlap03=85,overlap08=78,speaker=88,e2e=75,content=60,source=75,cue=70]`
 * Runs the extractor in-process on a PolNeAR split (default ../shared/eval/polnear/dev), scores it with the
 * reference scorer and prints its figures. Exits 1 when a figure is below its floor; prints "skipped" and
 * exits 0 when the evaluation data is absent.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractQuotes } from '../core/extract/index.ts';
import { parseArticle } from '../core/parse.ts';
import { readSources } from '../pipeline/read-corpus.ts';
import { articleRecord } from '../core/extract/record.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const evalRoot = path.resolve(repo, '..', 'shared', 'eval');

/** Floor names → a figure of the scorer's --json output, in percent. */
const FIGURES: Record<string, (o: ScoreJson) => number> = {
  overlap03: (o) => o['overlap0.3'].f1Speech,
  overlap08: (o) => o['overlap0.8'].f1Speech,
  speaker: (o) => o['overlap0.3'].speakerAccuracy,
  e2e: (o) => o['overlap0.3'].endToEnd.f1Speech,
  content: (o) => o.exact_content.f1,
  source: (o) => o.exact_source.f1,
  cue: (o) => o.exact_cue.f1,
};

interface OverlapJson {
  f1Speech: number;
  speakerAccuracy: number;
  endToEnd: { f1Speech: number };
}
interface ScoreJson {
  'overlap0.3': OverlapJson;
  'overlap0.8': OverlapJson;
  exact_content: { f1: number };
  exact_source: { f1: number };
  exact_cue: { f1: number };
}

function parseArgs(argv: string[]): { split: string; floors: Map<string, number> } {
  let split = path.join(evalRoot, 'polnear', 'dev');
  const floors = new Map<string, number>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') continue;
    if (a === '--floor' || a.startsWith('--floor=')) {
      const spec = a === '--floor' ? argv[++i] ?? '' : a.slice('--floor='.length);
      for (const part of spec.split(',')) {
        const [k, v] = part.split('=');
        if (k && v && FIGURES[k.trim()]) floors.set(k.trim(), Number(v));
        else if (part.trim()) throw new Error(`unknown floor "${part}" (known: ${Object.keys(FIGURES).join(', ')})`);
      }
    } else if (a.startsWith('--min-')) {
      const k = a.slice('--min-'.length);
      if (!FIGURES[k]) throw new Error(`unknown floor "${k}"`);
      floors.set(k, Number(argv[++i]));
    } else split = path.resolve(a);
  }
  return { split, floors };
}

async function main(): Promise<number> {
  const { split, floors } = parseArgs(process.argv.slice(2));
  const scorer = path.join(evalRoot, 'score-quotes.mjs');
  const gold = path.join(split, 'gold.jsonl');
  if (!existsSync(scorer) || !existsSync(gold)) {
    console.log(`evaluation data not found (${existsSync(scorer) ? gold : scorer}): skipped`);
    return 0;
  }
  const { files } = await readSources([path.join(split, 'articles')]);
  const lines: string[] = [];
  const t0 = performance.now();
  for (const f of files) {
    const parsed = parseArticle(f.path, f.text);
    if (!parsed.ok) continue;
    const quotes = extractQuotes(parsed.article.body, { title: parsed.article.title });
    lines.push(JSON.stringify(articleRecord(parsed.article, quotes, path.basename(f.path))));
  }
  const ms = performance.now() - t0;
  const dir = mkdtempSync(path.join(tmpdir(), 'quoteline-eval-'));
  const system = path.join(dir, 'system.jsonl');
  writeFileSync(system, `${lines.join('\n')}\n`);
  console.log(`split ${path.relative(repo, split) || split}: ${files.length} articles extracted in ${ms.toFixed(0)} ms; system output ${system}`);
  process.stdout.write(execFileSync(process.execPath, [scorer, gold, system], { encoding: 'utf8' }));
  if (floors.size === 0) return 0;
  const json = JSON.parse(execFileSync(process.execPath, [scorer, gold, system, '--json'], { encoding: 'utf8' })) as ScoreJson;
  let failed = 0;
  for (const [k, floor] of floors) {
    const value = 100 * (FIGURES[k] as (o: ScoreJson) => number)(json);
    const ok = value >= floor;
    if (!ok) failed++;
    console.log(`floor ${k}: ${value.toFixed(1)} ${ok ? '>=' : '<'} ${floor}${ok ? '' : '  FAILED'}`);
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`eval: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
