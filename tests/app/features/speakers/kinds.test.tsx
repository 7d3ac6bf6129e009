import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCorpus } from '../../../../src/core/publish.ts';
import { validateSpeakerDirectorySearch } from '../../../../src/app/features/speakers/lib/speaker-search.ts';
import { readoutCorpus } from '../../readout-corpus.ts';
import { renderApp } from '../../render-app.tsx';

afterEach(() => vi.unstubAllGlobals());

const built = buildCorpus(readoutCorpus);
const ofKind = (kind: string) => built.index.speakers.filter((s) => s.kind === kind);
const rowNames = async () => within(await screen.findByRole('list', { name: 'Speakers' })).getAllByRole('link').map((l) => l.textContent);

describe('the directory by kind', () => {
  it('has speakers of every kind in the invented corpus', () => {
    for (const kind of ['person', 'organisation', 'group', 'document', 'anonymous']) expect(ofKind(kind).length).toBeGreaterThan(0);
  });

  it('takes the kind from the URL, validated like the other parameters', () => {
    expect(validateSpeakerDirectorySearch({ kind: 'document' }).kind).toBe('document');
    expect(validateSpeakerDirectorySearch({ kind: 'group' }).kind).toBe('group');
    expect(validateSpeakerDirectorySearch({ kind: 'robot' }).kind).toBeUndefined();
    expect(validateSpeakerDirectorySearch({ kind: ['document'] }).kind).toBeUndefined();
    expect(validateSpeakerDirectorySearch({}).kind).toBeUndefined();
  });

  it('shows documents only with kind=document, labelled as documents, and the choice checked', async () => {
    renderApp('/speakers?kind=document', readoutCorpus);
    expect(await rowNames()).toEqual(ofKind('document').map((s) => s.name));
    expect(screen.getByRole('combobox', { name: 'Kind' })).toHaveValue('document');
    const row = document.querySelector(`[data-speaker-id="${ofKind('document')[0]!.id}"]`)!;
    expect(row.textContent).toContain('document');
    expect(screen.getByRole('status').textContent).toContain('documents');
  });

  it('counts each kind beside its choice, and narrows the list and the URL when one is chosen', async () => {
    const { router } = renderApp('/speakers', readoutCorpus);
    const kind = await screen.findByRole('combobox', { name: 'Kind' });
    expect(kind).toHaveValue('');
    expect(within(kind).getAllByRole('option').map((o) => o.textContent)).toEqual([
      `All kinds (${built.index.speakers.length})`,
      `People (${ofKind('person').length})`,
      `Organisations (${ofKind('organisation').length})`,
      `Groups (${ofKind('group').length})`,
      `Documents (${ofKind('document').length})`,
      `Unnamed sources (${ofKind('anonymous').length})`,
    ]);
    expect(await rowNames()).toHaveLength(built.index.speakers.length);

    await userEvent.selectOptions(kind, 'group');
    await waitFor(() => expect(router.state.location.search).toEqual({ kind: 'group' }));
    expect(await rowNames()).toEqual(ofKind('group').map((s) => s.name));
    await userEvent.selectOptions(kind, '');
    await waitFor(() => expect(router.state.location.search).toEqual({}));
  });

  it('counts the kinds among the speakers the query finds', async () => {
    renderApp('/speakers?q=2023', readoutCorpus);
    const kind = await screen.findByRole('combobox', { name: 'Kind' });
    const options = within(kind).getAllByRole('option').map((o) => o.textContent);
    expect(options).toContain('Groups (1)');
    expect(options).toContain('Documents (1)');
    expect(options).toContain('People (0)');
  });

  it('ignores a kind it does not know and shows every speaker', async () => {
    const { router } = renderApp('/speakers?kind=robot', readoutCorpus);
    expect(await rowNames()).toHaveLength(built.index.speakers.length);
    expect(screen.getByRole('combobox', { name: 'Kind' })).toHaveValue('');
    await waitFor(() => expect(router.state.location.search).toEqual({}));
  });
});

describe('a speaker page', () => {
  it.each([
    ['person', 'Person'],
    ['organisation', 'Organisation'],
    ['group', 'Group'],
    ['document', 'Document'],
    ['anonymous', 'Unnamed sources'],
  ])('names the kind of a %s', async (kind, label) => {
    renderApp(`/speakers/${ofKind(kind)[0]!.id}`, readoutCorpus);
    expect((await screen.findByTestId('speaker-kind')).textContent).toBe(label);
  });

  it('marks a quote said jointly with text, not colour alone', async () => {
    renderApp('/speakers/aiko-tanabe', readoutCorpus);
    const quotes = await screen.findByRole('list', { name: 'Quotes by Aiko Tanabe' });
    const items = [...quotes.querySelectorAll('li[data-quote-id]')];
    expect(items).toHaveLength(2);
    const joint = items.filter((li) => li.querySelector('[data-joint]'));
    expect(joint).toHaveLength(1);
    expect(joint[0]!.textContent).toContain('shared commitment');
    expect(joint[0]!.textContent).toMatch(/Joint\s*said jointly/);
    expect(items.find((li) => li !== joint[0])!.textContent).not.toContain('jointly');
  });
});
