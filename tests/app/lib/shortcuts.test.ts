import { describe, expect, it } from 'vitest';
import { isTypingTarget } from '../../../src/app/lib/shortcuts.ts';

describe('isTypingTarget', () => {
  const input = (type: string) => Object.assign(document.createElement('input'), { type });
  it('counts text fields, text areas and selects as typing', () => {
    for (const el of [input('text'), input('search'), input('date'), document.createElement('textarea'), document.createElement('select')]) expect(isTypingTarget(el)).toBe(true);
  });
  it('leaves checkboxes, buttons and ordinary elements to the shortcuts', () => {
    for (const el of [input('checkbox'), input('radio'), document.createElement('button'), document.createElement('a')]) expect(isTypingTarget(el)).toBe(false);
  });
});
