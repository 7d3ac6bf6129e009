import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATA_ROOT } from '../../../../src/core/schema.ts';
import { articleFile, renderApp } from '../../render-app.tsx';

const files = [
  articleFile('cyber.txt', 'Cyber readout', '20210611', 'https://example.org/cyber', [
    '"We will disrupt <b>ransomware</b> gangs," President Joe Biden said.',
  ]),
  articleFile('kremlin.txt', 'Kremlin statement', '20211208', 'https://example.org/kremlin', ['"Russia does not harbour ransomware criminals," Vladimir Putin said.']),
  articleFile('harvest.txt', 'Harvest festival', '20230101', 'https://example.org/harvest', ['"The harvest was the best in a decade," farmer Tom Reed said.']),
];

/** Requests for the search data: its meta file and its shards. */
const searchRequests = (fetchMock: ReturnType<typeof vi.fn>) => fetchMock.mock.calls.filter(([input]) => String(input).includes(`${DATA_ROOT}/search/`));

afterEach(() => vi.unstubAllGlobals());

describe('search', () => {
  it('does not load the search index for the timeline', async () => {
    const { fetchMock } = renderApp('/', files);
    await screen.findAllByRole('heading', { level: 3 });
    expect(fetchMock).toHaveBeenCalled();
    expect(searchRequests(fetchMock)).toEqual([]);
  });

  it('searches from the header box, shows quotes with highlights as text, and narrows by speaker', async () => {
    const { router, fetchMock } = renderApp('/', files);
    await screen.findAllByRole('heading', { level: 3 });
    const box = screen.getByRole('searchbox', { name: 'Search quotes and articles' });
    await userEvent.type(box, 'ransomware{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/search'));
    expect(router.state.location.search).toEqual({ q: 'ransomware' });
    // A generous wait: on a loaded machine the search data takes more than findBy's default second to arrive.
    const quotes = await screen.findByRole('list', { name: 'Matching quotes' }, { timeout: 10_000 });
    expect(within(quotes).getAllByRole('listitem')).toHaveLength(2);
    // Loaded once: the meta file and one file per shard, each requested a single time.
    const requested = searchRequests(fetchMock).map(([input]) => String(input));
    expect(requested.some((u) => u.includes('/search/meta.'))).toBe(true);
    expect(new Set(requested).size).toBe(requested.length);
    // Each quote's words come from its article's file: wait for them.
    await waitFor(() => expect(quotes.querySelectorAll('[aria-busy="true"]')).toHaveLength(0));
    // The "<b>" in the article is text: the only element around the word is our own mark.
    const marks = [...quotes.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['ransomware', 'ransomware']);
    expect(quotes.querySelector('b')).toBeNull();
    expect(quotes.textContent).toContain('<b>ransomware</b>');

    await userEvent.click(screen.getByRole('checkbox', { name: /Vladimir Putin/ }));
    await waitFor(() => expect(router.state.location.search).toEqual({ q: 'ransomware', speakers: 'vladimir-putin' }));
    expect(within(screen.getByRole('list', { name: 'Matching quotes' })).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('list', { name: 'Matching articles' }).textContent).toContain('Kremlin statement');
    expect(screen.getByRole('list', { name: 'Matching articles' }).textContent).not.toContain('Cyber readout');
  });

  it('opens a deep link with the query in the header box and says when nothing matches', async () => {
    renderApp('/search?q=xylophone', files);
    expect(await screen.findByText(/Nothing matches “xylophone”/)).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search quotes and articles' })).toHaveValue('xylophone');
  });
});
