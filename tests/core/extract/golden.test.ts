import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/extract/index.ts';
import type { ExtractedQuote } from '../../../src/core/model.ts';
import { parseArticle } from '../../../src/core/parse.ts';

/**
 * The golden extraction test: every quote of the bundled corpus, its kind, cue and speaker, in one compact file
 * (golden/bundled.txt). A change to the rules shows as a readable diff of quotes and speakers; review it, then
 * accept it with `npx vitest run tests/core/extract/golden.test.ts -u`.
 */
const CORPUS = path.resolve(import.meta.dirname, '../../../corpus');
const CLIP = 72;

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? textFiles(path.join(dir, e.name)) : e.name.endsWith('.txt') ? [path.join(dir, e.name)] : []))
    .sort();
}

const clip = (s: string): string => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > CLIP ? `${one.slice(0, CLIP - 1)}…` : one;
};

function speakerLine(q: ExtractedQuote): string {
  const s = q.speaker;
  if (!s) return '(unattributed)';
  const members = s.members?.length ? ` [${s.members.join('; ')}]` : '';
  return `${s.name} (${s.kind})${members}`;
}

function golden(): string {
  const out: string[] = [];
  for (const file of textFiles(CORPUS)) {
    const parsed = parseArticle(path.relative(CORPUS, file), readFileSync(file, 'utf8'));
    if (!parsed.ok) {
      out.push(`## ${path.relative(CORPUS, file)}: skipped`);
      continue;
    }
    const { body, title, date, url } = parsed.article;
    const quotes = extractQuotes(body, { title, date, url });
    if (quotes.length === 0) continue;
    out.push(`## ${path.relative(CORPUS, file)}`);
    for (const q of quotes) {
      const cue = q.cue ? body.slice(q.cue.start, q.cue.end) : '-';
      const text = q.spans.map((s) => body.slice(s.start, s.end)).join(' … ');
      out.push(`${q.kind.padEnd(8)} ${speakerLine(q)} | ${cue} | ${clip(text)}`);
    }
  }
  return `${out.join('\n')}\n`;
}

describe('extraction over the bundled corpus', () => {
  it('matches the reviewed golden output', async () => {
    await expect(golden()).toMatchFileSnapshot('golden/bundled.txt');
  }, 60_000);
});
