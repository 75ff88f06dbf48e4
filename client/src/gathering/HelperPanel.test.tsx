import type { Ack, BreakoutRoomView } from '@intervision/shared';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { gatheringMember, gatheringView } from '../testing/gatheringViewFixture';
import { HelperPanel } from './HelperPanel';
import type { SendGatheringCommand } from './useGathering';

const rooms: BreakoutRoomView[] = [
  { id: 'r1', label: 'Room 1', members: ['ann', 'bo'], visitors: [], phase: null, deadline: 0 },
  { id: 'r2', label: 'Room 2', members: ['cy', 'di'], visitors: [], phase: null, deadline: 0 },
];
const helper = gatheringMember('hal', { role: 'helper' });
const okSend = () => vi.fn<SendGatheringCommand>(async (): Promise<Ack> => ({ ok: true }));
const during = (...people: ReturnType<typeof gatheringMember>[]) =>
  gatheringView([helper, ...people], 'hal', { stage: 'breakouts', rooms });

describe('HelperPanel', () => {
  test('says who needs help and where, as soon as they ask, in an alert', () => {
    const send = okSend();
    const { rerender } = render(
      <HelperPanel view={during(gatheringMember('cy', { place: 'r2' }))} send={send} />,
    );
    expect(screen.queryByTestId('help-notice')).not.toBeInTheDocument();
    rerender(
      <HelperPanel
        view={during(gatheringMember('cy', { place: 'r2', needsHelpAt: 10 }))}
        send={send}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Cy needs help (Room 2)');
  });

  test('shows each person’s device trouble and place', () => {
    const bo = gatheringMember('bo', {
      place: 'r1',
      device: { camera: 'unavailable', microphone: 'on', connection: 'poor', reportedAt: 0 },
    });
    render(<HelperPanel view={during(bo)} send={okSend()} />);
    const row = screen
      .getAllByTestId('gathering-person')
      .find((el) => el.getAttribute('data-identity') === 'bo');
    expect(row).toHaveTextContent('Room 1');
    expect(row).toHaveTextContent('no camera · poor connection');
  });

  test('steps into a breakout room to help, and marks someone as helped', async () => {
    const send = okSend();
    render(
      <HelperPanel
        view={during(gatheringMember('cy', { place: 'r2', needsHelpAt: 10 }))}
        send={send}
      />,
    );
    await userEvent.selectOptions(screen.getByTestId('step-in'), 'r2');
    expect(send).toHaveBeenCalledWith('participant:visit', { room: 'r2' });
    await userEvent.click(screen.getByTestId('help-resolve'));
    expect(send).toHaveBeenCalledWith('help:cancel', { identity: 'cy' });
  });
});
