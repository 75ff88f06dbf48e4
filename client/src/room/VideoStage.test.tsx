import { RoomContext } from '@livekit/components-react';
import { render, screen, within } from '@testing-library/react';
import type { Room } from 'livekit-client';
import { describe, expect, test } from 'vitest';
import { connectedRoom, joinRemote } from '../testing/livekitObjects';
import type { StageLayout } from './stageLayout';
import { VideoStage } from './VideoStage';

/** A real, unconnected LiveKit room seen from `me`, with the others in it. */
function roomOf(me: string, others: string[]): Room {
  const room = connectedRoom(me);
  for (const identity of others) joinRemote(room, identity);
  return room;
}

function renderStage(room: Room, layout: StageLayout, presenter: string | null, hands: string[]) {
  return render(
    <RoomContext.Provider value={room}>
      <VideoStage layout={layout} presenter={presenter} hands={hands} />
    </RoomContext.Provider>,
  );
}

const tileOf = (identity: string) => {
  const tile = screen
    .getAllByTestId('stage-tile')
    .find((el) => el.getAttribute('data-identity') === identity);
  if (!tile) throw new Error(`no tile for ${identity}`);
  return tile;
};
const bigTile = (container: HTMLElement) =>
  container.querySelector('.stage__focus [data-testid="stage-tile"]');

describe('VideoStage: who is the big tile', () => {
  test('a peer sees the presenter as the big tile and everyone else in the strip', () => {
    const room = roomOf('peer-a', ['presenter', 'peer-b']);
    const { container } = renderStage(room, 'focus', 'presenter', []);
    expect(bigTile(container)).toHaveAttribute('data-identity', 'presenter');
    const strip = container.querySelector('.stage__strip');
    if (!(strip instanceof HTMLElement)) throw new Error('no strip');
    const inStrip = within(strip)
      .getAllByTestId('stage-tile')
      .map((el) => el.getAttribute('data-identity'));
    expect(inStrip.sort()).toEqual(['peer-a', 'peer-b']);
  });

  test('the presenter never sees their own mirrored face as the big tile: they see the group', () => {
    const room = roomOf('presenter', ['peer-a', 'peer-b']);
    const { container } = renderStage(room, 'focus', 'presenter', []);
    expect(bigTile(container)).toBeNull();
    expect(container.querySelector('.stage')).toHaveClass('stage--grid');
    // Everyone, the presenter included, as equals.
    expect(
      screen
        .getAllByTestId('stage-tile')
        .map((el) => el.getAttribute('data-identity'))
        .sort(),
    ).toEqual(['peer-a', 'peer-b', 'presenter']);
  });
});

describe('VideoStage: raised hands on the tiles', () => {
  test('each raised hand shows a badge on the person’s tile, numbered in queue order', () => {
    const room = roomOf('chair', ['ann', 'bob', 'cem']);
    renderStage(room, 'grid', null, ['cem', 'ann']);
    expect(within(tileOf('cem')).getByTestId('tile-hand')).toHaveTextContent('1');
    expect(within(tileOf('cem')).getByRole('img', { name: 'Hand raised, number 1' })).toBeVisible();
    expect(within(tileOf('ann')).getByRole('img', { name: 'Hand raised, number 2' })).toBeVisible();
    expect(within(tileOf('bob')).queryByTestId('tile-hand')).toBeNull();
    expect(within(tileOf('chair')).queryByTestId('tile-hand')).toBeNull();
  });

  test('numbers follow the queue as hands go down, and a lowered hand loses its badge', () => {
    const room = roomOf('chair', ['ann', 'bob', 'cem']);
    const { rerender } = renderStage(room, 'grid', null, ['cem', 'ann', 'bob']);
    expect(within(tileOf('bob')).getByTestId('tile-hand')).toHaveTextContent('3');
    rerender(
      <RoomContext.Provider value={room}>
        <VideoStage layout="grid" presenter={null} hands={['ann', 'bob']} />
      </RoomContext.Provider>,
    );
    expect(within(tileOf('cem')).queryByTestId('tile-hand')).toBeNull();
    expect(within(tileOf('ann')).getByRole('img', { name: 'Hand raised, number 1' })).toBeVisible();
    expect(within(tileOf('bob')).getByRole('img', { name: 'Hand raised, number 2' })).toBeVisible();
  });

  test('the presenter’s big tile and the strip carry hand badges too', () => {
    const room = roomOf('peer-a', ['presenter', 'peer-b']);
    const { container } = renderStage(room, 'focus', 'presenter', ['peer-b', 'presenter']);
    const big = bigTile(container);
    if (!(big instanceof HTMLElement)) throw new Error('no big tile');
    expect(within(big).getByRole('img', { name: 'Hand raised, number 2' })).toBeVisible();
    expect(
      within(tileOf('peer-b')).getByRole('img', { name: 'Hand raised, number 1' }),
    ).toBeVisible();
  });
});
