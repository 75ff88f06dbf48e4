import { findMethod, type Ack } from '@intervision/shared';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { SendCommand } from '../session/useSession';
import { sessionViewFixture } from '../testing/sessionViewFixture';
import { ChairConsole } from './ChairConsole';

const method = findMethod('intervision');

describe('raised hands in the chair console', () => {
  test('the chair sees how many hands are up and whose, beside the phase buttons', () => {
    const view = sessionViewFixture(1, undefined, { hands: ['q1', 'p1'] });
    render(<ChairConsole view={view} method={method} role="chair" send={vi.fn<SendCommand>()} />);
    const summary = screen.getByTestId('hands-summary');
    expect(summary).toHaveTextContent('2 hands: Quinn, Pat');
    // In the console itself, right after the row with Next and Pause.
    expect(summary.previousElementSibling).toContainElement(screen.getByTestId('next'));
  });

  test('lowering all hands lowers each raised hand', async () => {
    const send = vi.fn<SendCommand>(async (): Promise<Ack> => ({ ok: true }));
    const view = sessionViewFixture(1, undefined, { hands: ['q1', 'p1'] });
    render(<ChairConsole view={view} method={method} role="chair" send={send} />);
    await userEvent.click(screen.getByTestId('hands-clear'));
    expect(send).toHaveBeenCalledWith('hand:lower', { identity: 'q1' });
    expect(send).toHaveBeenCalledWith('hand:lower', { identity: 'p1' });
  });
});
