import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { accessDay, citeArticle, citeQuote } from '../../../../src/app/lib/citation.ts';
import { buildCorpus } from '../../../../src/core/publish.ts';
import { articleFile, renderApp } from '../../render-app.tsx';

afterEach(() => vi.unstubAllGlobals());
beforeAll(() => {
  Element.prototype.scrollIntoView = () => {};
});

const files = [
  articleFile('geneva.txt', 'Leaders meet in Geneva', '20210616', 'https://en.wikinews.org/wiki/Leaders_meet_in_Geneva', [
    '"The talks were constructive," President Joe Biden said.',
  ]),
];
const article = buildCorpus(files).articles[0]!;
const quote = article.quotes[0]!;
const today = () => accessDay(new Date());

describe('copy with citation', () => {
  it('copies the selected quote with its citation in each style, and says so', async () => {
    const user = userEvent.setup();
    renderApp(`/articles/${article.id}?quote=${quote.id}`, files);
    const panel = await screen.findByRole('region', { name: /Quote 1 of 1/ });
    const group = within(panel).getByRole('group', { name: 'Copy with citation' });
    for (const [label, style] of [['APA', 'apa'], ['MLA', 'mla'], ['Chicago', 'chicago']] as const) {
      await user.click(within(group).getByRole('button', { name: label }));
      const expected = citeQuote(style, { text: 'The talks were constructive,', speakers: ['Joe Biden'], indirect: false }, article, today());
      expect(await navigator.clipboard.readText()).toBe(expected);
      expect(within(panel).getByRole('status')).toHaveTextContent(`Quote with ${label} citation copied.`);
    }
    expect(await navigator.clipboard.readText()).toMatch(/^“The talks were constructive” \(Joe Biden\) Wikinews\. “Leaders meet in Geneva\.” June 16, 2021\. https:/);
  });

  it('copies the article’s citation from its header', async () => {
    const user = userEvent.setup();
    renderApp(`/articles/${article.id}`, files);
    await screen.findByRole('heading', { level: 1, name: 'Leaders meet in Geneva' });
    const group = screen.getAllByRole('group', { name: 'Copy with citation' })[0]!;
    await user.click(within(group).getByRole('button', { name: 'MLA' }));
    expect(await navigator.clipboard.readText()).toBe(citeArticle('mla', article, today()));
    expect(await screen.findByText('Article with MLA citation copied.')).toBeInTheDocument();
  });

  it('shows the citation to copy by hand when the browser refuses the clipboard', async () => {
    const user = userEvent.setup();
    renderApp(`/articles/${article.id}`, files);
    await screen.findByRole('heading', { level: 1, name: 'Leaders meet in Geneva' });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(within(screen.getAllByRole('group', { name: 'Copy with citation' })[0]!).getByRole('button', { name: 'APA' }));
    expect(await screen.findByText(`Could not copy; the APA citation is: ${citeArticle('apa', article, today())}`)).toBeInTheDocument();
  });
});
