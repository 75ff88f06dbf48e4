import type { BreakoutRoomView } from '@intervision/shared';
import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { gatheringMember, gatheringView } from '../testing/gatheringViewFixture';
import { MoveNotice } from './MoveNotice';
import { PlaceBanner } from './PlaceBanner';
import { whereIAm } from './whereIAm';

const rooms: BreakoutRoomView[] = [
  { id: 'r1', label: 'Room 1', members: ['cy', 'di'], visitors: [], phase: null, deadline: 0 },
  { id: 'r2', label: 'Room 2', members: ['ann', 'bo'], visitors: [], phase: null, deadline: 0 },
];
const inRoom2 = gatheringView(
  [gatheringMember('ann', { place: 'r2' }), gatheringMember('bo', { place: 'r2' })],
  'ann',
  { stage: 'breakouts', rooms },
);

describe('where you are and the moment you move', () => {
  test('the plenary is said plainly, and announced', () => {
    const view = gatheringView([gatheringMember('ann')], 'ann');
    render(<PlaceBanner where={whereIAm(view)} />);
    expect(screen.getByTestId('gathering-place')).toHaveTextContent('You are in the plenary');
    expect(screen.getByTestId('place-announcer')).toHaveTextContent('You are in the plenary');
  });

  test('a breakout room is said with its number and who is there', () => {
    render(<PlaceBanner where={whereIAm(inRoom2)} />);
    expect(screen.getByTestId('gathering-place')).toHaveTextContent('You are in Room 2 with Bo');
  });

  test('while the page reconnects it says where it is taking you', () => {
    render(<MoveNotice where={whereIAm(inRoom2)} status="moving" recallLeftMs={null} />);
    expect(screen.getByRole('status')).toHaveTextContent('Moving you to Room 2…');
  });

  test('during a recall every room sees how long until the plenary', () => {
    render(<MoveNotice where={whereIAm(inRoom2)} status="connected" recallLeftMs={29_500} />);
    expect(screen.getByRole('status')).toHaveTextContent('Back to the plenary in 0:30');
  });
});
