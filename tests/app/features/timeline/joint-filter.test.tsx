import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCorpus } from '../../../../src/core/publish.ts';
import { callId, readoutCorpus, readoutId } from '../../readout-corpus.ts';
import { renderApp } from '../../render-app.tsx';

afterEach(() => vi.unstubAllGlobals());

describe('the timeline filtered by a speaker who spoke jointly', () => {
  const built = buildCorpus(readoutCorpus);

  it('has an article where Marta Ruiz speaks only as a member of “the two leaders”', () => {
    const call = built.articles.find((a) => a.id === callId)!;
    expect(call.quotes.every((q) => q.speaker?.id !== 'marta-ruiz')).toBe(true);
    expect(call.quotes.some((q) => q.speaker?.joint?.some((j) => j.id === 'marta-ruiz'))).toBe(true);
    // The index lists members among an article's speakers: the timeline filters on that list.
    expect(built.index.articles.find((a) => a.id === callId)!.speakers).toContain('marta-ruiz');
  });

  it('shows the articles where the member spoke jointly', async () => {
    renderApp('/?speakers=marta-ruiz', readoutCorpus);
    const titles = await screen.findAllByRole('heading', { level: 3 });
    expect(titles.map((t) => t.closest('[data-article-id]')?.getAttribute('data-article-id'))).toEqual([callId]);
    expect(within(screen.getByRole('list', { name: 'Speakers by number of articles' })).getByRole('checkbox', { name: /Marta Ruiz/ })).toBeChecked();
  });

  it('shows the readout under Aiko Tanabe’s filter, and counts both readouts for Joe Biden', async () => {
    renderApp('/?speakers=aiko-tanabe', readoutCorpus);
    const titles = await screen.findAllByRole('heading', { level: 3 });
    expect(titles.map((t) => t.closest('[data-article-id]')?.getAttribute('data-article-id'))).toEqual([readoutId]);
    const biden = within(screen.getByRole('list', { name: 'Speakers by number of articles' })).getByRole('checkbox', { name: /Joe Biden/ });
    expect(biden.closest('label')?.textContent).toMatch(/2\s*articles$/);
  });
});
