import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { sessionViewFixture } from '../testing/sessionViewFixture';
import { AirtimeMirrorView } from './AirtimeMirrorView';

const view = sessionViewFixture(1);

describe('AirtimeMirrorView', () => {
  test('shows nothing while the chair shows no mirror', () => {
    render(<AirtimeMirrorView view={view} mirror={null} />);
    expect(screen.queryByTestId('airtime-mirror-view')).not.toBeInTheDocument();
  });

  test('shows everyone one bar per person relative to the most, without times', () => {
    render(
      <AirtimeMirrorView
        view={view}
        mirror={{ scope: 'phase', shares: { c1: 0, p1: 60, q1: 40 } }}
      />,
    );
    const region = screen.getByRole('region', { name: 'Airtime mirror: this phase' });
    expect(region).not.toHaveTextContent(/\d/);
    const bars = screen.getAllByTestId('airtime-mirror-bar');
    expect(bars.map((b) => b.style.inlineSize)).toEqual(['0%', '100%', `${(100 * 40) / 60}%`]);
    expect(bars[1]).toHaveAccessibleName('Pat: 60% of the speaking time');
  });

  test('hides itself once the session has ended', () => {
    render(
      <AirtimeMirrorView
        view={{ ...view, status: 'ended' }}
        mirror={{ scope: 'session', shares: { p1: 100 } }}
      />,
    );
    expect(screen.queryByTestId('airtime-mirror-view')).not.toBeInTheDocument();
  });
});
