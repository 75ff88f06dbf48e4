import type { Ack, RoundView } from '@intervision/shared';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { SendCommand } from '../session/useSession';
import { sessionViewFixture } from '../testing/sessionViewFixture';
import { RoundControls } from './RoundControls';

const round: RoundView = {
  order: ['p1', 'q1'],
  speaker: 'q1',
  next: null,
  turnEndsAt: 1_700_000_100_000,
  remainingMs: null,
  secondsPerTurn: 120,
  strict: false,
};
const okSend = () => vi.fn<SendCommand>(async (): Promise<Ack> => ({ ok: true }));

describe('RoundControls', () => {
  test('starts a round with the chosen order, minutes per turn and strictness', async () => {
    const send = okSend();
    render(<RoundControls view={sessionViewFixture(1)} send={send} />);
    await userEvent.selectOptions(screen.getByTestId('round-mode'), 'random');
    await userEvent.clear(screen.getByTestId('round-minutes'));
    await userEvent.type(screen.getByTestId('round-minutes'), '3');
    await userEvent.click(screen.getByTestId('round-strict'));
    await userEvent.click(screen.getByTestId('round-start'));
    expect(send).toHaveBeenCalledWith('round:start', {
      mode: 'random',
      secondsPerTurn: 180,
      strict: true,
    });
  });

  test.each(['90', '0.1', ''])(
    'does not send a turn length of %j minutes, outside what the server accepts',
    async (typed) => {
      const send = okSend();
      render(<RoundControls view={sessionViewFixture(1)} send={send} />);
      await userEvent.clear(screen.getByTestId('round-minutes'));
      if (typed) await userEvent.type(screen.getByTestId('round-minutes'), typed);
      await userEvent.click(screen.getByTestId('round-start'));
      expect(send).not.toHaveBeenCalled();
    },
  );

  test('sends the default: the participant list, two minutes a turn, soft', async () => {
    const send = okSend();
    render(<RoundControls view={sessionViewFixture(1)} send={send} />);
    await userEvent.click(screen.getByTestId('round-start'));
    expect(send).toHaveBeenCalledWith('round:start', {
      mode: 'list',
      secondsPerTurn: 120,
      strict: false,
    });
  });

  test.each([
    ['round-back', 'round:previous', []],
    ['round-skip', 'round:next', []],
    ['round-extend', 'round:extend', [{ seconds: 60 }]],
    ['round-end', 'round:end', []],
  ])('during a round the %s button sends %s', async (testId, command, payload) => {
    const send = okSend();
    render(<RoundControls view={sessionViewFixture(1, undefined, { round })} send={send} />);
    expect(screen.queryByTestId('round-start')).not.toBeInTheDocument();
    await userEvent.click(screen.getByTestId(testId));
    expect(send).toHaveBeenCalledWith(command, ...payload);
  });

  test('back is disabled on the first turn', () => {
    const first = { ...round, speaker: 'p1', next: 'q1' };
    render(
      <RoundControls view={sessionViewFixture(1, undefined, { round: first })} send={okSend()} />,
    );
    expect(screen.getByTestId('round-back')).toBeDisabled();
  });

  test('says why the server refused', async () => {
    const send = vi.fn<SendCommand>(async (): Promise<Ack> => ({
      ok: false,
      error: 'bad_request',
    }));
    render(<RoundControls view={sessionViewFixture(1)} send={send} />);
    await userEvent.selectOptions(screen.getByTestId('round-mode'), 'hands');
    await userEvent.click(screen.getByTestId('round-start'));
    expect(await screen.findByRole('alert')).toHaveTextContent('That was not accepted.');
  });
});
