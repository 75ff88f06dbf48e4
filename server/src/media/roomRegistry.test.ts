import type { RoomServiceClient } from 'livekit-server-sdk';
import { describe, expect, test } from 'vitest';
import { createRoomRegistry, RoomRetiredError } from './roomRegistry.js';

/** Records createRoom calls; `fail` makes the next ones reject like an unreachable LiveKit. */
function fakeRoomService() {
  const created: Array<{ name: string; emptyTimeout?: number; departureTimeout?: number }> = [];
  const state = { fail: false, hold: false };
  const held: Array<() => void> = [];
  const api = {
    createRoom: (o: { name: string; emptyTimeout?: number; departureTimeout?: number }) => {
      created.push(o);
      if (state.fail) return Promise.reject(new Error('unreachable'));
      if (state.hold) return new Promise((resolve) => held.push(() => resolve({})));
      return Promise.resolve({});
    },
  } as unknown as RoomServiceClient;
  /** Lets the held createRoom calls answer. */
  const release = () => held.splice(0).forEach((answer) => answer());
  return { api, created, state, release };
}

describe('room registry', () => {
  const options = { emptyTimeoutSeconds: 180, departureTimeoutSeconds: 60, rememberMs: 10_000 };

  test('creates a room with its timeouts once for a burst of joins, and again once the memory is stale', async () => {
    let t = 0;
    const lk = fakeRoomService();
    const rooms = createRoomRegistry(lk.api, { ...options, now: () => t });
    await Promise.all([rooms.ensure('s1'), rooms.ensure('s1'), rooms.ensure('s1')]);
    expect(lk.created).toEqual([{ name: 's1', emptyTimeout: 180, departureTimeout: 60 }]);
    t += 9_999;
    await rooms.ensure('s1');
    expect(lk.created).toHaveLength(1);
    t += 1;
    await rooms.ensure('s1');
    expect(lk.created).toHaveLength(2);
  });

  test('a room that must stay open while empty is created with that timeout instead', async () => {
    const lk = fakeRoomService();
    const rooms = createRoomRegistry(lk.api, { ...options, now: () => 0 });
    await rooms.ensure('plenary', 21_600);
    await rooms.ensure('pair');
    expect(lk.created).toEqual([
      { name: 'plenary', emptyTimeout: 21_600, departureTimeout: 21_600 },
      { name: 'pair', emptyTimeout: 180, departureTimeout: 60 },
    ]);
  });

  test('a deleted room is never created again, even when its creation was in flight', async () => {
    const lk = fakeRoomService();
    const rooms = createRoomRegistry(lk.api, { ...options, now: () => 0 });
    await rooms.ensure('s1');
    await rooms.retire('s1');
    lk.state.hold = true;
    const racing = rooms.ensure('s2');
    let retired = false;
    const retiring = rooms.retire('s2').then(() => (retired = true));
    await Promise.resolve();
    // The caller deletes the room only after the creation in flight has answered.
    expect(retired).toBe(false);
    lk.release();
    await retiring;
    await expect(racing).rejects.toBeInstanceOf(RoomRetiredError);
    await expect(rooms.ensure('s1')).rejects.toBeInstanceOf(RoomRetiredError);
    expect(lk.created.map((c) => c.name)).toEqual(['s1', 's2']);
  });

  test('after LiveKit was down, rooms are created again on the next request', async () => {
    const lk = fakeRoomService();
    const rooms = createRoomRegistry(lk.api, { ...options, now: () => 0 });
    await rooms.ensure('s1');
    rooms.forgetAll();
    await rooms.ensure('s1');
    expect(lk.created.map((c) => c.name)).toEqual(['s1', 's1']);
  });

  test('a failed creation is reported and the next request tries again', async () => {
    const lk = fakeRoomService();
    const rooms = createRoomRegistry(lk.api, { ...options, now: () => 0 });
    lk.state.fail = true;
    await expect(rooms.ensure('s1')).rejects.toThrow('unreachable');
    lk.state.fail = false;
    await rooms.ensure('s1');
    expect(lk.created).toHaveLength(2);
  });
});
