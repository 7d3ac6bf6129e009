import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCorpus } from '../../../../src/core/publish.ts';
import { readoutCorpus, readoutId } from '../../readout-corpus.ts';
import { renderApp } from '../../render-app.tsx';

afterEach(() => vi.unstubAllGlobals());
beforeAll(() => {
  Element.prototype.scrollIntoView = () => {};
});

const built = buildCorpus(readoutCorpus);
const readout = built.articles.find((a) => a.id === readoutId)!;
const quote = readout.quotes.find((q) => q.speaker)!;

describe("a quote's share address, opened in the app", () => {
  it('takes the reader to the quote in its article, found through the quote lookup alone', async () => {
    const { router, fetchMock } = renderApp(`/quotes/${quote.id}`, readoutCorpus);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/articles/${readout.id}`));
    expect(router.state.location.search).toEqual({ quote: quote.id });
    await waitFor(() => expect(document.querySelector(`mark[data-quote-id="${quote.id}"]`)).not.toBeNull());
    // After the manifest, the first request is the quote's lookup shard: the article is found without the index.
    const requested = fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => !url.endsWith('manifest.json'));
    expect(requested[0]).toMatch(new RegExp(`quotes/${quote.id.charAt(1)}\\.[^/]+\\.json$`));
  });

  it('keeps the tab titled after the view the reader is on', async () => {
    const { router } = renderApp(`/quotes/${quote.id}`, readoutCorpus);
    await waitFor(() => expect(document.title).toBe(`${readout.title} · Quoteline`));
    await router.navigate({ to: '/speakers' });
    await waitFor(() => expect(document.title).toBe('Speakers · Quoteline'));
    await router.navigate({ to: '/' });
    await waitFor(() => expect(document.title).toBe('Quoteline'));
  });

  it('says so for a quote no article has, or an address that cannot be a quote', async () => {
    for (const id of ['qzzzzzzzz', 'not-a-quote']) {
      const view = renderApp(`/quotes/${id}`, readoutCorpus);
      expect(await screen.findByRole('heading', { level: 1, name: 'Quote not found' })).toBeInTheDocument();
      expect(document.title).toBe('Not found · Quoteline');
      view.unmount();
    }
  });
});
