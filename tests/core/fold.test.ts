import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/core/fold.ts';
import { processTerm } from '../../src/core/search/index.ts';

describe('foldText, the one loose comparison of text', () => {
  it('ignores case, accents and compatibility forms', () => {
    expect(foldText('Volodymyr Zelenskÿy')).toBe('volodymyr zelenskyy');
    expect(foldText('ZELENSKYY')).toBe('zelenskyy');
    expect(foldText('Łukasz Čapek-Ñúñez')).toBe('łukasz capek-nunez'); // Ł has no decomposition: kept as a letter
    expect(foldText('ﬁnance')).toBe('finance');
  });

  it('is what the search index folds words with', () => {
    expect(processTerm('Zelenskÿy')).toBe(foldText('Zelenskÿy'));
  });
});
