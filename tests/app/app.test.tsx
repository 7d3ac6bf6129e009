import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleIdFor } from '../../src/core/ids.ts';
import { manifestPath } from '../../src/core/schema.ts';
import { articleFile, renderApp } from './render-app.tsx';

const files = [
  articleFile('geneva.txt', 'Leaders meet in Geneva', '20210616', 'https://example.org/geneva', [
    '"The talks were constructive," President Joe Biden said.',
    'The <script>alert(1)</script> tag is only text.',
  ]),
  articleFile('kremlin.txt', 'Kremlin issues a statement', '20211208', 'javascript:alert(1)', ['"There is no alternative," the Kremlin said in a statement.']),
  articleFile('broken.txt', 'Broken', '20210230', 'https://example.org/broken', ['A line.']),
];

afterEach(() => vi.unstubAllGlobals());

describe('the app on a small corpus', () => {
  it('shows the timeline newest first and narrows it to a speaker', async () => {
    const { router } = renderApp('/', files);
    const titles = await screen.findAllByRole('heading', { level: 3 });
    expect(titles.map((t) => t.textContent)).toEqual(['Kremlin issues a statement', 'Leaders meet in Geneva']);
    await userEvent.click(screen.getByRole('checkbox', { name: /Joe Biden/ }));
    await waitFor(() => expect(router.state.location.search).toEqual({ speakers: 'joe-biden' }));
    expect(screen.getAllByRole('heading', { level: 3 }).map((t) => t.textContent)).toEqual(['Leaders meet in Geneva']);
  });

  it('renders article text as text, never as HTML', async () => {
    const id = articleIdFor({ date: '2021-06-16', title: 'Leaders meet in Geneva', url: 'https://example.org/geneva' });
    renderApp(`/articles/${id}`, files);
    await screen.findByText(/tag is only text/);
    expect(document.querySelector('script')).toBeNull();
    expect(document.body.textContent).toContain('<script>alert(1)</script>');
  });

  it('never links a source URL that is not http(s)', async () => {
    const id = articleIdFor({ date: '2021-12-08', title: 'Kremlin issues a statement', url: 'javascript:alert(1)' });
    renderApp(`/articles/${id}`, files);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Kremlin issues a statement' });
    const article = heading.closest('article')!;
    expect(within(article).getByText('javascript:alert(1)').closest('a')).toBeNull();
  });

  it('lists skipped files with line and reason on the About page', async () => {
    renderApp('/about', files);
    const list = await screen.findByRole('list', { name: 'Skipped files' });
    expect(list.textContent).toContain('broken.txt, line 2: date 20210230 is not a real calendar date');
  });

  it('shows an error with a retry when the index cannot be loaded, and recovers', async () => {
    let fail = true;
    renderApp('/', files, { [manifestPath()]: () => (fail ? new Response('{"version": 3, "ind', { status: 200 }) : null) });
    expect(await screen.findByRole('heading', { name: 'The data could not be loaded' })).toBeInTheDocument();
    expect(screen.getByRole('alert').textContent).toContain('not valid JSON');
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect((await screen.findAllByRole('heading', { level: 3 })).length).toBe(2);
  });

  it('says so, with a retry and a way back, when an article file is missing (404)', async () => {
    const id = articleIdFor({ date: '2021-06-16', title: 'Leaders meet in Geneva', url: 'https://example.org/geneva' });
    const key = id.slice(id.lastIndexOf('-') + 1);
    renderApp(`/articles/${id}`, files, {}, (path) => path.includes(`/articles/${key}.`));
    expect(await screen.findByRole('heading', { name: 'The data could not be loaded' })).toBeInTheDocument();
    expect(screen.getByRole('alert').textContent).toContain('answered 404');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the timeline' })).toBeInTheDocument();
  });

  it('refuses data of a version this app does not know, rather than misreading it', async () => {
    renderApp('/', files, { [manifestPath()]: () => new Response(JSON.stringify({ version: 99, index: 'x' }), { status: 200 }) });
    expect(await screen.findByRole('heading', { name: 'The data could not be loaded' })).toBeInTheDocument();
    expect(screen.getByRole('alert').textContent).toContain('data version 99');
  });
});
