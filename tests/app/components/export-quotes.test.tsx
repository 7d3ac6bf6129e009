import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportRow } from '../../../src/app/lib/export/rows.ts';
import { buildCorpus } from '../../../src/core/publish.ts';
import { callId, readoutCorpus } from '../readout-corpus.ts';
import { articleFile, renderApp } from '../render-app.tsx';

/** What the browser was handed to download: each Blob given to URL.createObjectURL. */
let downloads: Blob[];
beforeEach(() => {
  downloads = [];
  Object.assign(URL, {
    createObjectURL: vi.fn((blob: Blob) => {
      downloads.push(blob);
      return 'blob:test';
    }),
    revokeObjectURL: vi.fn(),
  });
  // jsdom does not navigate; the link's click is all a download needs here.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const csvRows = async (blob: Blob) =>
  Papa.parse<ExportRow>((await blob.text()).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
const jsonlRows = async (blob: Blob) =>
  (await blob.text())
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ExportRow);

const exportGroup = () => screen.findByRole('group', { name: 'Export quotes' });

describe('exporting the timeline', () => {
  it('downloads the quotes of the filtered articles as CSV, a joint quote once naming both speakers', async () => {
    const user = userEvent.setup();
    renderApp('/?speakers=marta-ruiz', readoutCorpus);
    await user.click(within(await exportGroup()).getByRole('button', { name: 'CSV' }));
    expect(await screen.findByText('Downloaded 1 quote as quoteline-timeline-marta-ruiz.csv.')).toBeInTheDocument();
    const [row, ...rest] = await csvRows(downloads[0]!);
    expect(rest).toEqual([]);
    expect(row).toMatchObject({
      quote: expect.stringContaining('protect the river valley'),
      speaker: 'Joe Biden; Marta Ruiz',
      speaker_kind: 'person; person',
      article_title: 'Readout of President Joe Biden’s Call with President Marta Ruiz of Sylvania',
      date: '2022-11-20',
      source_url: 'https://www.whitehouse.gov/briefing-room/2022/11/20/readout-ruiz/',
    });
    expect(row?.link).toMatch(new RegExp(`^http://localhost(:\\d+)?/articles/${callId}\\?quote=q[a-z0-9]{8}$`));
    expect(downloads[0]?.type).toBe('text/csv;charset=utf-8');
  });

  it('exports every quote of every article when nothing is filtered', async () => {
    const user = userEvent.setup();
    renderApp('/', readoutCorpus);
    await user.click(within(await exportGroup()).getByRole('button', { name: 'JSON Lines' }));
    const total = buildCorpus(readoutCorpus).articles.reduce((n, a) => n + a.quotes.length, 0);
    expect(await screen.findByText(`Downloaded ${total} quotes as quoteline-timeline.jsonl.`)).toBeInTheDocument();
    expect(await jsonlRows(downloads[0]!)).toHaveLength(total);
  });
});

describe('exporting a speaker', () => {
  // More quotes than fit in one speaker file (500): the export reads the further file too.
  const prolific = Array.from({ length: 101 }, (_, i) =>
    articleFile(`a${i}.txt`, `Briefing number ${i + 1}`, `2021${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}`, `https://example.org/briefing/${i}`, [
      `"We will build bridge ${i}," Mayor Ada Stone said.`,
      `"We will fix road ${i}," Stone said.`,
      `"We will plant tree ${i}," Stone said.`,
      `"We will open school ${i}," Stone said.`,
      `"We will pave path ${i}," Stone said.`,
    ]),
  );

  it('downloads all of their quotes, across their quote files, as JSON Lines', async () => {
    const user = userEvent.setup();
    renderApp('/speakers/ada-stone', prolific);
    const counts = await screen.findByTestId('speaker-counts');
    expect(counts.textContent).toContain('505 quotes');
    await user.click(within(await exportGroup()).getByRole('button', { name: 'JSON Lines' }));
    expect(await screen.findByText('Downloaded 505 quotes as quoteline-ada-stone.jsonl.', {}, { timeout: 10_000 })).toBeInTheDocument();
    const rows = await jsonlRows(downloads[0]!);
    expect(rows).toHaveLength(505);
    expect(new Set(rows.map((r) => r.link)).size).toBe(505);
    expect(rows.every((r) => r.speaker === 'Ada Stone' && r.speaker_kind === 'person')).toBe(true);
    // Newest first, as the page lists them.
    expect(rows.map((r) => r.date)).toEqual([...rows.map((r) => r.date)].sort().reverse());
  }, 30_000);
});

describe('exporting search results', () => {
  it('downloads the matching quotes, not the whole corpus', async () => {
    const user = userEvent.setup();
    renderApp('/search?q=river', readoutCorpus);
    await user.click(within(await exportGroup()).getByRole('button', { name: 'CSV' }));
    expect(await screen.findByText('Downloaded 1 quote as quoteline-search-river.csv.')).toBeInTheDocument();
    expect((await csvRows(downloads[0]!)).map((r) => r.quote)).toEqual([expect.stringContaining('river valley')]);
  });
});

describe('an export that cannot finish', () => {
  it('can be cancelled while its files load, and downloads nothing', async () => {
    const user = userEvent.setup();
    const { fetchMock } = renderApp('/', readoutCorpus);
    const group = await exportGroup();
    const served = fetchMock.getMockImplementation()!;
    fetchMock.mockImplementation((input: string) => (input.includes('/articles/') ? new Promise<Response>(() => {}) : served(input)));
    await user.click(within(group).getByRole('button', { name: 'CSV' }));
    expect(await screen.findByText(/0 of \d+ articles read/)).toBeInTheDocument();
    expect(within(group).getByRole('button', { name: 'CSV' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: 'Cancel export' }));
    expect(await screen.findByText('Export cancelled; nothing was downloaded.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel export' })).not.toBeInTheDocument();
    expect(within(group).getByRole('button', { name: 'CSV' })).toHaveFocus();
    expect(downloads).toEqual([]);
  });

  it('says what failed when a file is missing, and downloads nothing', async () => {
    const user = userEvent.setup();
    const { fetchMock } = renderApp('/', readoutCorpus);
    const group = await exportGroup();
    const served = fetchMock.getMockImplementation()!;
    fetchMock.mockImplementation((input: string) => (input.includes('/articles/') ? Promise.resolve(new Response('gone', { status: 404 })) : served(input)));
    await user.click(within(group).getByRole('button', { name: 'CSV' }));
    expect(await screen.findByText(/^The export failed: .*answered 404\. Nothing was downloaded; try again\.$/)).toBeInTheDocument();
    expect(downloads).toEqual([]);
    await waitFor(() => expect(within(group).getByRole('button', { name: 'CSV' })).toHaveAttribute('aria-disabled', 'false'));
  });
});
