import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { sessionViewFixture } from '../testing/sessionViewFixture';
import { Countdown } from './Countdown';

const SERVER_START = 1_700_000_000_000;

function phaseOf(index: number) {
  const phase = sessionViewFixture(index, SERVER_START).phase;
  if (!phase) throw new Error('no phase');
  return phase;
}

describe('Countdown', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('renders the time left from the server deadline and the estimated clock offset', () => {
    // The client clock runs 5 s behind the server: the offset brings it back in line.
    vi.setSystemTime(SERVER_START - 5_000);
    render(<Countdown phase={phaseOf(0)} offsetMs={5_000} />);
    expect(screen.getByTestId('countdown')).toHaveTextContent('10:00');
  });

  test('counts down as time passes without any new state from the server', () => {
    vi.setSystemTime(SERVER_START);
    render(<Countdown phase={phaseOf(0)} offsetMs={0} />);
    act(() => vi.advanceTimersByTime(61_000));
    expect(screen.getByTestId('countdown')).toHaveTextContent('8:59');
  });

  test('shows a visible warning in the last minute and says when time is up', () => {
    vi.setSystemTime(SERVER_START);
    render(<Countdown phase={phaseOf(2)} offsetMs={0} />);
    act(() => vi.advanceTimersByTime(4 * 60_000 + 1_000));
    expect(screen.getByTestId('countdown')).toHaveTextContent('0:59');
    expect(screen.getByText('Less than a minute left')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByTestId('countdown')).toHaveTextContent('0:00');
    expect(screen.getByText('Time is up')).toBeInTheDocument();
  });

  test('while paused it shows the remaining time the server stored, frozen', () => {
    vi.setSystemTime(SERVER_START);
    const paused = { ...phaseOf(0), paused: true, remainingMs: 125_000 };
    render(<Countdown phase={paused} offsetMs={0} />);
    act(() => vi.advanceTimersByTime(30_000));
    expect(screen.getByTestId('countdown')).toHaveTextContent('2:05');
    expect(screen.getByText('Paused')).toBeInTheDocument();
  });
});
