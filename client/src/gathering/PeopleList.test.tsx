import type { Ack } from '@intervision/shared';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { gatheringMember, gatheringView } from '../testing/gatheringViewFixture';
import { PeopleList } from './PeopleList';
import type { SendGatheringCommand } from './useGathering';

const okSend = () => vi.fn<SendGatheringCommand>(async (): Promise<Ack> => ({ ok: true }));
const view = gatheringView(
  [
    gatheringMember('host', { role: 'host', floor: true }),
    gatheringMember('ann'),
    gatheringMember('bo', { handRaisedAt: 5 }),
    gatheringMember('cy', { needsHelpAt: 7 }),
  ],
  'host',
);

describe('PeopleList', () => {
  test('who needs help comes first, then raised hands, then everyone by name', () => {
    render(<PeopleList view={view} host send={okSend()} />);
    const order = screen
      .getAllByTestId('gathering-person')
      .map((el) => el.getAttribute('data-identity'));
    expect(order).toEqual(['cy', 'bo', 'ann', 'host']);
  });

  test('the host gives an attendee the floor and takes it back', async () => {
    const send = okSend();
    const { rerender } = render(<PeopleList view={view} host send={send} />);
    const bo = screen.getAllByTestId('gathering-person').find((el) => el.dataset.identity === 'bo');
    await userEvent.click(within(bo!).getByTestId('floor-give'));
    expect(send).toHaveBeenCalledWith('floor:give', { identity: 'bo' });

    const given = {
      ...view,
      members: view.members.map((m) => (m.identity === 'bo' ? { ...m, floor: true } : m)),
    };
    rerender(<PeopleList view={given} host send={send} />);
    await userEvent.click(screen.getByRole('button', { name: 'Take the floor back from Bo' }));
    expect(send).toHaveBeenCalledWith('floor:take', { identity: 'bo' });
  });

  test('a helper sees no floor or move controls', () => {
    render(<PeopleList view={view} host={false} send={okSend()} />);
    expect(screen.queryByTestId('floor-give')).not.toBeInTheDocument();
    expect(screen.queryByTestId('person-move')).not.toBeInTheDocument();
  });
});
