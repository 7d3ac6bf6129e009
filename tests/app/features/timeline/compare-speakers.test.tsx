import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleFile, renderApp } from '../../render-app.tsx';

afterEach(() => vi.unstubAllGlobals());

const files = [
  articleFile('geneva.txt', 'Leaders meet in Geneva', '20210616', 'https://example.org/geneva', [
    '"The talks were constructive," President Joe Biden said.',
    '"We will meet again," Biden said.',
    '"We will see," Russian President Vladimir Putin said.',
  ]),
  articleFile('call.txt', 'Biden and Putin hold a call', '20211208', 'https://example.org/call', [
    '"We made our position clear," Biden said.',
    '"There is no alternative," the Kremlin said in a statement.',
  ]),
  articleFile('moscow.txt', 'Putin speaks in Moscow', '20210910', 'https://example.org/moscow', ['"Russia is ready," Russian President Vladimir Putin said.']),
];

/** The table's columns and its non-empty rows: period, then each column's number. */
async function table(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByText('Table of the chart'));
  const rows = within(screen.getByRole('table')).getAllByRole('row');
  const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((c) => c.textContent);
  return { head: cells(rows[0]!), rows: rows.slice(1).map(cells).filter((r) => r.slice(1).some((n) => n !== '0')) };
}

describe('comparing speakers on the timeline', () => {
  it('charts two speakers side by side, with a legend naming each and a table of both series', async () => {
    const user = userEvent.setup();
    renderApp('/?speakers=joe-biden,vladimir-putin', files);
    const legend = await screen.findByRole('list', { name: 'Speakers compared' });
    // Each named, with its mark in words: the colours alone would not tell them apart.
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual([expect.stringMatching(/Joe Biden \(solid\)$/), expect.stringMatching(/Vladimir Putin \(striped\)$/)]);
    expect(screen.getByRole('img', { name: /^Joe Biden: 2 articles; Vladimir Putin: 2 articles, in \d+ weeks/ })).toBeInTheDocument();
    const articles = await table(user);
    expect(articles.head).toEqual(['week', 'Joe Biden', 'Vladimir Putin']);
    expect(articles.rows).toEqual([
      ['week of Jun 14, 2021', '1', '1'],
      ['week of Sep 6, 2021', '0', '1'],
      ['week of Dec 6, 2021', '1', '0'],
    ]);
    // Quotes: Biden's two in Geneva against Putin's one.
    await user.click(screen.getByRole('button', { name: 'quotes' }));
    expect(within(screen.getByRole('table')).getByText(/^Quotes by each speaker per week/)).toBeInTheDocument();
    const quotes = within(screen.getByRole('table')).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent)).filter((r) => r.some((n) => n !== '0'));
    expect(quotes).toEqual([
      ['2', '1'],
      ['0', '1'],
      ['1', '0'],
    ]);
  });

  it('narrows the timeline to a period chosen in the table', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/?speakers=joe-biden,vladimir-putin', files);
    await table(user);
    await user.click(screen.getByRole('button', { name: 'week of Sep 6, 2021' }));
    expect(router.state.location.search).toMatchObject({ from: '2021-09-06', to: '2021-09-12' });
    // The timeline's own status line (the export control has one too).
    await waitFor(() => expect(screen.getAllByRole('status').map((s) => s.textContent)).toContainEqual(expect.stringMatching(/^1 article quoting Joe Biden or Vladimir Putin from 2021-09-06/)));
  });

  it('charts one speaker, or more than three, as the list of articles itself', async () => {
    renderApp('/?speakers=joe-biden', files);
    await screen.findByRole('img', { name: /^2 articles in/ });
    expect(screen.queryByRole('list', { name: 'Speakers compared' })).not.toBeInTheDocument();
  });
});
