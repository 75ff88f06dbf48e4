import { GATHERING_LIMITS, type GatheringMoved } from '@intervision/shared';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { DesiredMedia, MediaGateway } from '../media/index.js';
import { GatheringMedia, PLENARY_KEEP_EMPTY_SECONDS } from './gatheringMedia.js';
import { testGathering } from './testGathering.js';

/** A gateway that records what the gathering asks of LiveKit (a pure unit; the media suite uses LiveKit). */
function recordingGateway() {
  const calls = {
    tokens: [] as string[],
    keptEmpty: new Map<string, number | undefined>(),
    removed: [] as Array<[string, string]>,
    enforced: [] as Array<[string, DesiredMedia[]]>,
  };
  const gateway: MediaGateway = {
    mode: 'livekit',
    issueToken: async (r) => {
      calls.tokens.push(r.sessionId);
      calls.keptEmpty.set(r.sessionId, r.keepEmptySeconds);
      return { url: 'ws://lk', token: 't' };
    },
    enforce: async (room, desired) => void calls.enforced.push([room, desired]),
    health: async () => 'up',
    deleteRoom: async () => undefined,
    removeParticipant: async (room, identity) => void calls.removed.push([room, identity]),
    close: () => undefined,
  };
  return { gateway, calls };
}

function setup() {
  const { g, actor } = testGathering([
    ['a', 'attendee'],
    ['b', 'attendee'],
  ]);
  const { gateway, calls } = recordingGateway();
  const moves: Array<[string, GatheringMoved]> = [];
  const media = new GatheringMedia({
    media: gateway,
    logger: pino({ level: 'silent' }),
    moved: (_id, identity, moved) => moves.push([identity, moved]),
    moveGraceMs: 60_000,
  });
  const open = () =>
    actor.send({
      type: 'breakouts.open',
      assign: 'host',
      size: 2,
      format: { id: 'x', title: 'x', phases: [] },
      rooms: [{ id: 'r1', members: ['a', 'b'] }],
    });
  return { g, media, calls, moves, open, gateway };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));
const plenary = 'gathering-G123456789abcdef';
const r1 = 'gathering-G123456789abcdef-b1-r1';

describe('gathering media', () => {
  it('sends everyone moved a token for their new room', async () => {
    const s = setup();
    s.media.sync(s.g);
    s.open();
    s.media.sync(s.g);
    await flush();
    expect(s.moves.map(([who, m]) => [who, m.place, m.livekit?.room])).toEqual([
      ['a', 'r1', r1],
      ['b', 'r1', r1],
    ]);
    s.media.close();
  });

  it('asks LiveKit to keep the plenary open through the breakouts, and breakout rooms as usual', async () => {
    const s = setup();
    s.open();
    s.media.sync(s.g);
    await flush();
    s.g.actor.send({ type: 'breakouts.close' });
    expect(await s.media.token(s.g, 'a')).not.toBeNull();
    expect(s.calls.keptEmpty.get(r1)).toBeUndefined();
    s.g.actor.send({ type: 'member.place', identity: 'a', room: null });
    expect(await s.media.token(s.g, 'a')).not.toBeNull();
    expect(s.calls.keptEmpty.get(plenary)).toBe(PLENARY_KEEP_EMPTY_SECONDS);
    expect(PLENARY_KEEP_EMPTY_SECONDS).toBeGreaterThanOrEqual(
      GATHERING_LIMITS.minutesMax * 60 + GATHERING_LIMITS.extendTotalSecondsMax,
    );
    s.media.close();
  });

  it('removes a moved person from the old room once LiveKit reports them in the new one', async () => {
    const s = setup();
    s.open();
    s.media.sync(s.g);
    await flush();
    s.media.presence(s.g, r1, 'a', true);
    await flush();
    expect(s.calls.removed).toEqual([[plenary, 'a']]);
    s.media.close();
  });

  it('removes someone LiveKit reports in a room that is not theirs', async () => {
    const s = setup();
    s.open();
    s.media.sync(s.g);
    await flush();
    s.media.presence(s.g, plenary, 'b', true);
    await flush();
    expect(s.calls.removed).toContainEqual([plenary, 'b']);
    expect(s.g.member('b')?.mediaRoom).toBeNull();
    s.media.close();
  });

  it('deletes the rooms of a finished opening several at a time, not one after another', async () => {
    const s = setup();
    let inFlight = 0;
    let most = 0;
    const release: Array<() => void> = [];
    s.gateway.deleteRoom = () => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      return new Promise<void>((resolve) => release.push(() => ((inFlight -= 1), resolve())));
    };
    const media = new GatheringMedia({
      media: s.gateway,
      logger: pino({ level: 'silent' }),
      moved: () => undefined,
      moveGraceMs: 0,
    });
    const deleted = media.forget(
      'G123456789abcdef',
      Array.from({ length: 12 }, (_, i) => `room-${i}`),
    );
    await flush();
    expect(most).toBeGreaterThan(1);
    while (release.length > 0) {
      release.shift()?.();
      await flush();
    }
    await deleted;
    expect(inFlight).toBe(0);
    media.close();
  });

  it('does not ask LiveKit again when nobody’s rights changed', async () => {
    const s = setup();
    s.media.sync(s.g);
    const first = s.calls.enforced.length;
    s.g.member('a')!.handRaisedAt = 1;
    s.media.sync(s.g);
    expect(s.calls.enforced.length).toBe(first);
    s.g.actor.send({ type: 'floor.give', identity: 'a' });
    s.media.sync(s.g);
    expect(s.calls.enforced.at(-1)?.[0]).toBe(plenary);
    expect(s.calls.enforced.length).toBe(first + 1);
    s.media.close();
  });
});
