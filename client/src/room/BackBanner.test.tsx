import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { BackBanner } from './BackBanner';

const noop = () => undefined;

describe('BackBanner', () => {
  test('says the microphone is turning on, not "you’re back", until the group hears it', () => {
    const { rerender } = render(<BackBanner groupHears={false} micWanted onDone={noop} />);
    const banner = screen.getByTestId('back-banner');
    expect(banner).toHaveTextContent('Turning your microphone on…');
    expect(banner).not.toHaveTextContent(/back/i);
    expect(banner).toHaveAttribute('data-state', 'returning');

    rerender(<BackBanner groupHears micWanted onDone={noop} />);
    expect(banner).toHaveTextContent('You’re back — the group can hear you.');
    expect(banner).toHaveAttribute('data-state', 'back');
  });

  test('stays "back" when someone new has not caught up yet', () => {
    const { rerender } = render(<BackBanner groupHears micWanted onDone={noop} />);
    rerender(<BackBanner groupHears={false} micWanted onDone={noop} />);
    expect(screen.getByTestId('back-banner')).toHaveAttribute('data-state', 'back');
  });

  test('does not promise a microphone the presenter had turned off', () => {
    render(<BackBanner groupHears={false} micWanted={false} onDone={noop} />);
    const banner = screen.getByTestId('back-banner');
    expect(banner).toHaveTextContent(/You can speak again.*microphone is off/);
    expect(banner).not.toHaveTextContent('Turning your microphone on');
  });
});
