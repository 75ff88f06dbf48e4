import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { EndedView } from './EndedView';

describe('notes after the session', () => {
  test('the presenter can read their notes after the end and delete them from the browser', async () => {
    localStorage.setItem('intervision:s1:notes', 'Ask about the sister');
    render(<EndedView sessionId="s1" credential="c" role="presenter" onDeleted={vi.fn()} />);
    expect(screen.getByTestId('saved-notes')).toHaveTextContent('Ask about the sister');
    await userEvent.click(screen.getByTestId('notes-delete'));
    expect(localStorage.getItem('intervision:s1:notes')).toBeNull();
    expect(screen.queryByTestId('saved-notes')).not.toBeInTheDocument();
    expect(screen.getByTestId('notes-deleted')).toHaveFocus();
  });

  test('nothing about notes shows when there are none', () => {
    render(<EndedView sessionId="s1" credential="c" role="peer" onDeleted={vi.fn()} />);
    expect(screen.queryByTestId('saved-notes')).not.toBeInTheDocument();
  });
});
