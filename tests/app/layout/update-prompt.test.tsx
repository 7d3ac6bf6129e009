import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from '../../../src/app/layout/update-prompt.tsx';
import { offerUpdate } from '../../../src/app/lib/service-worker.ts';

afterEach(() => act(() => offerUpdate(null)));

describe('the new-version prompt', () => {
  it('says nothing while the running version is the newest', () => {
    render(<UpdatePrompt />);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
  });

  it('appears when a new version waits, and switches only when the reader presses Reload', async () => {
    const apply = vi.fn();
    render(<UpdatePrompt />);
    act(() => offerUpdate(apply));
    expect(screen.getByRole('status')).toHaveTextContent('A new version of Quoteline is available.');
    expect(apply).not.toHaveBeenCalled();
    const reload = screen.getByRole('button', { name: 'Reload' });
    await userEvent.tab();
    expect(reload).toHaveFocus(); // the only control on the page: the first Tab reaches it
    await userEvent.keyboard('{Enter}');
    expect(apply).toHaveBeenCalledTimes(1);
  });
});
