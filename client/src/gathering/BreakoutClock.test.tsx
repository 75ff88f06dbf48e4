import { DYAD_SUPERVISION, type BreakoutRoomView } from '@intervision/shared';
import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { gatheringMember, gatheringView } from '../testing/gatheringViewFixture';
import { BreakoutClock } from './BreakoutClock';
import { whereIAm } from './whereIAm';

const FAR = Date.now() + 3_600_000;
const [aSpeaks] = DYAD_SUPERVISION.phases;
const room: BreakoutRoomView = {
  id: 'r1',
  label: 'Room 1',
  members: ['ann', 'bo'],
  visitors: [],
  phase: {
    id: aSpeaks!.id,
    index: 0,
    title: aSpeaks!.title,
    startedAt: 0,
    endsAt: FAR,
    media: aSpeaks!.media,
    guidance: aSpeaks!.guidance,
  },
  deadline: FAR,
};

const viewFor = (self: string, position: 'A' | 'B' | null) => {
  const v = gatheringView(
    [gatheringMember('ann', { place: 'r1' }), gatheringMember('bo', { place: 'r1' })],
    self,
    { stage: 'breakouts', rooms: [room] },
  );
  return { ...v, self: { ...v.self, position } };
};

describe('BreakoutClock', () => {
  test('the listener reads who speaks and that they listen', () => {
    const view = viewFor('bo', 'B');
    render(<BreakoutClock view={view} where={whereIAm(view)} offsetMs={0} />);
    expect(screen.getByTestId('breakout-step')).toHaveTextContent('Ann speaks — you listen');
    expect(screen.getByTestId('breakout-guidance')).toHaveTextContent(
      'Listen without interrupting.',
    );
  });

  test('the speaker reads that they speak and who listens', () => {
    const view = viewFor('ann', 'A');
    render(<BreakoutClock view={view} where={whereIAm(view)} offsetMs={0} />);
    expect(screen.getByTestId('breakout-step')).toHaveTextContent('You speak — Bo listens');
    expect(screen.getByTestId('breakout-guidance')).toHaveTextContent('Describe your situation.');
  });

  test('in the plenary while rooms run, it says how many and counts down to the last', () => {
    const view = gatheringView([gatheringMember('host', { role: 'host' })], 'host', {
      stage: 'breakouts',
      rooms: [room, { ...room, id: 'r2', phase: null }],
    });
    render(<BreakoutClock view={view} where={whereIAm(view)} offsetMs={0} />);
    expect(screen.getByTestId('breakout-step')).toHaveTextContent('2 breakout rooms running');
    expect(Number(screen.getByTestId('breakout-countdown').dataset.remainingMs)).toBeGreaterThan(
      3_000_000,
    );
  });
});
