import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleFile, renderApp } from '../../render-app.tsx';

const files = [
  articleFile('geneva.txt', 'Leaders meet in Geneva', '20210616', 'https://example.org/geneva', [
    '"The talks were constructive," President Joe Biden said.',
    '"We will see," Russian President Vladimir Putin said.',
  ]),
  articleFile('call.txt', 'Biden and Putin hold a call', '20211208', 'https://example.org/call', [
    '"We made our position clear," Biden said.',
    '"There is no alternative," the Kremlin said in a statement.',
  ]),
];

afterEach(() => vi.unstubAllGlobals());

describe('speaker pages', () => {
  it('shows one speaker across articles, newest first, each quote linking to its place', async () => {
    renderApp('/speakers/joe-biden', files);
    expect(await screen.findByRole('heading', { level: 1, name: /Joe Biden/ })).toBeInTheDocument();
    const quotes = screen.getByRole('list', { name: 'Quotes by Joe Biden' });
    const links = within(quotes).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['Biden and Putin hold a call', 'Leaders meet in Geneva']);
    expect(links[0]?.getAttribute('href')).toMatch(/^\/articles\/biden-and-putin-hold-a-call-[a-z0-9]+\?quote=q[a-z0-9]{8}$/);
    expect(screen.getByRole('list', { name: 'Names seen' }).textContent).toContain('Biden');
    expect(within(screen.getByRole('list', { name: 'Quoted in the same articles' })).getAllByRole('link').map((l) => l.textContent)).toEqual(
      expect.arrayContaining([expect.stringContaining('Vladimir Putin'), expect.stringContaining('Kremlin')]),
    );
  });

  it('answers an unknown speaker with a not-found view and a way back', async () => {
    renderApp('/speakers/nobody-at-all', files);
    expect(await screen.findByRole('heading', { level: 1, name: 'Speaker not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse all speakers' }).getAttribute('href')).toBe('/speakers');
  });

  it('filters the directory by the query in the URL', async () => {
    renderApp('/speakers?q=kreml', files);
    const list = await screen.findByRole('list', { name: 'Speakers' });
    expect(within(list).getAllByRole('link').map((l) => l.textContent)).toEqual(['Kremlin']);
    expect(screen.getByRole('status').textContent).toContain('1 speaker matching');
  });
});

describe('finding a speaker by name', () => {
  const kyiv = [
    articleFile('kyiv.txt', 'Talks in Kyiv', '20230712', 'https://example.org/kyiv', ['"We will defend every town," President Volodymyr Zelenskÿy said.']),
  ];

  it('finds "zelenskyy" in the directory, accents and case aside', async () => {
    renderApp('/speakers?q=zelenskyy', kyiv);
    const list = await screen.findByRole('list', { name: 'Speakers' });
    expect(within(list).getAllByRole('link').map((l) => l.textContent)).toEqual(['Volodymyr Zelenskÿy']);
  });

  it('finds "zelenskyy" in the timeline\'s speaker box too', async () => {
    renderApp('/', kyiv);
    const box = await screen.findByRole('searchbox', { name: 'Find a speaker' });
    await userEvent.type(box, 'zelenskyy');
    expect(within(screen.getByRole('list', { name: 'Speakers by number of articles' })).getByRole('checkbox', { name: /Volodymyr Zelenskÿy/ })).toBeInTheDocument();
  });
});
