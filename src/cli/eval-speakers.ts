/**
 * `npm run eval:speakers [-- --floor speaker=..,e2e=..,f1=..,named=..,unnamed=..] [--why] [CORPUS_DIR]`
 *
 * Who said it, as the reader sees it. Publishes the bundled corpus (or CORPUS_DIR) to a temporary folder exactly
 * as `npm run publish-data -- --out DIR` does, scores the published data with the hand-annotated gold of
 * ../shared/eval/bundled (its own scorer, run as a child process: the gold stays outside the repo), and prints:
 * the figures of issue 13, the share of quotes given to "Unnamed sources", the 15 most-quoted speakers, and the
 * names among the 300 most-quoted that look wrong by `suspiciousName`.
 * Floors: each figure in percent must be at least its floor, except `unnamed` (named speakers shown as unnamed),
 * which must be at most it. Exits 1 under a floor; prints "skipped" and exits 0 when the gold is absent.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ANONYMOUS_NAME } from '../core/identity/resolve.ts';
import { suspiciousName } from '../core/identity/suspicious.ts';
import { buildDataFromFolder, corpusDirFromEnv, formatBuildSummary } from '../pipeline/build-data.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bundledEval = path.resolve(repo, '..', 'shared', 'eval', 'bundled');

interface BundledScore {
  gold: number;
  system: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
  e2eF1: number;
  namedSpeakerRecall: number;
  bucketedShare: number;
}

/** Floor names → figure (0..1) and whether it is a ceiling. */
const FIGURES: Record<string, { of: (s: BundledScore) => number; ceiling?: boolean }> = {
  f1: { of: (s) => s.f1 },
  speaker: { of: (s) => s.speakerAccuracy },
  e2e: { of: (s) => s.e2eF1 },
  named: { of: (s) => s.namedSpeakerRecall },
  unnamed: { of: (s) => s.bucketedShare, ceiling: true },
};

function parseArgs(argv: string[]): { corpus: string; floors: Map<string, number>; why: boolean } {
  let corpus = corpusDirFromEnv();
  const floors = new Map<string, number>();
  let why = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') continue;
    if (a === '--why') why = true;
    else if (a === '--floor' || a.startsWith('--floor=')) {
      const spec = a === '--floor' ? (argv[++i] ?? '') : a.slice('--floor='.length);
      for (const part of spec.split(',')) {
        const [k, v] = part.split('=');
        if (k && v && FIGURES[k.trim()] && Number.isFinite(Number(v))) floors.set(k.trim(), Number(v));
        else if (part.trim()) throw new Error(`unknown floor "${part}" (known: ${Object.keys(FIGURES).join(', ')})`);
      }
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else corpus = path.resolve(a);
  }
  return { corpus, floors, why };
}

const pc = (x: number) => (100 * x).toFixed(1);

async function main(): Promise<number> {
  const { corpus, floors, why } = parseArgs(process.argv.slice(2));
  const scorer = path.join(bundledEval, 'score-bundled.mjs');
  const gold = path.join(bundledEval, 'gold.jsonl');
  const haveGold = existsSync(scorer) && existsSync(gold);

  const build = await buildDataFromFolder(corpus);
  console.log(formatBuildSummary(build).split('\n')[0]);
  const { index } = build.built;
  // counted on the quotes themselves: a joint quote counts once here, though once for each member in the directory
  const quotes = build.built.articles.reduce((n, a) => n + a.quotes.filter((q) => q.speaker !== null).length, 0);
  const joint = build.built.articles.reduce((n, a) => n + a.quotes.filter((q) => (q.speaker?.joint?.length ?? 0) > 0).length, 0);
  const total = build.built.report.counts.quotes;
  const anonymous = index.speakers.filter((s) => s.kind === 'anonymous').reduce((n, s) => n + s.quoteCount, 0);
  console.log(`quotes ${total}: ${quotes} with a speaker (${joint} said jointly), ${total - quotes} unattributed; "${ANONYMOUS_NAME}" holds ${anonymous} (${pc(anonymous / Math.max(1, total))}%)`);

  console.log(`\n15 most-quoted speakers (${index.speakers.length} speakers):`);
  index.speakers.slice(0, 15).forEach((s, i) => {
    console.log(`${String(i + 1).padStart(3)}. ${s.name.padEnd(34)} ${String(s.quoteCount).padStart(5)} quotes ${String(s.articleCount).padStart(4)} articles  ${s.kind}`);
  });

  const top = index.speakers.slice(0, 300);
  const flagged = top.map((s, rank) => ({ s, rank, why: suspiciousName(s.name, s.kind) })).filter((x) => x.why);
  console.log(`\nNames that look wrong among the ${top.length} most-quoted: ${flagged.length}`);
  for (const { s, rank, why: reason } of flagged) {
    console.log(`${String(rank + 1).padStart(4)}. ${s.name.padEnd(40)} ${String(s.quoteCount).padStart(4)}  ${s.kind.padEnd(12)} ${reason}`);
  }

  if (!haveGold) {
    console.log(`\nbundled gold not found (${existsSync(scorer) ? gold : scorer}): scoring skipped`);
    return 0;
  }
  const out = mkdtempSync(path.join(tmpdir(), 'quoteline-speakers-'));
  try {
    for (const [file, content] of build.files) {
      const target = path.join(out, file);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content);
    }
    const run = (...flags: string[]) => execFileSync(process.execPath, [scorer, gold, out, ...flags], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const score = JSON.parse(run('--json')) as BundledScore;
    console.log(`\nBundled gold (${score.gold} attributions; system ${score.system}, matched ${score.matched} at overlap >= 0.3):`);
    console.log('| published data, bundled gold | figure |');
    console.log('|---|---|');
    console.log(`| quotes F1 (overlap >= 0.3) | ${pc(score.f1)} (P ${pc(score.precision)}, R ${pc(score.recall)}) |`);
    console.log(`| speaker accuracy on found quotes | ${pc(score.speakerAccuracy)} |`);
    console.log(`| end-to-end F1 (found and right speaker) | ${pc(score.e2eF1)} |`);
    console.log(`| named speakers found and shown right | ${pc(score.namedSpeakerRecall)}% |`);
    console.log(`| found quotes with a named speaker shown as "${ANONYMOUS_NAME}" | ${pc(score.bucketedShare)}% |`);
    if (why) {
      const text = run('--why');
      const misses = text.split('\n').filter((l) => /^(MISSED|WRONG) /.test(l));
      console.log(`\nMisses (${misses.length}):\n${misses.join('\n')}`);
    }
    let failed = 0;
    for (const [k, floor] of floors) {
      const figure = FIGURES[k] as (typeof FIGURES)[string];
      const value = 100 * figure.of(score);
      const ok = figure.ceiling ? value <= floor : value >= floor;
      if (!ok) failed++;
      console.log(`${figure.ceiling ? 'ceiling' : 'floor'} ${k}: ${value.toFixed(1)} ${ok ? (figure.ceiling ? '<=' : '>=') : figure.ceiling ? '>' : '<'} ${floor}${ok ? '' : '  FAILED'}`);
    }
    return failed ? 1 : 0;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`eval:speakers: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
