import { findMethod, type Ack } from '@intervision/shared';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { SendCommand } from '../session/useSession';
import { sessionViewFixture } from '../testing/sessionViewFixture';
import { ChairConsole } from './ChairConsole';

const method = findMethod('intervision');
const okSend = () => vi.fn<SendCommand>(async (): Promise<Ack> => ({ ok: true }));

describe('ChairConsole safety', () => {
  test('mid-session one key on the presenter select changes nobody until the chair confirms', async () => {
    const send = okSend();
    const view = sessionViewFixture(1);
    render(<ChairConsole view={view} method={method} role="chair" send={send} />);
    const select = screen.getByTestId('presenter-select');
    await userEvent.selectOptions(select, 'q1');
    expect(send).not.toHaveBeenCalled();
    const dialog = screen.getByTestId('presenter-confirm');
    expect(dialog).toHaveTextContent('Make Quinn the presenter now?');
    await userEvent.click(screen.getByTestId('presenter-confirm-no'));
    expect(send).not.toHaveBeenCalled();
    expect(select).toHaveValue('p1');
    expect(select).toHaveFocus();
    await userEvent.selectOptions(select, 'q1');
    await userEvent.click(screen.getByTestId('presenter-confirm-yes'));
    expect(send).toHaveBeenCalledWith('presenter:set', { identity: 'q1' });
  });

  test('people who are offline are not offered as presenter', () => {
    const base = sessionViewFixture(null, undefined, { presenter: null });
    const participants = base.participants.map((p) =>
      p.identity === 'q1' ? { ...p, connected: false } : p,
    );
    render(
      <ChairConsole
        view={{ ...base, participants }}
        method={method}
        role="chair"
        send={okSend()}
      />,
    );
    expect(screen.queryByRole('option', { name: /Quinn/ })).not.toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Pat' })).toBeInTheDocument();
  });

  test('shortcuts can be switched off, and the choice is remembered', async () => {
    const send = okSend();
    const { unmount } = render(
      <ChairConsole view={sessionViewFixture(1)} method={method} role="chair" send={send} />,
    );
    await userEvent.click(screen.getByTestId('shortcuts-switch'));
    await userEvent.keyboard('n');
    expect(send).not.toHaveBeenCalled();
    unmount();
    render(<ChairConsole view={sessionViewFixture(1)} method={method} role="chair" send={send} />);
    expect(screen.getByTestId('shortcuts-switch')).not.toBeChecked();
    await userEvent.keyboard('n');
    expect(send).not.toHaveBeenCalled();
  });

  test('shortcuts never fire while a dialog is open', async () => {
    const send = okSend();
    render(<ChairConsole view={sessionViewFixture(1)} method={method} role="chair" send={send} />);
    await userEvent.click(screen.getByTestId('end'));
    await userEvent.keyboard('n');
    await userEvent.keyboard('p');
    expect(send).not.toHaveBeenCalled();
  });

  test('focus returns to the End button when the end question is cancelled', async () => {
    render(
      <ChairConsole view={sessionViewFixture(1)} method={method} role="chair" send={okSend()} />,
    );
    await userEvent.click(screen.getByTestId('end'));
    expect(screen.getByTestId('end-cancel')).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByTestId('end')).toHaveFocus();
  });
});
