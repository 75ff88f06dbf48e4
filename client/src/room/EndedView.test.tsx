import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { EndedView } from './EndedView';

describe('EndedView', () => {
  test('the delete question takes focus and gives it back to its button when kept', async () => {
    render(<EndedView sessionId="s1" credential="c" role="chair" onDeleted={vi.fn()} />);
    await userEvent.click(screen.getByTestId('delete-session'));
    expect(screen.getByTestId('delete-cancel')).toHaveFocus();
    await userEvent.click(screen.getByTestId('delete-cancel'));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByTestId('delete-session')).toHaveFocus();
  });
});
