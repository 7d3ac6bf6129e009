import { beforeAll, describe, expect, it } from 'vitest';
import { scoreIdentityCases, type IdentityScore } from '../../../src/core/identity/evaluate.ts';
import { resolveSpeakers } from '../../../src/core/identity/resolve.ts';
import { corpusMentions } from '../../../src/pipeline/corpus-mentions.ts';
import { IDENTITY_CASES } from '../../../src/cli/identity-cases.ts';

let score: IdentityScore;

beforeAll(async () => {
  // The cases are resolved among the real mentions of the bundled corpus, so surnames and dates are decided on
  // the evidence the corpus gives.
  score = scoreIdentityCases(IDENTITY_CASES, await corpusMentions());
}, 60_000);

describe('speaker identity on the bundled corpus', () => {
  it('has at least 40 hand-checked cases, both merges and separations', () => {
    expect(IDENTITY_CASES.length).toBeGreaterThanOrEqual(40);
    expect(IDENTITY_CASES.filter((c) => c.same).length).toBeGreaterThanOrEqual(15);
    expect(IDENTITY_CASES.filter((c) => !c.same).length).toBeGreaterThanOrEqual(15);
  });

  it('never merges two different speakers', () => {
    const wrong = score.results.filter((r) => !r.case.same && r.merged).map((r) => `${r.case.a.name} / ${r.case.b.name} → ${r.ids[0]}`);
    expect(wrong).toEqual([]);
  });

  it('merges the namings of one speaker, apart from the documented misses', () => {
    const missed = score.results.filter((r) => r.case.same && !r.merged && !r.case.note.includes('known miss')).map((r) => `${r.case.a.name} / ${r.case.b.name}: ${r.ids.join(' ≠ ')}`);
    expect(missed).toEqual([]);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe('resolveSpeakers', () => {
  const m = (name: string, date: string, kind: 'person' | 'organisation' | 'anonymous' = 'person', role: string | null = null) => ({
    articleId: `a-${name}-${date}` as never,
    date,
    name,
    kind,
    role,
  });

  it('gives the same ids whatever the order of the mentions', () => {
    const mentions = [m('Joe Biden', '2021-01-01'), m('Biden', '2021-02-01'), m('Jill Biden', '2021-03-01', 'person', 'First Lady'), m('the White House', '2021-01-01', 'organisation')];
    const a = resolveSpeakers(mentions);
    const b = resolveSpeakers([...mentions].reverse());
    expect([...b.ids].reverse()).toEqual(a.ids);
  });

  it('keeps roles apart from names, with the dates they were seen', () => {
    const { speakers } = resolveSpeakers([m('Russian President Vladimir Putin', '2021-12-08'), m('Vladimir Putin', '2022-02-12', 'person', 'President')]);
    expect(speakers).toHaveLength(1);
    expect(speakers[0]).toMatchObject({ id: 'vladimir-putin', name: 'Vladimir Putin' });
    expect(speakers[0]?.roles).toEqual([
      { role: 'Russian President', first: '2021-12-08', last: '2021-12-08' },
      { role: 'President', first: '2022-02-12', last: '2022-02-12' },
    ]);
  });

  it('keeps a surname apart when several people share it near its date', () => {
    const { ids } = resolveSpeakers([m('Bill Clinton', '2019-11-01'), m('Hillary Clinton', '2019-12-01'), m('Clinton', '2019-11-15')]);
    expect(new Set(ids).size).toBe(3);
  });

  it('keeps the canonical name when a few more articles use a longer form', () => {
    const base = [m('Joe Biden', '2021-01-01'), m('Joe Biden', '2021-01-02'), m('Joseph R. Biden Jr.', '2021-01-03', 'person', 'President'), m('Joe Biden', '2021-01-04', 'person', 'President')];
    const more = [...base, m('Joseph R. Biden Jr.', '2021-02-01', 'person', 'President'), m('Joseph R. Biden Jr.', '2021-02-02', 'person', 'President')];
    expect(resolveSpeakers(base).ids[0]).toBe('joe-biden');
    expect(resolveSpeakers(more).ids[0]).toBe('joe-biden');
  });
});
