import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SPEAKER_QUOTES_PER_FILE } from '../../../../src/core/schema.ts';
import { articleFile, renderApp } from '../../render-app.tsx';

afterEach(() => vi.unstubAllGlobals());

const files = [
  articleFile('geneva.txt', 'Leaders meet in Geneva', '20210616', 'https://example.org/geneva', [
    '"The talks were constructive," President Joe Biden said.',
    '"We will meet again," Biden said.',
    '"We will see," Russian President Vladimir Putin said.',
  ]),
  articleFile('call.txt', 'Biden and Putin hold a call', '20210908', 'https://example.org/call', ['"We made our position clear," Biden said.']),
];

/** The rows of the chart's table: period, then each column's number. */
async function tableRows(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByText('Table of the chart'));
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
}

const quotesShown = () => within(screen.getByRole('list', { name: 'Quotes by Joe Biden' })).getAllByRole('blockquote').map((q) => q.textContent);

describe('a speaker’s quotes per month', () => {
  it('counts every month from their first quote to their last, months without a quote as 0', async () => {
    const user = userEvent.setup();
    renderApp('/speakers/joe-biden', files);
    expect(await screen.findByRole('img', { name: /^Joe Biden: 3 quotes, in 4 months/ })).toBeInTheDocument();
    expect(await tableRows(user)).toEqual([
      ['June 2021', '2'],
      ['July 2021', '0'],
      ['August 2021', '0'],
      ['September 2021', '1'],
    ]);
    // The same chart counts the articles that quote them.
    await user.click(screen.getByRole('button', { name: 'articles' }));
    expect(within(screen.getByRole('table')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '0', '0', '1']);
  });

  it('narrows the quotes to a month chosen in the table, in the URL, and back to every date', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/speakers/joe-biden', files);
    await tableRows(user);
    await user.click(screen.getByRole('button', { name: 'June 2021' }));
    expect(router.state.location.search).toEqual({ from: '2021-06-16', to: '2021-06-30' });
    expect(await screen.findByRole('heading', { level: 2, name: /Quotes, newest first from June 16, 2021 to June 30, 2021/ })).toBeInTheDocument();
    expect(quotesShown()).toEqual([expect.stringContaining('The talks were constructive'), expect.stringContaining('We will meet again')]);
    await user.click(screen.getByRole('button', { name: 'Show all dates' }));
    expect(router.state.location.search).toEqual({});
    expect(await screen.findAllByRole('blockquote')).toHaveLength(3);
  });

  it('opens narrowed from a link, and says so when the dates hold no quote', async () => {
    renderApp('/speakers/joe-biden?from=2021-09-01&to=2021-09-30', files);
    expect(await screen.findByRole('heading', { level: 2, name: /from September 1, 2021 to September 30, 2021/ })).toBeInTheDocument();
    expect(quotesShown()).toEqual([expect.stringContaining('We made our position clear')]);
    vi.unstubAllGlobals();
    renderApp('/speakers/vladimir-putin?from=2021-09-01&to=2021-09-30', files);
    expect(await screen.findByText('No quote by Vladimir Putin in these dates.')).toBeInTheDocument();
  });

  it('fetches only the file that holds a narrowed month of a speaker quoted in several files', async () => {
    // 3 articles of 260 quotes each: the newest two fill the first file (500) and 20 of the second.
    const many = (name: string, date: string) =>
      articleFile(`${name}.txt`, `Remarks ${name}`, date, `https://example.org/${name}`, Array.from({ length: 260 }, (_, i) => `"Point ${name} ${i} stands," Joe Biden said.`));
    const corpus = [many('march', '20210310'), many('may', '20210512'), many('july', '20210714')];
    const { fetchMock } = renderApp('/speakers/joe-biden?from=2021-03-01&to=2021-03-31', corpus);
    expect(await screen.findAllByText(/Point march \d+ stands/)).toHaveLength(50);
    const requested = () => fetchMock.mock.calls.map(([path]) => String(path)).filter((p) => p.includes('/speakers/joe-biden/'));
    expect(requested()).toEqual([expect.stringMatching(/\/speakers\/joe-biden\/1\.[\w-]+\.json$/)]);
    expect(SPEAKER_QUOTES_PER_FILE).toBe(500);

    vi.unstubAllGlobals();
    const may = renderApp('/speakers/joe-biden?from=2021-05-01&to=2021-05-31', corpus);
    expect(await screen.findAllByText(/Point may \d+ stands/)).toHaveLength(50);
    expect(may.fetchMock.mock.calls.map(([path]) => String(path)).filter((p) => p.includes('/speakers/joe-biden/'))).toEqual([]);
  });
});
