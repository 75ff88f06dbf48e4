import { findMethod, type Role } from '@intervision/shared';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { i18next } from '../i18n/i18n';
import { sessionViewFixture } from '../testing/sessionViewFixture';
import { PhaseBar } from './PhaseBar';

const method = findMethod('intervision');

describe('PhaseBar', () => {
  test('shows the method and the current phase title', () => {
    render(<PhaseBar view={sessionViewFixture(1)} method={method} role="peer" offsetMs={0} />);
    expect(screen.getByTestId('phase-title')).toHaveTextContent('Muted reflection');
    expect(screen.getByText(/Intervision · March group/)).toBeInTheDocument();
    expect(screen.getByText('Phase 2 of 5')).toBeInTheDocument();
  });

  test.each<[Role, RegExp]>([
    ['presenter', /Listen only\. Your microphone and camera are off/],
    ['peer', /Reflect aloud on the dilemma/],
    ['chair', /Invite each peer to reflect/],
  ])('gives the %s the guidance for their own role', (role, guidance) => {
    render(<PhaseBar view={sessionViewFixture(1)} method={method} role={role} offsetMs={0} />);
    expect(screen.getByTestId('phase-guidance')).toHaveTextContent(guidance);
  });

  test('marks finished, current and coming phases in the progress list', () => {
    render(<PhaseBar view={sessionViewFixture(2)} method={method} role="peer" offsetMs={0} />);
    const steps = within(screen.getByRole('list', { name: 'Phases' })).getAllByRole('listitem');
    expect(steps).toHaveLength(5);
    expect(steps[0]).toHaveClass('progress__step--done');
    expect(steps[1]).toHaveClass('progress__step--done');
    expect(steps[2]).toHaveAttribute('aria-current', 'step');
    expect(steps[2]).toHaveTextContent('Presenter response');
    expect(steps[3]).toHaveClass('progress__step--next');
  });

  test('in the lobby it says the session has not started and shows no countdown', () => {
    render(<PhaseBar view={sessionViewFixture(null)} method={method} role="chair" offsetMs={0} />);
    expect(screen.getByTestId('phase-title')).toHaveTextContent('Waiting to start');
    expect(screen.getByTestId('phase-guidance')).toHaveTextContent(
      /choose the presenter and start/,
    );
    expect(screen.queryByTestId('countdown')).not.toBeInTheDocument();
  });
});

describe('PhaseBar times', () => {
  test('says until when the phase runs, written the way the chosen language writes times', async () => {
    // 14:05 local time; the fixture's phase (10 min) started then.
    const start = new Date(2026, 2, 5, 14, 5).getTime();
    const view = sessionViewFixture(0, start);
    const { unmount } = render(<PhaseBar view={view} method={method} role="peer" offsetMs={0} />);
    expect(screen.getByTestId('phase-ends-at')).toHaveTextContent(/until 2:15\s?PM/);
    unmount();
    await i18next.changeLanguage('nl');
    render(<PhaseBar view={view} method={method} role="peer" offsetMs={0} />);
    expect(screen.getByTestId('phase-ends-at')).toHaveTextContent('tot 14:15');
    expect(screen.getByTestId('phase-title')).toHaveTextContent('Inbreng');
  });
});
