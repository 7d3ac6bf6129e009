/**
 * `npm run bench:load [-- <folder>]`: what loading the published index costs the app, in Node: reading the JSON,
 * checking it against the data contract (core/schema/wire-index.ts), and decoding it (core/wire.ts), each the
 * median of several runs. <folder> holds published data (`npm run publish-data -- --out <folder> <corpus>`);
 * default `.cache/data`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkData, DataManifestSchema, manifestPath, problemsOf, WireIndexSchema } from '../core/schema.ts';
import { decodeIndex, type WireIndex } from '../core/wire.ts';

const RUNS = 15;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const dir = path.resolve(process.argv.slice(2).find((a) => a !== '--') ?? '.cache/data');
const manifest = checkData(DataManifestSchema, manifestPath(), JSON.parse(await readFile(path.join(dir, manifestPath()), 'utf8')));
const text = await readFile(path.join(dir, manifest.index), 'utf8');
const times = { parse: [] as number[], validate: [] as number[], decode: [] as number[] };
let articles = 0;
for (let run = 0; run < RUNS; run++) {
  let t = performance.now();
  const data: unknown = JSON.parse(text);
  times.parse.push(performance.now() - t);
  t = performance.now();
  const problems = problemsOf(WireIndexSchema, data);
  times.validate.push(performance.now() - t);
  if (problems) throw new Error(`${manifest.index}: ${problems.join('; ')}`);
  t = performance.now();
  articles = decodeIndex(data as WireIndex).articles.length;
  times.decode.push(performance.now() - t);
}
const [parse, validate, decode] = [median(times.parse), median(times.validate), median(times.decode)];
console.log(`index ${manifest.index}: ${articles} articles, ${(text.length / 1e6).toFixed(1)} MB`);
console.log(`median of ${RUNS} runs: parse ${parse.toFixed(1)} ms, validate ${validate.toFixed(1)} ms, decode ${decode.toFixed(1)} ms`);
console.log(`validation adds ${((validate / (parse + decode)) * 100).toFixed(0)}% to parse + decode`);
console.log(JSON.stringify({ articles, bytes: text.length, parseMs: parse, validateMs: validate, decodeMs: decode }));
