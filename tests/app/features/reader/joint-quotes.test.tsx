import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCorpus } from '../../../../src/core/publish.ts';
import { readoutCorpus, readoutId, stormId } from '../../readout-corpus.ts';
import { renderApp } from '../../render-app.tsx';

afterEach(() => vi.unstubAllGlobals());
// jsdom lays nothing out, so it has no scrollIntoView; the reader scrolls a selected quote into view.
beforeAll(() => {
  Element.prototype.scrollIntoView = () => {};
});

const built = buildCorpus(readoutCorpus);
const article = (id: string) => built.articles.find((a) => a.id === id)!;
/** The id of the quote whose words include `words`. */
const quoteWith = (id: string, words: string) => {
  const a = article(id);
  const quote = a.quotes.find((q) => q.spans.some((s) => a.body.slice(s.start, s.end).includes(words)));
  if (!quote) throw new Error(`no quote with “${words}”`);
  return quote;
};
const joint = quoteWith(readoutId, 'shared commitment');
const president = quoteWith(readoutId, 'free and open harbour');
const tanabeOwn = quoteWith(readoutId, 'clean energy');

const mark = (id: string) => document.querySelector<HTMLElement>(`mark[data-quote-id="${id}"]`)!;
const label = (id: string) => document.querySelector<HTMLElement>(`[data-speaker-label="${id}"]`)!;
/** The text a screen reader reads: without the marker shapes, which are hidden from it. */
const spoken = (el: Element) => {
  const copy = el.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return copy.textContent;
};
const panel = () => screen.getByRole('region', { name: /^Quote \d+ of \d+$/ });

describe('a joint quote in the reader', () => {
  it('is the invented readout’s “two leaders” quote, by Joe Biden with Aiko Tanabe', () => {
    expect(joint.speaker?.id).toBe('joe-biden');
    expect(joint.speaker?.joint?.map((j) => j.id)).toEqual(['aiko-tanabe']);
    expect(president.speaker?.how).toContain('the President → Joe Biden');
  });

  it('names every speaker after the quote, each linking to their filter, marked as said jointly', async () => {
    renderApp(`/articles/${readoutId}`, readoutCorpus);
    await screen.findByRole('heading', { level: 1 });
    expect(spoken(label(joint.id))).toBe('quote said jointly by Joe Biden and Aiko Tanabe (said jointly)');
    const links = within(label(joint.id)).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['/?speakers=joe-biden', '/?speakers=aiko-tanabe']);
    expect(mark(joint.id).dataset.speakerIds).toBe('joe-biden aiko-tanabe');
    // A quote by one speaker is not marked joint.
    expect(spoken(label(president.id))).toBe('quote by Joe Biden');
    expect(mark(president.id).dataset.speakerIds).toBeUndefined();
  });

  it('shows both speakers in the card a keyboard reader opens on the quote', async () => {
    renderApp(`/articles/${readoutId}`, readoutCorpus);
    await screen.findByRole('heading', { level: 1 });
    fireEvent.focus(mark(joint.id));
    const card = await screen.findByRole('tooltip');
    expect(card.textContent).toContain('Joe Biden and Aiko Tanabe');
    expect(card.textContent).toContain('said jointly');
    expect(card.textContent).toContain('The two leaders → Joe Biden and Aiko Tanabe');
    expect(mark(joint.id).getAttribute('aria-describedby')).toBe(card.id);
  });

  it('shows both speakers in the selected-quote panel, and why: cue and the words the article uses', async () => {
    renderApp(`/articles/${readoutId}?quote=${joint.id}`, readoutCorpus);
    const selected = await waitFor(panel);
    const who = within(selected).getByTestId('selected-quote-speakers');
    expect(who.textContent).toMatch(/Joe Biden\s*and\s*.*Aiko Tanabe/);
    expect(who.textContent).toContain('said jointly');
    const why = within(selected).getByRole('region', { name: 'Why this speaker' });
    const terms = within(why).getAllByRole('term').map((t) => t.textContent);
    const definitions = within(why).getAllByRole('definition').map((d) => d.textContent);
    expect(Object.fromEntries(terms.map((t, i) => [t, definitions[i]]))).toEqual({
      Cue: '“reaffirmed”',
      'In the article': '“The two leaders” → Joe Biden and Aiko Tanabe',
    });
  });

  it('says how a role was resolved: “the President” on the article’s date', async () => {
    renderApp(`/articles/${readoutId}?quote=${president.id}`, readoutCorpus);
    const why = await screen.findByRole('region', { name: 'Why this speaker' });
    expect(why.textContent).toContain('“The President” → Joe Biden');
    expect(why.textContent).toContain('the President → Joe Biden: President on 2022-11-13');
    expect(within(panel()).getByTestId('selected-quote-speakers').textContent).not.toContain('jointly');
  });

  it('counts the joint quote for each member in the list of who is quoted', async () => {
    renderApp(`/articles/${readoutId}`, readoutCorpus);
    const list = await screen.findByRole('list', { name: 'Who is quoted here' });
    const entry = (name: string) => spoken(within(list).getAllByRole('link').find((l) => l.textContent.includes(name) && !l.textContent.startsWith('every'))!);
    expect(entry('Aiko Tanabe')).toMatch(/^Aiko Tanabe\s*2 quotes, 1 said jointly$/);
    expect(entry('Joe Biden')).toMatch(/^Joe Biden\s*2 quotes, 1 said jointly$/);
  });

  it('keeps the joint quote, and steps through it, under a member’s filter', async () => {
    const { router } = renderApp(`/articles/${readoutId}?speakers=aiko-tanabe`, readoutCorpus);
    await screen.findByRole('heading', { level: 1 });
    expect(mark(joint.id).dataset.dimmed).toBeUndefined();
    expect(mark(tanabeOwn.id).dataset.dimmed).toBeUndefined();
    expect(mark(president.id).dataset.dimmed).toBe('true');
    await userEvent.click(screen.getByRole('button', { name: 'Next quote ↓' }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ quote: joint.id }));
    await userEvent.click(screen.getByRole('button', { name: 'Next quote ↓' }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ quote: tanabeOwn.id }));
  });
});

describe('a quote with no speaker', () => {
  const storm = article(stormId);
  const unattributed = storm.quotes.filter((q) => !q.speaker);

  it('is labelled “Unattributed”, in the body, the list and the panel', async () => {
    expect(unattributed.length).toBeGreaterThan(0);
    renderApp(`/articles/${stormId}?quote=${unattributed[0]!.id}`, readoutCorpus);
    await screen.findByRole('heading', { level: 1 });
    for (const q of unattributed) expect(label(q.id).textContent).toContain('Unattributed');
    expect(screen.getByRole('list', { name: 'Who is quoted here' }).textContent).toContain(`Unattributed: ${unattributed.length}`);
    const selected = await waitFor(panel);
    expect(within(selected).getByTestId('selected-quote-speakers').textContent).toContain('Unattributed');
    expect(within(selected).getByRole('region', { name: 'Why this speaker' }).textContent).toContain('left unattributed');
    expect(document.body.textContent).not.toContain('Speaker not identified');
  });
});
