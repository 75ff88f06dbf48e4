import { findMethod, type Ack } from '@intervision/shared';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { SendCommand } from '../session/useSession';
import { sessionViewFixture } from '../testing/sessionViewFixture';
import { ChairConsole } from './ChairConsole';

const method = findMethod('intervision');
const okSend = () => vi.fn<SendCommand>(async (): Promise<Ack> => ({ ok: true }));

describe('ChairConsole', () => {
  test('is not shown to presenters or peers', () => {
    const { rerender } = render(
      <ChairConsole view={sessionViewFixture(0)} method={method} role="peer" send={okSend()} />,
    );
    expect(screen.queryByTestId('chair-console')).not.toBeInTheDocument();
    rerender(
      <ChairConsole
        view={sessionViewFixture(0)}
        method={method}
        role="presenter"
        send={okSend()}
      />,
    );
    expect(screen.queryByTestId('chair-console')).not.toBeInTheDocument();
  });

  test('starts the session from the lobby', async () => {
    const send = okSend();
    render(
      <ChairConsole view={sessionViewFixture(null)} method={method} role="chair" send={send} />,
    );
    await userEvent.click(screen.getByTestId('start'));
    expect(send).toHaveBeenCalledWith('session:start');
  });

  test('will not start a presenter method before a presenter is chosen', () => {
    const view = sessionViewFixture(null, undefined, { presenter: null });
    render(<ChairConsole view={view} method={method} role="chair" send={okSend()} />);
    expect(screen.getByTestId('start')).toBeDisabled();
    expect(screen.getByText('Choose a presenter to start.')).toBeInTheDocument();
  });

  test.each([
    ['next', 'phase:next', []],
    ['previous', 'phase:previous', []],
    ['pause', 'phase:pause', []],
    ['extend-1', 'phase:extend', [{ seconds: 60 }]],
    ['extend-5', 'phase:extend', [{ seconds: 300 }]],
  ])('the %s button sends %s', async (testId, command, payload) => {
    const send = okSend();
    render(<ChairConsole view={sessionViewFixture(1)} method={method} role="chair" send={send} />);
    await userEvent.click(screen.getByTestId(testId));
    expect(send).toHaveBeenCalledWith(command, ...payload);
  });

  test('offers resume while paused', async () => {
    const send = okSend();
    render(
      <ChairConsole
        view={sessionViewFixture(1, undefined, { status: 'paused' })}
        method={method}
        role="chair"
        send={send}
      />,
    );
    expect(screen.queryByTestId('pause')).not.toBeInTheDocument();
    await userEvent.click(screen.getByTestId('resume'));
    expect(send).toHaveBeenCalledWith('phase:resume');
  });

  test('asks for confirmation before ending, and can be cancelled', async () => {
    const send = okSend();
    render(<ChairConsole view={sessionViewFixture(1)} method={method} role="chair" send={send} />);
    await userEvent.click(screen.getByTestId('end'));
    expect(send).not.toHaveBeenCalled();
    expect(screen.getByRole('alertdialog')).toHaveTextContent('End the session for everyone?');
    await userEvent.click(screen.getByTestId('end-cancel'));
    expect(send).not.toHaveBeenCalled();
    await userEvent.click(screen.getByTestId('end'));
    await userEvent.click(screen.getByTestId('end-confirm'));
    expect(send).toHaveBeenCalledWith('session:end');
  });

  test('chooses the presenter from the participants who are not the chair', async () => {
    const send = okSend();
    render(
      <ChairConsole view={sessionViewFixture(null)} method={method} role="chair" send={send} />,
    );
    const select = screen.getByTestId('presenter-select');
    expect(screen.queryByRole('option', { name: /Chris/ })).not.toBeInTheDocument();
    await userEvent.selectOptions(select, 'q1');
    expect(send).toHaveBeenCalledWith('presenter:set', { identity: 'q1' });
  });

  test('keyboard shortcuts drive the phases, but not while typing', async () => {
    const send = okSend();
    render(
      <>
        <input aria-label="notes" />
        <ChairConsole view={sessionViewFixture(1)} method={method} role="chair" send={send} />
      </>,
    );
    await userEvent.keyboard('n');
    expect(send).toHaveBeenLastCalledWith('phase:next');
    await userEvent.keyboard('5');
    expect(send).toHaveBeenLastCalledWith('phase:extend', { seconds: 300 });
    send.mockClear();
    await userEvent.click(screen.getByLabelText('notes'));
    await userEvent.keyboard('n');
    expect(send).not.toHaveBeenCalled();
  });

  test('shows why a command was refused', async () => {
    const send = vi.fn<SendCommand>(async () => ({ ok: false, error: 'invalid_transition' }));
    render(<ChairConsole view={sessionViewFixture(1)} method={method} role="chair" send={send} />);
    await userEvent.click(screen.getByTestId('next'));
    expect(await screen.findByTestId('chair-error')).toHaveTextContent(
      'not possible at this point',
    );
  });
});
