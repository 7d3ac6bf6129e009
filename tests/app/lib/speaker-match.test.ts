import { describe, expect, it } from 'vitest';
import type { SpeakerId } from '../../../src/core/model.ts';
import type { SpeakerSummary } from '../../../src/core/schema.ts';
import { speakerMatcher } from '../../../src/app/lib/speaker-match.ts';

const speaker = (name: string, aliases: string[] = []): SpeakerSummary =>
  ({ id: 'x' as SpeakerId, name, aliases, kind: 'person', quoteCount: 1, articleCount: 1, firstSeen: '2021-01-01', lastSeen: '2021-01-01', roles: [] }) as unknown as SpeakerSummary;

describe('speakerMatcher', () => {
  it('finds a name whatever the case and accents of the query and of the name', () => {
    expect(speakerMatcher('zelenskyy')(speaker('Volodymyr Zelenskÿy'))).toBe(true);
    expect(speakerMatcher('ZELENSKÝY')(speaker('Volodymyr Zelenskyy'))).toBe(true);
    expect(speakerMatcher('  zelenskyy ')(speaker('The president', ['Zelenskyy']))).toBe(true);
    expect(speakerMatcher('putin')(speaker('Volodymyr Zelenskyy'))).toBe(false);
  });

  it('matches everyone for an empty query', () => {
    expect(speakerMatcher('  ')(speaker('Anyone'))).toBe(true);
  });
});
