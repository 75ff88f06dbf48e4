import type { Ack, RoundView } from '@intervision/shared';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { SendCommand } from '../session/useSession';
import { sessionViewFixture } from '../testing/sessionViewFixture';
import { RoundPanel } from './RoundPanel';

const NOW = 1_700_000_000_000;
const round = (over: Partial<RoundView> = {}): RoundView => ({
  order: ['p1', 'q1'],
  speaker: 'p1',
  next: 'q1',
  turnEndsAt: NOW + 90_000,
  remainingMs: null,
  secondsPerTurn: 120,
  strict: true,
  ...over,
});
const okSend = () => vi.fn<SendCommand>(async (): Promise<Ack> => ({ ok: true }));
const viewWith = (r: RoundView | null) => sessionViewFixture(0, NOW, { round: r });

describe('RoundPanel', () => {
  test('shows nothing without a round', () => {
    render(<RoundPanel view={viewWith(null)} identity="q1" offsetMs={0} send={okSend()} />);
    expect(screen.queryByTestId('round')).not.toBeInTheDocument();
  });

  test('everyone sees whose turn it is and the order, the speaker marked', () => {
    render(<RoundPanel view={viewWith(round())} identity="c1" offsetMs={0} send={okSend()} />);
    expect(screen.getByTestId('round-speaker')).toHaveTextContent('Pat is speaking');
    const items = within(screen.getByTestId('round-order')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['Pat', 'Quinn']);
    expect(items[0]).toHaveAttribute('aria-current', 'step');
    expect(screen.getByText('Next: Quinn')).toBeInTheDocument();
    expect(screen.queryByTestId('round-done')).not.toBeInTheDocument();
  });

  test('the speaker sees their turn with its countdown, and Done and Pass both hand the turn on', async () => {
    const send = okSend();
    vi.spyOn(Date, 'now').mockReturnValue(NOW);
    render(<RoundPanel view={viewWith(round())} identity="p1" offsetMs={0} send={send} />);
    vi.restoreAllMocks();
    expect(screen.getByTestId('round-speaker')).toHaveTextContent('Your turn');
    expect(screen.getByTestId('turn-countdown')).toHaveTextContent('1:30');
    await userEvent.click(screen.getByTestId('round-done'));
    await userEvent.click(screen.getByTestId('round-pass'));
    expect(send).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenNthCalledWith(1, 'round:done');
    expect(send).toHaveBeenNthCalledWith(2, 'round:done');
  });

  test('the next person is told they are next', () => {
    render(<RoundPanel view={viewWith(round())} identity="q1" offsetMs={0} send={okSend()} />);
    expect(screen.getByTestId('round-you-next')).toHaveTextContent('You’re next');
  });

  test('a paused turn shows what it had left', () => {
    const r = round({ remainingMs: 42_000 });
    render(<RoundPanel view={viewWith(r)} identity="c1" offsetMs={0} send={okSend()} />);
    expect(screen.getByTestId('turn-countdown')).toHaveTextContent('0:42');
    expect(screen.getByText('Paused')).toBeInTheDocument();
  });
});
