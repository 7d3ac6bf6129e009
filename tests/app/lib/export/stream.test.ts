import Papa from 'papaparse';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { CSV, JSON_LINES } from '../../../../src/app/lib/export/formats.ts';
import type { ExportRow } from '../../../../src/app/lib/export/rows.ts';
import type { ExportContext, ExportSource } from '../../../../src/app/lib/export/sources.ts';
import { writeExport, type ExportProgress } from '../../../../src/app/lib/export/stream.ts';

const row = (n: number): ExportRow => ({
  quote: `Quote ${n}, with "marks"\nand a second line`,
  speaker: `Speaker ${n}`,
  role: '',
  speaker_kind: 'person',
  quote_kind: 'direct',
  article_title: `Article ${n}`,
  date: '2021-01-01',
  source_url: `https://example.org/${n}`,
  link: `https://quoteline.example/articles/a-${n}?quote=q0000000${n % 10}`,
});

/** `batches` batches of `size` rows; `gate`, when given, is awaited before each batch (a slow network). */
function source(batches: number, size: number, gate?: () => Promise<void>): ExportSource {
  return {
    unit: 'quote',
    total: batches * size,
    async *batches() {
      for (let b = 0; b < batches; b++) {
        await gate?.();
        yield { rows: Array.from({ length: size }, (_, i) => row(b * size + i)), done: (b + 1) * size };
      }
    },
  };
}

const context: ExportContext = { client: new QueryClient(), speakerById: new Map(), linkBase: 'https://quoteline.example/' };

describe('writeExport', () => {
  it('writes every batch into one UTF-8 file, reporting progress after each', async () => {
    const progress: ExportProgress[] = [];
    const { blob, rows } = await writeExport(source(100, 30), CSV, context, new AbortController().signal, (p) => progress.push(p));
    expect(rows).toBe(3000);
    expect(progress.map((p) => p.done)).toEqual(Array.from({ length: 100 }, (_, i) => (i + 1) * 30));
    expect(progress.at(-1)).toEqual({ done: 3000, total: 3000, unit: 'quote', rows: 3000 });
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const data = Papa.parse<string[]>((await blob.text()).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(data).toHaveLength(3001);
    expect(data[3000]?.[0]).toBe('Quote 2999, with "marks"\nand a second line');
  });

  it('writes JSON Lines the same way, one record per line', async () => {
    const { blob } = await writeExport(source(3, 4), JSON_LINES, context, new AbortController().signal, () => {});
    const lines = (await blob.text()).trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as ExportRow).speaker)).toEqual(Array.from({ length: 12 }, (_, i) => `Speaker ${i}`));
  });

  it('stops when cancelled, with an AbortError and no file', async () => {
    const controller = new AbortController();
    let batchesStarted = 0;
    const gate = async () => {
      batchesStarted++;
      if (batchesStarted === 3) controller.abort();
      await Promise.resolve();
    };
    await expect(writeExport(source(10, 5, gate), CSV, context, controller.signal, () => {})).rejects.toMatchObject({ name: 'AbortError' });
    expect(batchesStarted).toBe(3);
  });
});
