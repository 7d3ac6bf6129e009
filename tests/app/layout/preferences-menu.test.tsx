import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PreferencesMenu } from '../../../src/app/layout/preferences-menu.tsx';

afterEach(() => localStorage.clear());

describe('the preferences menu', () => {
  it('is one closed button until opened, then shows theme, text size and the shortcuts, with focus inside', async () => {
    render(<PreferencesMenu onShowShortcuts={() => undefined} />);
    const button = screen.getByRole('button', { name: 'Preferences' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Preferences' })).toBeNull(); // hidden: not in the accessibility tree
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('group', { name: 'Preferences' })).toBeVisible();
    expect(screen.getByLabelText('Theme')).toHaveFocus();
    await userEvent.selectOptions(screen.getByLabelText('Text size'), 'large');
    expect(localStorage.getItem('quoteline.textSize')).toBe('large');
  });

  it('closes with Escape and gives focus back to its button', async () => {
    render(<PreferencesMenu onShowShortcuts={() => undefined} />);
    const button = screen.getByRole('button', { name: 'Preferences' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByLabelText('Theme')).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('opens the shortcuts, closing itself with focus on its button for the dialog to return to', async () => {
    const showShortcuts = vi.fn(() => expect(screen.getByRole('button', { name: 'Preferences' })).toHaveFocus());
    render(<PreferencesMenu onShowShortcuts={showShortcuts} />);
    await userEvent.click(screen.getByRole('button', { name: 'Preferences' }));
    await userEvent.click(screen.getByRole('button', { name: /Keyboard shortcuts/ }));
    expect(showShortcuts).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Preferences' })).toHaveAttribute('aria-expanded', 'false');
  });
});
