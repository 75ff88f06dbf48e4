import type { Ack } from '@intervision/shared';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { gatheringMember, gatheringView } from '../testing/gatheringViewFixture';
import { BreakoutForm } from './BreakoutForm';
import type { SendGatheringCommand } from './useGathering';

const people = ['ann', 'bo', 'cy', 'di', 'ed', 'fay'].map((id) => gatheringMember(id));
const view = gatheringView([gatheringMember('host', { role: 'host' }), ...people], 'host');
const okSend = () => vi.fn<SendGatheringCommand>(async (): Promise<Ack> => ({ ok: true }));

describe('BreakoutForm', () => {
  test('opens random dyad pairs by default, counting three rooms for six people', async () => {
    const send = okSend();
    render(<BreakoutForm view={view} send={send} />);
    expect(screen.getByTestId('breakouts-open')).toHaveTextContent('Open 3 rooms');
    await userEvent.click(screen.getByTestId('breakouts-open'));
    expect(send).toHaveBeenCalledWith('breakouts:open', {
      size: 2,
      assign: 'random',
      format: 'dyad-supervision',
    });
  });

  test('the host’s own picks are sent as one list of people per room', async () => {
    const send = okSend();
    render(<BreakoutForm view={view} send={send} />);
    await userEvent.click(screen.getByTestId('assign-host'));
    // Dealt round first: ann 1, bo 2, cy 3, di 1, ed 2, fay 3. Put Ann with Bo instead.
    await userEvent.selectOptions(screen.getByLabelText('Ann'), '2');
    await userEvent.selectOptions(screen.getByLabelText('Di'), '1');
    await userEvent.selectOptions(screen.getByLabelText('Ed'), '1');
    await userEvent.click(screen.getByTestId('breakouts-open'));
    expect(send).toHaveBeenCalledWith('breakouts:open', {
      size: 2,
      assign: 'host',
      format: 'dyad-supervision',
      assignments: [
        ['di', 'ed'],
        ['ann', 'bo'],
        ['cy', 'fay'],
      ],
    });
  });

  test('open talk takes its minutes; other formats keep their own timing', async () => {
    const send = okSend();
    render(<BreakoutForm view={view} send={send} />);
    expect(screen.queryByTestId('breakout-minutes')).not.toBeInTheDocument();
    await userEvent.selectOptions(screen.getByTestId('breakout-format'), 'open-talk');
    await userEvent.clear(screen.getByTestId('breakout-minutes'));
    await userEvent.type(screen.getByTestId('breakout-minutes'), '6');
    await userEvent.clear(screen.getByTestId('breakout-size'));
    await userEvent.type(screen.getByTestId('breakout-size'), '3');
    await userEvent.click(screen.getByTestId('breakouts-open'));
    expect(send).toHaveBeenCalledWith('breakouts:open', {
      size: 3,
      assign: 'random',
      format: 'open-talk',
      minutes: 6,
    });
  });

  test('a refused opening says why and the form stays', async () => {
    const send = vi.fn<SendGatheringCommand>(async (): Promise<Ack> => ({
      ok: false,
      error: 'bad_request',
      message: 'Rooms too big.',
    }));
    render(<BreakoutForm view={view} send={send} />);
    await userEvent.click(screen.getByTestId('breakouts-open'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Rooms too big.');
    expect(screen.getByTestId('breakouts-open')).toBeEnabled();
  });

  test('cannot open rooms while fewer than two people wait in the plenary', () => {
    const alone = gatheringView(
      [gatheringMember('host', { role: 'host' }), gatheringMember('ann')],
      'host',
    );
    render(<BreakoutForm view={alone} send={okSend()} />);
    expect(screen.getByTestId('breakouts-open')).toBeDisabled();
  });
});
