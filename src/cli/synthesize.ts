// `npm run synthesize -- --count 100000 [--seed 1] [--out DIR]`: write a synthetic corpus (see bench/synthetic-corpus.ts).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticCorpus } from '../bench/synthetic-corpus.ts';
import { parseArticle } from '../core/parse.ts';
import { DEFAULT_CORPUS_DIR } from '../pipeline/build-data.ts';
import { readSources } from '../pipeline/read-corpus.ts';

export async function writeSyntheticCorpus(count: number, seed: number, out: string): Promise<void> {
  const { files } = await readSources([DEFAULT_CORPUS_DIR]);
  const sentences: string[] = [];
  const titles: string[] = [];
  for (const file of files) {
    const parsed = parseArticle(file.path, file.text);
    if (!parsed.ok) continue;
    titles.push(parsed.article.title);
    // Keep ordinary sentences: quotes and very long lines would make the cast of speakers less controlled.
    for (const s of parsed.article.sentences) if (s.length > 40 && s.length < 300 && !/["“”]/.test(s)) sentences.push(s);
  }
  // Files go into one folder per year, as an archive would keep them.
  const written = new Set<string>();
  for (const article of syntheticCorpus({ count, seed, sentences, titles })) {
    const dir = path.join(out, article.fileName.slice(0, 4));
    if (!written.has(dir)) {
      await mkdir(dir, { recursive: true });
      written.add(dir);
    }
    await writeFile(path.join(dir, article.fileName), article.text);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { count: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
  });
  const count = Number(values.count);
  const out = values.out ?? `.cache/synthetic-${count}`;
  const started = performance.now();
  await writeSyntheticCorpus(count, Number(values.seed), out);
  console.log(`wrote ${count} articles to ${out} in ${Math.round(performance.now() - started)} ms`);
}
